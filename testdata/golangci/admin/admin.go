// Package admin has its own .errcontract.json: scheme Bearer comes from
// it, but realm "shop" from .golangci.yml wins over its realm "admin".
package admin

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func Login(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusUnauthorized)
	json.NewEncoder(w).Encode(Error{ErrorMessage: "login required"})
}
