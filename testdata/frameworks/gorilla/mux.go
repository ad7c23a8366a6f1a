// Package gorilla checks gorilla/mux handlers (plain net/http).
package gorilla

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func getItem(w http.ResponseWriter, r *http.Request) {
	if mux.Vars(r)["id"] == "" {
		http.Error(w, "id required", http.StatusBadRequest) // want `http.Error sends 400 as text/plain`
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotFound)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "not here"})
}

func Routes() http.Handler {
	r := mux.NewRouter()
	r.HandleFunc("/items/{id}", getItem)
	return r
}
