package framework

import "strings"

// Router describes a router that answers requests no route matches with
// responses of its own, unless the program installs handlers for them.
type Router struct {
	Name string
	// New are the constructors of a root router; Types are the types a
	// function may take it as (a router or its interface).
	New, Types []string
	// NotFound and MethodNotAllowed are the methods, or the fields to
	// assign, that replace the router's own answers; Mount is the method
	// that makes a router a subrouter, which takes its parent's answers.
	NotFound, MethodNotAllowed, Mount []string
	// Serve are the router's methods that serve it (ServeHTTP, gin's Run):
	// a router no one serves answers nothing itself.
	Serve []string
	// Restrict are the calls that register a route for some methods only,
	// or the boolean fields that, set true, turn 405 answers on: without
	// one the router never answers 405 on its own.
	Restrict []string
	// CatchAll are the calls that, given a pattern in CatchAllPatterns,
	// route every path: the router then never answers 404 on its own.
	CatchAll         []string
	CatchAllPatterns []string
	// Scoped are the calls that run a func literal on a new subrouter
	// mounted under their pattern (chi's Route): a catch-all or a 404
	// handler installed there takes only the paths under it.
	Scoped []string
	// What the router sends when the program installs nothing.
	NotFoundBody, MethodNotAllowedBody string // "" for no body
	NotFoundType                       string // its Content-Type
	MethodNotAllowedType               string
	// Through, when set, is the framework whose app's error handler
	// renders the router's own answers: the router hands it an error of
	// type ErrorType whose int field StatusField holds 404 or 405 (echo's
	// ErrNotFound, fiber's *fiber.Error). Without a handler installed
	// that is the framework's default one.
	Through                *Framework
	ErrorType, StatusField string
	// ConfigRouter is the field of the constructor's configuration that
	// brings a router of the program's own, with 404 and 405 handlers the
	// configuration may set: a configuration literal that sets it is not
	// judged.
	ConfigRouter string
	// Middleware are the calls that add middleware to the root router for
	// every path under an optional pattern (fiber's app.Use(h)): one whose
	// handler answers instead of handing on takes every path under it.
	// A handler hands on when it calls Next, or when it is made by one of
	// HandsOn (library middleware that hands on what it does not answer:
	// packages, or functions by their full name).
	Middleware []string
	Next       string
	HandsOn    []string
	// Install is how a program installs a 404 handler, a format over the
	// router expression, net/http's name in the file, a func literal of
	// http.HandlerFunc's type and the name of package Pkg in the file;
	// Hints name the 404 and 405 handlers in messages.
	Install, Pkg             string
	NotFoundHint, MethodHint string
}

var chiMux = func(v string) string { return "(*github.com/go-chi/chi" + v + ".Mux)." }

// Chi is github.com/go-chi/chi (v5 and earlier): http.NotFound's
// "404 page not found" as text/plain, and an empty 405 with Allow.
var Chi = Router{
	Name:             "chi",
	New:              []string{"github.com/go-chi/chi/v5.NewRouter", "github.com/go-chi/chi/v5.NewMux", "github.com/go-chi/chi.NewRouter", "github.com/go-chi/chi.NewMux"},
	Types:            []string{"*github.com/go-chi/chi/v5.Mux", "github.com/go-chi/chi/v5.Router", "*github.com/go-chi/chi.Mux", "github.com/go-chi/chi.Router"},
	NotFound:         chiMethods("NotFound"),
	MethodNotAllowed: chiMethods("MethodNotAllowed"),
	Mount:            chiMethods("Mount"),
	Restrict:         chiMethods("Connect", "Delete", "Get", "Head", "Options", "Patch", "Post", "Put", "Trace", "Method", "MethodFunc"),
	// Mount("/", h) routes every path to h; "/*" does for any method.
	CatchAll:             chiMethods("Mount", "Handle", "HandleFunc"),
	CatchAllPatterns:     []string{"/", "/*"},
	Scoped:               chiMethods("Route"),
	NotFoundBody:         "404 page not found",
	NotFoundType:         "text/plain; charset=utf-8",
	MethodNotAllowedBody: "",
	Install:              "%[1]s.NotFound(%[3]s)",
	NotFoundHint:         "%s.NotFound",
	MethodHint:           "%s.MethodNotAllowed",
}

// chiMethods names methods of chi's Mux and Router, v5 and earlier.
func chiMethods(names ...string) []string {
	var out []string
	for _, n := range names {
		out = append(out, chiMux("/v5")+n, chiMux("")+n,
			"(github.com/go-chi/chi/v5.Router)."+n, "(github.com/go-chi/chi.Router)."+n)
	}
	return out
}

// GorillaMux is github.com/gorilla/mux: http.NotFoundHandler's text 404,
// and a 405 with neither body nor Allow for a path whose routes all
// want other methods (Route.Methods). A subrouter made by Subrouter is a
// route of its parent's, whose answers the root's fields decide; a
// router handed to a route as a handler answers for itself.
var GorillaMux = Router{
	Name:                 "gorilla/mux",
	New:                  []string{"github.com/gorilla/mux.NewRouter"},
	Types:                []string{"*github.com/gorilla/mux.Router"},
	NotFound:             []string{"(github.com/gorilla/mux.Router).NotFoundHandler"},
	MethodNotAllowed:     []string{"(github.com/gorilla/mux.Router).MethodNotAllowedHandler"},
	Serve:                []string{"(*github.com/gorilla/mux.Router).ServeHTTP"},
	Restrict:             []string{"(*github.com/gorilla/mux.Route).Methods", "(*github.com/gorilla/mux.Router).Methods"},
	CatchAll:             []string{"(*github.com/gorilla/mux.Router).PathPrefix", "(*github.com/gorilla/mux.Route).PathPrefix"},
	CatchAllPatterns:     []string{"/"},
	NotFoundBody:         "404 page not found",
	NotFoundType:         "text/plain; charset=utf-8",
	MethodNotAllowedBody: "",
	Install:              "%[1]s.NotFoundHandler = %[2]s.HandlerFunc(%[3]s)",
	NotFoundHint:         "%s.NotFoundHandler",
	MethodHint:           "%s.MethodNotAllowedHandler",
}

// ServeMux is net/http's: http.NotFound's "404 page not found", and
// "Method Not Allowed" with Allow, both as text/plain. It has no handler
// to set for them: a "/" pattern replaces the 404 (engine/servemux.go).
var ServeMux = Router{
	Name:                 "net/http ServeMux",
	New:                  []string{"net/http.NewServeMux"},
	NotFoundBody:         "404 page not found",
	NotFoundType:         "text/plain; charset=utf-8",
	MethodNotAllowedBody: "Method Not Allowed",
}

// GinEngine is github.com/gin-gonic/gin's engine: "404 page not found" as
// text/plain for unknown paths, and, only with HandleMethodNotAllowed
// set, "405 method not allowed" as text/plain with Allow. The engine's
// global middleware runs first and may write instead.
var GinEngine = Router{
	Name:             "gin",
	New:              []string{"github.com/gin-gonic/gin.New", "github.com/gin-gonic/gin.Default"},
	Types:            []string{"*github.com/gin-gonic/gin.Engine"},
	NotFound:         []string{"(*github.com/gin-gonic/gin.Engine).NoRoute"},
	MethodNotAllowed: []string{"(*github.com/gin-gonic/gin.Engine).NoMethod"},
	Serve: []string{"(*github.com/gin-gonic/gin.Engine).Run", "(*github.com/gin-gonic/gin.Engine).RunTLS", "(*github.com/gin-gonic/gin.Engine).RunUnix",
		"(*github.com/gin-gonic/gin.Engine).RunFd", "(*github.com/gin-gonic/gin.Engine).RunListener", "(*github.com/gin-gonic/gin.Engine).RunQUIC",
		"(*github.com/gin-gonic/gin.Engine).Handler", "(*github.com/gin-gonic/gin.Engine).ServeHTTP"},
	Restrict:             []string{"(github.com/gin-gonic/gin.Engine).HandleMethodNotAllowed"},
	NotFoundBody:         "404 page not found",
	NotFoundType:         "text/plain",
	MethodNotAllowedBody: "405 method not allowed",
	MethodNotAllowedType: "text/plain",
	Install:              "%[1]s.NoRoute(%[4]s.WrapF(%[3]s))",
	NotFoundHint:         "%s.NoRoute",
	MethodHint:           "%s.NoMethod",
	Pkg:                  "github.com/gin-gonic/gin",
}

// EchoV4Engine is github.com/labstack/echo/v4's engine: a request no route
// takes is answered by echo.NotFoundHandler's ErrNotFound, one whose path
// has routes of other methods by ErrMethodNotAllowed (with Allow), both
// rendered by the app's HTTPErrorHandler; the default one sends
// {"message": "Not Found"} and {"message": "Method Not Allowed"} as JSON.
// A RouteNotFound route takes both (TestEchoV4RouterDefaults).
var EchoV4Engine = echoEngine("github.com/labstack/echo/v4", EchoV4, func(rt *Router) {
	rt.NotFound = append(rt.NotFound, "github.com/labstack/echo/v4.NotFoundHandler")
	rt.MethodNotAllowed = append(rt.MethodNotAllowed, "github.com/labstack/echo/v4.MethodNotAllowedHandler")
	rt.Serve = append(rt.Serve, echoV4("StartTLS"), echoV4("StartAutoTLS"), echoV4("StartServer"), echoV4("StartH2CServer"))
	rt.ErrorType, rt.StatusField = "github.com/labstack/echo/v4.HTTPError", "Code"
})

func echoV4(n string) string { return "(*github.com/labstack/echo/v4.Echo)." + n }

// EchoV5Engine is echo v5's engine: the same answers as v4's, through an
// unexported error whose status its StatusCode method reports (echo's
// ErrNotFound, ErrMethodNotAllowed). NewWithConfig takes the app's
// handler in its Config; a Config that brings its own Router may bring
// its own 404 handler, and is not judged (TestEchoV5RouterDefaults).
var EchoV5Engine = echoEngine("github.com/labstack/echo/v5", EchoV5, func(rt *Router) {
	rt.Name = "echo/v5"
	rt.New = append(rt.New, "github.com/labstack/echo/v5.NewWithConfig")
	rt.ErrorType, rt.StatusField, rt.ConfigRouter = "github.com/labstack/echo/v5.httpError", "code", "Router"
})

// echoEngine is what echo's engines share, for the module at path:
// RouteNotFound routes take both answers; Any("/*", h) on the engine takes
// every path for every method; the answers go through fw's error handler.
// No fix: a RouteNotFound route would also take the wrong methods and
// answer them 404, and the app's error handler renders every error; what
// to change is the app's call.
func echoEngine(path string, fw *Framework, version func(*Router)) Router {
	engine := func(n string) string { return "(*" + path + ".Echo)." + n }
	group := "(*" + path + ".Group)."
	rt := Router{
		Name:                 "echo",
		New:                  []string{path + ".New"},
		Types:                []string{"*" + path + ".Echo"},
		NotFound:             []string{engine("RouteNotFound"), group + "RouteNotFound"},
		MethodNotAllowed:     []string{engine("RouteNotFound"), group + "RouteNotFound"},
		Serve:                []string{engine("Start"), engine("ServeHTTP")},
		Restrict:             append(echoMethods(engine("")), echoMethods(group)...),
		CatchAll:             []string{engine("Any")},
		CatchAllPatterns:     []string{"/*"},
		NotFoundBody:         `{"message":"Not Found"}`,
		NotFoundType:         "application/json",
		MethodNotAllowedBody: `{"message":"Method Not Allowed"}`,
		MethodNotAllowedType: "application/json",
		Through:              fw,
		NotFoundHint:         "%s.HTTPErrorHandler",
		MethodHint:           "%s.HTTPErrorHandler",
	}
	version(&rt)
	return rt
}

// echoMethods names the route methods for one method each, and Add and
// Match, on a receiver ("(*pkg.Echo).").
func echoMethods(recv string) []string {
	var out []string
	for _, n := range []string{"CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "QUERY", "TRACE", "Add", "Match"} {
		out = append(out, recv+n)
	}
	return out
}

func fiberApp(n string) string { return "(*github.com/gofiber/fiber/v2.App)." + n }

// fiberRoutes names fiber's route methods for one method each, and Add,
// on the app, its groups and its Router interface.
func fiberRoutes() []string {
	var out []string
	for _, recv := range []string{"(*github.com/gofiber/fiber/v2.App).", "(*github.com/gofiber/fiber/v2.Group).", "(github.com/gofiber/fiber/v2.Router)."} {
		for _, n := range []string{"Connect", "Delete", "Get", "Head", "Options", "Patch", "Post", "Put", "Trace", "Add"} {
			out = append(out, recv+n)
		}
	}
	return out
}

// FiberApp is github.com/gofiber/fiber/v2's app: a request no route takes
// gets a *fiber.Error through the app's ErrorHandler, 404 "Cannot GET
// /path", or 405 with Allow when the path has routes of other methods;
// the default handler sends them as text/plain (TestFiberRouterDefaults).
// Middleware added with app.Use runs first: one that answers instead of
// calling Next takes every path under its prefix.
var FiberApp = Router{
	Name:  "fiber",
	New:   []string{"github.com/gofiber/fiber/v2.New"},
	Types: []string{"*github.com/gofiber/fiber/v2.App", "github.com/gofiber/fiber/v2.Router"},
	Serve: []string{fiberApp("Listen"), fiberApp("ListenTLS"), fiberApp("ListenTLSWithCertificate"), fiberApp("ListenMutualTLS"), fiberApp("ListenMutualTLSWithCertificate"), fiberApp("Listener"), fiberApp("Handler"), "github.com/gofiber/fiber/v2/middleware/adaptor.FiberApp"},
	Mount: []string{fiberApp("Mount"), "(*github.com/gofiber/fiber/v2.Group).Mount"},
	// All("/*", h) takes every path for every method.
	CatchAll:             []string{fiberApp("All")},
	CatchAllPatterns:     []string{"/*", "*"},
	Restrict:             fiberRoutes(),
	NotFoundBody:         "Cannot GET /path",
	NotFoundType:         "text/plain; charset=utf-8",
	MethodNotAllowedBody: "Method Not Allowed",
	MethodNotAllowedType: "text/plain; charset=utf-8",
	Through:              FiberV2,
	ErrorType:            "github.com/gofiber/fiber/v2.Error",
	StatusField:          "Code",
	// A Use through the Router interface may be the app's.
	Middleware: []string{fiberApp("Use"), "(github.com/gofiber/fiber/v2.Router).Use"},
	Next:       "(*github.com/gofiber/fiber/v2.Ctx).Next",
	// fiber's own middleware hands on what it does not answer; proxy,
	// monitor and adaptor's HTTPHandler answer every request they get.
	HandsOn: fiberMiddleware("basicauth", "cache", "compress", "cors", "csrf", "earlydata", "encryptcookie", "envvar", "etag", "expvar",
		"favicon", "filesystem", "healthcheck", "helmet", "idempotency", "keyauth", "limiter", "logger", "pprof", "recover", "redirect",
		"requestid", "rewrite", "skip", "timeout", "adaptor.HTTPMiddleware"),
	NotFoundHint: "the app's ErrorHandler (fiber.Config) for %s",
	MethodHint:   "the app's ErrorHandler (fiber.Config) for %s",
}

func fiberMiddleware(names ...string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "github.com/gofiber/fiber/v2/middleware/" + n
	}
	return out
}

// Routers lists the routers errcontract knows.
var Routers = []*Router{&Chi, &GorillaMux, &GinEngine, &EchoV4Engine, &EchoV5Engine, &FiberApp}

// FileAnswer is what net/http's file serving answers on its own when a
// request cannot be served: each error goes out with http.Error, as
// text/plain. The engine does not analyse net/http, so these are listed.
type FileAnswer struct {
	Statuses []int
	When     string // the requests that get them
}

// FileAnswers lists net/http's file servers by function.
var FileAnswers = map[string]FileAnswer{
	"net/http.FileServer":   fileServer,
	"net/http.FileServerFS": fileServer,
	"net/http.ServeFile":    fileServer,
	"net/http.ServeFileFS":  fileServer,
	// ServeContent is given the content: only the range can fail.
	"net/http.ServeContent": {Statuses: []int{416}, When: "an unsatisfiable Range"},
	// gin's static routes hand a file they cannot open to the engine's
	// NoRoute handlers and serve the others with http.FileServer; a file
	// route serves one file set up in advance: the range is what fails.
	"(*github.com/gin-gonic/gin.RouterGroup).Static":       ginRange,
	"(*github.com/gin-gonic/gin.RouterGroup).StaticFS":     ginRange,
	"(*github.com/gin-gonic/gin.RouterGroup).StaticFile":   ginRange,
	"(*github.com/gin-gonic/gin.RouterGroup).StaticFileFS": ginRange,
}

var ginRange = FileAnswer{Statuses: []int{416}, When: "an unsatisfiable Range"}

// 404 for a missing file, 403 for one it may not read (toHTTPError),
// 416 for a Range no byte of the file satisfies.
var fileServer = FileAnswer{Statuses: []int{403, 404, 416}, When: "a missing or unreadable file, or an unsatisfiable Range"}

// RouterNamed returns the router of Routers with that name, or nil.
func RouterNamed(name string) *Router {
	for _, rt := range Routers {
		if rt.Name == name {
			return rt
		}
	}
	return nil
}

// RouterPackage reports whether pkgPath makes one of the Routers: a
// package that imports it may answer through a router's own responses.
func RouterPackage(pkgPath string) bool {
	for _, rt := range Routers {
		for _, n := range rt.New {
			if strings.HasPrefix(n, pkgPath+".") && !strings.Contains(n[len(pkgPath)+1:], "/") {
				return true
			}
		}
	}
	return false
}
