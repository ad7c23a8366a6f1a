// Package fiberapphandler installs its error handler in fiber.Config: a
// closure that answers with the *fiber.Error's code and a JSON body.
package fiberapphandler

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func getItem(c *fiber.Ctx) error {
	switch c.Params("id") {
	case "":
		return fiber.NewError(fiber.StatusBadRequest, "id required")
	case "down":
		return fiber.NewError(fiber.StatusBadGateway, "upstream") // want `Error object \(Error\) on a 502 response`
	}
	return errors.New("db down")
}

func New() *fiber.App {
	app := fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		var fe *fiber.Error
		if errors.As(err, &fe) {
			return c.Status(fe.Code).JSON(Error{ErrorMessage: fe.Message})
		}
		return c.SendStatus(fiber.StatusInternalServerError)
	}})
	app.Get("/items/:id", getItem)
	return app
}
