// Package funnelnil reproduces a wrong status in a G2 message seen on
// apache/answer: a funnel answers 200 when its error is nil and an error
// status otherwise; called under `err != nil`, only its error paths are
// taken, so the response the caller follows is the 400.
package funnelnil

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

type item struct{ Name string }

func writeError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
}

// respond is the funnel: data on success, the Error object otherwise.
func respond(w http.ResponseWriter, err error, data any) {
	if err == nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(data)
		return
	}
	writeError(w, http.StatusBadRequest, err.Error())
}

// bind answers through the funnel and says so.
func bind(w http.ResponseWriter, r *http.Request, v any) bool {
	if err := json.NewDecoder(r.Body).Decode(v); err != nil {
		respond(w, err, nil)
		return true
	}
	return false
}

func tagInfo(w http.ResponseWriter, r *http.Request) {
	var v item
	if bind(w, r, &v) {
		w.WriteHeader(http.StatusNotFound) // want `second WriteHeader \(w.WriteHeader\(404\)\) is ignored: the client already got status 400 \(G2\)$`
		return
	}
	respond(w, nil, v)
}
