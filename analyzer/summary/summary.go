// Package summary defines the facts errcontract exports for functions, so
// that a package's analysis uses its dependencies' helpers without reading
// their source.
//
// A Helper fact summarises a function that writes a response through a
// ResponseWriter parameter: each of its paths as a list of steps, with the
// values that come from the caller's arguments marked by parameter index.
// The caller's analysis splices the paths in at the call, with the
// arguments substituted, and so learns the status where it becomes concrete.
//
// Facts are gob-encoded: plain slices and scalars, no maps, no pointers
// into the AST, and the same value for the same source.
package summary

import (
	"fmt"
	"strings"
)

// Helper is the fact for a function that writes a response.
type Helper struct {
	// Writer is the index of the parameter that is or holds the writer,
	// or Receiver for a method of a type that holds it.
	Writer int
	// Handler is set for the http.HandlerFunc shape; such a function has
	// already been checked as a handler on its own.
	Handler bool
	// Returns says the first result holds the same writer as Writer: a
	// builder's constructor, or a method that returns its receiver
	// (b.WithStatus(s) returns b), so that calls can be chained.
	Returns bool
	Paths   []Path
}

func (*Helper) AFact() {}

// String is what `// want name:"..."` fact tests match.
func (h *Helper) String() string {
	var paths []string
	for _, p := range h.Paths {
		var evs []string
		for _, e := range p.Events {
			evs = append(evs, e.String())
		}
		paths = append(paths, ParamString(p.Params)+CondString(p.Conds)+FieldString(p.Fields)+"["+strings.Join(evs, " ")+"]"+ResultString(p.Results)+ErrString(p.Err))
	}
	w := fmt.Sprint(h.Writer)
	if h.Writer == Receiver {
		w = "recv"
	}
	if h.Returns {
		w += " returns"
	}
	return fmt.Sprintf("helper(w=%s %s)", w, strings.Join(paths, " "))
}

// Step kinds mirror the engine's event kinds.
const (
	Header uint8 = iota
	HeaderDel
	HeadersUnknown
	Status
	Body
	Opaque
	WriteFailed
	// Guard: the path goes on only if the response was already committed
	// (Committed true) or not yet (false): echo's `if c.Response().Committed
	// { return }`, gin's c.Writer.Written().
	Guard
	// SetField: a value stored in Field of the value that holds the writer
	// (a builder's status in Status, its body in Body), sent by a later
	// step that reads the field (Value.Field, BodyValue.Field).
	SetField
	// NoBody: a branch taken only for a request whose response the
	// protocol sends without a body (HEAD, a websocket handshake).
	NoBody
	// Next: a middleware runs the rest of its route's chain here (gin's
	// c.Next()); what it does before is what the handlers after it see,
	// what it does after follows their answer.
	Next
	// Run: the helper calls its function parameter HandsOn here
	// (withID(c, "id", func(id uint) {...}) runs the literal): a caller
	// that passes a literal writing the response gets its paths there.
	Run
	// Flush: the response so far goes out (w.(http.Flusher).Flush(),
	// http.NewResponseController(w).Flush()); nothing is written.
	Flush
)

// Event is one step of a helper's path.
type Event struct {
	Kind     uint8
	Header   string
	Value    Value // header value
	Status   Value
	Body     BodyValue
	Implicit bool
	Via      string
	// Where is "file.go:line" of the step, for messages at the call site.
	Where string
	// Framework semantics of the step (see engine.Event).
	Deferred, Buffered, IfUnset, Now bool
	Framework                        string
	// Committed is the condition of a Guard step.
	Committed bool
	// HeaderParam, on a Header step, is the 1-based parameter that names
	// the header (Header is then empty): setHeader(w, key, value).
	HeaderParam int
	// Field, Nil and Type describe a SetField step: the field
	// ("import/path.T.name"), whether the value is nil (ResultZero,
	// ResultNonZero, ResultUnknown) and its static type if not an
	// interface; Nil is ResultUnknown when it depends on a parameter.
	Field string
	Nil   uint8
	Type  string
	// HandsOn, on an Opaque step of a handler that a function makes and
	// returns, is the 1-based parameter of that function whose handler
	// gets the request there (a wrapper's next.ServeHTTP(w, r)); on a Run
	// step, the function parameter called there.
	HandsOn int
	// Delegate, on an Opaque step, says the response goes to another
	// handler there, checked on its own (a hook's Trigger with a handler
	// literal, a chain's e.Next()).
	Delegate bool
	// Answered, on an Opaque step, says the response goes to a library
	// function whose answers are listed (net/http's file servers) and
	// judged where it is called: followed, for the coverage report.
	Answered bool
	// Pending, on a Body step, says the body is left to middleware that
	// renders the framework's error list (gin's AbortWithError): which
	// middleware is known only where the route is registered.
	Pending bool
}

func (e Event) String() string {
	switch e.Kind {
	case Header:
		if e.HeaderParam > 0 {
			return fmt.Sprintf("header:p%d", e.HeaderParam-1)
		}
		return "header:" + e.Header
	case HeaderDel:
		return "del:" + e.Header
	case HeadersUnknown:
		return "headers?"
	case Status:
		return "status:" + e.Status.String()
	case Body:
		if e.Pending {
			return "body:pending"
		}
		return "body:" + e.Body.String()
	case Opaque:
		if e.HandsOn > 0 {
			return fmt.Sprintf("next(p%d)", e.HandsOn-1)
		}
		if e.Delegate {
			return "delegate"
		}
		if e.Answered {
			return "answered"
		}
		return "opaque"
	case WriteFailed:
		return "failed"
	case Guard:
		if e.Committed {
			return "if-committed"
		}
		return "if-uncommitted"
	case SetField:
		v := e.Status.String()
		if e.Body.Kind != 0 || e.Body.Param != 0 || e.Body.Field != "" {
			v = e.Body.String()
		}
		return "set:" + shortField(e.Field) + "=" + v
	case NoBody:
		return "nobody"
	case Next:
		return "next"
	case Run:
		return fmt.Sprintf("run(p%d)", e.HandsOn-1)
	case Flush:
		return "flush"
	}
	return "?"
}

// shortField drops the import path of a field key for fact tests.
func shortField(f string) string {
	if i := strings.LastIndex(f, "/"); i >= 0 {
		return f[i+1:]
	}
	return f
}

// Value is a status or header value: known constants, or a parameter (and
// field of it) to be resolved at the call, or unknown.
type Value struct {
	Ints  []int
	Str   string
	Known bool
	// Param is the 1-based parameter index the value comes from; 0 if
	// none; Receiver for a field of a method's receiver.
	Param int
	Field string
}

// Receiver is Value.Param for a Helper method's receiver, as in
// `func (e *ErrResponse) Render(w, r) error { render.Status(r, e.Code) }`:
// the caller resolves Field of the value the method is called on.
const Receiver = -1

func (v Value) String() string {
	switch {
	case v.Param == Receiver:
		return "recv." + shortField(v.Field)
	case v.Param > 0 && v.Field != "":
		return fmt.Sprintf("p%d.%s", v.Param-1, v.Field)
	case v.Param > 0:
		return fmt.Sprintf("p%d", v.Param-1)
	case !v.Known:
		return "?"
	case len(v.Ints) > 0:
		parts := make([]string, len(v.Ints))
		for i, n := range v.Ints {
			parts[i] = fmt.Sprint(n)
		}
		return strings.Join(parts, "|")
	}
	return fmt.Sprintf("%q", v.Str)
}

// BodyValue is a body's kind, or the parameter it is made from.
type BodyValue struct {
	Kind        uint8 // engine.BodyKind
	Validations uint8 // engine.Tri
	Desc        string
	// Param is the 1-based parameter the body is made from; Mode says how
	// ("json": encoded, "bytes": written as is, "text": printed).
	Param int
	Mode  string
	// Unsure: text of unknown content (see engine.Body).
	Unsure bool
	// Keys are the top-level keys of a framework's own JSON body
	// (echo's {"message": ...}): the caller's configuration decides
	// whether that is the Error object.
	Keys []string
	// Payload, with Mode "error", names an interface field of the error
	// in parameter Param that the error handler sends as it is when it
	// holds a value other than a string or an error (echo v4's
	// HTTPError.Message). In that mode an error that marshals itself is
	// sent as it is too; any other error gets Keys.
	Payload string
	// Field, with Param Receiver, says the body is the value stored in
	// that field of the receiver (a builder's body), sent in Mode.
	Field string
}

func (b BodyValue) String() string {
	if b.Mode == "error" {
		return fmt.Sprintf("error(p%d.%s)", b.Param-1, b.Payload)
	}
	if b.Param == Receiver {
		return fmt.Sprintf("%s(recv.%s)", b.Mode, shortField(b.Field))
	}
	if b.Param > 0 {
		return fmt.Sprintf("%s(p%d)", b.Mode, b.Param-1)
	}
	return [...]string{"?", "error", "json", "text"}[b.Kind]
}

// Path is one way through the helper.
type Path struct {
	Events []Event
	// Results says, per result of the function, what it returns on this
	// path as far as a caller's condition cares: ResultUnknown, ResultZero
	// (false, nil) or ResultNonZero (true, non-nil). Empty when the
	// function has no results or none is known.
	Results []uint8
	// Params says, per parameter, what the path assumed of it (tested
	// `p != nil` or `p == nil`): a call whose argument contradicts it does
	// not take the path. Empty when nothing was assumed.
	Params []uint8
	// Conds are the comparisons of int parameters with constants that the
	// path took as true (`status > 299`): a call whose argument satisfies
	// none of them for any of its values does not take the path.
	Conds []Cond
	// Fields are the tests of the receiver's fields that the path took as
	// true (`b.body == nil`, `b.body.([]byte)` succeeded): a call on a
	// value whose field is known to fail them does not take the path.
	Fields []FieldCond
	// Err is the error the function returns on this path, where it carries
	// a status (`return e.InternalServerError(...)` in a helper that
	// answers on its other paths): the caller that returns it to a funnel
	// knows the status. Zero where the path returns nil or an error of no
	// known status.
	Err ErrorValue
	// Ret, with Err, is where the path returns it,
	// "import/path/file.go:line": a package that judges the function's
	// returns for another (a handler registered there) names it.
	Ret string
}

// ErrString prints a path's returned error for fact tests: "=>error(...)".
func ErrString(e ErrorValue) string {
	if e.Zero() {
		return ""
	}
	return "=>" + e.String()
}

// Zero reports the zero ErrorValue: no error of a known kind.
func (e *ErrorValue) Zero() bool {
	return e.Type == "" && e.Wraps == 0 && len(e.Alts) == 0 && e.FirstOf == 0 && e.NotOf == ""
}

// FieldCond is a test of a receiver's field: Nil (the field is nil) or,
// with Type, that its dynamic type is Type; Holds says which way it went.
type FieldCond struct {
	Field string
	Type  string
	Holds bool
}

func (c FieldCond) String() string {
	t := "nil"
	if c.Type != "" {
		t = "is " + shortField(c.Type)
	}
	if !c.Holds {
		t = "not " + t
	}
	return shortField(c.Field) + " " + t
}

// FieldString prints a path's field tests for fact tests: "fields(body nil)".
func FieldString(cs []FieldCond) string { return listString("fields", cs) }

// Cond is `p<Param-1> Op Value` for an int parameter (Op is a Go
// comparison operator as written: "<", "==", ...).
type Cond struct {
	Param int
	Op    string
	Value int
	// Sentinel ("import/path.name"): the parameter, an error, compared (Op
	// "==" or "!=") with that package-level error, made by errors.New or
	// fmt.Errorf without %w, which carries no status; Value is unused. An
	// argument that carries a status is never equal to it.
	Sentinel string
	// Field, when set, says the comparison is of that status of the
	// parameter rather than of the parameter itself: an error's field or
	// method as Status.Field names it ("*echo.HTTPError.Code" for
	// `he.Code == 401` after errors.As(err, &he)).
	Field string
	// Type ("import/path.T"): the parameter, an error, asserted to that
	// named type (Op "==": `e, ok := err.(T)` held; "!=": it failed);
	// Value is unused. An argument known to be of another type does not
	// take an "==" path, one of that type does not take a "!=" path.
	// "implements import/path.I": asserted to the named interface I
	// (`hp, ok := err.(HTTPErrorProcessor)`), decided for an argument of
	// a known type by whether it implements I.
	Type string
	// As, with Type: errors.As finds a value of that type in the error's
	// chain (Op "==") or does not ("!="), through a predicate such as
	// `func IsNotFound(err error) bool { var e *T; return errors.As(err,
	// &e) }` (a Predicate fact). An argument of another type that wraps
	// nothing does not take an "==" path.
	As bool
}

func (c Cond) String() string {
	if c.Sentinel != "" {
		return fmt.Sprintf("p%d%s%s", c.Param-1, c.Op, c.Sentinel)
	}
	if c.Type != "" && c.As {
		return fmt.Sprintf("as(p%d)%s%s", c.Param-1, c.Op, c.Type)
	}
	if c.Type != "" {
		return fmt.Sprintf("p%d.(type)%s%s", c.Param-1, c.Op, c.Type)
	}
	if c.Field != "" {
		return fmt.Sprintf("p%d.%s%s%d", c.Param-1, c.Field, c.Op, c.Value)
	}
	return fmt.Sprintf("p%d%s%d", c.Param-1, c.Op, c.Value)
}

// CondString prints a path's conditions for fact tests: "when(p0>299)".
func CondString(cs []Cond) string { return listString("when", cs) }

// listString prints name(x,y,...), or nothing for no elements.
func listString[T fmt.Stringer](name string, xs []T) string {
	if len(xs) == 0 {
		return ""
	}
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return name + "(" + strings.Join(parts, ",") + ")"
}

// What a result holds, or a parameter is assumed to hold, on one path.
const (
	ResultUnknown uint8 = iota
	ResultZero
	ResultNonZero
)

// ParamString prints a path's assumptions on its parameters: "if(?,1)".
func ParamString(ps []uint8) string { return zeroness("if", ps) }

// ResultString prints a path's results for fact tests: "->(0,1)".
func ResultString(rs []uint8) string { return zeroness("->", rs) }

// zeroness prints ResultUnknown/Zero/NonZero values as ?, 0 and 1.
func zeroness(prefix string, vs []uint8) string {
	if len(vs) == 0 {
		return ""
	}
	parts := make([]string, len(vs))
	for i, r := range vs {
		parts[i] = [...]string{"?", "0", "1"}[r]
	}
	return prefix + "(" + strings.Join(parts, ",") + ")"
}

// ErrorValue is the fact for an error constructor (a function whose every
// non-nil result is one error type with a status field) or a package-level
// error variable: the type, and the statuses its int fields carry.
//
// Parameters are 1-based; for a method, parameter 1 is the receiver and
// the method's own parameters follow, as in a method expression, so that
// `func (e *HTTPError) SetInternal(err error) *HTTPError { ...; return e }`
// is Wraps 1: it keeps its receiver's status.
type ErrorValue struct {
	// Type is the error's named type, "import/path.Name" (pointer removed).
	Type   string
	Fields []FieldValue
	// Wraps (1-based) marks a function that returns its parameter, as is
	// or wrapped with %w: the result carries that argument's status.
	Wraps int
	// As, with Wraps, narrows it: the function returns its parameter only
	// when errors.As finds a value of the named type "import/path.Name" in
	// it, and something else otherwise (pocketbase's ToApiError). A caller
	// knows the result only for an argument of that type.
	As string
	// Payloads are the interface-typed fields set from a parameter
	// (Value.Param; for a variadic parameter, its first element): the
	// caller's argument is what the field holds, and an error handler that
	// sends such a field as it is sends that argument (echo v4's
	// NewHTTPError(code, message...)).
	Payloads []FieldValue
	// MayBeNil: the function also returns a nil error (success), so its
	// result is not known to be non-nil at a call.
	MayBeNil bool
	// Foreign: the function also returns errors made in packages its own
	// imports (or plain errors.New values): never a value of a type of its
	// own package, nor of a package that imports it. With Type "", that is
	// all it returns.
	Foreign bool
	// Alts, for a function whose returns are of several kinds (another
	// type, a parameter, a value of no known status beside them), are the
	// kinds that carry a status; each is a way the call can go, and the
	// caller follows each. Other says the function also returns errors of
	// no known status. Type and Wraps are then unset.
	Alts  []ErrorValue
	Other bool
	// Where is where the value was made with its status,
	// "import/path/file.go:line" (a few places separated by ";" for a kind
	// made in several): a caller's report points there.
	Where string
	// FirstOf (1-based) names a variadic parameter of errors: the function
	// returns the first of them that errors.As finds of type As in, and
	// one of Alts only when none is (pocketbase's firstApiError(errs...)).
	FirstOf int
	// NotOf, with no Type, is an error of no known status that is never a
	// value of a type of package NotOf ("import/path"): what a framework's
	// parsers return (fiber's c.QueryParser: the decoder's errors, never a
	// *fiber.Error), so that a funnel's path for that package's error type
	// is not taken for it.
	NotOf string
	// ZeroWith are the 0-based indices of bool results that are false on
	// every return whose error is not nil (`func shouldCreate(...) (bool,
	// error)` returns `false, err`): at a call, a non-nil error comes
	// with those results false, so `if ok, err := f(); !ok {...} else if
	// err != nil {...}` never takes the second branch with an error.
	ZeroWith []int
}

func (*ErrorValue) AFact() {}

func (e *ErrorValue) String() string {
	if len(e.Alts) > 0 || e.FirstOf > 0 {
		var as []string
		for _, a := range e.Alts {
			as = append(as, a.String())
		}
		if e.MayBeNil {
			as = append(as, "nil")
		}
		if e.Other {
			as = append(as, "other")
		}
		if e.FirstOf > 0 {
			return fmt.Sprintf("firstof(p%d as %s else %s)", e.FirstOf-1, shortField(e.As), strings.Join(as, " | "))
		}
		return "alts(" + strings.Join(as, " | ") + ")" + zeroWithString(e.ZeroWith)
	}
	var fs []string
	for _, f := range e.Fields {
		fs = append(fs, f.Name+"="+f.Value.String())
	}
	for _, f := range e.Payloads {
		fs = append(fs, f.Name+"="+f.Value.String())
	}
	if e.Wraps > 0 && e.As != "" {
		return fmt.Sprintf("wraps(p%d as %s)", e.Wraps-1, shortField(e.As))
	}
	if e.Wraps > 0 {
		return fmt.Sprintf("wraps(p%d)", e.Wraps-1)
	}
	if e.NotOf != "" {
		fs = append(fs, "not of "+e.NotOf)
	}
	if e.MayBeNil {
		fs = append(fs, "or nil")
	}
	if e.Foreign {
		fs = append(fs, "or foreign")
	}
	return fmt.Sprintf("error(%s %s)", e.Type, strings.Join(fs, " ")) + zeroWithString(e.ZeroWith)
}

// zeroWithString prints ZeroWith, " zero(r0 r2)", or nothing.
func zeroWithString(rs []int) string {
	if len(rs) == 0 {
		return ""
	}
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = fmt.Sprintf("r%d", r)
	}
	return " zero(" + strings.Join(parts, " ") + ")"
}

// FieldValue is the status an int field of an error value holds (or, in
// Payloads, the parameter an interface field is set from).
type FieldValue struct {
	Name  string
	Value Value
}

// Adapter is the fact for what turns handlers of the shape
// func(http.ResponseWriter, *http.Request) error into http.Handlers: a
// function taking such a handler (Param, 1-based), or a named func type
// whose ServeHTTP calls it (Param 0). A non-nil error the handler returns
// goes to Funnel, as its parameter ErrArg (1-based).
//
// For handlers that return the status they answer with, func(w, r, ...)
// (int, error), StatusArg is set: Funnel is what the adapter does after
// the call, with the writer, the status and the error as its parameters
// 1, StatusArg and ErrArg, and every return reaches it, nil error or not.
type Adapter struct {
	Param     int
	ErrArg    int
	StatusArg int
	Funnel    Helper
	Name      string // the funnel, for messages
	// Model marks a framework's default error handler, modelled rather
	// than analysed: nothing judged its own writes.
	Model bool
	// Tail marks a funnel that is the adapter's code after its call of
	// the handler: judged nowhere on its own either, as what follows a
	// call that hands the response on is the handler's.
	Tail bool
}

func (*Adapter) AFact() {}

func (a *Adapter) String() string {
	if a.StatusArg > 0 {
		return fmt.Sprintf("adapter(p%d -> %s status=p%d err=p%d)", a.Param-1, a.Name, a.StatusArg-1, a.ErrArg-1)
	}
	return fmt.Sprintf("adapter(p%d -> %s err=p%d)", a.Param-1, a.Name, a.ErrArg-1)
}

// Maker is the fact for a function that makes and returns an app's error
// handler of handlers held as an interface or func type H, func(h H)
// http.Handler, that answers in its own code what h returns (an error
// chain's: errchain.New(errs.Handler(log))). Adapter is what the handler
// it returns does with h's error: the same as a function of that shape
// declared itself gets as its Adapter fact (Param 1).
type Maker struct {
	Adapter Adapter
}

func (*Maker) AFact() {}

func (m *Maker) String() string { return "maker(" + m.Adapter.String() + ")" }

// Predicate is the fact for a function whose bool result says whether
// errors.As finds a value of Type ("import/path.T", of T or *T) in its
// error parameter Param (1-based): `func IsUnauthorized(err
// error) bool { var e *UnauthorizedError; return errors.As(err, &e) }`. A
// funnel that branches on it takes a condition on the caller's error.
type Predicate struct {
	Param int
	Type  string
}

func (*Predicate) AFact() {}

func (p *Predicate) String() string { return fmt.Sprintf("predicate(as(p%d)==%s)", p.Param-1, p.Type) }

// Encoded is the fact for a function whose first result ([]byte or
// string) is always the JSON encoding of one value, as in
// `func errorJSON(err error) []byte { b, _ := json.Marshal(errMsg{...}); return b }`:
// Body is that value's kind, or (Param, Mode "json") the parameter it
// encodes. A caller that writes the result writes that body.
type Encoded struct {
	Body BodyValue
}

func (*Encoded) AFact() {}

func (e *Encoded) String() string { return "encoded(" + e.Body.String() + ")" }

// Handlers is the fact for a function that makes handlers and returns
// them (`func (m *Manager) HTTPHandler(fb http.Handler) http.Handler {
// return http.HandlerFunc(func(w, r) {...}) }`): per result that is a
// handler, what that handler does. A program that serves the handler
// sends its answers (see engine.findLibraryAnswers).
type Handlers struct {
	Results []HandlerResult
}

// HandlerResult is the summary of the handler returned as result Result
// (0-based); every return's handler's paths, joined.
type HandlerResult struct {
	Result  int
	Handler Helper
	// Middleware: the result is a middleware, func(http.Handler)
	// http.Handler, and Handler is what the handler it returns does;
	// its HandsOn 1 is the middleware's argument (next).
	Middleware bool
	// ErrHandler: the result is a handler that returns its error to an
	// adapter (a named func type of the shape func(w, r) error), and
	// Handler's paths say which error (Path.Err), for the package that
	// registers it through the adapter.
	ErrHandler bool
	// Key names the handler returned, with ErrHandler, for the coverage
	// report: a function's full name, or its factory's followed by "()"
	// for a literal it returns; "" when returns differ.
	Key string
}

func (*Handlers) AFact() {}

func (h *Handlers) String() string {
	parts := make([]string, len(h.Results))
	for i, r := range h.Results {
		mw := ""
		if r.Middleware {
			mw = "middleware "
		}
		parts[i] = fmt.Sprintf("%d:%s%s", r.Result, mw, r.Handler.String())
	}
	return "handlers(" + strings.Join(parts, " ") + ")"
}

// StatusMethod is the fact for a method like `func (e *APIError)
// StatusCode() int` that reports an error's status: a constant, or one of
// the receiver's fields.
type StatusMethod struct {
	Ints  []int
	Field string
	// Self: the method returns its receiver, a value of an int type that
	// stands for a status (a registered code's `func (ec ErrorCode)
	// ErrorCode() ErrorCode { return ec }`).
	Self bool
	// Results, for a function of several results, are those of its int
	// results that every return sets to a constant (`func errStatus(err
	// error) (status, code int)`): a caller's variable bound to one holds
	// one of its values.
	Results []ResultInts
	// ResultFields, for a method that returns a struct it builds as a
	// literal (`func (e ErrGone) HTTPError() web.HTTPError { return
	// web.HTTPError{HTTPCode: 410, ...} }`), are the int fields every
	// return sets to a constant: an error's status read as
	// err.HTTPError().HTTPCode.
	ResultFields []FieldInts
}

// FieldInts is the constants field Name may hold.
type FieldInts struct {
	Name string
	Ints []int
}

// ResultInts is the constants result Index (0-based) may hold.
type ResultInts struct {
	Index int
	Ints  []int
}

func (*StatusMethod) AFact() {}

func (m *StatusMethod) String() string {
	if m.Field != "" {
		return "status(recv." + m.Field + ")"
	}
	if m.Self {
		return "status(recv)"
	}
	if len(m.ResultFields) > 0 {
		parts := make([]string, len(m.ResultFields))
		for i, f := range m.ResultFields {
			parts[i] = fmt.Sprintf(".%s:%v", f.Name, f.Ints)
		}
		return "status(" + strings.Join(parts, " ") + ")"
	}
	if len(m.Results) > 0 {
		parts := make([]string, len(m.Results))
		for i, r := range m.Results {
			parts[i] = fmt.Sprintf("%d:%v", r.Index, r.Ints)
		}
		return "status(" + strings.Join(parts, " ") + ")"
	}
	return fmt.Sprintf("status(%v)", m.Ints)
}

// Registry is the fact for a function that registers a descriptor and
// returns the code it is registered under: `func Register(group string,
// d ErrorDescriptor) ErrorCode` whose body stores d in a package map keyed
// by the code it returns (or that returns another registry's call with d).
// A package variable set to such a call is a registered code (Code).
type Registry struct {
	// Param is the 1-based parameter that is the descriptor.
	Param int
	// Map is the package map the descriptor is stored in, "import/path.name".
	Map string
}

func (*Registry) AFact() {}

func (r *Registry) String() string {
	return fmt.Sprintf("registry(p%d -> %s)", r.Param-1, shortField(r.Map))
}

// Code is the fact for a package variable that holds a registered code
// (`ErrorCodeUnsupported = Register("errcode", ErrorDescriptor{...,
// HTTPStatusCode: http.StatusMethodNotAllowed})`): the status its
// descriptor's status field carries (see engine/registry.go).
type Code struct {
	Ints []int
}

func (*Code) AFact() {}

func (c *Code) String() string { return fmt.Sprintf("code(%v)", c.Ints) }

// Sentinel is the fact for an exported package variable of error type
// made by errors.New, or by fmt.Errorf without %w, and never assigned in
// its package (`ErrInvalidCredentials = errors.New("invalid
// credentials")`): never nil, and carrying no status. Made names the
// constructor.
type Sentinel struct {
	Made string
}

func (*Sentinel) AFact() {}

func (s *Sentinel) String() string { return "sentinel(" + s.Made + ")" }

// Lookup is the fact for a method of a code type that returns the
// descriptor registered for its receiver, read from the registry's map
// (`func (ec ErrorCode) Descriptor() ErrorDescriptor { d, ok :=
// errorCodeToDescriptors[ec]; ... }`).
type Lookup struct {
	Map string
}

func (*Lookup) AFact() {}

func (l *Lookup) String() string { return "lookup(" + shortField(l.Map) + ")" }

// Sink is the fact for a struct field that collects errors (a slice type
// that is an error, `Errors errcode.Errors` in a request context) and that
// the code serving the handlers hands to a funnel after they return (`defer
// func() { if ctx.Errors.Len() > 0 { errcode.ServeJSON(w, ctx.Errors) } }()`):
// an error a handler appends there is sent by Funnel, as its parameter
// ErrArg, with the writer as its parameter Writer (1-based).
type Sink struct {
	Writer int
	ErrArg int
	Funnel Helper
	Name   string
}

func (*Sink) AFact() {}

func (s *Sink) String() string { return fmt.Sprintf("sink(%s err=p%d)", s.Name, s.ErrArg-1) }

// Continuation is the fact for a method that runs the next handler of a
// chain: it takes nothing, returns an error, and every return gives back
// nil or the result of calling a function the receiver holds in Field
// (`func (e *Event) Next() error { if e.next != nil { return e.next() };
// return nil }`). Called on a value that holds the writer, it hands the
// response to that handler, which is checked on its own.
type Continuation struct {
	Field string
}

func (*Continuation) AFact() {}

func (c *Continuation) String() string { return "continuation(" + c.Field + ")" }

// ErrorReaders is the package fact for a package that reads, or imports
// one that reads, the errors a framework collects for middleware to render
// (gin's c.Errors): there, an error left in that list may still get a body.
type ErrorReaders struct {
	Frameworks []string
}

func (*ErrorReaders) AFact() {}

func (r *ErrorReaders) String() string {
	return "errorreaders(" + strings.Join(r.Frameworks, " ") + ")"
}

// StatusErrors is the package fact for a package that declares error types
// with an int field (sorted names): only where such a type is in reach can
// an error value carry a status. A fact rather than a cache, so that a
// long-lived driver (gopls) keeps nothing once it drops the package.
type StatusErrors struct {
	Types []string
}

func (*StatusErrors) AFact() {}

func (s *StatusErrors) String() string { return "statuserrors(" + strings.Join(s.Types, " ") + ")" }

// RouterUse is the fact for a function that takes a router of a framework
// whose routes run chains (gin's *gin.Engine, *gin.RouterGroup): Params
// are the 1-based router parameters it may add middleware to (r.Use, or
// handing r to code that may). A caller that gives it a router knows the
// router's chain after the call only for the other parameters.
type RouterUse struct {
	Params []int
}

func (*RouterUse) AFact() {}

func (r *RouterUse) String() string { return fmt.Sprintf("routeruse(%v)", r.Params) }

// RouterFactory is the fact for a function that makes a router, only
// registers routes on it and returns it (`func Router() *mux.Router`): a
// caller that serves what it returns serves that router's own answers.
// NotFound and MethodNotAllowed are set when the function leaves the
// router's answer in place; Restricted when it registers a route for
// some methods only. Router names a framework.Router.
//
// A router that answers through the app's error handler (echo's, fiber's)
// has its answers as that handler renders them where the function makes
// it (NotFoundAnswer, MethodAnswer): the caller's package may not see
// which handler the app installs.
type RouterFactory struct {
	Router                                 string
	NotFound, MethodNotAllowed, Restricted bool
	NotFoundAnswer, MethodAnswer           *RouterAnswer
}

func (*RouterFactory) AFact() {}

func (f *RouterFactory) String() string {
	s := fmt.Sprintf("router(%s nf=%t mna=%t restricted=%t", f.Router, f.NotFound, f.MethodNotAllowed, f.Restricted)
	if f.NotFoundAnswer != nil {
		s += " 404=" + f.NotFoundAnswer.String()
	}
	if f.MethodAnswer != nil {
		s += " 405=" + f.MethodAnswer.String()
	}
	return s + ")"
}

// RouterArgs is the fact for a function that takes a router (`func
// Register(r chi.Router)`, a method too) and only registers routes on it,
// installs answers on it or serves it: a caller that hands it a root
// router keeps that router a root, with what the function did to it.
type RouterArgs struct {
	Params []RouterArg
}

func (*RouterArgs) AFact() {}

func (r *RouterArgs) String() string {
	parts := make([]string, len(r.Params))
	for i, p := range r.Params {
		parts[i] = p.String()
	}
	return "routerargs(" + strings.Join(parts, " ") + ")"
}

// RouterArg is one router parameter (1-based Param) of a RouterArgs
// fact: the router it takes (a framework.Router's name), whether the
// function replaces its 404 or 405 answer (a handler, a catch-all
// route), registers a route for some methods only, or serves it; Returns
// says it returns the router too (`func InitRoutes(r *mux.Router)
// *mux.Router`): the router stays a root only where the call's result is
// not used.
type RouterArg struct {
	Param                              int
	Router                             string
	SetsNotFound, SetsMethodNotAllowed bool
	Restricts, Serves, Returns         bool
}

func (a RouterArg) String() string {
	return fmt.Sprintf("p%d:%s nf=%t mna=%t restricts=%t serves=%t returns=%t", a.Param-1, a.Router, a.SetsNotFound, a.SetsMethodNotAllowed, a.Restricts, a.Serves, a.Returns)
}

// RouterAnswer is what the app's error handler sends for a router's own
// error: the status, the Content-Type (empty when none is set) and the
// body (NoBody when none is written), judged by the configuration of the
// run that made it; Handler names the error handler for messages, and
// Default says it is the framework's own.
type RouterAnswer struct {
	Status      int
	ContentType string
	Body        BodyValue
	NoBody      bool
	Handler     string
	Default     bool
}

func (a *RouterAnswer) String() string {
	if a.NoBody {
		return fmt.Sprintf("%d %q nobody", a.Status, a.ContentType)
	}
	return fmt.Sprintf("%d %q %s", a.Status, a.ContentType, a.Body.String())
}
