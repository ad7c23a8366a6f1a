package engine

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// Status is what a status expression may evaluate to: a small set of known
// values, or unknown. The zero value is unknown.
type Status struct {
	Known  bool
	Values []int // sorted, no duplicates; non-empty when Known
	// Param (1-based) and Field say that an unknown status is the value of
	// a parameter, or of a field of one: a caller will know it.
	Param int
	Field string
}

// Single returns the set {v}.
func Single(v int) Status { return Status{Known: true, Values: []int{v}} }

// Set returns the set of vs; an empty set is unknown.
func Set(vs ...int) Status {
	if len(vs) == 0 {
		return Status{}
	}
	vs = slices.Clone(vs)
	slices.Sort(vs)
	return Status{Known: true, Values: slices.Compact(vs)}
}

// Union joins two sets; unknown absorbs.
func (s Status) Union(t Status) Status {
	if !s.Known || !t.Known {
		return Status{}
	}
	return Set(append(slices.Clone(s.Values), t.Values...)...)
}

// Only returns the one value of a singleton set.
func (s Status) Only() (int, bool) {
	if s.Known && len(s.Values) == 1 {
		return s.Values[0], true
	}
	return 0, false
}

func (s Status) Has(v int) bool { return s.Known && slices.Contains(s.Values, v) }

// Filter keeps the values for which keep holds; the result may be empty (Known, no values).
func (s Status) Filter(keep func(int) bool) Status {
	if !s.Known {
		return s
	}
	var out []int
	for _, v := range s.Values {
		if keep(v) {
			out = append(out, v)
		}
	}
	return Status{Known: true, Values: out}
}

func (s Status) String() string {
	if s.Param == summary.Receiver {
		return "recv" + s.Field
	}
	if s.Param > 0 {
		return fmt.Sprintf("p%d%s", s.Param-1, s.Field)
	}
	if !s.Known {
		return "?"
	}
	parts := make([]string, len(s.Values))
	for i, v := range s.Values {
		parts[i] = fmt.Sprint(v)
	}
	return strings.Join(parts, "|")
}

// BodyKind is what a body write puts on the wire, as far as the contract cares.
type BodyKind int

const (
	BodyUnknown     BodyKind = iota // cannot tell: stay silent
	BodyErrorObject                 // the Error object, as JSON
	BodyJSON                        // JSON of another shape
	BodyText                        // plain text
)

func (k BodyKind) String() string {
	return [...]string{"an unknown body", "the Error object", "a JSON body", "a plain-text body"}[k]
}

// Structured reports whether the body is JSON (the Error object or another shape).
func (k BodyKind) Structured() bool { return k == BodyErrorObject || k == BodyJSON }

// Tri is a three-valued answer.
type Tri int

const (
	Maybe Tri = iota
	Yes
	No
)

// Body describes one body write.
type Body struct {
	Kind BodyKind
	// Validations tells whether an Error object fills the validations key.
	Validations Tri
	// Desc names the value for messages ("map[string]string{\"error\": ...}", "Error").
	Desc string
	// Param (1-based) says an unknown body is made from a parameter, in
	// Mode "json" (encoded), "bytes" (written as is) or "text" (printed).
	Param int
	Mode  string
	// Unsure marks text of unknown content (a string variable written by
	// a framework's text call, io.WriteString or a builder's string
	// body): judged by the Content-Type set before it, since it may be
	// the Error object under a JSON one. On BodyJSON it marks a value
	// encoded as JSON whose shape is not known (a map built earlier, an
	// any): structured (C5, C8), but maybe the Error object (no C3).
	Unsure bool
	// Keys and Payload, in Mode "error", carry a default error handler's
	// rendering of the error in parameter Param (see summary.BodyValue)
	// through an error handler of the app's that delegates to it.
	Keys    []string
	Payload string
	// Field, with Param summary.Receiver, is the receiver's field the body
	// is stored in (a builder's body), resolved at each call.
	Field string
}

// EventKind is the kind of one step of a response.
type EventKind int

const (
	EvHeader         EventKind = iota // a header is set or added
	EvHeaderDel                       // a header is deleted
	EvHeadersUnknown                  // headers changed in a way we cannot follow
	EvStatus                          // WriteHeader (explicit or inside http.Error)
	EvBody                            // bytes of the body
	EvOpaque                          // the writer escaped: anything may have happened
	EvWriteFailed                     // a branch taken only when a body write failed
	EvFallOut                         // control left the block that wrote an error response
	EvHead                            // a branch taken only for HEAD requests or a websocket handshake: no body goes out
	// EvGuard marks a branch taken only when the response was already
	// committed (Committed) or not yet: a path whose guard contradicts the
	// writes before it cannot happen and is not judged.
	EvGuard
	// EvSetField records a value stored in a field of a value that holds
	// the writer (a builder's status or body), for the call that flushes
	// it later: Field names it, Status or Body holds the value. It sends
	// nothing; the rules skip it.
	EvSetField
	// EvNext marks where a middleware runs the rest of its route's chain
	// (gin's c.Next()); the rules skip it, routes.go splits paths at it.
	EvNext
	// EvRun marks a call of the function's parameter Run (1-based) that
	// takes no writer: a caller that passes a literal writing the
	// response splices the literal's paths there. The rules skip it.
	EvRun
	// EvFlush: the response so far goes out (http.Flusher's Flush): the
	// status set, or 200 if none was, is committed; nothing is written.
	EvFlush
)

// Event is one step of a response along one path.
type Event struct {
	Kind EventKind
	// Call is the call that caused the event (nil for EvWriteFailed/EvFallOut).
	Call *ast.CallExpr
	// Node is the expression to underline: the call, or an assignment to a header map.
	Node ast.Node
	// Stmt is the statement being executed, and ListStmt the innermost
	// statement that is an element of a block (where fixes insert and delete).
	Stmt, ListStmt ast.Stmt
	// Writer is the expression that denotes the ResponseWriter, as written.
	Writer ast.Expr

	Header   string // canonical name for EvHeader/EvHeaderDel
	Value    string // header value if ValueOK
	ValueOK  bool
	ValueArg ast.Expr // the value expression
	// valueFromParam (1-based) marks a header value that is a parameter;
	// headerFromParam, on EvHeadersUnknown, a header name that is one
	// (set by Header().Set: the caller's constant makes it an EvHeader).
	valueFromParam, headerFromParam int
	// Implicit events are done by a library call (http.Error's Content-Type),
	// not by a statement the user wrote.
	Implicit bool

	Status     Status
	StatusExpr ast.Expr
	Body       Body
	BodyExpr   ast.Expr // the value encoded or written

	// Via names the API for messages: "w.WriteHeader", "http.Error", "json.Encoder.Encode".
	Via string
	// Block is the block left by EvFallOut.
	Block ast.Node
	// Committed is the condition of an EvGuard.
	Committed bool
	// Origin is set on events that a called helper performs.
	Origin *Origin

	// Framework is the framework whose API made the event (nil: net/http).
	Framework *framework.Framework
	// Deferred statuses are recorded and sent with the first body write
	// (gin's c.Status, render.Status); Buffered events belong to a response
	// sent after the handler returns (fiber); an IfUnset header is set by
	// the framework only when the handler has not set it.
	Deferred, Buffered, IfUnset bool
	// Now marks a status sent at once whatever the framework's writer
	// does with others (gin's AbortWithStatus and AbortWithError call
	// WriteHeaderNow): never Deferred.
	Now bool
	// Delegate marks an EvOpaque where the writer is handed to another
	// handler (next.ServeHTTP(w, r)), which is checked on its own; next is
	// the variable that holds that handler, when it is one.
	Delegate bool
	next     types.Object
	// Answered marks an EvOpaque where the writer goes to a function whose
	// answers are listed (framework.FileAnswers: http.ServeContent) and
	// judged at the call (findLibraryAnswers): the response is followed.
	Answered bool
	// Collected marks a status whose error only went to the framework's
	// error list, which no middleware in reach renders (gin's c.Errors).
	Collected bool
	// Pending marks a body left to middleware that renders the error list
	// (gin's AbortWithError where such middleware may run): the body is
	// unknown here, and judged where the route's chain is known.
	Pending bool
	// Run, on EvRun, is the 1-based parameter called.
	Run int
	// Field, on EvSetField, is the field written ("pkg.T.name"); Nil says
	// whether the value stored is nil (summary.ResultZero/NonZero/Unknown)
	// and Type is its static type when that is not an interface.
	Field string
	Nil   uint8
	Type  string
}

// Origin tells where a spliced event comes from.
type Origin struct {
	Callee string // "writeError", "api.WriteError"
	Where  string // "helpers.go:23": the step inside the helper
	Via    string // the step's own API inside the helper
	// Orig is the helper's own event when the helper is in this package.
	Orig *Event
	// Param is set when the event depends on the call's arguments: only the
	// caller can judge it.
	Param bool
	// CalleeHandler is set when the helper has the handler shape and was
	// checked as a handler on its own.
	CalleeHandler bool
	// Funnel is set on the events of the error handler that a returned
	// error reaches: they happen after the function returns to its
	// framework or adapter, so they are not part of its summary.
	Funnel bool
	// Handshake is set on the events of a websocket library's call: its
	// error responses answer a failed handshake to a websocket client,
	// which the API's contract does not govern.
	Handshake bool
	// Library is set on the answers of a library's handler, made in no
	// code of the program: there is nothing to fix at the report.
	Library bool
	// ErrAt (in this package) or ErrWhere ("import/path/file.go:line",
	// elsewhere) is where the error a funnel writes was made with its
	// status, when that is not where it is returned.
	ErrAt    token.Pos
	ErrWhere string
	// RetWhere ("import/path/file.go:line") is where a handler of
	// another package returned that error (summary.Path.Ret).
	RetWhere string
	// Rendered is set on the events of the error middleware of a route
	// (routes.go) that render a handler's collected error; StatusFrom
	// says where that handler's status was set, for the message.
	Rendered   bool
	StatusFrom string
}

// Inherited reports whether the helper judged e itself: the event is the
// helper's, and does not depend on this call's arguments.
func (e *Event) Inherited() bool { return e.Origin != nil && !e.Origin.Param }

// Pos is where the event is reported.
func (e *Event) Pos() token.Pos {
	if e.Node != nil {
		return e.Node.Pos()
	}
	return e.Stmt.Pos()
}

// Path is one way through a function, ending at a return or at the closing brace.
type Path struct {
	Events []*Event
	End    token.Pos
	// Results says what the function returns on this path, per result
	// (summary.ResultUnknown, ResultZero, ResultNonZero).
	Results []uint8
	// Params says what the path assumed of each parameter (tested for nil).
	Params []uint8
	// Conds are the comparisons of int parameters the path took as true.
	Conds []summary.Cond
	// Fields are the tests of the receiver's fields the path took as true.
	Fields []summary.FieldCond
	// RetHolder: the path returns a value that holds the writer.
	RetHolder bool
	// HandedOn: the path returns the error of a call that handed the
	// response to another handler (`return next(c)`), judged at that
	// handler's own returns.
	HandedOn bool
	// Err is the error the path returns, where it carries a status.
	Err *ErrVal
	// NotType, where the path returns an error of no known value, is a
	// type a failed assertion says it is not of (a literal run in place
	// hands that on with its value, see inlineLiterals).
	NotType string
}

// Func is the engine's result for one function that writes a response.
type Func struct {
	Node ast.Node // *ast.FuncDecl or *ast.FuncLit
	Type *ast.FuncType
	Body *ast.BlockStmt
	// Handler is true for the http.HandlerFunc shape: the server calls it and
	// nobody writes after it returns, and no header is set before it runs.
	Handler bool
	// HasResults is true when the function returns values.
	HasResults bool
	Paths      []*Path
	// Adapter is set for a func(w, r) error handler passed to an adapter:
	// the errors it returns go to the adapter's funnel.
	Adapter *summary.Adapter
	// Incomplete is set when the function was too large or used goto; its
	// Paths are then empty and every rule stays silent.
	Incomplete bool
	// Why says what made the function Incomplete.
	Why string
	// Library is set on a library handler's answers, reported where the
	// program uses the handler (see findLibraryAnswers); Node is that use.
	Library bool
	// Route is set on the Func of a handler's collected errors as the
	// error middleware of its route renders them (routes.go); Node is the
	// handler where the route is registered. Only the rendered body is
	// judged there.
	Route bool
	// Foreign is set on the Func of a handler of another package
	// registered here through an adapter (foreignhandlers.go); Node is the
	// handler where it is registered. Only the funnel's answers to its
	// errors are judged there.
	Foreign bool
	// Registered, on a Foreign Func of a framework's handler registered
	// on the app's router here, is the handler's full name: what was not
	// followed of its returns is that handler's coverage (Registered).
	Registered string
	// Panic is set on the Func of a deferred closure that recovers a
	// panic of a handler and writes the response (a recoverer
	// middleware): its paths are judged as the handler's answer to a
	// panic raised before anything was written (judgePanics).
	Panic bool
	// fw is the framework of a handler of a framework's shape.
	fw *framework.Framework
	// panics are the deferred recovering closures that write (Panic).
	panics []panicLit
}

// panicLit is a deferred closure that recovers, with the writers it
// captures.
type panicLit struct {
	lit     *ast.FuncLit
	writers map[types.Object]bool
}
