package engine

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"net/textproto"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// Facts connects the engine to the analysis driver's fact store.
type Facts interface {
	ImportHelper(fn *types.Func) (*summary.Helper, bool)
	ExportHelper(fn *types.Func, h *summary.Helper)
	ImportError(obj types.Object) (*summary.ErrorValue, bool)
	ExportError(obj types.Object, e *summary.ErrorValue)
	ImportAdapter(obj types.Object) (*summary.Adapter, bool)
	ExportAdapter(obj types.Object, a *summary.Adapter)
	ImportEncoded(fn *types.Func) (*summary.Encoded, bool)
	ExportEncoded(fn *types.Func, e *summary.Encoded)
	ImportStatusMethod(fn *types.Func) (*summary.StatusMethod, bool)
	ExportStatusMethod(fn *types.Func, m *summary.StatusMethod)
	// ImportStatusErrors reports whether pkg declares error types with an
	// int field; ExportStatusErrors records that the current package does.
	ImportStatusErrors(pkg *types.Package) bool
	ExportStatusErrors(names []string)
	// ImportErrorReaders returns the frameworks whose collected errors pkg
	// or its imports read; ExportErrorReaders records the current package's.
	ImportErrorReaders(pkg *types.Package) []string
	ExportErrorReaders(frameworks []string)
	ImportHandlers(fn *types.Func) (*summary.Handlers, bool)
	ExportHandlers(fn *types.Func, h *summary.Handlers)
	// Module is the path of the module of the package being analysed, ""
	// when the driver does not say.
	Module() string
	// ImportObject and ExportObject carry the other object facts
	// (summary.Registry, Code, Lookup, Sink).
	ImportObject(obj types.Object, f Fact) bool
	ExportObject(obj types.Object, f Fact)
}

// Fact is an analysis fact (analysis.Fact), named here so that the engine
// does not depend on the driver's package.
type Fact interface{ AFact() }

// Limits on what a summary may hold; a larger helper gets none, and calls
// to it make the caller's path opaque.
const (
	maxSummaryPaths  = 32
	maxSummaryEvents = 32
)

// Summary is a helper's behaviour, from a fact or from this package.
type Summary struct {
	Fact *summary.Helper
	// Orig holds the helper's own events, path by path, when it is in this
	// package, so that diagnostics can point at them.
	Orig [][]*Event
}

type sumState struct {
	decl    *ast.FuncDecl
	fn      *Func
	sum     *Summary
	running bool
	done    bool
	// recursive is set when the function was needed while it ran: its
	// summary is then iterated to a fixpoint.
	recursive bool
	// round counts the fixpoint rounds of a recursive function; members are
	// the functions that ran inside one of its rounds and used its summary
	// of the round before (the rest of the cycle), which are run again with
	// each round and done only when it settles.
	round   int
	members []*sumState
	// head is the running function whose provisional summary this one used,
	// in head's round headRound; nil when it used only settled summaries.
	head      *sumState
	headRound int
	// demoted: of a handler's shape but only called, so summarised as a
	// helper; judged as a handler after all if it gets no summary, since
	// then no call of it can be judged.
	demoted bool
}

// maxFixpointRounds bounds the iteration for recursive helpers; one that
// does not settle gets no summary.
const maxFixpointRounds = 4

// summaryOf returns the summary of fn, computing it on demand for a
// function of this package (callees before callers; a recursive cycle
// yields no summary, so its calls stay opaque).
func (an *Analysis) summaryOf(fn *types.Func) *Summary {
	fn = fn.Origin()
	if s, ok := an.local[fn]; ok {
		if s.running {
			// Recursion: use the summary of the previous round (at first,
			// one that writes nothing), and iterate. The functions between
			// here and s on the stack are the rest of the cycle.
			s.recursive = true
			an.joinCycle(s)
			if s.sum == nil {
				return &Summary{Fact: &summary.Helper{Writer: writerIndex(fn.Signature())}}
			}
			return s.sum
		}
		if h := s.head; h != nil && !s.done && h.running && s.headRound == h.round {
			an.joinCycle(h) // already run in this round of its cycle
			return s.sum
		}
		if !s.done {
			an.analyzeDecl(s)
		}
		return s.sum
	}
	if h := framework.HelperOf(fn.FullName()); h != nil {
		return &Summary{Fact: h} // gin's c.Bind: the framework is not analysed
	}
	if fn.Pkg() == an.Pkg || an.Facts == nil {
		return nil
	}
	if s, ok := an.imported[fn]; ok {
		return s
	}
	var s *Summary
	if h, ok := an.Facts.ImportHelper(fn); ok {
		s = &Summary{Fact: h}
	}
	an.imported[fn] = s
	return s
}

// joinCycle marks the functions running above head on the stack as
// members of head's cycle: their summaries hold for this round only.
func (an *Analysis) joinCycle(head *sumState) {
	for i := len(an.stack) - 1; i >= 0 && an.stack[i] != head; i-- {
		m := an.stack[i]
		if m.head == nil || m.head.running && an.below(head, m.head) {
			if m.head != head {
				head.members = append(head.members, m)
			}
			m.head, m.headRound = head, head.round
		}
	}
}

// below reports whether a runs below b on the stack (a is the outer cycle).
func (an *Analysis) below(a, b *sumState) bool {
	for _, x := range an.stack {
		switch x {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

func (an *Analysis) analyzeDecl(s *sumState) {
	s.head = nil
	for round := 0; ; round++ {
		s.running, s.recursive, s.round = true, false, round
		an.stack = append(an.stack, s)
		fn := *s.fn
		fn.Paths, fn.Incomplete, fn.Why = nil, false, ""
		in := &interp{an: an, fn: &fn, writers: writerParams(an.Info, s.decl.Recv, s.decl.Type)}
		if r := s.decl.Recv; r != nil && len(r.List) == 1 && len(r.List[0].Names) == 1 {
			in.recv = an.Info.Defs[r.List[0].Names[0]]
		}
		in.run()
		an.stack = an.stack[:len(an.stack)-1]
		s.running = false
		prev := s.sum
		s.sum = an.toFact(&fn, an.Info.Defs[s.decl.Name].Type().(*types.Signature))
		settled := !s.recursive || (prev != nil && s.sum != nil && prev.Fact.String() == s.sum.Fact.String())
		if settled || round == maxFixpointRounds {
			if !settled {
				s.sum = nil
			}
			*s.fn = fn
			break
		}
	}
	if s.head != nil && s.head.running {
		// Part of a cycle still iterating: done when its head settles.
		return
	}
	an.finish(s)
}

func (an *Analysis) finish(s *sumState) {
	s.done, s.head = true, nil
	if s.demoted && s.sum == nil {
		s.fn.Handler, s.fn.fw = isHandlerShape(an.Info, s.decl.Type)
	}
	an.Funcs = append(an.Funcs, s.fn)
	an.judgePanics(s.fn)
	for _, m := range s.members {
		if !m.done && m.head == s {
			an.finish(m)
		}
	}
	s.members = nil
}

// toFact summarises a function's paths, or returns nil when it is too large.
func (an *Analysis) toFact(fn *Func, sig *types.Signature) *Summary {
	if fn.Incomplete {
		return nil
	}
	writer := writerIndex(sig)
	if writer == noWriter {
		return nil
	}
	h := &summary.Helper{Writer: writer, Handler: fn.Handler, Returns: len(fn.Paths) > 0}
	for _, p := range fn.Paths {
		h.Returns = h.Returns && p.RetHolder
	}
	var orig [][]*Event
	seen := map[string]bool{}
	for _, p := range fn.Paths {
		var sp summary.Path
		var op []*Event
		for _, e := range p.Events {
			se, ok := an.toStep(e)
			if !ok {
				continue
			}
			sp.Events = append(sp.Events, se)
			op = append(op, e)
		}
		if len(sp.Events) > maxSummaryEvents {
			return nil
		}
		sp.Results, sp.Params, sp.Conds, sp.Fields = p.Results, p.Params, p.Conds, p.Fields
		if p.Err != nil {
			sp.Err = *toErrorFact(*p.Err, an)
			sp.Ret = an.whereOf(ErrVal{At: p.End})
		}
		key := pathKey(sp)
		if seen[key] {
			continue
		}
		seen[key] = true
		h.Paths = append(h.Paths, sp)
		orig = append(orig, op)
	}
	h.Paths, orig = mergeComplements(h.Paths, orig)
	if len(h.Paths) > maxSummaryPaths {
		// Too many: forget the tests of the error's own status (Cond.
		// Field), which only sharpen which way a caller's error goes.
		h.Paths, orig = withoutFieldConds(h.Paths, orig)
	}
	if len(h.Paths) > maxSummaryPaths {
		// Then whether the error implements an interface: it only
		// sharpens too.
		h.Paths, orig = withoutConds(h.Paths, orig, func(c summary.Cond) bool { return strings.HasPrefix(c.Type, ifacePrefix) })
	}
	if len(h.Paths) > maxSummaryPaths {
		return nil
	}
	// Deterministic order: by the printed steps.
	idx := make([]int, len(h.Paths))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		return pathKey(h.Paths[idx[a]]) < pathKey(h.Paths[idx[b]])
	})
	paths := make([]summary.Path, len(idx))
	origs := make([][]*Event, len(idx))
	for i, j := range idx {
		paths[i], origs[i] = h.Paths[j], orig[j]
	}
	h.Paths = paths
	return &Summary{Fact: h, Orig: origs}
}

// readsPlainError reports a path whose status is a field of an argument
// that is a plain error (errors.New), or an error from another package
// than the unexported type the field belongs to: a funnel's path for an
// error type that errors.As or a type assertion found, which such an
// error never takes.
func (in *interp) readsPlainError(st *state, at site, p summary.Path) bool {
	if at.arg == nil {
		return false
	}
	for _, e := range p.Events {
		// A plain error has no status of its own: any status taken from it
		// is a field or method of a type errors.As found.
		if e.Kind == summary.Status && e.Status.Param > 0 {
			if a := at.arg(e.Status.Param); a != nil && (in.plainError(a) || in.foreignTo(st, a, e.Status.Field) || in.lacksMethod(st, a, e.Status.Field) || in.notOfField(st, a, e.Status.Field) || in.ofOtherType(st, a, e.Status.Field)) {
				return true
			}
		}
	}
	return false
}

// lacksMethod reports a status read with a method of the argument seen as
// an interface ("*.ErrorCode()") from an argument of a concrete type
// without that method: the funnel's type switch or assertion does not
// take that path for it (a struct error that is no ErrorCoder).
func (in *interp) lacksMethod(st *state, a ast.Expr, field string) bool {
	name, ok := strings.CutPrefix(field, "*.")
	i := strings.Index(name, "()")
	if !ok || i < 0 {
		return false
	}
	name = name[:i+2] // "HTTPError()" of "HTTPError().HTTPCode"
	if el := in.sinkElem(st, a); el != nil {
		a = el
	}
	t := in.info().TypeOf(a)
	if tup, ok := t.(*types.Tuple); ok && tup.Len() > 0 {
		t = tup.At(tup.Len() - 1).Type() // return f(), f's error
	}
	if v, ok := in.errValue(st, a); ok && v.T != nil {
		t = v.T // the error a call returned (a registration stands for its handler's call)
	}
	if t == nil || types.IsInterface(t) {
		return false
	}
	_, has := findMethod(t, strings.TrimSuffix(name, "()"))
	return !has
}

// pathKeyNoConds prints a summary path but for its conditions.
func pathKeyNoConds(p summary.Path) string {
	return fmt.Sprint(p.Events) + summary.ResultString(p.Results) + summary.ParamString(p.Params) +
		summary.FieldString(p.Fields) + summary.ErrString(p.Err)
}

// mergeComplements joins two paths that do the same and differ only in
// one condition, taken one way by the first and the other way by the
// second (`code == 413` and `code != 413`): together they hold whatever
// that condition is, so the joined path drops it and is taken exactly
// when one of them was. Repeated until no pair joins. Paths whose
// conditions do not complement each other stay apart: joining them would
// make the path feasible where neither was.
func mergeComplements(paths []summary.Path, orig [][]*Event) ([]summary.Path, [][]*Event) {
	for {
		merged := false
		for i := 0; i < len(paths) && !merged; i++ {
			for j := i + 1; j < len(paths); j++ {
				if pathKeyNoConds(paths[i]) != pathKeyNoConds(paths[j]) {
					continue
				}
				if cs, ok := complementary(paths[i].Conds, paths[j].Conds); ok {
					paths[i].Conds = cs
					paths = slices.Delete(paths, j, j+1)
					orig = slices.Delete(orig, j, j+1)
					merged = true
					break
				}
			}
		}
		if !merged {
			return paths, orig
		}
	}
}

// withoutFieldConds drops the conditions on a parameter's field or
// method from every path, then the paths that became the same.
func withoutFieldConds(paths []summary.Path, orig [][]*Event) ([]summary.Path, [][]*Event) {
	return withoutConds(paths, orig, func(c summary.Cond) bool { return c.Field != "" })
}

// withoutConds drops the conditions drop selects and joins the paths
// that become the same.
func withoutConds(paths []summary.Path, orig [][]*Event, drop func(summary.Cond) bool) ([]summary.Path, [][]*Event) {
	var outP []summary.Path
	var outO [][]*Event
	seen := map[string]bool{}
	for i, p := range paths {
		p.Conds = slices.DeleteFunc(slices.Clone(p.Conds), drop)
		if k := pathKey(p); !seen[k] {
			seen[k] = true
			outP, outO = append(outP, p), append(outO, orig[i])
		}
	}
	return mergeComplements(outP, outO)
}

// complementary returns a without its one condition that b holds negated,
// when a and b are otherwise the same list.
func complementary(a, b []summary.Cond) ([]summary.Cond, bool) {
	if len(a) != len(b) {
		return nil, false
	}
	diff := -1
	for k := range a {
		if a[k] == b[k] {
			continue
		}
		x, y := a[k], b[k]
		if diff >= 0 || x.Param != y.Param || x.Field != y.Field || x.Value != y.Value || x.Sentinel != y.Sentinel || x.Type != y.Type || x.As != y.As ||
			negate(opOf(x.Op)).String() != y.Op {
			return nil, false
		}
		diff = k
	}
	if diff < 0 {
		return nil, false
	}
	return slices.Delete(slices.Clone(a), diff, diff+1), true
}

// pathKey prints a summary path, to drop duplicates and order the paths.
func pathKey(p summary.Path) string {
	return fmt.Sprint(p.Events) + summary.ResultString(p.Results) + summary.ParamString(p.Params) +
		summary.CondString(p.Conds) + summary.FieldString(p.Fields) + summary.ErrString(p.Err)
}

func (an *Analysis) toStep(e *Event) (summary.Event, bool) {
	if e.Origin != nil && e.Origin.Funnel {
		// A caller of this function gets the error back; the framework's
		// or adapter's handler runs only for the function used as a handler.
		return summary.Event{}, false
	}
	se := summary.Event{Header: e.Header, Implicit: e.Implicit, Via: e.Via,
		Deferred: e.Deferred, Buffered: e.Buffered, IfUnset: e.IfUnset, Now: e.Now}
	if e.Framework != nil {
		se.Framework = e.Framework.Name
	}
	switch e.Kind {
	case EvHeader:
		se.Kind = summary.Header
		se.Value = summary.Value{Str: e.Value, Known: e.ValueOK}
		if !e.ValueOK && e.ValueArg != nil {
			if p, ok := e.valueParam(); ok {
				se.Value.Param = p
			}
		}
	case EvHeaderDel:
		se.Kind = summary.HeaderDel
	case EvHeadersUnknown:
		se.Kind = summary.HeadersUnknown
		if e.headerFromParam > 0 && (e.ValueOK || e.valueFromParam > 0) {
			se.Kind, se.HeaderParam = summary.Header, e.headerFromParam
			se.Value = summary.Value{Str: e.Value, Known: e.ValueOK, Param: e.valueFromParam}
		}
	case EvStatus:
		se.Kind = summary.Status
		se.Status = summary.Value{Known: e.Status.Known, Ints: e.Status.Values, Param: e.Status.Param, Field: e.Status.Field}
	case EvBody:
		se.Kind = summary.Body
		se.Body = bodyValue(e.Body)
		se.Pending = e.Pending
	case EvNext:
		se.Kind = summary.Next
	case EvRun:
		se.Kind, se.HandsOn = summary.Run, e.Run
	case EvFlush:
		se.Kind = summary.Flush
	case EvSetField:
		se.Kind, se.Field, se.Nil, se.Type = summary.SetField, e.Field, e.Nil, e.Type
		se.Status = summary.Value{Known: e.Status.Known, Ints: e.Status.Values, Param: e.Status.Param, Field: e.Status.Field}
		se.Body = bodyValue(e.Body)
	case EvOpaque:
		se.Kind, se.Delegate, se.Answered = summary.Opaque, e.Delegate, e.Answered
		if e.Delegate && e.next != nil {
			se.HandsOn = an.factoryParams[e.next] // see computeHandlers
		}
	case EvWriteFailed:
		se.Kind = summary.WriteFailed
	case EvHead:
		se.Kind = summary.NoBody
	case EvGuard:
		se.Kind = summary.Guard
		se.Committed = e.Committed
	default:
		return se, false
	}
	if e.Origin != nil && e.Origin.Where != "" {
		se.Where = e.Origin.Where
	} else if pos := e.Pos(); pos.IsValid() {
		p := an.Fset.Position(pos)
		se.Where = fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
	}
	return se, true
}

func bodyValue(b Body) summary.BodyValue {
	return summary.BodyValue{Kind: uint8(b.Kind), Validations: uint8(b.Validations),
		Desc: b.Desc, Param: b.Param, Mode: b.Mode, Unsure: b.Unsure,
		Keys: b.Keys, Payload: b.Payload, Field: b.Field}
}

// valueParam is set by the interpreter for header values that are parameters.
func (e *Event) valueParam() (int, bool) { return e.valueFromParam, e.valueFromParam > 0 }

// ---- splicing at call sites ----

// pendingAlt is a fork that a call with several summary paths asks for in
// the middle of a statement: the state carries path 0, and the statement's
// end makes one more state for each other path.
type pendingAlt struct {
	base, after *evNode
	paths       [][]*Event
	call        *ast.CallExpr // the helper call, if any
	// results and errorish tell, per path, what the helper returns and
	// whether it wrote an error status; binds, once the call's results are
	// assigned, are the variables that receive them (see bindResults).
	results  [][]uint8
	errs     []*ErrVal // the error each path returns, where it carries a status
	errorish []bool
	binds    []types.Object
	// assume holds, per path, what it assumed of the caller's own
	// parameters passed to the helper (see assumeArgs); assumed lists
	// every parameter some path assumed something of.
	assume  []map[types.Object]Status
	assumed []types.Object
	// conds, when set, are each path's conditions on the caller's
	// parameters (see liftConds).
	conds []*paramCond
}

// lastSplice describes the helper call spliced last on a state, so that the
// assignment around it can bind the call's results.
type lastSplice struct {
	call     *ast.CallExpr
	res      []uint8 // what path 0 returns
	err      *ErrVal // the error path 0 returns, where it carries a status
	errorish bool    // path 0 wrote an error status
	alt      int     // index in state.alts of the other paths, or -1
}

// errorishPath reports whether a helper's path wrote an error status: a
// helper that returns an error then returns a non-nil one (an upgrader
// that answered 400, a decoder that answered 415), so the caller's
// `err == nil` branch does not follow that path.
func errorishPath(evs []*Event) bool {
	for _, e := range evs {
		// A status we cannot resolve counts too: assuming the error is nil
		// there could only invent a response the caller never continues.
		if e.Kind == EvStatus && (!e.Status.Known || (len(e.Status.Values) > 0 && e.Status.Values[0] >= 400)) {
			return true
		}
	}
	return false
}

// site is where a summary is spliced in: a call to a helper, or a return
// of an error that a funnel will write.
type site struct {
	node    ast.Node             // where events are reported
	call    *ast.CallExpr        // the call, if any
	arg     func(p int) ast.Expr // the argument for 1-based parameter p, or nil
	writer  ast.Expr             // our writer, as written
	name    string               // the helper, for messages
	handler bool                 // the helper has the handler shape
	funnel  bool                 // the error handler a return reaches
	judge   bool                 // the caller judges every event (a modelled funnel)
	// handshake: the helper is a websocket library's (Upgrader.Upgrade):
	// its error responses answer a failed handshake, outside the contract.
	handshake bool
	// library: the events are a library handler's answers (Origin.Library).
	library bool
	// errs, when set, are the errors the paths return, by path index, in
	// place of their Err (a call of a function of several kinds of error).
	errs []*ErrVal
	// errAt and errWhere: where the error a funnel is given was made;
	// retWhere, where a handler of another package returned it.
	errAt    token.Pos
	errWhere string
	retWhere string
	// closures are the literals passed for the function parameters the
	// helper runs (summary.Run), with their paths.
	closures []runClosure
}

// foreignHolder reports a variable this function does not declare (a
// parameter of an enclosing function, captured) that holds a writer, in a
// function that has a writer of its own.
func (in *interp) foreignHolder(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || in.writerParamIdent() == nil {
		return false
	}
	v, ok := in.info().Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || (v.Pos() >= in.fn.Type.Pos() && v.Pos() < in.fn.Body.End()) {
		return false
	}
	return holdsWriter(v.Type()) || IsResponseWriter(v.Type())
}

// answers reports a helper that writes a status, a header or a body on
// some path.
func answers(h *summary.Helper) bool {
	for _, p := range h.Paths {
		for _, e := range p.Events {
			switch e.Kind {
			case summary.Status, summary.Body, summary.Header:
				return true
			}
		}
	}
	return false
}

// runClosure is a function literal a helper runs, passed as parameter
// param (1-based), followed with the caller's writers.
type runClosure struct {
	param int
	lit   *ast.FuncLit
	paths [][]*Event // nil: not followed (the writer escapes there)
}

// maxRunPaths bounds the paths a literal a helper runs adds to a call.
const maxRunPaths = 16

// runClosures returns the literals that write the response passed for
// the function parameters the helper runs.
func (in *interp) runClosures(st *state, call *ast.CallExpr, sig *types.Signature, h *summary.Helper) []runClosure {
	var out []runClosure
	for _, p := range h.Paths {
		for _, e := range p.Events {
			if e.Kind != summary.Run || slices.ContainsFunc(out, func(c runClosure) bool { return c.param == e.HandsOn }) {
				continue
			}
			lit, ok := ast.Unparen(argFor(call, sig, e.HandsOn)).(*ast.FuncLit)
			if !ok || !in.mentionsWriter(st, lit.Body) {
				continue
			}
			out = append(out, runClosure{param: e.HandsOn, lit: lit, paths: in.closurePaths(st, lit)})
		}
	}
	return out
}

// closurePaths interprets a literal that captures the writer, with the
// same writers; nil when it uses a value derived from the writer, is too
// deep or too large.
func (in *interp) closurePaths(st *state, lit *ast.FuncLit) [][]*Event {
	fn := in.runLiteral(st, lit)
	if fn == nil || fn.Incomplete || len(fn.Paths) == 0 || len(fn.Paths) > maxRunPaths {
		return nil
	}
	var out [][]*Event
	for _, p := range fn.Paths {
		out = append(out, p.Events)
	}
	return out
}

// expandRuns puts, in each converted path, the paths of the literal the
// helper runs where it does: one path per way through the literal. A
// literal not followed leaves the writer escaping there.
func expandRuns(at site, convs [][]*Event, idx []int) ([][]*Event, []int) {
	if len(at.closures) == 0 {
		return convs, idx
	}
	var outC [][]*Event
	var outI []int
	for k, evs := range convs {
		ways := [][]*Event{nil}
		for _, e := range evs {
			var c *runClosure
			if e.Kind == EvRun {
				for i := range at.closures {
					if at.closures[i].param == e.Run {
						c = &at.closures[i]
					}
				}
			}
			switch {
			case c == nil:
				for i := range ways {
					ways[i] = append(ways[i], e)
				}
			case c.paths == nil || len(ways)*len(c.paths) > maxRunPaths:
				op := &Event{Kind: EvOpaque, Node: c.lit, Via: "closure"}
				for i := range ways {
					ways[i] = append(ways[i], op)
				}
			default:
				var next [][]*Event
				for _, w := range ways {
					for _, p := range c.paths {
						next = append(next, append(slices.Clone(w), p...))
					}
				}
				ways = next
			}
		}
		for _, w := range ways {
			outC = append(outC, w)
			outI = append(outI, idx[k])
		}
	}
	return outC, outI
}

// spliceCall models a call to a summarised helper, if call is one whose
// writer argument is ours.
func (in *interp) spliceCall(st *state, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok {
		return false
	}
	sum := in.an.summaryOf(fn)
	if sum == nil || sum.Fact.Writer >= len(call.Args) {
		return false
	}
	var warg ast.Expr // the value that holds our writer
	if sum.Fact.Writer == summary.Receiver {
		warg = recvArg(in.info(), call)
	} else if sum.Fact.Writer >= 0 {
		warg = call.Args[sum.Fact.Writer]
	}
	if warg == nil {
		return false
	}
	w, ok := in.writerOf(st, warg)
	if !ok {
		if in.foreignHolder(warg) && answers(sum.Fact) {
			// ctx.Unauthorized(msg) in a handler of its own writer, ctx an
			// enclosing function's request context that holds a writer
			// (plik's chains): some response is written, which this
			// handler's writer may or may not be.
			in.args(st, call.Args)
			in.emit(st, &Event{Kind: EvOpaque, Call: call, Writer: in.writerParamIdent(), Via: types.ExprString(call.Fun) + " through another writer"})
			return true
		}
		return false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sum.Fact.Writer != summary.Receiver {
		in.expr(st, sel.X)
	} else if ok {
		// JSON(w).Status(400).Send(v): the chain before runs first.
		in.holderExpr(st, sel.X)
	}
	sig := fn.Type().(*types.Signature)
	// Literals the helper runs (withID(c, "id", func(id uint) {...})):
	// their paths go where it calls them, not an escape of the writer.
	closures := in.runClosures(st, call, sig, sum.Fact)
	for i, a := range call.Args {
		if i != sum.Fact.Writer && !slices.ContainsFunc(closures, func(c runClosure) bool { return c.lit == a }) {
			in.expr(st, a)
		}
	}
	// A library's helper is judged by no run of the checker but at its
	// calls: what it answers reaches the wire from there.
	lib := in.an.library(fn)
	in.splice(st, site{node: call, call: call, writer: w, name: in.an.displayName(fn), handler: sum.Fact.Handler && !lib, judge: lib, closures: closures,
		handshake: fn.Pkg() != nil && framework.Websocket(fn.Pkg().Path()),
		arg: func(p int) ast.Expr {
			if p == summary.Receiver {
				return recvArg(in.info(), call)
			}
			return argFor(call, sig, p)
		}}, sum)
	return true
}

// spliceErrorAlts forks the path at a call of a function whose errors are
// of several kinds (ErrorValue.Alts): one way per kind, with the call's
// result that error, and the ways it returns nil or an error of no known
// status. Nothing is written; the caller that returns the error to a
// funnel, or binds it, learns the status on each way.
func (in *interp) spliceErrorAlts(st *state, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok {
		return false
	}
	fact := in.an.errorFactOf(fn.Origin())
	if fact == nil || (len(fact.Alts) == 0 && fact.FirstOf == 0 && !singleKindZeroWith(fact)) {
		return false
	}
	sig := fn.Type().(*types.Signature)
	idx := errResult(sig.Results())
	if idx < 0 {
		return false
	}
	for _, a := range call.Args {
		if _, isW := in.writerOf(st, a); isW {
			return false // the writer goes where we do not follow
		}
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		// A method of the writer's holder or of a framework's carrier
		// that is not a write (c.BodyParser(&p)) only reads it.
		_, isW := in.writerOf(st, sel.X)
		if fw := in.carrierFramework(st, sel.X); fw != nil && fw.WritesVia(sel.Sel.Name) {
			return false
		} else if !isW && fw == nil {
			in.expr(st, sel.X)
		}
	}
	in.args(st, call.Args)
	arg := func(p int) ast.Expr { return callArg(in.info(), call, sig, p) }
	// The ways the call can go: the error on each (nil where it has no
	// status known here) and what the result is.
	type way struct {
		err *ErrVal
		res uint8
	}
	var ways []way
	kinds := true // the function's own kinds are ways too
	if fact.FirstOf > 0 {
		// The first argument found of the type: each that may be one is a
		// way; one that surely is ends the list, before the fallback.
		first := fact.FirstOf - 1
		if sig.Recv() != nil {
			first--
		}
		if call.Ellipsis.IsValid() || first < 0 || first > len(call.Args) {
			return false
		}
		for _, a := range call.Args[first:] {
			if tv, ok := in.info().Types[a]; ok && tv.IsNil() || in.plainError(a) {
				continue // never of the type
			}
			v, found := in.errValue(st, a)
			switch {
			case found && v.Param == 0 && v.Type != fact.As && v.Type != "":
				continue // of another type
			case found && v.Param == 0 && v.Type == fact.As:
				ways = append(ways, way{&v, summary.ResultNonZero})
				kinds = kinds && v.MayBeNil
			default:
				ways = append(ways, way{nil, summary.ResultNonZero})
			}
			if !kinds {
				break
			}
		}
	}
	if kinds && singleKindZeroWith(fact) {
		// One kind whose error comes with false bool results: the error,
		// made at this call when the function is its constructor.
		one := *fact
		one.MayBeNil, one.ZeroWith = false, nil
		v := in.pathErr(st, site{arg: arg}, one)
		if v != nil && one.Where == "" {
			v.At = call.Pos()
		}
		ways = append(ways, way{v, summary.ResultNonZero})
	}
	if kinds {
		for _, a := range fact.Alts {
			ways = append(ways, way{in.pathErr(st, site{arg: arg}, a), summary.ResultNonZero})
		}
		if fact.Other {
			// An error of no known status, or nil: a variable returned as is.
			ways = append(ways, way{nil, summary.ResultUnknown})
		}
		if fact.MayBeNil {
			ways = append(ways, way{nil, summary.ResultZero})
		}
	}
	if len(ways) == 0 {
		return true
	}
	h := &summary.Helper{}
	errs := make([]*ErrVal, len(ways))
	for i, w := range ways {
		out := make([]uint8, sig.Results().Len())
		out[idx] = w.res
		if w.res == summary.ResultNonZero {
			for _, k := range fact.ZeroWith {
				if k < len(out) {
					out[k] = summary.ResultZero // `return false, err`
				}
			}
		}
		h.Paths = append(h.Paths, summary.Path{Results: out})
		errs[i] = w.err
	}
	in.splice(st, site{node: call, call: call, name: in.an.displayName(fn), arg: arg, errs: errs}, &Summary{Fact: h})
	return true
}

// spliceClosureCall models a call of a local variable set once to a
// function literal that takes the writer as a parameter, a helper of the
// function's own: `onError := func(h http.Handler, w http.ResponseWriter,
// r *http.Request, err error) {...}; ...; onError(h, w, r, err)` (go-pkgz/auth).
func (in *interp) spliceClosureCall(st *state, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok || call.Ellipsis.IsValid() {
		return false
	}
	v, ok := in.info().Uses[id].(*types.Var)
	if !ok || in.params[v] > 0 || v.Pkg() != in.an.Pkg || v.Parent() == v.Pkg().Scope() {
		return false
	}
	if sig, ok := v.Type().Underlying().(*types.Signature); !ok || writerIndex(sig) < 0 {
		return false // a function value that takes no writer
	}
	// The variable may be declared around this function (onError is
	// declared in auth and called in the handler it returns).
	lit, ok := onlyValue(in.info(), in.an.declBody(v.Pos()), v).(*ast.FuncLit)
	if !ok {
		return false
	}
	sum := in.an.closureSummary(lit)
	if sum == nil || sum.Fact.Writer < 0 || sum.Fact.Writer >= len(call.Args) {
		return false
	}
	w, ok := in.writerOf(st, call.Args[sum.Fact.Writer])
	if !ok {
		return false
	}
	in.argsBut(st, call.Args, sum.Fact.Writer)
	sig := in.info().TypeOf(lit).(*types.Signature)
	in.splice(st, site{node: call, call: call, writer: w, name: id.Name,
		arg: func(p int) ast.Expr { return argFor(call, sig, p) }}, sum)
	return true
}

// declBody returns the body of the function declaration around pos.
func (an *Analysis) declBody(pos token.Pos) *ast.BlockStmt {
	for _, f := range an.Files {
		if pos < f.Pos() || pos >= f.End() {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil && fd.Pos() <= pos && pos < fd.End() {
				return fd.Body
			}
		}
	}
	return nil
}

// closureSummary summarises a function literal with one writer parameter
// as a helper, once.
func (an *Analysis) closureSummary(lit *ast.FuncLit) *Summary {
	if an.bound != nil {
		return an.runClosure(lit) // specialised: not the literal's own summary
	}
	return memo(an.closures, lit, func() *Summary { return an.runClosure(lit) })
}

func (an *Analysis) runClosure(lit *ast.FuncLit) *Summary {
	if sig, ok := an.Info.TypeOf(lit).(*types.Signature); ok && !sig.Variadic() {
		if writers := writerParams(an.Info, nil, lit.Type); len(writers) == 1 {
			fn := &Func{Node: lit, Type: lit.Type, Body: lit.Body}
			in := &interp{an: an, fn: fn, writers: writers}
			in.run()
			return an.toFact(fn, sig)
		}
	}
	return nil
}

// argsBut evaluates a call's arguments, in order, but the writer's (index
// writer, 0-based), which the helper's summary stands for.
func (in *interp) argsBut(st *state, args []ast.Expr, writer int) {
	for i, a := range args {
		if i != writer {
			in.expr(st, a)
		}
	}
}

// recvArg returns the value a method is called on, x in x.M(...), or nil.
func recvArg(info *types.Info, call *ast.CallExpr) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s, ok := info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return nil
	}
	return sel.X
}

// library reports a function of another module (the standard library
// included), which the checker never judges on its own. When the driver
// does not name the module, every function with a summary is taken as
// judged where it is declared.
func (an *Analysis) library(fn *types.Func) bool { return an.libraryPkg(fn.Pkg()) }

func (an *Analysis) displayName(obj types.Object) string {
	if obj.Pkg() != nil && obj.Pkg() != an.Pkg {
		return obj.Pkg().Name() + "." + obj.Name()
	}
	return obj.Name()
}

// narrowed keeps of a status given as parameter param the values the
// path's conditions on it allow: `if status != 0 { http.Error(w, txt,
// status) }` given 0 or 401 writes 401.
func narrowed(s Status, param int, field string, conds []summary.Cond) Status {
	if !s.Known || len(s.Values) < 2 {
		return s
	}
	var vs []int
	for _, v := range s.Values {
		ok := true
		for _, c := range conds {
			if c.Param == param && c.Field == field && c.Sentinel == "" && !compare(opOf(c.Op), v, c.Value) {
				ok = false
				break
			}
		}
		if ok {
			vs = append(vs, v)
		}
	}
	if len(vs) > 0 {
		s.Values = vs
	}
	return s
}

// splice appends the summary's paths to st: the first in place, the others
// as forks taken when the statement ends.
func (in *interp) splice(st *state, at site, sum *Summary) {
	if len(sum.Fact.Paths) == 0 {
		return
	}
	// The paths this call can take: those whose assumptions on the
	// parameters (err != nil) its arguments do not contradict.
	var take []int
	for i, p := range sum.Fact.Paths {
		if in.feasible(st, at, p.Params) && in.condsHold(st, at, p.Conds) && fieldsHold(st, p.Fields) && !in.readsPlainError(st, at, p) {
			take = append(take, i)
		}
	}
	if len(take) == 0 {
		for i := range sum.Fact.Paths {
			take = append(take, i)
		}
	}
	take = in.preferBody(st, at, sum.Fact.Paths, take)
	// What each path assumed of the parameters this call passes its own
	// for; a path that contradicts what this one assumed is not taken.
	conds := map[int]*paramCond{}
	var kept []int
	for _, i := range take {
		if c := in.liftConds(st, at, sum.Fact.Paths[i].Conds); condsSatisfiable(c) {
			conds[i] = c
			kept = append(kept, i)
		}
	}
	if len(kept) == 0 {
		kept = take[:1]
		conds[take[0]] = st.conds
	}
	take = kept
	conv := func(i int) []*Event {
		var out []*Event
		guessed := in.kindGuessed(st, at, sum.Fact.Paths[i].Conds)
		for j, se := range sum.Fact.Paths[i].Events {
			var orig *Event
			if sum.Orig != nil {
				orig = sum.Orig[i][j]
			}
			e := in.fromStep(st, at, se, orig)
			if e.Kind == EvStatus && se.Kind == summary.Status && se.Status.Param > 0 {
				e.Status = narrowed(e.Status, se.Status.Param, se.Status.Field, sum.Fact.Paths[i].Conds)
			}
			if e.Kind == EvStatus && guessed {
				e.Status = Status{}
			}
			if e.Pending && e.Framework != nil && in.an.errorsUnread(e.Framework) {
				// Nothing renders the collected error (gin's c.Bind
				// failing): the status went out alone.
				for k := len(out) - 1; k >= 0; k-- {
					if out[k].Kind == EvStatus {
						out[k].Collected = true
						break
					}
				}
				continue
			}
			out = append(out, e)
		}
		return out
	}
	// Convert every path against the state before the call: a later
	// path must not see the stores of the first.
	convs := make([][]*Event, len(take))
	for k, i := range take {
		convs[k] = conv(i)
	}
	convs, take = expandRuns(at, convs, take)
	errs := make([]*ErrVal, len(take))
	for k, i := range take {
		if at.errs != nil {
			errs[k] = at.errs[i]
		} else {
			errs[k] = in.pathErr(st, at, sum.Fact.Paths[i].Err)
		}
	}
	base := st.ev
	first := convs[0]
	for _, e := range first {
		in.emit(st, e)
	}
	assumes := make([]map[types.Object]Status, len(take))
	for k, i := range take {
		assumes[k] = in.assumeArgs(st, at, sum.Fact.Paths[i].Params)
	}
	st.conds = conds[take[0]]
	assume0 := assumes[0]
	for obj, v := range assume0 {
		st.env[obj] = v
	}
	res0 := sum.Fact.Paths[take[0]].Results
	st.last = &lastSplice{call: at.call, res: res0, err: errs[0], errorish: errorishPath(first), alt: -1}
	if at.call != nil {
		st.calls = &callRes{call: at.call, res: res0, err: errs[0], prev: st.calls}
	}
	if len(take) > 1 {
		alt := pendingAlt{base: base, after: st.ev, call: at.call}
		for k, i := range take[1:] {
			evs := convs[k+1]
			for _, e := range evs {
				in.fill(e)
			}
			alt.paths = append(alt.paths, evs)
			a := assumes[k+1]
			alt.assume = append(alt.assume, a)
			for _, m := range []map[types.Object]Status{assume0, a} {
				for obj := range m {
					if !slices.Contains(alt.assumed, obj) {
						alt.assumed = append(alt.assumed, obj)
					}
				}
			}
			alt.results = append(alt.results, sum.Fact.Paths[i].Results)
			alt.conds = append(alt.conds, conds[i])
			alt.errs = append(alt.errs, errs[k+1])
			alt.errorish = append(alt.errorish, errorishPath(evs))
		}
		st.alts = append(st.alts, alt)
		st.last.alt = len(st.alts) - 1
	}
}

// liftConds returns st's conditions with those of a helper's path on the
// parameters this call passes its own parameters for (the error whose
// status a funnel compares, a status): the caller's path assumes the same,
// so that its own callers rule it out where their argument cannot satisfy
// them (an adapter's code summarised around handleError(w, r, err)).
func (in *interp) liftConds(st *state, at site, cs []summary.Cond) *paramCond {
	out := st.conds
	if at.arg == nil {
		return out
	}
	for _, c := range cs {
		a := at.arg(c.Param)
		if a == nil {
			continue
		}
		switch {
		case c.Type != "":
			if q := in.paramIndex(a); q > 0 {
				out = &paramCond{param: q, op: opOf(c.Op), typ: c.Type, as: c.As, prev: out}
			}
		case c.Field != "":
			if s := in.argField(st, a, c.Field); s.Param > 0 && s.Param != summary.Receiver && s.Field != "" {
				out = &paramCond{param: s.Param, field: s.Field, op: opOf(c.Op), val: c.Value, prev: out}
			}
		case in.paramIndex(a) > 0 && (c.Sentinel != "" || c.Field == ""):
			out = &paramCond{param: in.paramIndex(a), op: opOf(c.Op), val: c.Value, sentinel: c.Sentinel, prev: out}
		case c.Sentinel == "":
			// JSON(w, code, v) given code := se.Status, a field of the
			// caller's error: `if code == 204` tests that field.
			if s := in.status(st, a); !s.Known && s.Param > 0 && s.Param != summary.Receiver && s.Field != "" {
				out = &paramCond{param: s.Param, field: s.Field, op: opOf(c.Op), val: c.Value, prev: out}
			}
		}
	}
	return out
}

// pathErr is the error a helper's path returns (summary.Path.Err), or one
// kind of a function's errors, with this call's arguments for the values
// that come from its parameters; nil where it carries no status here.
func (in *interp) pathErr(st *state, at site, e summary.ErrorValue) *ErrVal {
	if e.Zero() {
		return nil
	}
	arg := at.arg
	if arg == nil {
		arg = func(int) ast.Expr { return nil }
	}
	v, ok := in.fromErrorFact(st, &e, arg, arg)
	if !ok || (!in.carries(v) && !kindOnly(v)) {
		return nil
	}
	if at.call != nil && concreteHere(e, v) {
		// The helper made the error with the status this call gives it
		// (c.Fail(http.StatusForbidden, msg)): made here, where the
		// status became concrete, not at the helper's literal.
		v.At, v.Where = at.call.Pos(), ""
	}
	return &v
}

// concreteHere reports an error whose status field comes from a parameter
// of the function that returned it (fact) and is known at this call (v).
func concreteHere(fact summary.ErrorValue, v ErrVal) bool {
	for _, f := range fact.Fields {
		if f.Value.Param > 0 && v.Fields[f.Name].Known {
			return true
		}
	}
	return false
}

// preferBody drops a path that sends a status and no body only because it
// assumed an argument nil or empty (Send(v) with v nil) when this call
// cannot tell and another path sends one: the helper is called to send
// its value, and a "no body" report there would rest on a guess. A path
// that sends nothing (failIf(c, err) with err nil) stays: the caller goes
// on there.
func (in *interp) preferBody(st *state, at site, paths []summary.Path, take []int) []int {
	hasBody := func(p summary.Path) bool {
		return slices.ContainsFunc(p.Events, func(e summary.Event) bool { return e.Kind == summary.Body })
	}
	guessed := func(p summary.Path) bool {
		for i, want := range p.Params {
			if want != summary.ResultZero || at.arg == nil {
				continue
			}
			if a := at.arg(i + 1); a != nil && in.resOf(st, a) == summary.ResultUnknown && in.paramIndex(a) == 0 {
				return true
			}
		}
		return false
	}
	if !slices.ContainsFunc(take, func(i int) bool { return hasBody(paths[i]) }) {
		return take
	}
	var out []int
	sends := func(p summary.Path) bool {
		return slices.ContainsFunc(p.Events, func(e summary.Event) bool { return e.Kind == summary.Status })
	}
	for _, i := range take {
		if hasBody(paths[i]) || !guessed(paths[i]) || !sends(paths[i]) {
			out = append(out, i)
		}
	}
	return out
}

// assumeArgs returns what a helper's path assumed (Path.Params) of
// arguments that are the caller's own parameters, unknown here: the
// caller's path assumes the same, so its own callers can rule it out.
func (in *interp) assumeArgs(st *state, at site, ps []uint8) map[types.Object]Status {
	var out map[types.Object]Status
	for i, want := range ps {
		if want == summary.ResultUnknown || at.arg == nil {
			continue
		}
		id, ok := ast.Unparen(at.arg(i + 1)).(*ast.Ident)
		if !ok {
			continue
		}
		obj := in.info().Uses[id]
		if in.paramIndex(id) == 0 || !in.trackable(obj) || in.resOf(st, id) != summary.ResultUnknown {
			continue
		}
		if out == nil {
			out = map[types.Object]Status{}
		}
		out[obj] = Single(b2i(want == summary.ResultNonZero))
	}
	return out
}

// argFor returns the argument for 1-based parameter p, or nil when variadic.
func argFor(call *ast.CallExpr, sig *types.Signature, p int) ast.Expr {
	i := p - 1
	// With f(a, b, rest...), only the variadic parameter is unknown.
	if i < 0 || i >= len(call.Args) || (sig.Variadic() && i >= sig.Params().Len()-1) {
		return nil
	}
	return call.Args[i]
}

func (in *interp) fromStep(st *state, at site, se summary.Event, orig *Event) *Event {
	o := &Origin{Callee: at.name, Where: se.Where, Via: se.Via, Orig: orig, CalleeHandler: at.handler, Funnel: at.funnel, Param: at.judge, Handshake: at.handshake, Library: at.library,
		ErrAt: at.errAt, ErrWhere: at.errWhere, RetWhere: at.retWhere}
	e := &Event{Call: at.call, Node: at.node, Writer: at.writer, Via: at.name, Header: se.Header, Implicit: se.Implicit, Origin: o,
		Deferred: se.Deferred && !se.Now, Buffered: se.Buffered, IfUnset: se.IfUnset, Now: se.Now, Framework: framework.ByName(se.Framework)}
	switch se.Kind {
	case summary.Header:
		e.Kind = EvHeader
		e.Value, e.ValueOK = se.Value.Str, se.Value.Known
		if se.HeaderParam > 0 {
			// The name is the caller's: known only if its argument is a constant.
			o.Param = true
			e.Kind = EvHeadersUnknown
			if a := at.arg(se.HeaderParam); a != nil {
				if key, ok := constString(in.info(), a); ok {
					e.Kind, e.Header = EvHeader, textproto.CanonicalMIMEHeaderKey(key)
				} else {
					e.headerFromParam = in.paramIndex(a)
				}
			}
		}
		if se.Value.Param > 0 {
			o.Param = true
			if a := at.arg(se.Value.Param); a != nil {
				e.ValueArg = a
				e.Value, e.ValueOK = constString(in.info(), a)
				if !e.ValueOK {
					e.valueFromParam = in.paramIndex(a)
				}
			}
		}
	case summary.HeaderDel:
		e.Kind = EvHeaderDel
	case summary.HeadersUnknown:
		e.Kind = EvHeadersUnknown
	case summary.Status:
		e.Kind = EvStatus
		e.Status, e.StatusExpr = in.stepStatus(st, at, se.Status, o)
	case summary.SetField:
		e.Kind, e.Field, e.Nil, e.Type = EvSetField, se.Field, se.Nil, se.Type
		e.Status, e.StatusExpr = in.stepStatus(st, at, se.Status, o)
		e.Body, e.BodyExpr = in.stepBody(st, at, se.Body, o)
		if e.Nil == summary.ResultUnknown && se.Body.Param > 0 && e.BodyExpr != nil {
			e.Nil = in.resOf(st, e.BodyExpr)
			if t := in.info().TypeOf(e.BodyExpr); t != nil && !types.IsInterface(t) {
				e.Type = types.TypeString(t, nil)
			}
		}
	case summary.Next:
		e.Kind = EvNext
	case summary.Run:
		e.Kind, e.Run = EvRun, se.HandsOn
	case summary.Flush:
		e.Kind = EvFlush
	case summary.Body:
		e.Kind = EvBody
		e.Pending = se.Pending
		e.Body = Body{Kind: BodyKind(se.Body.Kind), Validations: Tri(se.Body.Validations), Desc: se.Body.Desc, Unsure: se.Body.Unsure}
		if len(se.Body.Keys) > 0 {
			e.Body = in.an.Shapes.ClassifyKeys(se.Body.Keys, se.Body.Desc)
			e.Body.Keys = se.Body.Keys // for a summary of this function
		}
		if se.Body.Mode == "error" {
			if a := at.arg(se.Body.Param); a != nil {
				if p := in.paramIndex(a); p > 0 {
					// An error handler of the app's passing its error on:
					// rendered at its callers, from their errors.
					o.Param = true
					e.Body = Body{Param: p, Mode: "error", Desc: se.Body.Desc, Keys: se.Body.Keys, Payload: se.Body.Payload}
				} else if b, ok := in.errorBody(st, a, se.Body.Payload); ok {
					e.Body = b
				}
			}
		} else if se.Body.Param != 0 {
			e.Body, e.BodyExpr = in.stepBody(st, at, se.Body, o)
		}
	case summary.Opaque:
		e.Kind, e.Delegate, e.Answered = EvOpaque, se.Delegate, se.Answered
	case summary.WriteFailed:
		e.Kind = EvWriteFailed
	case summary.NoBody:
		e.Kind = EvHead
	case summary.Guard:
		e.Kind = EvGuard
		e.Committed = se.Committed
	}
	return e
}

// stepStatus resolves a step's status at the call: a constant, the
// caller's argument, or a field of it (an error's status, a builder's).
func (in *interp) stepStatus(st *state, at site, v summary.Value, o *Origin) (Status, ast.Expr) {
	if v.Param == 0 {
		return Status{Known: v.Known, Values: v.Ints}, nil
	}
	o.Param = true
	a := at.arg(v.Param)
	switch {
	case a == nil:
		return Status{}, nil
	case v.Field == "":
		return in.status(st, a), a
	}
	return in.argField(st, a, v.Field), a
}

// stepBody resolves a body made from the caller's argument, or stored in
// a field of the receiver (a builder's), at the call.
func (in *interp) stepBody(st *state, at site, b summary.BodyValue, o *Origin) (Body, ast.Expr) {
	if b.Param == 0 {
		return Body{Kind: BodyKind(b.Kind), Validations: Tri(b.Validations), Desc: b.Desc, Unsure: b.Unsure}, nil
	}
	o.Param = true
	a := at.arg(b.Param)
	switch {
	case a == nil:
		return Body{}, nil
	case b.Param == summary.Receiver:
		if _, ok := in.writerOf(st, a); ok || in.isRecv(a) {
			return in.fieldBody(st, a, b.Field, b.Mode), nil
		}
		if sentBySelf(in.info().TypeOf(a)) {
			return in.storedPayload(st, a, fieldName(b.Field), b.Mode), nil // a record's data
		}
		return Body{}, nil
	}
	return in.paramBody(st, a, b.Mode), a
}

// errorBody is the body an error handler renders from error a when that
// is not its fixed body: an error that marshals itself, or a payload field
// that holds a value other than a string or an error, is sent as JSON as
// it is.
func (in *interp) errorBody(st *state, a ast.Expr, field string) (Body, bool) {
	if t := in.info().TypeOf(a); t != nil && !types.IsInterface(t) && types.Implements(t, marshaler) {
		return Body{}, true
	}
	v, ok := in.errValue(st, a)
	if !ok {
		return Body{}, false
	}
	if v.T != nil && (types.Implements(v.T, marshaler) || types.Implements(types.NewPointer(derefType(v.T)), marshaler)) {
		return Body{}, true
	}
	p, ok := v.Payloads[field]
	if field == "" || !ok || p.param > 0 {
		return Body{}, false
	}
	if p.expr == nil {
		return Body{}, true // set where the value was made, to something not known here
	}
	t := in.info().TypeOf(p.expr)
	if t == nil || types.IsInterface(t) {
		return Body{}, !stringOrError(t)
	}
	if stringOrError(t) {
		return Body{}, false
	}
	return in.an.Shapes.Classify(in.info(), p.expr), true
}

// stringOrError: a type echo renders as {"message": ...}.
func stringOrError(t types.Type) bool {
	if t == nil {
		return false
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
		return true
	}
	return types.Implements(t, errorIface)
}

// paramBody classifies an argument the way the helper uses it: Mode
// "json" (encoded as JSON), "value" (a value stored as it is, judged by
// its type like "json"), "bytes" (written as is) or "text" (printed).
func (in *interp) paramBody(st *state, a ast.Expr, mode string) Body {
	b := in.argBody(st, a, mode)
	if mode == "json" && b.Kind == BodyUnknown && b.Param == 0 {
		if t := in.info().TypeOf(a); t != nil {
			// Encoded as JSON whatever the value (a map built earlier, an
			// any): structured, of a shape not known here.
			return Body{Kind: BodyJSON, Desc: typeDesc(t), Unsure: true}
		}
	}
	return b
}

func (in *interp) argBody(st *state, a ast.Expr, mode string) Body {
	if b, ok := in.storedBody(st, a, mode); ok {
		return b
	}
	if b, ok := in.recordBody(st, a, mode); ok {
		return b
	}
	if p := in.paramIndex(a); p > 0 {
		return Body{Param: p, Mode: mode}
	}
	switch mode {
	case "json", "value":
		b := in.an.Shapes.Classify(in.info(), a)
		if t := in.info().TypeOf(a); b.Kind == BodyUnknown && t != nil && types.IsInterface(t) {
			// An interface value we know the dynamic type of (a
			// constructor's fact): judged by that type.
			if v, ok := in.errValue(st, a); ok && v.T != nil {
				b = in.an.Shapes.ClassifyType(v.T)
			}
		}
		return b
	case "bytes":
		return in.bytesBody(st, a)
	case "text":
		if s, ok := constString(in.info(), a); ok {
			return in.an.Shapes.ClassifyText(s)
		}
		if t := in.info().TypeOf(a); t != nil {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString == 0 {
				return Body{Kind: BodyText, Desc: "text"}
			}
			if b, ok := in.encodedExpr(st, a); ok {
				return b // string(errorJSON(err))
			}
			if isStringType(t) {
				// A string of unknown content: text, unless the
				// Content-Type says JSON (see Body.Unsure).
				return Body{Kind: BodyText, Desc: "text", Unsure: true}
			}
		}
	}
	return Body{}
}

// fill sets the statement fields of an event created for a later fork.
func (in *interp) fill(e *Event) {
	if n := len(in.stmts); n > 0 {
		e.Stmt = in.stmts[n-1].stmt
		for i := n - 1; i >= 0; i-- {
			if in.stmts[i].inList {
				e.ListStmt = in.stmts[i].stmt
				break
			}
		}
	}
}

// expand turns pending forks into states, once a statement is done.
func (in *interp) expand(states []*state) []*state {
	var out []*state
	for _, st := range states {
		if len(st.alts) == 0 {
			out = append(out, st)
			continue
		}
		cur := []*state{st}
		alts := st.alts
		st.alts = nil
		for _, alt := range alts {
			var next []*state
			for _, s := range cur {
				next = append(next, s)
				suffix, ok := suffixSince(s.ev, alt.after)
				if !ok {
					continue
				}
				for i, p := range alt.paths {
					c := s.clone()
					if alt.call != nil {
						c.calls = &callRes{call: alt.call, res: alt.results[i], err: alt.errs[i], prev: c.calls}
					}
					for _, obj := range alt.assumed {
						delete(c.env, obj)
					}
					for obj, v := range alt.assume[i] {
						c.env[obj] = v
					}
					if alt.conds != nil {
						c.conds = alt.conds[i]
					}
					if alt.binds != nil {
						for _, obj := range alt.binds {
							if obj != nil {
								delete(c.env, obj)
							}
						}
						in.applyResults(c, alt.binds, alt.results[i], alt.errs[i], alt.errorish[i])
					}
					c.ev = alt.base
					for _, e := range p {
						c.push(e)
					}
					for _, e := range suffix {
						c.push(e)
					}
					next = append(next, c)
				}
			}
			cur = next
		}
		out = append(out, cur...)
	}
	return out
}

// suffixSince returns the events pushed on top of mark, oldest first.
func suffixSince(top, mark *evNode) ([]*Event, bool) {
	var rev []*Event
	for n := top; n != mark; n = n.prev {
		if n == nil {
			return nil, false
		}
		rev = append(rev, n.ev)
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev, true
}

// ErrorHelper returns the name of this package's error helper, if it has
// exactly one function shaped func(http.ResponseWriter, int, string) whose
// only path sets a JSON Content-Type, writes the status parameter and then
// the Error object: what a fix should call instead of http.Error.
func (an *Analysis) ErrorHelper() (string, bool) {
	found := ""
	for _, d := range an.declOrder {
		obj := an.Info.Defs[d.Name].(*types.Func)
		s := an.local[obj]
		if s == nil || d.Recv != nil || s.sum == nil || len(s.sum.Fact.Paths) != 1 {
			continue
		}
		sig := obj.Type().(*types.Signature)
		if sig.Params().Len() != 3 || sig.Results().Len() != 0 || !IsResponseWriter(sig.Params().At(0).Type()) ||
			!isIntType(sig.Params().At(1).Type()) || !types.Identical(sig.Params().At(2).Type(), types.Typ[types.String]) {
			continue
		}
		ct, status, body := false, false, false
		for _, e := range s.sum.Fact.Paths[0].Events {
			switch e.Kind {
			case summary.Header:
				ct = ct || (e.Header == "Content-Type" && !status && e.Value.Known && an.jsonMedia(e.Value.Str))
			case summary.Status:
				status = e.Status.Param == 2 && e.Status.Field == ""
			case summary.Body:
				body = status && BodyKind(e.Body.Kind) == BodyErrorObject
			case summary.Opaque, summary.HeadersUnknown:
				ct = false
			}
		}
		if ct && status && body {
			if found != "" {
				return "", false // two candidates: not ours to choose
			}
			found = obj.Name()
		}
	}
	return found, found != ""
}

func (an *Analysis) jsonMedia(v string) bool {
	for _, m := range an.Config.MediaTypes {
		if strings.HasPrefix(strings.ToLower(strings.TrimSpace(v)), strings.ToLower(m)) {
			return true
		}
	}
	return false
}

// singleKindZeroWith reports a fact of one kind of error with a status,
// or nil, whose bool results say when it is not nil (ZeroWith): a call
// forks into the error with those results false, and nil.
func singleKindZeroWith(f *summary.ErrorValue) bool {
	return len(f.ZeroWith) > 0 && len(f.Alts) == 0 && f.FirstOf == 0 && f.Type != "" && f.Wraps == 0 && f.As == "" && !f.Foreign && f.NotOf == ""
}
