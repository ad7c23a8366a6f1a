// Package fiber checks handlers written with github.com/gofiber/fiber/v2.
package fiber

import (
	"github.com/gofiber/fiber/v2"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func getItem(c *fiber.Ctx) error {
	switch c.Params("id") {
	case "":
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "id required"}) // want `400 response body is fiber.Map\{"error": ...\}, not the Error object`
	case "secret":
		return c.Status(fiber.StatusUnauthorized).JSON(Error{ErrorMessage: "login"}) // want `sends 401 without WWW-Authenticate`
	case "secret-ok":
		c.Status(fiber.StatusUnauthorized)
		c.Set("WWW-Authenticate", `Basic realm="cmix"`) // fiber buffers: set after the status is fine
		return c.JSON(Error{ErrorMessage: "login"})
	case "boom":
		return c.Status(fiber.StatusInternalServerError).JSON(Error{ErrorMessage: "db"}) // want `on a 500 response: 5xx responses must not carry a structured body`
	case "gone":
		return fiber.ErrNotFound // want `sends 404 as text/plain|plain-text body on a 404 response`
	case "none":
		return c.SendStatus(fiber.StatusNotFound) // want `plain-text body on a 404 response`
	case "down":
		return fiber.NewError(fiber.StatusServiceUnavailable, "down") // clean: plain text on 503
	}
	return c.JSON(fiber.Map{"id": c.Params("id")})
}

func Routes(app *fiber.App) {
	app.Get("/items/:id", getItem)
}
