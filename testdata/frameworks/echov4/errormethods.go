package echov4

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Error values keep their status through their own methods: SetInternal
// returns its receiver, WithInternal a copy that keeps Code.

var errStore = errors.New("store")

func sessionRequired(c echo.Context) error {
	if c.Request().Header.Get("Cookie") == "" {
		return echo.NewHTTPError(http.StatusUnauthorized, "no session").SetInternal(errStore) // want `sends 401 without WWW-Authenticate` `401 response body is \{"message": ...\}, not the Error object`
	}
	if c.Param("id") == "" {
		return echo.ErrNotFound.WithInternal(errStore) // want `404 response body is \{"message": ...\}, not the Error object`
	}
	return c.NoContent(http.StatusOK)
}

// A message that is not a string or an error is sent as it is, as JSON.
func payloadMessages(c echo.Context) error {
	switch c.Param("id") {
	case "":
		return echo.NewHTTPError(http.StatusBadRequest, Error{ErrorMessage: "id required"})
	case "x":
		return echo.NewHTTPError(http.StatusNotFound, &Error{ErrorMessage: "no x"}).SetInternal(errStore)
	case "m":
		return echo.NewHTTPError(http.StatusNotFound, map[string]string{"error": "no m"}) // want `404 response body is map\[string\]string\{"error": ...\}, not the Error object`
	case "s":
		return echo.NewHTTPError(http.StatusNotFound, errStore) // want `404 response body is \{"message": ...\}, not the Error object`
	case "lit":
		return &echo.HTTPError{Code: http.StatusConflict, Message: Error{ErrorMessage: "taken"}}
	case "boom":
		return echo.NewHTTPError(http.StatusInternalServerError, Error{ErrorMessage: "db"}) // want `on a 500 response: 5xx responses must not carry a structured body`
	}
	return nil
}

// apiError keeps its status through Wrap (a copy) but not through Fail,
// which sets it.
type apiError struct {
	Status int
	Msg    string
}

func (e *apiError) Error() string { return e.Msg }

func (e apiError) Wrap(msg string) *apiError {
	c := e
	c.Msg = msg
	return &c
}

func (e *apiError) Fail() *apiError {
	e.Status = http.StatusInternalServerError
	return e
}

func (e *apiError) StatusCode() int { return e.Status }

var errConflict = &apiError{Status: http.StatusConflict, Msg: "conflict"}

func customErrors(c echo.Context) error {
	if c.Param("id") == "" {
		return echo.NewHTTPError(errConflict.Wrap("id taken").StatusCode(), "taken") // want `409 response body is \{"message": ...\}, not the Error object`
	}
	return echo.NewHTTPError(errConflict.Fail().StatusCode(), "x")
}

func ErrorMethodRoutes(e *echo.Echo) {
	e.GET("/s", sessionRequired)
	e.GET("/p/:id", payloadMessages)
	e.GET("/c/:id", customErrors)
}
