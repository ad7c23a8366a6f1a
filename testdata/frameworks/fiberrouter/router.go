// Package fiberrouter checks fiber's own answers to requests no route
// takes: a *fiber.Error rendered by the app's ErrorHandler.
package fiberrouter

import (
	"errors"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/adaptor"
	"github.com/gofiber/fiber/v2/middleware/cors"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) }

// The default handler: text/plain.
func Default() error {
	app := fiber.New() // want `fiber router app answers unknown paths through the fiber/v2 default error handler with 404 Cannot GET /path as text/plain; charset=utf-8: the contract requires the Error object as application/json; set the app's ErrorHandler \(fiber.Config\) for app`
	app.Use(cors.New())
	app.Use(func(c *fiber.Ctx) error { return c.Next() })
	app.Get("/items", items) // want `from here fiber router app answers a wrong method through the fiber/v2 default error handler with 405 Method Not Allowed as text/plain; charset=utf-8`
	return app.Listen(":8080")
}

// The app's handler hands every error to the default one (logging first).
func Logged() error {
	app := fiber.New(fiber.Config{ // want `fiber router app answers unknown paths through the app's error handler with 404 text as text/plain; charset=utf-8`
		ErrorHandler: func(c *fiber.Ctx, err error) error {
			println(err.Error())
			return fiber.DefaultErrorHandler(c, err)
		},
	})
	app.All("/items", items)
	return app.Listen(":8080")
}

// The app's handler renders a map of another shape.
func Mapped() error {
	app := fiber.New(fiber.Config{ // want `fiber router app answers unknown paths through the app's error handler with 404 fiber.Map{"error": ...} as application/json: not the Error object \(no "errorMessage" key\)`
		ErrorHandler: func(c *fiber.Ctx, err error) error {
			code := fiber.StatusInternalServerError
			var fe *fiber.Error
			if errors.As(err, &fe) {
				code = fe.Code
			}
			if code >= 500 {
				return c.SendStatus(code)
			}
			return c.Status(code).JSON(fiber.Map{"error": err.Error()})
		},
	})
	app.All("/items", items)
	return app.Listen(":8080")
}

// Served through net/http by fiber's adaptor.
func Adapted() error {
	app := fiber.New() // want `fiber router app answers unknown paths through the fiber/v2 default error handler with 404`
	app.All("/items", items)
	return http.ListenAndServe(":8080", adaptor.FiberApp(app))
}
