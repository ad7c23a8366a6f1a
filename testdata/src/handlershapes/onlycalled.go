package handlershapes

import (
	"encoding/json"
	"net/http"
)

// askLogin has a handler's shape but is only ever called: a helper. Its
// 401 carries the challenge only if the caller set it first, so it is
// judged at each call, not also in itself as if it were registered.
func askLogin(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}

func privatePage(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		askLogin(w, r) // want `sends 401 without WWW-Authenticate`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func privatePageChallenged(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
	askLogin(w, r)
}

// askLoginServed is called and also registered: a handler, judged in itself.
func askLoginServed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized) // want `sends 401 without WWW-Authenticate`
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}

func privateOrServed(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
	askLoginServed(w, r)
}

var _ = http.HandlerFunc(askLoginServed)

// askLoginTraced is only called too, but its six optional headers make 64
// paths, more than a summary keeps: no call of it can be judged, so it is
// judged as a handler after all, in itself.
func askLoginTraced(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Has("a") {
		w.Header().Set("X-A", "1")
	}
	if q.Has("b") {
		w.Header().Set("X-B", "1")
	}
	if q.Has("c") {
		w.Header().Set("X-C", "1")
	}
	if q.Has("d") {
		w.Header().Set("X-D", "1")
	}
	if q.Has("e") {
		w.Header().Set("X-E", "1")
	}
	if q.Has("f") {
		w.Header().Set("X-F", "1")
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized) // want `sends 401 without WWW-Authenticate`
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login"})
}

func tracedPage(w http.ResponseWriter, r *http.Request) {
	askLoginTraced(w, r)
}
