// Package made makes a fiber app whose error handler renders errors as
// text, and leaves serving it to its caller.
package made

import "github.com/gofiber/fiber/v2"

func items(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) }

func New() *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		code := fiber.StatusInternalServerError
		if fe, ok := err.(*fiber.Error); ok {
			code = fe.Code
		}
		return c.Status(code).SendString(err.Error())
	}})
	app.Get("/items", items)
	return app
}
