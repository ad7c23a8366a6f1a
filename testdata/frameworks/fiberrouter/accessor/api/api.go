// Package api makes an app in a method, keeps it in a field and hands it
// out through an accessor: its callers serve it.
package api

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/cors"

	"example.com/frameworks/fiberrouter/accessor/security"
)

type API struct {
	router *fiber.App
}

func items(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) }

func New() *API {
	a := &API{}
	a.router = a.createRouter()
	return a
}

func (a *API) Router() *fiber.App { return a.router }

func (a *API) createRouter() *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		return fiber.DefaultErrorHandler(c, err)
	}})
	app.Use(cors.New())
	api := app.Group("/api")
	api.Get("/items", items)
	security.RegisterHandlers(app)
	security.Protect(api)
	return app
}
