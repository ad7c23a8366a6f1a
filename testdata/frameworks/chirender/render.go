// Package chirender checks chi handlers that answer with go-chi/render.
package chirender

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func getItem(w http.ResponseWriter, r *http.Request) {
	switch chi.URLParam(r, "id") {
	case "":
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, render.M{"error": "id required"}) // want `400 response body is render.M\{"error": ...\}, not the Error object`
	case "boom":
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, Error{ErrorMessage: "db"}) // want `on a 500 response: 5xx responses must not carry a structured body`
	case "secret":
		render.Status(r, http.StatusUnauthorized) // want `sends 401 without WWW-Authenticate`
		render.JSON(w, r, Error{ErrorMessage: "login"})
	case "ok":
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, Error{ErrorMessage: "not here"})
	default:
		render.JSON(w, r, render.M{"id": chi.URLParam(r, "id")})
	}
}

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/items/{id}", getItem)
	return r
}
