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

type query struct {
	Page int `query:"page"`
}

// search returns what fiber's parsers return: QueryParser's errors are
// never a *fiber.Error (the app's handler answers 500), BodyParser's are
// that or its 422 for a content type it does not parse.
func search(c *fiber.Ctx) error {
	var q query
	if err := c.QueryParser(&q); err != nil {
		return err
	}
	var body Error
	if err := c.BodyParser(&body); err != nil {
		return err // want `422 Error object Error does not fill "failedValidations"`
	}
	return c.JSON(q)
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
	app.Post("/search", search)
	return app
}
