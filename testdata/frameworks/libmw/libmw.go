// Package libmw is a small middleware library of its own module: the
// shapes of go-pkgz/auth's Auth and AdminOnly (a method of middleware
// shape that applies a middleware a method returns) and tollbooth's
// HTTPMiddleware (a function that returns a middleware). The checker
// judges its answers where a program uses them.
package libmw

import "net/http"

type Guard struct{ Admins map[string]bool }

// session returns the middleware that requires a user when required is
// set; it answers 401 without a body.
func (g *Guard) session(required bool) func(http.Handler) http.Handler {
	f := func(h http.Handler) http.Handler {
		fn := func(w http.ResponseWriter, r *http.Request) {
			if required && r.Header.Get("X-User") == "" {
				w.WriteHeader(http.StatusUnauthorized)
				return
			}
			h.ServeHTTP(w, r)
		}
		return http.HandlerFunc(fn)
	}
	return f
}

// Session is the session middleware, as a method of middleware shape.
func (g *Guard) Session(next http.Handler) http.Handler {
	return g.session(true)(next)
}

// Optional lets anonymous users through: session(false) never answers.
func (g *Guard) Optional(next http.Handler) http.Handler {
	return g.session(false)(next)
}

// Admin answers 403 text to users who are not admins, after the session.
func (g *Guard) Admin(next http.Handler) http.Handler {
	fn := func(w http.ResponseWriter, r *http.Request) {
		if !g.Admins[r.Header.Get("X-User")] {
			http.Error(w, "Access denied", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	}
	return g.session(true)(http.HandlerFunc(fn))
}

// Only returns a middleware that answers 415 text to other content types.
func Only(contentType string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Content-Type") != contentType {
				http.Error(w, "unsupported", http.StatusUnsupportedMediaType)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}

// Pass hands every request on.
func Pass(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}
