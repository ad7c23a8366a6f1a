package fiber

import "github.com/gofiber/fiber/v2"

// toLogin redirects with fiber's default 302, or the status given.
func toLogin(c *fiber.Ctx) error {
	if c.Query("permanent") != "" {
		return c.Redirect("/login", fiber.StatusMovedPermanently)
	}
	return c.Redirect("/login")
}

func RedirectRoutes(app *fiber.App) {
	app.Get("/old", toLogin)
}
