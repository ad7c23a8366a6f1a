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
