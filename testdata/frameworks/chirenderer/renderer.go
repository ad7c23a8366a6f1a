// Package chirenderer checks go-chi/render's Renderer idiom: the status
// comes from the value's own Render method, the body is the value itself.
package chirenderer

import (
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

// ErrResponse is chi's own example: its JSON is not the Error object.
type ErrResponse struct {
	Err            error `json:"-"`
	HTTPStatusCode int   `json:"-"`

	StatusText string `json:"status"`
	AppCode    int64  `json:"code,omitempty"`
	ErrorText  string `json:"error,omitempty"`
}

func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func ErrInvalidRequest(err error) render.Renderer {
	return &ErrResponse{Err: err, HTTPStatusCode: 400, StatusText: "Invalid request.", ErrorText: err.Error()}
}

func ErrRender(err error) render.Renderer {
	return &ErrResponse{Err: err, HTTPStatusCode: 422, StatusText: "Error rendering response.", ErrorText: err.Error()}
}

var ErrNotFound = &ErrResponse{HTTPStatusCode: 404, StatusText: "Resource not found."}

// APIError is the Error object, rendered the same way.
type APIError struct {
	Status       int    `json:"-"`
	ErrorMessage string `json:"errorMessage"`
}

func (e *APIError) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.Status)
	return nil
}

func NewAPIError(status int, msg string) *APIError {
	return &APIError{Status: status, ErrorMessage: msg}
}

// Checked may refuse to render: render.Render then answers nothing.
type Checked struct {
	Code int `json:"-"`
}

func (c *Checked) Render(w http.ResponseWriter, r *http.Request) error {
	if c.Code == 0 {
		return errors.New("no status")
	}
	render.Status(r, c.Code)
	return nil
}

func getArticle(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	switch id {
	case "":
		render.Render(w, r, ErrInvalidRequest(errors.New("id required"))) // want `400 response body is ErrResponse, not the Error object`
	case "missing":
		render.Render(w, r, ErrNotFound) // want `404 response body is ErrResponse, not the Error object`
	case "bad":
		render.Render(w, r, ErrRender(errors.New("x"))) // want `422 response body is ErrResponse, not the Error object`
	case "gone":
		render.Render(w, r, NewAPIError(http.StatusNotFound, "no article"))
	case "boom":
		render.Render(w, r, NewAPIError(http.StatusInternalServerError, "db")) // want `on a 500 response: 5xx responses must not carry a structured body`
	case "login":
		render.Render(w, r, &APIError{Status: http.StatusUnauthorized, ErrorMessage: "login"}) // want `sends 401 without WWW-Authenticate`
	case "checked":
		render.Render(w, r, &Checked{Code: http.StatusBadRequest})
	default:
		render.Respond(w, r, NewAPIError(http.StatusForbidden, "no"))
	}
}

// renderErr passes its value on: the status becomes concrete at its calls.
func renderErr(w http.ResponseWriter, r *http.Request, e *APIError) {
	render.Render(w, r, e)
}

func deleteArticle(w http.ResponseWriter, r *http.Request) {
	if chi.URLParam(r, "id") == "" {
		renderErr(w, r, NewAPIError(http.StatusInternalServerError, "db")) // want `on a 500 response: 5xx responses must not carry a structured body`
		return
	}
	renderErr(w, r, NewAPIError(http.StatusBadRequest, "id"))
}

func Routes() chi.Router {
	r := chi.NewRouter()
	r.Get("/articles/{id}", getArticle)
	r.Delete("/articles/{id}", deleteArticle)
	return r
}
