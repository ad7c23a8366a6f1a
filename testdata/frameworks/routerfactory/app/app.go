// Package app serves the router another package makes, from a field set
// in a composite literal, through its own ServeHTTP.
package app

import (
	"net/http"

	"github.com/gorilla/mux"

	"example.com/frameworks/routerfactory/routes"
)

type App struct {
	router *mux.Router
}

func base(w http.ResponseWriter, r *http.Request) {}

func NewApp() *App {
	app := &App{
		router: routes.RouterWithPrefix(""), // want `gorilla/mux router App.router \(made by routes.RouterWithPrefix\) answers unknown paths with 404 "404 page not found"`
	}
	app.router.GetRoute("base").Handler(http.HandlerFunc(base))
	return app
}

func (app *App) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	app.router.ServeHTTP(w, r)
}
