// Package fibercommon is an app's shared fiber code, as Artalk's common
// package: its error handler (installed in fiber.Config elsewhere, named
// in fiberconfigured's configuration) and a helper that parses a
// request's parameters and returns the parser's error.
package fibercommon

import (
	"errors"

	"github.com/gofiber/fiber/v2"
)

// RespError answers with the status and {"msg": ...}.
func RespError(c *fiber.Ctx, code int, msg string) error {
	c.Status(code)
	return c.JSON(map[string]any{"msg": msg})
}

// ErrorHandler answers a *fiber.Error with its code, anything else with
// 500, both through RespError.
func ErrorHandler(c *fiber.Ctx, err error) error {
	code := fiber.StatusInternalServerError
	var e *fiber.Error
	if errors.As(err, &e) {
		code = e.Code
	}
	return RespError(c, code, err.Error()) // want `RespError writes JSON \(map\[string\]any\{"msg": ...\}\) on a 500 response`
}

// ParamsDecode parses the query and the body into dest; ok is false with
// the parser's error.
func ParamsDecode(c *fiber.Ctx, dest any) (ok bool, resp error) {
	if err := c.QueryParser(dest); err != nil {
		return false, err
	}
	if err := c.BodyParser(dest); err != nil {
		return false, err
	}
	return true, nil
}
