// Package framework describes web frameworks' response APIs as data, so
// that the engine models c.JSON(404, v) as it models w.WriteHeader(404)
// followed by an encode. Adding a framework is adding one file here.
//
// Calls are named by their types.Func full name, so vendored copies and
// aliased imports are recognised; nothing matches identifier text.
package framework

import (
	"slices"
	"strings"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// Framework is one framework's response API.
type Framework struct {
	Name string
	// Modules are the import path prefixes of the framework's own
	// packages: their internals are not analysed as user handlers.
	Modules []string
	// Carriers are the types a handler writes its response through,
	// "*github.com/gin-gonic/gin.Context".
	Carriers []string
	// Writers are fields or methods of a carrier that give the underlying
	// writer: "(*github.com/gin-gonic/gin.Context).Writer".
	Writers []string
	// Buffered frameworks send the response after the handler returns, so
	// status and headers may change until then (fiber).
	Buffered bool
	// DeferredStatus frameworks record every status, even one written
	// through the raw writer, until the first body write (gin).
	DeferredStatus bool
	// QuietSameStatus frameworks drop, without a warning, a status written
	// after the commit that equals the one sent (gin's WriteHeader compares
	// before it warns).
	QuietSameStatus bool
	// Calls model the carrier's methods and the framework's functions.
	Calls map[string]Call
	// Writes names the carrier's other methods that write to the response
	// in ways we do not model; calling one makes the path opaque. Any other
	// method of the carrier (c.Param, c.Bind, ...) only reads.
	Writes []string
	// ErrorHandler is the framework's default rendering of an error a
	// handler returns; ErrorHandlerErrArg is its 1-based error parameter.
	// Nil when handlers do not return errors.
	ErrorHandler       *summary.Helper
	ErrorHandlerErrArg int
	// CustomErrorHandler names the field through which a program installs
	// an error handler of its own (echo's Echo.HTTPErrorHandler, fiber's
	// Config.ErrorHandler): that function is then the funnel of the
	// errors handlers return.
	CustomErrorHandler []string
	// DefaultErrorHandlers name the functions through which an app's own
	// error handler calls the default one, with the same parameters
	// (echo v4's e.DefaultHTTPErrorHandler(err, c), fiber's
	// DefaultErrorHandler(c, err)), or that return it (echo v5's
	// DefaultHTTPErrorHandler(exposeError)).
	DefaultErrorHandlers []string
	// Engines name the functions that make the framework's engine: a
	// package that makes one and installs no error handler serves its
	// handlers with the default one.
	// Idioms for fixes, as fmt formats over the carrier expression.
	Fix Idioms
	// Challengers are middleware that answer 401 with a challenge of their own.
	Challengers []Challenger
	// Committed names the boolean fields and methods, reached from the
	// writer or carrier, that tell whether the response was already
	// committed: "(*github.com/labstack/echo/v4.Response).Committed".
	Committed []string
	Engines   []string
	// ErrorLists name the fields where the framework collects errors for
	// middleware to render ("(*github.com/gin-gonic/gin.Context).Errors"):
	// see the Collect effect.
	ErrorLists []string
	// StatusValues name interfaces whose implementations carry a status in
	// an int field as error values do ("github.com/go-chi/render.Renderer":
	// chi's ErrResponse{HTTPStatusCode: 400}), so that constructors
	// returning them get facts like error constructors.
	StatusValues []string
	// StatusKeys name the context keys under which the framework keeps
	// the status its status call defers ("github.com/go-chi/render.StatusCtxKey":
	// render.Status(r, s) is r's context with s under that key), so that
	// context.WithValue(ctx, key, s) records s as the status call does.
	StatusKeys []string
	// Routes, when set, says how an app composes a route's chain of
	// handlers: see Routes.
	Routes *Routes
	// Helpers summarise the framework's own methods that answer on some
	// paths and say so in their result, as a helper fact would (gin's
	// c.Bind answers 400 through AbortWithError when binding fails, and
	// returns the error): the framework's code is not analysed.
	Helpers map[string]*summary.Helper
	// Errors say what errors the framework's own methods return, as an
	// error-value fact would (echo's c.Bind returns an *HTTPError of 400,
	// or 415 for a body of a type it does not bind, or nil); they are
	// methods of an interface, or of code that is not analysed.
	Errors map[string]*summary.ErrorValue
}

// ErrorOf returns the error-value summary of a framework's function.
func ErrorOf(fullName string) *summary.ErrorValue {
	for _, f := range All {
		if e, ok := f.Errors[fullName]; ok {
			return e
		}
	}
	return nil
}

// HelperOf returns the helper summary of a framework's function.
func HelperOf(fullName string) *summary.Helper {
	for _, f := range All {
		if h, ok := f.Helpers[fullName]; ok {
			return h
		}
	}
	return nil
}

// Routes models a router whose routes run a chain of handlers: the
// middleware a group has (added by Use, or given to Group) and then the
// route's own. Methods are matched by name on the Types' methods (and the
// interfaces they implement), so that chained calls through an interface
// (g.Group("/x").Use(mw).POST("", h)) are followed too.
type Routes struct {
	// Types are the router types' package path and names.
	Pkg   string
	Types []string
	// Register names the methods that add a route; its handlers are the
	// arguments of a handler type. Use adds middleware to the receiver
	// for routes registered on it later; Group returns a subgroup with the
	// receiver's middleware and its own arguments'.
	Register   []string
	Use, Group string
	// PassThrough names the framework's own middleware that set no header
	// before handing on and render no collected error (a logger, a
	// recovery): its package is not analysed, so this says what it does.
	PassThrough []string
}

// Challenger is a middleware constructor that answers 401 itself, with
// `Scheme realm="..."`: the realm is the field Field of the config literal
// passed as argument ConfigArg (1-based; 0: no config), or Default.
//
// ViaErrorHandler marks middleware that answers by returning an error with
// status 401 (echo's ErrUnauthorized): the app's error handler renders
// the body, which is the framework's default error body unless the
// package installs its own handler.
type Challenger struct {
	Func            string
	ConfigArg       int
	Field           string
	Default         string
	Scheme          string
	ViaErrorHandler bool
}

// Idioms are the framework's own way of writing a fixed response.
type Idioms struct {
	// SetHeader: carrier, quoted name, quoted value.
	SetHeader string
	// StatusOnly: carrier, status expression.
	StatusOnly string
	// ErrorJSON: carrier, status expression, Error object expression.
	ErrorJSON string
	// NoBody: carrier, status expression; a response with no body at all
	// (empty when the framework has no such call).
	NoBody string
	// AbortErrorJSON and AbortStatusOnly replace a call that also stops
	// the handler chain (gin's AbortWith...), so that the fix keeps doing
	// so; a call that did not abort gets ErrorJSON or StatusOnly.
	AbortErrorJSON, AbortStatusOnly string
}

// Call models one call.
type Call struct {
	// Writer is the 1-based argument holding the carrier or writer; 0
	// means the receiver.
	Writer int
	// Returns says what the call returns: "carrier" for fluent calls
	// (fiber's c.Status(400).JSON(v)), "writer" for calls that give the
	// underlying writer (echo's c.Response()), "header" for the header map.
	Returns string
	Effects []Effect
	// StatusOnly marks calls that write a status and no body (for fixes).
	StatusOnly bool
	// Aborts marks calls that also stop the handler chain.
	Aborts bool
	// ErrArg is the 1-based argument holding an error whose message a fix
	// keeps (gin's c.AbortWithError(code, err)).
	ErrArg int
	// Through names the package-level function variable the call responds
	// through (go-chi/render's Respond): a package that assigns it has
	// replaced the modelled write, and the call is opaque there.
	Through string
}

// EffectKind is what one effect does.
type EffectKind int

const (
	SetHeader   EffectKind = iota // Header = Value (or argument ValueArg)
	SetStatus                     // the status is written now (argument StatusArg or Status)
	DeferStatus                   // the status is recorded and sent with the first body write
	WriteBody                     // argument BodyArg is written as Mode
	Opaque                        // something we cannot follow happens (a body written later by middleware)
	// Collect: the error goes to the framework's error list. Where the
	// package makes the engine and neither it nor its imports read that
	// list, no middleware can render it and nothing more is sent;
	// elsewhere a body of unknown kind follows (what middleware renders).
	Collect
	// RenderValue: argument BodyArg is a value whose Render(w, r) method
	// runs first (go-chi/render's Renderer), with the call's own writer and
	// request; a Render that may fail makes the path opaque.
	RenderValue
	// Next: the handlers after this middleware in the route's chain run
	// here (gin's c.Next()); nothing is written by the call itself.
	Next
)

// Effect is one step of a call.
type Effect struct {
	Kind     EffectKind
	Header   string
	Value    string
	ValueArg int  // 1-based; 0: use Value
	IfUnset  bool // the framework sets the header only when the handler has not
	// StatusArg is the 1-based argument with the status; 0: use Status.
	// With both, Status is the default of an optional (variadic) argument.
	StatusArg int
	Status    int
	// BodyArg is the 1-based argument with the body; Mode is how it is
	// written: "json" (encoded), "text", "bytes", "html".
	BodyArg int
	Mode    string
}

// All lists the frameworks errcontract knows.
var All = []*Framework{Gin, EchoV4, EchoV5, FiberV2, ChiRender}

// ChallengerOf returns the challenging middleware with the given full name.
func ChallengerOf(fullName string) (*Framework, Challenger, bool) {
	for _, f := range All {
		for _, c := range f.Challengers {
			if c.Func == fullName {
				return f, c, true
			}
		}
	}
	return nil, Challenger{}, false
}

// IsStatusValue reports whether the named type ("import/path.Name") is
// one of a framework's status-carrying interfaces.
func IsStatusValue(typeKey string) bool {
	for _, f := range All {
		for _, v := range f.StatusValues {
			if v == typeKey {
				return true
			}
		}
	}
	return false
}

// DefaultErrorHandlerOf returns the framework whose default error handler
// fullName calls or returns.
func DefaultErrorHandlerOf(fullName string) *Framework {
	for _, f := range All {
		for _, d := range f.DefaultErrorHandlers {
			if d == fullName {
				return f
			}
		}
	}
	return nil
}

// ByName returns the framework named name, or nil.
func ByName(name string) *Framework {
	for _, f := range All {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Lookup returns the model of the call with the given full name.
func Lookup(fullName string) (*Framework, Call, bool) {
	for _, f := range All {
		if c, ok := f.Calls[fullName]; ok {
			return f, c, true
		}
	}
	return nil, Call{}, false
}

// CarrierOf returns the framework whose carrier type is typeString.
func CarrierOf(typeString string) *Framework {
	for _, f := range All {
		for _, c := range f.Carriers {
			if c == typeString {
				return f
			}
		}
	}
	return nil
}

// WriterOf returns the framework of a field or method that yields the writer.
func WriterOf(fullName string) *Framework {
	return listing(fullName, func(f *Framework) []string { return f.Writers })
}

// listing returns the framework whose list (one of its fields) holds name.
func listing(name string, list func(*Framework) []string) *Framework {
	for _, f := range All {
		if slices.Contains(list(f), name) {
			return f
		}
	}
	return nil
}

// StatusKey returns the framework that keeps its deferred status under
// the context key of this full name ("github.com/go-chi/render.StatusCtxKey").
func StatusKey(fullName string) *Framework {
	return listing(fullName, func(f *Framework) []string { return f.StatusKeys })
}

// CommittedBy reports whether the field or method fullName tells that the
// response was committed.
func CommittedBy(fullName string) bool {
	return listing(fullName, func(f *Framework) []string { return f.Committed }) != nil
}

// WritesVia reports whether method name of fw's carrier writes in a way
// not modelled.
func (f *Framework) WritesVia(name string) bool {
	for _, w := range f.Writes {
		if w == name {
			return true
		}
	}
	return false
}

// InModule reports whether pkgPath belongs to f's own modules.
func (f *Framework) InModule(pkgPath string) bool {
	for _, m := range f.Modules {
		if pkgPath == m || strings.HasPrefix(pkgPath, m+"/") {
			return true
		}
	}
	return false
}

// Internal reports whether pkgPath belongs to a framework's own modules.
func Internal(pkgPath string) bool {
	for _, f := range All {
		if f.InModule(pkgPath) {
			return true
		}
	}
	return false
}

// websocketModules are the websocket libraries: what they write is the
// answer to a failed handshake, to a websocket client.
var websocketModules = [...]string{"github.com/gorilla/websocket", "github.com/gobwas/ws", "github.com/coder/websocket", "nhooyr.io/websocket"}

// Websocket reports whether pkgPath belongs to a websocket library.
func Websocket(pkgPath string) bool {
	for _, m := range websocketModules {
		if pkgPath == m || strings.HasPrefix(pkgPath, m+"/") {
			return true
		}
	}
	return false
}

// Imports reports whether any of paths is a framework package.
func Imports(paths []string) bool {
	for _, p := range paths {
		if Internal(p) {
			return true
		}
	}
	return false
}

// helpers to write the tables tersely

func withCalls(m, more map[string]Call) map[string]Call {
	for k, v := range more {
		m[k] = v
	}
	return m
}

func jsonBody(statusArg, bodyArg int) []Effect {
	return []Effect{
		{Kind: SetHeader, Header: "Content-Type", Value: "application/json", IfUnset: true},
		{Kind: SetStatus, StatusArg: statusArg},
		{Kind: WriteBody, BodyArg: bodyArg, Mode: "json"},
	}
}

// funnel builds a default error handler's summary: the status is field
// statusField of the error parameter (1-based errArg) and the body is
// rendered from the error as errBody says; other errors get 500 and body.
func funnel(writer int, errArg int, contentType string, body, errBody summary.BodyValue, statusFields ...string) *summary.Helper {
	h := &summary.Helper{Writer: writer}
	ct := summary.Event{Kind: summary.Header, Header: "Content-Type", Value: summary.Value{Str: contentType, Known: true}, Implicit: true}
	if errBody.Mode == "error" {
		errBody.Param = errArg
	}
	for _, f := range statusFields {
		h.Paths = append(h.Paths, summary.Path{Events: []summary.Event{ct,
			{Kind: summary.Status, Status: summary.Value{Param: errArg, Field: f}},
			{Kind: summary.Body, Body: errBody}}})
	}
	h.Paths = append(h.Paths, summary.Path{Events: []summary.Event{ct,
		{Kind: summary.Status, Status: summary.Value{Known: true, Ints: []int{500}}},
		{Kind: summary.Body, Body: body}}})
	return h
}
