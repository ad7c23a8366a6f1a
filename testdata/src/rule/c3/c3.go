// Package c3: the error body is the Error object, not another JSON shape.
package c3

import (
	"encoding/json"
	"net/http"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

type Problem struct {
	Title  string `json:"title"`
	Status int    `json:"status"`
}

func foreignMap(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusForbidden)
	json.NewEncoder(w).Encode(map[string]string{"error": "no"}) // want `403 response body is map\[string\]string\{"error": ...\}, not the Error object \(no "errorMessage" key\)`
}

func foreignStruct(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(Problem{Title: "bad", Status: 400}) // want `400 response body is Problem, not the Error object`
}

func marshaled(w http.ResponseWriter, r *http.Request) {
	b, _ := json.Marshal(struct {
		Message string `json:"message"`
	}{"gone"})
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNotFound)
	w.Write(b) // want `404 response body is struct\{Message string "json:\\"message\\""\}, not the Error object`
}

// Clean: the Error object by shape, as a struct, a pointer or a map literal.
func ok(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	switch r.URL.Path {
	case "/a":
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(&Error{ErrorMessage: "nf"})
	case "/b":
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]any{"errorMessage": "bad"})
	default:
		json.NewEncoder(w).Encode(Problem{Title: "fine"}) // 200: any shape
	}
}

// Clean: a map built elsewhere has unknown keys.
func unknownMap(w http.ResponseWriter, r *http.Request, m map[string]string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(m)
}
