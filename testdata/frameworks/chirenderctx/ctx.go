// Package chirenderctx checks handlers that put render's status in the
// request's context themselves, as render.Status does, and answer with
// render.JSON over that request (sftpgo's sendAPIResponse shape, written
// anew).
package chirenderctx

import (
	"context"
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

type apiResponse struct {
	Error   string `json:"error,omitempty"`
	Message string `json:"message"`
}

// sendResponse holds whatever status its callers pass: each call is
// judged where the status is known.
func sendResponse(w http.ResponseWriter, r *http.Request, err error, msg string, code int) {
	resp := apiResponse{Message: msg}
	if err != nil {
		resp.Error = err.Error()
	}
	ctx := context.WithValue(r.Context(), render.StatusCtxKey, code)
	render.JSON(w, r.WithContext(ctx), resp)
}

func sendError(w http.ResponseWriter, r *http.Request, msg string, code int) {
	render.JSON(w, r.WithContext(context.WithValue(r.Context(), render.StatusCtxKey, code)), Error{ErrorMessage: msg})
}

type otherKey struct{}

func getUser(w http.ResponseWriter, r *http.Request) {
	switch chi.URLParam(r, "id") {
	case "":
		sendResponse(w, r, nil, "id required", http.StatusBadRequest) // want `400 response body is apiResponse, not the Error object`
	case "boom":
		sendResponse(w, r, errors.New("db"), "", http.StatusInternalServerError) // want `sendResponse writes JSON \(apiResponse\) on a 500 response`
	case "gone":
		sendError(w, r, "no such user", http.StatusNotFound)
	case "other":
		// A value under another key is no status: render.JSON sends 200.
		ctx := context.WithValue(r.Context(), otherKey{}, http.StatusBadRequest)
		render.JSON(w, r.WithContext(ctx), apiResponse{Message: "fine"})
	default:
		sendResponse(w, r, nil, "ok", http.StatusOK)
	}
}

// lookup answers 304 itself and returns a zero status, or the status of
// an error it did not answer.
func lookup(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.Header.Get("If-None-Match") != "" {
		w.WriteHeader(http.StatusNotModified)
		return 0, errors.New("not modified")
	}
	if chi.URLParam(r, "id") == "" {
		return http.StatusUnprocessableEntity, errors.New("id required")
	}
	render.JSON(w, r, map[string]string{"id": chi.URLParam(r, "id")})
	return http.StatusOK, nil
}

func getItem(w http.ResponseWriter, r *http.Request) {
	if status, err := lookup(w, r); err != nil {
		ctx := r.Context()
		if status != 0 {
			ctx = context.WithValue(ctx, render.StatusCtxKey, status)
		}
		render.JSON(w, r.WithContext(ctx), apiResponse{Error: err.Error()}) // want `422 response body is apiResponse, not the Error object`
	}
}

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Get("/users/{id}", getUser)
	r.Get("/items/{id}", getItem)
	return r
}
