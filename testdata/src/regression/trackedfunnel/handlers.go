// Package trackedfunnel reproduces pocketbase's funnel: the error handler
// returns early when a tracker says the response is written, and converts
// the error with a function that keeps an error of its own type as it is.
// Each return of such an error is judged by the error's status.
package trackedfunnel

import (
	"errors"
	"net/http"

	"regression/trackedfunnel/router"
)

func routes(rt *router.Router) {
	rt.GET("/settings", settings)
	rt.GET("/accepted", accepted)
	rt.GET("/back", back)
	rt.GET("/admin", requireAuth()(settings))
	rt.GET("/me", func(e *router.Event) error {
		if e.Request.Header.Get("Authorization") == "" {
			return e.UnauthorizedError("login") // want `sends 401 without WWW-Authenticate`
		}
		return nil
	})
}

func settings(e *router.Event) error {
	if e.Request.URL.Query().Get("fail") != "" {
		return e.InternalServerError("no settings") // want `writes the Error object \(APIError\) on a 500 response`
	}
	if e.Request.URL.Query().Get("id") == "" {
		return router.NewNotFoundError("no id") // compliant under messageKey "message"
	}
	if e.Request.URL.Query().Get("x") != "" {
		return errors.New("bad x") // a 400 APIError from the conversion: compliant
	}
	e.Response.WriteHeader(http.StatusNoContent)
	return nil
}

// accepted answers, then fails: the error handler finds the response
// written and returns.
func accepted(e *router.Event) error {
	e.Response.WriteHeader(http.StatusAccepted)
	return e.InternalServerError("late")
}

// redirectStatus is one of two redirect statuses.
func redirectStatus(e *router.Event) int {
	if e.Request.Method != http.MethodGet {
		return http.StatusSeeOther
	}
	return http.StatusTemporaryRedirect
}

// back redirects with a status in range: Redirect's 500 cannot happen.
func back(e *router.Event) error {
	return e.Redirect(redirectStatus(e), "/")
}

// requireAuth is a middleware factory: the closure it returns is a handler.
func requireAuth() func(func(*router.Event) error) func(*router.Event) error {
	return func(next func(*router.Event) error) func(*router.Event) error {
		return func(e *router.Event) error {
			if e.Request.Header.Get("Authorization") == "" {
				return e.UnauthorizedError("login") // want `sends 401 without WWW-Authenticate`
			}
			return next(e)
		}
	}
}

// late answers, then hands an error to the funnel itself: the funnel asks
// the writer, finds the response written and writes nothing more.
func late(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	router.ErrorHandler(w, r, router.NewNotFoundError("late"))
}
