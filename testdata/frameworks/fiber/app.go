package fiber

import "github.com/gofiber/fiber/v2"

// NewServer makes the engine with fiber's default error handler.
func NewServer() *fiber.App {
	app := fiber.New()
	Routes(app)
	return app
}
