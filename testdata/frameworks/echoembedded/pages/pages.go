// Package pages holds handlers of the app's context type; it cannot see
// the error handler the app installs, and imports neither net/http nor
// echo: only the package that declares the context.
package pages

import "example.com/frameworks/echoembedded/webctx"

func Show(c *webctx.Ctx) error {
	if c.User == "" {
		return c.Fail(403, "log in first")
	}
	if c.Param("id") == "" {
		return c.NotFound("no such page")
	}
	return c.HTML(200, "<p>page</p>")
}

func Edit(c *webctx.Ctx) error {
	if c.User == "" {
		return c.Fail(403, "log in first")
	}
	return c.NoContent(204)
}
