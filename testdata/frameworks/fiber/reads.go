package fiber

import (
	"log"

	"github.com/gofiber/fiber/v2"
)

// logFields reads the response's state through fiber's underlying
// objects: chains of getters are reads, not writes (artalk's shape).
func logFields(c *fiber.Ctx) {
	log.Println(c.Response().StatusCode(), c.Context().RemoteAddr().String(), string(c.Request().Host()))
}

func readsThenAnswers(c *fiber.Ctx) error {
	logFields(c)
	if c.Response().StatusCode() == fiber.StatusOK {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "bad"}) // want `400 response body is fiber.Map\{"error": ...\}, not the Error object`
	}
	return nil
}

// resets writes through the same chain: still opaque.
func resets(c *fiber.Ctx) error {
	c.Response().ResetBody()
	return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "bad"})
}
