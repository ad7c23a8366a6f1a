// Package errcontract builds errcontract's analyzers: the checks that keep
// HTTP error responses true to the API's error contract.
//
// # Analyzers
//
// New(config) returns four analyzers that share one configuration:
//
//   - errcontract: the engine. For every function that receives an
//     http.ResponseWriter (or a framework context: gin, echo, fiber), it
//     follows each path and records the headers set, the status written and
//     the body written, with its kind (the Error object, other JSON, plain
//     text, none). It owns the flags, exports facts, and reports only
//     problems with the configuration and with //errcontract:ignore
//     directives.
//   - errbody: C1 C2 C3 C4 C5 C6 C8, what an error response carries.
//   - errheaders: C7 B1, the headers an error status requires.
//   - errwire: G1 G2 G3, the order of header, status and body writes.
//
// # What is followed
//
// Statuses resolve from constants, literals, local variables assigned in
// branches, switches and map literals, as a set of values per path;
// conditions over known statuses and boolean flags prune paths. Helpers
// that write a response, error values that carry a status, funnels that
// turn an error into a response, and adapters that run func(w, r) error
// handlers are summarised as facts (package summary) and used across
// packages. Each path of a helper also records whether it returns zero
// (false, nil) or not, so that a caller's test of the result (`if
// !decode(w, r, &v) { return }`, `if err := finish(w, r); err != nil`) is
// decided on each of the helper's paths; guards on a committed response
// (echo's Response().Committed, gin's Writer.Written() and IsAborted(), a
// wrapper's Written()) cut the paths they rule out. A framework carrier
// passed as a context.Context is only read. A flush (http.Flusher,
// http.ResponseController) commits the status set, or 200 when none was,
// and writes nothing; a controller kept for its deadlines is only a read
// of the writer where the package never hijacks through one, never flushes
// one it keeps, hands none to another package and exports none. A
// framework's deferred status may be put in the request's context by the
// program itself (context.WithValue(ctx, render.StatusCtxKey, s), what
// render.Status does: framework.Framework.StatusKeys). A framework's own call that answers or returns an
// error is modelled in package framework (echo's c.Bind returns an
// *HTTPError of 400 or 415; c.Redirect sends a 3xx; fiber's parsers return
// errors that are never a *fiber.Error, summary.ErrorValue.NotOf, but
// BodyParser's 422), and middleware that
// calls next(c) hands the response to the route's handler. A violation
// is reported where the status becomes concrete: the handler's call of
// the helper, or its return of the error, with the helper's own write as
// related information. An error made in a few places (a function whose
// returns make one kind of error twice) points at each of them.
//
// A method that writes a response from its receiver's fields (an error
// that writes itself, go-chi/render's Renderer) is summarised with the
// receiver as a parameter, resolved at each call. The errors an echo or
// fiber handler returns go to the app's error handler: the one the
// package installs (followed like a helper, the framework's default
// modelled where it delegates to it), the one the errorHandler key names,
// or the framework's default where the package makes the engine; where
// none of these can be seen, returned errors are not judged. The
// errorHandler key also serves handlers of a value that holds the writer
// whose router is out of sight. gin's AbortWithError sends its status at
// once; the body is left to middleware that reads c.Errors, which the
// handler's package may not see. The package that registers the route
// knows its chain (Use, Group, functions of the package given the group,
// the route's own handlers, in source order): there the middleware before the handler that reads c.Errors
// and writes after c.Next() renders each collected error, after what the
// middleware before the handler set on the way in, and the rendered body
// is judged at the handler's registration (engine/routes.go). A function
// that reads c.Errors but uses c for nothing else than reads and c.Next()
// (a logger) renders nothing; where nothing in reach renders the list and
// the package makes the engine, or errorHandler is "default", a collected
// error's status goes out with no body. Routers keep
// answers of their own (framework/router.go): chi's root router its text
// 404 and empty 405, gorilla/mux's its text 404 and a 405 with neither
// body nor Allow, gin's engine its text 404 (and text 405 with
// HandleMethodNotAllowed), unless the program installs handlers for them
// or a route that takes every path; net/http's ServeMux its text 404 and
// 405 unless a "/" pattern is registered (engine/servemux.go). echo's
// engine (v4, and v5, whose error is unexported and reports its status
// through StatusCode()) and fiber's app hand an error of their own (echo's
// ErrNotFound, a *fiber.Error) to the app's error handler: the answer is
// what that handler sends for it, its paths run with that error (the one
// the constructor's configuration names, the one the package installs or
// the configuration's errorHandler, else the framework's default; a
// configuration that brings its own router, echo v5's Config.Router, is
// not judged), and it is
// not judged where the handler is out of sight or its paths disagree, nor
// where the answer takes nothing from the error (the handler's own
// break, reported in its code). A
// fiber app.Use whose handler answers rather than calls Next takes every
// path. The 404 is reported at the constructor, a 405 where it is first
// turned on, for a root router: one bound to a local variable, a package
// variable or an unexported field (made there, or stored there from such
// a variable, s.e = e, and holding nothing else) that is only called,
// served through net/http, wrapped by middleware whose result is used the
// same way (cors's Handler(r)), or handed to functions that do the same
// (this package's, or another's by its summary.RouterArgs fact, with what
// they install), and served by one of those uses (engine/routers.go). A
// type of the package that holds a router in a field and forwards its
// methods to it, or embeds it, is a router too, its one-statement methods
// playing the parts of the calls they forward to (engine/wrappers.go). A function that makes
// a router and returns it, alone or with an error, is a factory
// (summary.RouterFactory), and so is
// an accessor that returns the field that holds it: a router bound to
// its call, in any package, is judged there the same way (one served in
// its own package and handed out only as an http.Handler is judged
// there).
//
// Libraries answer some requests on their own, and no run of the checker
// judges a library: its answers are reported where the program uses it
// (engine/library.go). net/http's file servers (FileServer, ServeFile,
// ServeContent) are listed: 403, 404 and 416 as text/plain. A handler a
// library function makes and returns is a summary.Handlers fact of that
// function, reported at the call (autocert's HTTPHandler; a wrapper's
// handler, wrap(h), with h's paths where it hands on); a value of a
// library type with ServeHTTP (gorilla's handlers.MethodHandler{...}) and
// a library function used as a handler (pprof.Index) are reported where
// the program writes them; a library helper called with the writer is
// judged at the call. A library is a package of another module than the
// one analysed; a driver that names no module treats every package as the
// program's. A library's middleware (func(http.Handler) http.Handler) is
// followed like its handlers: a method or function of that shape used as a
// value (r.Use(auth.AdminOnly)), or a call that returns one
// (tollbooth.HTTPMiddleware(lmt)), is reported there with what the handler
// it returns answers on its own; a middleware applied to a handler
// (a.auth(true)(next)) composes with it, followed with the factory's
// parameters bound to the call's constant arguments (a.auth(false) never
// answers 401). A local function literal that takes the writer as a
// parameter is a helper of the function around it, followed at each call.
// A helper that calls one of its function parameters records where
// (summary.Run); a literal passed there that writes through the writer it
// captures (withID(c, "id", func(id uint) {...})) is followed at that
// point rather than taken as an escape of the writer.
//
// Helpers that call each other are summarised as one cycle: the functions
// run inside a round of the cycle's head are run again with each round,
// and are done when the head settles. An unexported function of a
// handler's shape that is only ever called is a helper, not a handler.
//
// A value of a struct type with one field of type http.ResponseWriter
// (named, embedded, or in an embedded struct) is the writer: a
// request-context object passed to func(e *Event) error handlers, or a
// wrapper that embeds the writer. Its methods are helpers whose writer is
// the receiver (summary.Receiver in the fact). A struct type of the
// program that embeds one framework carrier (type Ctx struct{
// echo.Context; User *User }) is that carrier: echo's methods are reached
// through it, handlers that take it are the framework's handlers, and its
// own methods are helpers on the receiver; a package that imports only
// the package declaring such a type is analysed. So is a value of a named
// interface with a method that gives the writer, `ResponseWriter()
// http.ResponseWriter` (go-shiori/shiori's model.WebContext): that call
// is the writer, its other methods that take nothing and give a value
// (no error) are reads, and any other is an escape. A function whose
// signature is a named function type, here or in an import, that takes
// such a value (type HttpHandler func(deps Dependencies, c WebContext)) is
// a handler, unless it is unexported and only ever called. A helper path records the
// comparisons of int parameters it took (status > 299), and a call whose
// argument cannot meet them does not take the path; a branch whose test
// contradicts those the path took (status <= 199 after 200 <= status) is
// not taken, and a condition that mixes such a test with others
// (rr.stream || status < 200) is split into its ways. A bool field of a
// value that holds the writer is tracked as a status field is (rw.wrote =
// true decides a later !rw.wrote), and a branch on it records the value
// it took, for the caller too.
//
// Builders keep the status and body in fields of such a value and write
// them later: a store into an int or body field is recorded on the path
// and the flush reads the latest store (recv.field inside a method,
// resolved at each call); constructors and methods that return their
// receiver keep the writer through a chain. A response record keeps
// them in fields of a value that does not hold the writer: a struct type
// of the program that declares a method taking the writer (or a value
// that holds it), as go-shiori/shiori's `NewResponse(data,
// status).SendJSON(c)`. It is followed as an error value is: its literals
// are values with fields, its constructors export facts of the fields
// they set (summary.ErrorValue), and the sending method's summary reads
// recv.field for the status and for the data in an interface field (also
// through a getter of this package that returns the field), which each
// call resolves from the value it is called on (engine/records.go).
// Named handler types with a
// method that calls the receiver and funnels its error are adapters: a
// function passed where that type is expected is checked at each return.
// A function of another package passed there (r.Post("/", s.oauth.Create),
// a handler of a package the router's package imports, which cannot see
// the adapter) is judged where it is registered: each path of its fact
// that returns an error of a known kind with nothing committed is the
// handler's header steps followed by the funnel's answer to that error,
// and only that answer is judged, at the registration
// (engine/foreignhandlers.go). The same holds for a framework's handlers
// of another package registered on the framework's router in a package
// that makes the app or installs its error handler (e.GET(path,
// items.Get)), or on the app's own router wrapper there, a function of
// that package taking a handler of the framework's shape (`func (r
// *Router) GET(path string, h Handler)`): their errors are judged through
// that error handler there, and the coverage report takes what was not
// followed of them from there. Such a report names where the handler
// returned the error, "[returned at file.go:line]" (summary.Path.Ret),
// beside where it was made; an error a helper made with the status the
// caller gave (c.Fail(403, msg)) is made at that call.
// A handler held as an interface value works the same way: a function or
// closure with a parameter h of a named interface whose one handler-shaped
// method is ServeHTTP(w, r) error, that calls it and gives the error to a
// funnel (caddy's AdminHandler), is that interface's adapter, and a func
// type of the same package that implements the interface by calling
// itself (AdminHandlerFunc) has it too, so a function converted to that
// type, in any package, is checked at each return. A funnel's test
// `err == errSentinel` against a package-level error made by errors.New or
// fmt.Errorf without %w is recorded on its path (summary.Cond.Sentinel): an
// error that carries a status, or one made at the call, never takes it, nor
// an error of unknown kind that cannot be an unexported sentinel: one from
// another package, or from a function of its package that neither returns
// it nor calls one that may (engine/sentinels.go).
// A handler of the shape func(w, r, ...) (int, error) returns the status
// its adapter writes: the adapter's statements after `status, err :=
// fn(w, r, ...)` are summarised as a funnel of the writer, the status and
// the error (summary.Adapter.StatusArg), if that code writes anything, and
// each return of a function used as the handler type is judged through
// it, the path's conditions on the status narrowing what it writes (`if
// status != 0`). An adapter of func(w, r) error handlers with no funnel to
// call is summarised the same way, as a funnel of the writer and the
// error. A named handler type whose one adapter is a function (not a
// method) is linked like one with a method.
// A handler's shape may take parameters before the writer (writefreely's
// func(app *App, w, r) error). A function literal called where it is
// written, or held in a local variable that is only ever called
// (`h.handleError(w, r, func() error {...}())`), runs there, its
// parameters bound to the call's arguments: each path of
// it, followed from the caller's state with the same writers, forks the
// statement that calls it and gives the call what that path returns
// (engine/calls.go, inlineLiterals). A path of a held literal whose
// status, body or header value is written from its parameters is judged
// at each call, as a helper's is (renderError(err, "", 403)); one that
// writes nothing of them is judged once, inside the literal. Where an adapter calls its handler
// inside such a literal, the funnel of the handler's returns is the
// literal's code after the call followed by the statement that called the
// literal, given what the literal returned (summary of the tail with
// litReturn). A funnel's `e, ok := err.(T)` on its error is a condition
// on the caller's error (summary.Cond.Type): an error of another type
// does not take the way where the assertion held, nor one of T the way
// where it failed, and a helper's path spliced into a summary keeps its
// conditions on the arguments that are the summary's own parameters
// (liftConds). After `err == ErrX` holds, a local error is ErrX; `err =
// nil` of a parameter is nil on the paths that run it. html/template and
// text/template rendered to the writer write a body whose bytes the
// template decides, judged by the Content-Type set before it (none:
// sniffed); gorilla/sessions' Store.Save sets a cookie and nothing else.
// An error chain (hay-kot/httpkit's errchain) runs handlers of an
// interface or func type H that return their error through the error
// handler the app installs, a function func(h H) http.Handler that calls h
// and answers its error in its own code: such a function is an adapter of
// its parameter (its funnel the code after the call), and one that returns
// such a function a maker (summary.Maker). A package that hands exactly
// one to a call, a composite literal or a field installs it: H and the
// named func types of the handler shape that implement H have it as their
// adapter there, and the handlers of that shape nothing else links are
// answered by it (engine/chains.go). A handler another package's factory
// makes (a Handlers fact with ErrHandler) is judged where it is registered
// through such an adapter, its coverage taken from there (HandlerResult.Key).
// A bool function whose result is errors.As of its error parameter to a
// type (after an `if err == nil { return false }`) is a predicate
// (summary.Predicate, generated files included); a funnel that branches on
// it takes a condition on the caller's error (summary.Cond.As), decided for
// an error of a known type, also one with no status of its own (a kind:
// &UnauthorizedError{}, kept as an error value and, for a constructor that
// makes only that kind, in an ErrorValue fact), and not guessed for an
// error of no known kind: that path's status is unknown. Plain errors and
// types with an Unwrap method are no kinds. Paths a funnel takes for
// different kinds are not joined.
// What an adapter's own code after its call sends for a plain error or a
// kind is judged at the handler's return, as nothing else judges it.
// A local variable of a non-error interface type (var message any) holds
// the concrete value last assigned to it on the path: a body written from
// it is that value's, and a type assertion or type switch on it is decided
// by the value's type; one assigned an error is known to be no string
// (engine/dynvals.go). fmt.Fprintf(w, "%s", b) of a []byte or string, and
// fmt.Fprint(w, s) of one string operand, write it as w.Write would. A funnel's assertion of its error to a named
// interface with methods (hp, ok := err.(HTTPErrorProcessor)) is a
// condition on the caller's error (summary.Cond.Type "implements ..."),
// decided by whether an error of a known type implements it; a summary over
// its path limit drops these conditions before giving up.
// A deferred closure that recovers a panic and writes the response (a
// recoverer middleware) is judged on its own, as the handler's answer to
// a panic raised before anything was written; a helper's summary keeps
// none of it.
// A factory of this package that takes no function and whose one return
// is a function literal (limit(10)) hands that literal on where its call
// is used as a handler.
// A function of the shape func(w, r, ...) error whose caller funnels its
// error (a project's own router) is a dispatcher: it, and every handler
// whose error it returns, directly or through middleware of its shape, is
// checked at each return through that funnel (engine/dispatchers.go).
// A funnel that asks the writer whether it has written (a helper that
// returns w.Written() through a type switch or an Unwrap chain) is taken
// to get a writer that can answer: its committed path is not taken after
// a handler that wrote nothing, nor its other path after one that did. A
// function that converts any error to its own type and keeps one of that
// type as it is (var v *T; if !errors.As(err, &v) { v = fallback };
// return v) keeps the argument's status for an argument of that type. A
// function whose every return is an int constant gives its call those
// statuses; so does one that returns another such function's call, or a
// local variable assigned only such values (`var code int; switch { case
// errors.Is(err, fs.ErrNotExist): code = 404; default: code = 500 };
// return code`; its zero value counts unless the statement after its
// declaration assigns it on every path), and a condition that holds as a || b of int parameter tests
// makes a path per way, each decided at the call. A function of several
// results that every return sets to int constants, one of them a status
// (100-599), gives a caller's variables bound to them those values
// (status, code := errStatus(err)); a method counts too, and a return that
// forwards another such call (`return a.link(u)`) adds that call's values,
// so a status returned beside an error (`u, status, err :=
// a.resolveUser(...)`) is known where the caller sends it. A helper's
// path that returns 0 for an int result makes the caller's variable 0
// there (`if status != 0` after `status, err := download(w, r)`), and one
// that returns a package-level error made by errors.New (or fmt.Errorf
// without %w) and never assigned returns a non-nil error; for an exported
// one of another package, the summary.Sentinel fact says so. Then a caller
// that stops on that error never goes on after what the helper sent.
//
// A call of a function value given the writer (fn(w, r), fn(c)) is an
// escape, unless the signature names a type the package declares and does
// not export: then every value of it is one of the package's functions
// whose value it takes (literals, method values, references), as RTA
// resolves a dynamic call, and the call takes each one's paths (gotify's
// evaluate over its token readers). A value of a handler's shape is still
// another handler, checked on its own.
//
// Error-code registries are followed (engine/registry.go): a function that
// stores its descriptor parameter in a package map keyed by the code it
// returns registers codes, a package variable set to its call is a code
// that stands for its descriptor's status (ErrorCodeUnsupported: 405), and
// the code type's method that reads the map (Descriptor()) gives it back,
// so err.ErrorCode().Descriptor().HTTPStatusCode is the code's status.
// Fields where handlers collect errors (engine/sinks.go): a field of a
// list-of-errors type that a deferred call hands to a funnel with the
// writer, after the handlers ran (distribution's ctx.Errors and
// errcode.ServeJSON), ends each handler path that appended to it and wrote
// nothing itself with that funnel, given the first error appended.
// An error made in a package the funnel's package imports, or by
// errors.New, is never a value of an unexported type of the funnel's
// package: the funnel's path that reads that type's fields is not taken
// (engine/foreign.go), and an error-value fact says "or foreign" when the
// function also returns such errors. So is the error of a method of an
// interface the package declares and does not export when each of the
// package's types that implements it returns only such errors there (a
// shim over a payment library): only the package converts values to it,
// and a type it converts from a package it imports cannot make its errors.
//
// What a function's error says is kept per path. A helper's path records
// the error it returns where that carries a status (summary.Path.Err: a
// RecordAuthResponse that answers 200 itself or returns a 500), and a
// function that takes no writer but returns errors of several kinds
// (another type, the caller's own error, errors of no known status beside
// them) lists the kinds with a status (ErrorValue.Alts): each call forks
// one way per kind, so the caller that returns or binds the error learns
// the status on each way, and `e, ok := err.(*T)` is decided on it. A
// function that asks what an error parameter is (errors.As, a type
// assertion) lists no kinds: its return depends on the caller's error;
// one that returns the first of its variadic errors of a type lists the
// arguments that may be of it, and its fallback only where none surely
// is (ErrorValue.FirstOf). A report of what a funnel writes for an error
// made elsewhere points there: a related line in this package, or
// "[error made at file.go:line]" for another (ErrorValue.Where).
// A chain of handlers over one value that holds the writer hands the
// response on: a method that returns nil or the call of a function its
// receiver holds (summary.Continuation: e.Next()) delegates, as does a
// call that takes the writer and a function literal whose parameter holds
// it (a hook's Trigger(event, func(e *Event) error {...})); an embedded
// field through which a value holds the writer is the same writer, and a
// local value whose embedded field is set to it is an alias.
//
// Bodies are judged by what they are on the wire: a function whose every
// return is json.Marshal's output has a summary.Encoded fact; a writer
// handed as a plain io.Writer to a stream (gzip.NewWriter(w),
// pooled.Reset(w)) makes a stream whose Write sends the body, of the
// bytes' kind through bufio or under Content-Encoding; bytes of unknown
// content under a Content-Type that is not JSON are no Error object
// whatever they are, and a value encoded as JSON is structured whatever
// its shape. A function that returns an error as the last
// of several results has the same error-value fact as a constructor, and
// the fact says when it may also return nil. An error variable assigned in
// several places has no one value in a function's fact, but at `v, err :=
// f(); if err != nil { return ..., err }` (the call right before the if,
// or in its init, and no other assignment in its body) it holds f's. The
// fact also lists the bool results false on every return with an error
// (`return false, err`; ErrorValue.ZeroWith): a call forks into the error
// with them false, and nil, so `if ok, err := f(); !ok {...} else if err
// != nil {...}` does not take the second branch with an error.
//
// # Precision
//
// When a status, header or body cannot be resolved, the rules stay silent.
// The silence is counted: Result.Coverage lists each handler and where
// and why its response was not followed; errcontract -coverage prints it.
// Headers and bodies are judged as missing only in functions the server
// calls directly (handlers); a helper's caller may set a header before the
// call or write the body after it. A handler starts with no header set,
// or with the configuration's headersSet: what the app's middleware sets
// before every handler, which the handler's package cannot see. Paths where a body write failed are not
// judged (the client is gone), nor are bodies on branches taken only for
// HEAD requests or a websocket handshake, nor what a websocket library
// answers to a failed handshake. Functions with goto, or with more than
// engine.MaxStates live paths at once, are left alone.
//
// # Fixes
//
// Fixes are attached where the intent is clear: every status that reaches
// the statement is of the class the fix is for, the edit leaves no unused
// variable, imports are added and removed as needed, and the result is
// gofmt-formatted. Framework code is fixed in the framework's own idiom.
package errcontract
