package framework

// Router describes a router that answers requests no route matches with
// responses of its own, unless the program installs handlers for them.
type Router struct {
	Name string
	// New are the constructors of a root router.
	New []string
	// NotFound and MethodNotAllowed are the methods that replace the
	// router's own answers; Mount is the method that makes a router a
	// subrouter, which takes its parent's answers.
	NotFound, MethodNotAllowed, Mount []string
	// What the router sends when the program installs nothing.
	NotFoundBody, MethodNotAllowedBody string // "" for no body
	NotFoundType                       string // its Content-Type
}

var chiMux = func(v string) string { return "(*github.com/go-chi/chi" + v + ".Mux)." }

// Chi is github.com/go-chi/chi (v5 and earlier): http.NotFound's
// "404 page not found" as text/plain, and an empty 405 with Allow.
var Chi = Router{
	Name: "chi",
	New:  []string{"github.com/go-chi/chi/v5.NewRouter", "github.com/go-chi/chi/v5.NewMux", "github.com/go-chi/chi.NewRouter", "github.com/go-chi/chi.NewMux"},
	NotFound: []string{chiMux("/v5") + "NotFound", chiMux("") + "NotFound",
		"(github.com/go-chi/chi/v5.Router).NotFound", "(github.com/go-chi/chi.Router).NotFound"},
	MethodNotAllowed: []string{chiMux("/v5") + "MethodNotAllowed", chiMux("") + "MethodNotAllowed",
		"(github.com/go-chi/chi/v5.Router).MethodNotAllowed", "(github.com/go-chi/chi.Router).MethodNotAllowed"},
	Mount: []string{chiMux("/v5") + "Mount", chiMux("") + "Mount",
		"(github.com/go-chi/chi/v5.Router).Mount", "(github.com/go-chi/chi.Router).Mount"},
	NotFoundBody:         "404 page not found",
	NotFoundType:         "text/plain; charset=utf-8",
	MethodNotAllowedBody: "",
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

// Routers lists the routers errcontract knows.
var Routers = []*Router{&Chi}

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
