// Package chirespond replaces render.Respond: what render.Render sends
// is then the replacement's business, and nothing is judged.
package chirespond

import (
	"net/http"

	"github.com/go-chi/render"
)

type ErrResponse struct {
	HTTPStatusCode int    `json:"-"`
	StatusText     string `json:"status"`
}

func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func init() {
	render.Respond = func(w http.ResponseWriter, r *http.Request, v interface{}) {
		if e, ok := v.(*ErrResponse); ok {
			render.JSON(w, r, map[string]string{"errorMessage": e.StatusText})
			return
		}
		render.DefaultResponder(w, r, v)
	}
}

func get(w http.ResponseWriter, r *http.Request) {
	render.Render(w, r, &ErrResponse{HTTPStatusCode: http.StatusBadRequest, StatusText: "bad"})
}
