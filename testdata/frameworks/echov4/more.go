package echov4

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"
)

type Validation struct {
	ErrorMessage      string   `json:"errorMessage"`
	FailedValidations []string `json:"failedValidations"`
}

func moreRules(c echo.Context) error {
	switch c.QueryParam("case") {
	case "406":
		return c.String(http.StatusNotAcceptable, "no") // want `c.String writes a body on a 406 response`
	case "422":
		return c.JSON(http.StatusUnprocessableEntity, Validation{ErrorMessage: "invalid"}) // want `422 Error object Validation does not fill "failedValidations"`
	case "422ok":
		return c.JSON(http.StatusUnprocessableEntity, Validation{ErrorMessage: "invalid", FailedValidations: []string{"name"}})
	case "late":
		c.String(http.StatusOK, "done")
		c.Response().Header().Set("X-Late", "1") // want `X-Late set after c.String\(200\) has no effect`
		return nil
	case "twice":
		c.Response().WriteHeader(http.StatusAccepted)
		c.Response().WriteHeader(http.StatusOK) // want `second WriteHeader \(c.Response\(\).WriteHeader\(200\)\) is ignored`
		return nil
	}
	return nil
}

// The fix keeps the error's text as the message.
func parseLimit(c echo.Context) error {
	if _, err := strconv.Atoi(c.QueryParam("limit")); err != nil {
		return c.String(http.StatusBadRequest, err.Error()) // want `writes a plain-text body on a 400 response`
	}
	return c.NoContent(http.StatusNoContent)
}

// A plain error returned to echo: its default handler answers 500 with
// {"message": "Internal Server Error"} as JSON.
func loadReport(c echo.Context) error {
	if c.QueryParam("id") == "" {
		return errors.New("no report id") // want `echo/v4 default error handler writes JSON \(\{"message": ...\}\) on a 500 response`
	}
	if _, err := strconv.Atoi(c.QueryParam("id")); err != nil {
		// %w may wrap an *echo.HTTPError: not known to be a plain error.
		return fmt.Errorf("report id: %w", err)
	}
	return c.NoContent(http.StatusNoContent)
}
