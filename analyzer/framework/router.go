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
