package engine

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"sort"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// Reasons a handler's response was not followed to the wire. The rules
// stay silent on what they cannot see; the coverage report counts it.
const (
	GapNotFollowed = "function not followed"        // too many paths, goto, ...
	GapEscapes     = "writer escapes"               // into a call, closure, field or goroutine
	GapStatus      = "status unknown"               // an expression whose value the engine cannot tell
	GapBody        = "body of unknown kind"         // on a path that may answer an error
	GapHeaders     = "headers changed unseen"       // the header map escaped, on a path that may answer an error
	GapUnjudged    = "returned error not judged"    // the app's error handler is out of sight
	GapNoAdapter   = "returned error has no funnel" // func(w, r) error, func(e *Event) error: the caller is unknown
	// GapPending: the body of a collected error (gin's AbortWithError) is
	// the error middleware's, known where the route is registered: the
	// driver drops this gap for a handler judged at a route (Routed).
	GapPending = "body left to error middleware"
)

// madeBy returns the factory of this package whose one result is the
// literal n, a handler that returns its error to an adapter
// (errchain.HandlerFunc): judged where the factory's call is registered.
func (an *Analysis) madeBy(n ast.Node) *types.Func {
	lit, ok := n.(*ast.FuncLit)
	if !ok {
		return nil
	}
	if an.made == nil {
		an.made = map[*ast.FuncLit]*types.Func{}
		for _, d := range an.declOrder {
			fn, ok := an.Info.Defs[d.Name].(*types.Func)
			if !ok || d.Body == nil || an.errHandlerResult(fn) == nil {
				continue
			}
			forReturns(d.Body, func(ret *ast.ReturnStmt) {
				if len(ret.Results) == 1 {
					if l, ok := ast.Unparen(ret.Results[0]).(*ast.FuncLit); ok {
						an.made[l] = fn
					}
				}
			})
		}
	}
	return an.made[lit]
}

// madeKey is the coverage key of the handler factory f makes.
func madeKey(f *types.Func) string { return f.FullName() + "()" }

// Gap is one place where a handler's response was lost.
type Gap struct {
	Pos    token.Pos
	Reason string
	Detail string // what was lost: the callee, the expression, why
}

// HandlerCoverage says whether the engine followed one handler to the
// wire: it did when every response write on every path was resolved
// (Gaps is empty).
type HandlerCoverage struct {
	Name string
	// Key is the function's full name (types.Func.FullName), to match
	// the routes of other packages (Analysis.Routed); "" for a literal.
	Key  string
	Pos  token.Pos
	Gaps []Gap
	// Delegates is set when the handler hands the response to another
	// handler (middleware's next.ServeHTTP): that one is checked on its own.
	Delegates bool
}

// Coverage lists the handlers of the package, in source order, with
// where and why their responses were not followed.
func (an *Analysis) Coverage() []HandlerCoverage {
	var out []HandlerCoverage
	for _, fn := range an.Funcs {
		if fn.Library || fn.Route || fn.Foreign || fn.Panic {
			continue // not the program's handler, only its answers or a route's
		}
		unlinked := an.errorHandlerShape(fn) && fn.Adapter == nil && fn.fw == nil
		if !fn.Handler && !unlinked {
			continue
		}
		hc := HandlerCoverage{Name: an.funcName(fn.Node), Pos: fn.Node.Pos()}
		if d, ok := fn.Node.(*ast.FuncDecl); ok {
			if obj, ok := an.Info.Defs[d.Name].(*types.Func); ok {
				hc.Key = obj.FullName()
			}
		} else if f := an.madeBy(fn.Node); f != nil {
			hc.Key = madeKey(f)
		}
		seen := map[Gap]bool{}
		add := func(g Gap) {
			if !seen[g] {
				seen[g] = true
				hc.Gaps = append(hc.Gaps, g)
			}
		}
		if fn.Incomplete {
			add(Gap{Pos: fn.Node.Pos(), Reason: GapNotFollowed, Detail: fn.Why})
		}
		for _, p := range fn.Paths {
			an.eventGaps(fn, p, &hc, add)
			if fn.HasResults && (len(p.Results) == 0 || p.Results[0] != summary.ResultZero) && !p.HandedOn {
				switch {
				case unlinked:
					add(Gap{Pos: p.End, Reason: GapNoAdapter, Detail: "no adapter or error handler of this function is known"})
				case fn.fw != nil && fn.fw.ErrorHandler != nil && fn.Adapter == nil:
					add(Gap{Pos: p.End, Reason: GapUnjudged, Detail: "the " + fn.fw.Name + " app's error handler is installed out of sight (see errorHandler)"})
				}
			}
		}
		sort.SliceStable(hc.Gaps, func(i, j int) bool { return an.before(hc.Gaps[i].Pos, hc.Gaps[j].Pos) })
		out = append(out, hc)
	}
	sort.SliceStable(out, func(i, j int) bool { return an.before(out[i].Pos, out[j].Pos) })
	return out
}

// Registered returns, for each handler of another package registered
// here on an app whose error handler this package installs or makes, what
// was not followed of the errors it returns, judged here through that
// error handler: the coverage driver puts these gaps in place of the
// handler's own "returned error not judged" ones. A handler registered
// here with every error followed has an entry with no gaps.
func (an *Analysis) Registered() map[string][]Gap {
	out := map[string][]Gap{}
	for _, fn := range an.Funcs {
		if fn.Registered == "" {
			continue
		}
		hc := HandlerCoverage{}
		seen := map[Gap]bool{}
		for _, g := range out[fn.Registered] {
			seen[g] = true
		}
		gaps := out[fn.Registered]
		add := func(g Gap) {
			if !seen[g] {
				seen[g] = true
				gaps = append(gaps, g)
			}
		}
		for _, p := range fn.Paths {
			an.eventGaps(fn, p, &hc, add)
		}
		out[fn.Registered] = gaps
	}
	for k, gaps := range out {
		sort.SliceStable(gaps, func(i, j int) bool { return an.before(gaps[i].Pos, gaps[j].Pos) })
		out[k] = gaps
	}
	return out
}

// eventGaps adds the gaps of path p's events.
func (an *Analysis) eventGaps(fn *Func, p *Path, hc *HandlerCoverage, add func(Gap)) {
	mayErr := pathMayAnswerError(p)
	handed := false
	for _, e := range p.Events {
		if handed {
			// After a call that hands the response to a handler an
			// adapter links: what follows answers that handler's error,
			// judged (and counted) at its returns.
			continue
		}
		switch {
		case e.Kind == EvOpaque && e.Delegate:
			hc.Delegates = true
			handed = e.Call != nil && an.linkedCallee(e.Call)
		case e.Kind == EvOpaque && e.Answered:
			// http.ServeContent: its answers are judged at the call.
		case e.Kind == EvOpaque:
			add(Gap{Pos: e.Pos(), Reason: GapEscapes, Detail: viaDesc(e)})
		case e.Kind == EvStatus && !e.Status.Known && an.delegatedErr(fn, e.StatusExpr):
			// An adapter's funnel call on its handler's error:
			// judged at each of the handler's returns.
		case e.Kind == EvStatus && !e.Status.Known:
			add(Gap{Pos: e.Pos(), Reason: GapStatus, Detail: exprDesc(e.StatusExpr, viaDesc(e))})
		case e.Kind == EvBody && e.Pending && mayErr:
			add(Gap{Pos: e.Pos(), Reason: GapPending, Detail: viaDesc(e)})
		case e.Kind == EvBody && e.Body.Kind == BodyUnknown && !e.Implicit && mayErr && !an.TypedBodies[p][e]:
			add(Gap{Pos: e.Pos(), Reason: GapBody, Detail: exprDesc(e.BodyExpr, viaDesc(e))})
		case e.Kind == EvHeadersUnknown && mayErr:
			add(Gap{Pos: e.Pos(), Reason: GapHeaders, Detail: viaDesc(e)})
		}
	}
}

// before orders positions by file name, then offset: the order of a
// package's files in the file set is the order the loader parsed them
// in, which can change from run to run.
func (an *Analysis) before(a, b token.Pos) bool {
	pa, pb := an.Fset.Position(a), an.Fset.Position(b)
	if pa.Filename != pb.Filename {
		return pa.Filename < pb.Filename
	}
	return pa.Offset < pb.Offset
}

// pathMayAnswerError reports whether p writes a status that may be an
// error (≥ 400 or unknown); a path with no status answers 200.
func pathMayAnswerError(p *Path) bool {
	for _, e := range p.Events {
		if e.Kind == EvStatus && (!e.Status.Known || slices.ContainsFunc(e.Status.Values, func(v int) bool { return v >= 400 })) {
			return true
		}
		if e.Kind == EvOpaque {
			return true
		}
	}
	return false
}

// errorHandlerShape reports whether fn is func(http.ResponseWriter,
// *http.Request) error, or a handler that returns an error: the errors it
// returns are written by whoever calls it.
func (an *Analysis) errorHandlerShape(fn *Func) bool {
	var sig *types.Signature
	switch n := fn.Node.(type) {
	case *ast.FuncDecl:
		if obj, ok := an.Info.Defs[n.Name].(*types.Func); ok {
			sig = obj.Type().(*types.Signature)
		}
	case *ast.FuncLit:
		sig, _ = an.Info.TypeOf(n).(*types.Signature)
	}
	if sig == nil || sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
		return false
	}
	return fn.Handler || writerRequest(sig)
}

// funcName names a function for the report: "Name", "(*T).Name", or
// "Outer.func" for a literal inside Outer.
func (an *Analysis) funcName(n ast.Node) string {
	if d, ok := n.(*ast.FuncDecl); ok {
		if obj, ok := an.Info.Defs[d.Name].(*types.Func); ok {
			if recv := obj.Type().(*types.Signature).Recv(); recv != nil {
				return "(" + types.TypeString(recv.Type(), (*types.Package).Name) + ")." + obj.Name()
			}
		}
		return d.Name.Name
	}
	for _, d := range an.declOrder {
		if d.Pos() <= n.Pos() && n.End() <= d.End() {
			return an.funcName(d) + ".func"
		}
	}
	return "func"
}

// viaDesc names what an event went through: for a helper's step, the
// helper and where inside it ("writeErr > use of the writer at resp.go:12").
func viaDesc(e *Event) string {
	o := e.Origin
	if o == nil || o.Via == "" || o.Via == o.Callee {
		return e.Via
	}
	d := o.Callee + " > " + o.Via
	if o.Where != "" {
		d += " at " + o.Where
	}
	return d
}

// exprDesc is e as written, or via when there is no expression.
func exprDesc(e ast.Expr, via string) string {
	if e == nil {
		return via
	}
	s := types.ExprString(e)
	if len(s) > 60 {
		s = s[:57] + "..."
	}
	return s
}

// delegatedErr reports whether x is the error result of a call that hands
// the response to another handler (err := h(w, r) in an adapter).
func (an *Analysis) delegatedErr(fn *Func, x ast.Expr) bool {
	obj := identUse(an.Info, x)
	if obj == nil || fn.Body == nil {
		return false
	}
	found := false
	ast.Inspect(fn.Body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || found || len(as.Rhs) != 1 {
			return !found
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok || !delegates(an.Info, call) && !an.linkedCallee(call) {
			return true
		}
		for _, l := range as.Lhs {
			if id, ok := l.(*ast.Ident); ok && (an.Info.Defs[id] == obj || an.Info.Uses[id] == obj) {
				found = true
			}
		}
		return true
	})
	return found
}

func identUse(info *types.Info, x ast.Expr) types.Object {
	if id, ok := ast.Unparen(x).(*ast.Ident); ok {
		return info.Uses[id]
	}
	return nil
}

// Routed lists the full names of the functions of other packages or this
// one whose collected errors were judged at a route registered here, with
// the route's error middleware (or none) known: their GapPending gaps are
// followed.
func (an *Analysis) Routed() []string {
	out := make([]string, 0, len(an.routed))
	for k := range an.routed {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
