package fiber

import "github.com/gofiber/fiber/v2"

func moreRules(c *fiber.Ctx) error {
	switch c.Query("case") {
	case "406":
		return c.Status(fiber.StatusNotAcceptable).SendString("no") // want `c.Status\(fiber.StatusNotAcceptable\).SendString writes a body on a 406 response`
	case "422":
		return c.Status(fiber.StatusUnprocessableEntity).JSON(Error{ErrorMessage: "invalid"}) // want `422 Error object Error does not fill "failedValidations"`
	case "reorder":
		// Fiber buffers the response: headers set after the status still go out.
		c.Status(fiber.StatusUnauthorized)
		c.Set("WWW-Authenticate", `Basic realm="cmix"`)
		c.Set("Content-Type", "application/json")
		return c.JSON(Error{ErrorMessage: "login"})
	}
	return nil
}

// The fix keeps the message.
func parseID(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return c.Status(fiber.StatusBadRequest).SendString("id required") // want `writes a plain-text body on a 400 response`
	}
	return c.SendStatus(fiber.StatusNoContent)
}
