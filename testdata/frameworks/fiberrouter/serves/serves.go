// Package serves serves the app another package makes: its answers are
// those the maker's error handler renders (a RouterFactory fact).
package serves

import (
	"github.com/gofiber/fiber/v2"

	"example.com/frameworks/fiberrouter/made"
)

var app *fiber.App

func Serve() error {
	app = made.New() // want `fiber router app \(made by made.New\) answers unknown paths through the app.s error handler with 404 text as text/plain; charset=utf-8, and a wrong method with 405 text as text/plain; charset=utf-8: the contract requires the Error object as application/json`
	return app.Listen(":8080")
}
