// Package held keeps echo v5's engine in a field of its server after
// making it in a local variable: the field is the router too.
package held

import (
	"net/http"

	"github.com/labstack/echo/v5"
)

func items(c *echo.Context) error { return c.NoContent(http.StatusNoContent) }

type Server struct {
	e   *echo.Echo
	srv *http.Server
}

func New() *Server {
	s := &Server{}
	e := echo.New() // want `echo/v5 router e answers unknown paths through the echo/v5 default error handler with 404`
	s.e = e
	e.GET("/items", items) // want `from here echo/v5 router e answers a wrong method`
	return s
}

func (s *Server) Start() error {
	s.srv = &http.Server{Handler: s.e}
	return s.srv.ListenAndServe()
}

type keyed struct{ e *echo.Echo }

// A keyed literal holds it the same way.
func newKeyed() *keyed {
	e := echo.New() // want `echo/v5 router e answers unknown paths`
	e.Any("/items", items)
	return &keyed{e: e}
}

func (k *keyed) run() error { return k.e.Start(":8080") }

type handedOut struct{ e *echo.Echo }

// A field an accessor hands out may be mounted or changed by its
// callers: not judged here.
func newHandedOut() *handedOut {
	e := echo.New()
	e.GET("/items", items)
	return &handedOut{e: e}
}

func (h *handedOut) Echo() *echo.Echo { return h.e }

func (h *handedOut) run() error { return h.e.Start(":8081") }

type replaced struct{ e *echo.Echo }

// A field that also holds another engine: not judged.
func newReplaced(other *echo.Echo) *replaced {
	e := echo.New()
	e.GET("/items", items)
	r := &replaced{e: e}
	r.e = other
	return r
}

func (r *replaced) run() error { return r.e.Start(":8082") }
