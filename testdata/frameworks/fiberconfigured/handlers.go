// Package fiberconfigured returns its errors to the app's error handler
// that its configuration names (fibercommon.ErrorHandler): the parsers'
// errors reach it through fibercommon.ParamsDecode, and only the body
// parser's 422 is a *fiber.Error.
package fiberconfigured

import (
	"github.com/gofiber/fiber/v2"

	"example.com/frameworks/fibercommon"
)

type params struct {
	Page int `query:"page" json:"page"`
}

func list(c *fiber.Ctx) error {
	var p params
	if ok, resp := fibercommon.ParamsDecode(c, &p); !ok {
		return resp // want `422 response body is map\[string\]any\{"msg": ...\}, not the Error object`
	}
	return c.JSON(p)
}

func Routes(app *fiber.App) {
	app.Get("/list", list)
}
