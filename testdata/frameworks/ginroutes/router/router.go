// Package router builds the app: its error middleware renders what the
// handlers of package api collect, and each collected error is judged
// here, at the first route that runs it after that middleware.
package router

import (
	"net/http"

	"github.com/gin-gonic/gin"

	"example.com/frameworks/ginroutes/api"
	"example.com/frameworks/ginroutes/errs"
)

func jsonHeaders(c *gin.Context) {
	c.Header("Content-Type", "application/json")
}

func New() *gin.Engine {
	r := gin.New()
	r.GET("/early", api.Items) // registered before the error middleware: not rendered
	r.Use(errs.Handler())
	r.POST("/items", api.Create) // want `400 JSON error body is sent without Content-Type: application/json; Go sniffs it as text/plain \[status set by api.Create at api.go:24\]`
	r.GET("/items", api.Items)   // want `writes the Error object \(Error\) on a 500 response: 5xx responses must not carry a structured body \[via the error middleware errs.Handler\(\) at errs.go:\d+\] \[status set by api.Items at api.go:15\]`
	r.POST("/login", api.Login)  // want `401 JSON error body is sent without Content-Type`
	r.Use(jsonHeaders)
	r.GET("/items/:id", api.Missing)
	r.POST("/orders", api.RequireUser, api.Orders) // want `on a 500 response` `on a 500 response`
	r.GET("/orders", api.RequireUser, api.Items)
	r.Group("/v2").Use(api.RequireUser).PUT("/items", api.Create)
	return r
}

// NewQuiet's middleware renders nothing once the status is out.
func NewQuiet() *gin.Engine {
	r := gin.New()
	r.Use(errs.Quiet)
	r.GET("/items", api.Items)
	return r
}

// NewPlain serves api.Missing with no JSON Content-Type before it: its
// 404 breaks the contract here, though not in New.
func NewPlain() *gin.Engine {
	r := gin.New()
	r.Use(errs.Handler())
	r.GET("/items/:id", api.Missing) // want `404 JSON error body is sent without Content-Type`
	r.GET("/items", api.Items)       // the same 500 as in New: reported once
	return r
}

// NewBare has no middleware that renders c.Errors: a collected 404 goes
// out with no body.
func NewBare() *gin.Engine {
	r := gin.New()
	r.GET("/items/:id", api.Missing) // want `sends 404 with no body \(the error only goes to the framework's error list, and no middleware of this route renders it\)`
	return r
}

// NewSplit registers its routes in a function of its own, given the group.
func NewSplit() *gin.Engine {
	r := gin.New()
	r.Use(errs.Handler())
	registerV1(r.Group("/v1"))
	return r
}

func registerV1(g *gin.RouterGroup) {
	g.POST("/validate", api.Validate) // want `422 JSON error body is sent without Content-Type` `422 Error object Error does not fill "failedValidations"`
	g.GET("/gone", api.Gone)          // want `404 JSON error body is sent without Content-Type: application/json; Go sniffs it as text/plain \[status set by api.Gone at api.go:\d+\]`
	g.GET("/noted", api.Noted)
}

// NewInstalled gets its error middleware from a function of package errs
// (errs.Install calls r.Use): the routes after it run a chain this package
// cannot see, and are not judged.
func NewInstalled() *gin.Engine {
	r := gin.New()
	errs.Install(r)
	r.POST("/upload", api.Unsupported)
	return r
}

// NewStatic hands its engine to a function that only registers routes:
// the chain is known after it.
func NewStatic() *gin.Engine {
	r := gin.New()
	r.Use(errs.Handler())
	static(r)
	r.POST("/upload", api.Unsupported) // want `415 JSON error body is sent without Content-Type`
	return r
}

func static(r *gin.Engine) {
	r.GET("/static", func(c *gin.Context) { c.String(http.StatusOK, "ok") })
}

// NewSpread adds its middleware from a slice: not followed, any of it may
// render the errors, and the routes are not judged.
func NewSpread() *gin.Engine {
	mws := []gin.HandlerFunc{errs.Handler()}
	r := gin.New()
	r.Use(mws...)
	r.GET("/gone", api.Gone)
	return r
}
