// Package ginrouter checks gin engines' own answers to unmatched requests.
package ginrouter

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

func items(c *gin.Context) { c.Status(http.StatusNoContent) }

// Run's engine keeps gin's text 404, and with HandleMethodNotAllowed its
// text 405.
func Run() error {
	r := gin.Default()              // want `gin router r answers unknown paths with 404 "404 page not found" as text/plain: .*; set r.NoRoute`
	r.HandleMethodNotAllowed = true // want `from here gin router r answers a wrong method with 405 "405 method not allowed" as text/plain: .*; set r.NoMethod`
	api := r.Group("/api")
	api.GET("/items", items)
	return r.Run(":8080")
}

type server struct {
	engine *gin.Engine
}

// An engine kept in a field, served through its Handler method; without
// HandleMethodNotAllowed a wrong method gets the 404 as well.
func (s *server) init() {
	s.engine = gin.New() // want `gin router s.engine answers unknown paths with 404`
	s.engine.GET("/items", items)
}

func (s *server) serve() error {
	return http.ListenAndServe(":8080", s.engine.Handler())
}
