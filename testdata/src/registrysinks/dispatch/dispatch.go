// Package dispatch runs handlers made for each request's context and
// sends the errors they collect in it once they return.
package dispatch

import (
	"net/http"

	"registrysinks/codes"
)

type Context struct {
	Name   string
	Errors codes.Errors // want Errors:`sink\(codes.Serve err=p1\)`
}

type App struct{ Mux *http.ServeMux }

func (app *App) newContext(r *http.Request) *Context { return &Context{Name: r.URL.Path} }

// Dispatcher runs a handler made for the request's context and sends the
// errors it collected.
func (app *App) Dispatcher(dispatch func(ctx *Context, r *http.Request) http.Handler) http.Handler { // want Dispatcher:`handlers\(0:helper\(w=0 \[delegate opaque\] \[header:Content-Type status:400 body:json opaque\] \[header:Content-Type status:500 body:json opaque\]\)\)`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx := app.newContext(r)
		defer func() {
			if ctx.Errors.Len() > 0 {
				_ = codes.Serve(w, ctx.Errors)
			}
		}()
		if ctx.Name == "" {
			ctx.Errors = append(ctx.Errors, codes.Unknown.With("no name"))
			_ = codes.Serve(w, ctx.Errors)
			return
		}
		if ctx.Name == "-" {
			// No code: the funnel's 500, never a status of its own.
			ctx.Errors = append(ctx.Errors, NameError{Name: ctx.Name})
			_ = codes.Serve(w, ctx.Errors)
			return
		}
		if len(ctx.Name) > 255 {
			ctx.Errors = append(ctx.Errors, codes.Invalid.With(ctx.Name))
			_ = codes.Serve(w, ctx.Errors)
			return
		}
		dispatch(ctx, r).ServeHTTP(w, r)
	})
}

type NameError struct{ Name string }

func (e NameError) Error() string { return "bad name " + e.Name }
