// Package ok: fiber apps whose own answers keep the contract, or are
// taken by a middleware that answers every path.
package ok

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) }

// The app's handler renders the Error object.
func Rendered() error {
	app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		var fe *fiber.Error
		if errors.As(err, &fe) {
			return c.Status(fe.Code).JSON(Error{ErrorMessage: fe.Message})
		}
		return c.SendStatus(fiber.StatusInternalServerError)
	}})
	app.Get("/items", items)
	return app.Listen(":8080")
}

// A last middleware that answers takes every path and method.
func CatchAll() error {
	app := fiber.New()
	app.Get("/items", items)
	app.Use(func(c *fiber.Ctx) error {
		return c.Status(fiber.StatusNotFound).JSON(Error{ErrorMessage: "no route"})
	})
	return app.Listen(":8080")
}

// Not served here: the caller may mount it.
func Made() *fiber.App {
	app := fiber.New()
	app.Get("/items", items)
	return app
}

// A configuration built before the call: its ErrorHandler is not read
// there, and the app is not judged (not by fiber's default handler).
func Configured() error {
	cfg := fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		return c.Status(fiber.StatusNotFound).JSON(Error{ErrorMessage: err.Error()})
	}}
	app := fiber.New(cfg)
	app.Get("/items", items)
	return app.Listen(":8080")
}
