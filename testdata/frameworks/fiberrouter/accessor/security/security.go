// Package security registers routes and middleware on the router it is
// given (a RouterArgs fact).
package security

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/basicauth"
)

func login(c *fiber.Ctx) error { return c.SendStatus(fiber.StatusNoContent) }

func RegisterHandlers(router fiber.Router) {
	router.All("/login", login)
}

func Protect(router fiber.Router) {
	router.Use(basicauth.New(basicauth.Config{Users: map[string]string{"a": "b"}}))
}
