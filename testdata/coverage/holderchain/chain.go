// Package holderchain: middleware of a chain that answers through a
// request context an enclosing function is given, not through the
// handler's own writer (plik's chains, written anew). Which writer the
// context holds is not known there, so such a handler is listed as not
// followed instead of looking silent.
package holderchain

import "net/http"

type Context struct {
	resp http.ResponseWriter
	user string
}

func (c *Context) SetResp(w http.ResponseWriter) { c.resp = w }

func (c *Context) Fail(msg string, status int) {
	resp := c.resp
	http.Error(resp, msg, status)
}

func (c *Context) Unauthorized(msg string) { c.Fail(msg, http.StatusUnauthorized) }

// AuthOnly answers 401 through ctx: not followed.
func AuthOnly(ctx *Context, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ctx.user == "" {
			ctx.Unauthorized("login first")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Named reads ctx and answers through its own writer: followed.
func Named(ctx *Context, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ctx.user == "" {
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}
