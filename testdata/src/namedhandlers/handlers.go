// Package namedhandlers registers handlers of a named func type from
// another package, through the router's methods: each return is checked
// through the funnel the type's method calls.
package namedhandlers

import (
	"context"
	"errors"
	"net/http"

	"namedhandlers/api"
)

func routes(rt *api.Router) {
	rt.Get("/items", listItems)
	rt.Get("/item", getItem)
	rt.Use(requireUser)
	rt.Use(requireAdmin)
	rt.Use(limit(10))
	rt.Get("/logged", logged(loggedItem))
	// A registered closure that returns another handler's error hands the
	// response on: the break is reported where the status is made.
	rt.Get("/signup", func(w http.ResponseWriter, r *http.Request) error {
		if r.URL.Query().Get("anon") != "" {
			return signupAnon(w, r)
		}
		return nil
	})
	rt.Get("/ok", func(w http.ResponseWriter, r *http.Request) error {
		if r.URL.Query().Get("v") == "" {
			return &api.ValidationError{Fields: []string{"v"}}
		}
		return errors.New("internal")
	})
}

func listItems(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("page") == "" {
		return &api.HTTPError{Status: http.StatusBadRequest, Message: "page"} // want `400 response body is errorBody, not the Error object`
	}
	if r.URL.Query().Get("sort") == "?" {
		return api.BadRequest("bad sort %q", r.URL.Query().Get("sort")) // want `400 response body is errorBody, not the Error object`
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func getItem(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("id") == "" {
		return &api.ValidationError{Fields: []string{"id"}}
	}
	return errors.New("db down")
}

// requireUser is middleware of the named shape that returns a context.
func requireUser(w http.ResponseWriter, r *http.Request) (context.Context, error) {
	if r.Header.Get("Authorization") == "" {
		return nil, &api.HTTPError{Status: http.StatusNotFound, Message: "who"} // want `404 response body is errorBody, not the Error object`
	}
	return r.Context(), nil
}

// adminContext returns a context, or a 403 (supabase's requireAdmin).
func adminContext(ctx context.Context) (context.Context, error) {
	if ctx.Value("admin") == nil {
		return nil, &api.HTTPError{Status: http.StatusForbidden, Message: "not admin"}
	}
	return ctx, nil
}

// requireAdmin returns adminContext's results as they are: its error is
// the one returned to the funnel.
func requireAdmin(w http.ResponseWriter, r *http.Request) (context.Context, error) {
	return adminContext(r.Context()) // want `403 response body is errorBody, not the Error object`
}

// limit makes middleware of the named shape: the literal it returns is
// what Use gets, checked at each return through the funnel.
func limit(n int) func(w http.ResponseWriter, r *http.Request) (context.Context, error) {
	return func(w http.ResponseWriter, r *http.Request) (context.Context, error) {
		if len(r.Header) > n {
			return nil, &api.HTTPError{Status: http.StatusRequestHeaderFieldsTooLarge, Message: "headers"} // want `431 response body is errorBody, not the Error object`
		}
		return r.Context(), nil
	}
}

// logged wraps a handler: a middleware factory, not a handler of its own
// (ntfy's wrappers). The handler it is given keeps its own returns.
func logged(next api.HandlerFunc) api.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		return next(w, r)
	}
}

func loggedItem(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Query().Get("id") == "" {
		return &api.HTTPError{Status: http.StatusBadRequest, Message: "id"} // want `400 response body is errorBody, not the Error object`
	}
	return nil
}

// notRegistered has the shape but is never used as the type: its errors
// go to whoever calls it, not to the funnel.
func notRegistered(w http.ResponseWriter, r *http.Request) error {
	return &api.HTTPError{Status: http.StatusBadRequest, Message: "?"}
}

var _ = notRegistered

func signupAnon(w http.ResponseWriter, r *http.Request) error {
	done := make(chan struct{})
	go func() { close(done) }()
	<-done
	return &api.HTTPError{Status: http.StatusConflict, Message: "taken"} // want `409 response body is errorBody, not the Error object`
}
