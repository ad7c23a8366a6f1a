// Package accessorholder reproduces go-shiori/shiori's handlers: a
// function of the handler type model.Handler, registered in another
// package, answers through c.ResponseWriter(), the writer the context
// interface gives; its getters (c.Request(), c.UserIsLogged()) read the
// request, and a method that takes an argument may do anything.
package accessorholder

import (
	"encoding/json"
	"net/http"

	"regression/accessorholder/model"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func sendError(c model.Ctx, status int, msg string) {
	c.ResponseWriter().Header().Set("Content-Type", "application/json")
	c.ResponseWriter().WriteHeader(status)
	json.NewEncoder(c.ResponseWriter()).Encode(Error{ErrorMessage: msg})
}

func Show(deps model.Deps, c model.Ctx) {
	if c.Request().URL.Query().Get("id") == "" {
		http.Error(c.ResponseWriter(), "id required", http.StatusBadRequest) // want `http.Error sends 400 as text/plain`
		return
	}
	c.ResponseWriter().WriteHeader(http.StatusNoContent)
}

func Private(deps model.Deps, c model.Ctx) {
	if !c.UserIsLogged() {
		sendError(c, http.StatusUnauthorized, "log in") // want `sendError\(401\) sends 401 without WWW-Authenticate`
		return
	}
	sendError(c, http.StatusNotFound, "no such item")
}

// Tagged hands the context to a setter first: what it does with the
// writer is not known, so nothing after it is judged.
func Tagged(deps model.Deps, c model.Ctx) {
	c.SetUser(deps.Name())
	http.Error(c.ResponseWriter(), "gone", http.StatusBadRequest)
}

var _ model.Handler = Show
