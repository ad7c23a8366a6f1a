// Package controller serves the app the api package hands out.
package controller

import (
	"github.com/gofiber/fiber/v2"

	"example.com/frameworks/fiberrouter/accessor/api"
)

var app *fiber.App

func Handle() error {
	a := api.New()
	app = a.Router() // want `fiber router app \(made by \(\*api.API\).Router\) answers unknown paths through the app's error handler with 404 text as text/plain; charset=utf-8, and a wrong method with 405 text as text/plain; charset=utf-8`
	return app.Listen(":8080")
}
