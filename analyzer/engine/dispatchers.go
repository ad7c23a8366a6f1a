package engine

import (
	"cmp"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// A dispatcher is a function of this package of the error-handler shape,
// func(w, r, ...) error, whose caller funnels what it returns:
//
//	if err := s.route(w, r, v); err != nil {
//		s.fail(w, r, v, err)
//	}
//
// route is the project's own router. The errors it returns, and those of
// every handler whose error it returns (return s.getItem(w, r, v)), also
// through middleware of the same shape (return s.requireUser(s.getItem)(w,
// r, v)), reach that funnel: each such function is linked to it like a
// handler passed to an adapter, and judged at its own returns. Those calls
// (the caller's, and the returned ones) hand the response on: they are not
// followed as helpers, so nothing is judged twice. Other calls of a linked
// function (a check whose error is dropped) are followed as before.

// findDispatchers links the dispatchers of this package and the handlers
// whose errors they return.
func (an *Analysis) findDispatchers() {
	for _, decl := range an.declOrder {
		var errVars []types.Object
		var targets []ast.Node
		var calls []*ast.CallExpr
		ast.Inspect(decl.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 {
				return true
			}
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			if !ok || len(call.Args) < 2 || !IsResponseWriter(an.Info.TypeOf(call.Args[0])) {
				return true
			}
			fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
			if !ok || !isErrHandlerSig(fn.Type()) {
				return true
			}
			d := an.funcDecls[fn.Origin()]
			lid, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
			if d == nil || !ok {
				return true
			}
			v := an.Info.Defs[lid]
			if v == nil {
				v = an.Info.Uses[lid]
			}
			if v != nil {
				errVars, targets, calls = append(errVars, v), append(targets, d), append(calls, call)
			}
			return true
		})
		for i, errVar := range errVars {
			var a *summary.Adapter
			ast.Inspect(decl.Body, func(n ast.Node) bool {
				if ifs, ok := n.(*ast.IfStmt); ok && a == nil {
					a = an.funnelCall(ifs.Body, errVar)
				}
				return a == nil
			})
			if a != nil {
				an.handOn[calls[i]] = true
				an.linkFlow(targets[i], a, map[ast.Node]bool{})
			}
		}
	}
	// A handler passed to an adapter that returns another handler's error
	// (supabase's `r.Post("/", func(w, r) error { ...; return
	// api.Signup(w, r) })`) hands its response on the same way.
	var linked []ast.Node
	for n := range an.linked {
		linked = append(linked, n)
	}
	slices.SortFunc(linked, func(x, y ast.Node) int { return cmp.Compare(x.Pos(), y.Pos()) })
	for _, n := range linked {
		an.linkFlow(n, an.linked[n], map[ast.Node]bool{})
	}
}

// linkFlow links function n (a declaration or a literal) to the funnel of
// a, and with it every handler whose error n returns.
func (an *Analysis) linkFlow(n ast.Node, a *summary.Adapter, seen map[ast.Node]bool) {
	if seen[n] {
		return
	}
	seen[n] = true
	if an.linked[n] == nil {
		an.linked[n] = a
	}
	forReturns(funcBody(n), func(ret *ast.ReturnStmt) {
		if len(ret.Results) == 0 {
			return
		}
		if call, ok := ast.Unparen(ret.Results[len(ret.Results)-1]).(*ast.CallExpr); ok && handlerShaped(an.Info.TypeOf(call.Fun)) {
			an.handOnTo(call, a, seen)
		}
	})
	for _, call := range an.returnedThrough(funcBody(n)) {
		an.handOnTo(call, a, seen)
	}
}

// handOnTo links the handler call calls and records that the call hands
// the response on. A value of a shape with parameters before the writer
// hands it on only where it is a function this package links: another
// (a local set to one of several methods) is not followed.
func (an *Analysis) handOnTo(call *ast.CallExpr, a *summary.Adapter, seen map[ast.Node]bool) {
	an.linkValue(call.Fun, a, seen)
	if sig, ok := an.Info.TypeOf(call.Fun).Underlying().(*types.Signature); (ok && writerRequestAt(sig) == 0) || an.funcValue(call.Fun) != nil {
		an.handOn[call] = true
	}
}

// returnedThrough finds in body `status, err := f(w, r, ...)` of a
// handler-shaped f whose results a later return of the same block gives
// back as they are (tusPatchHandler's closure), with nothing between them
// that returns, touches a writer or assigns those variables: f's returns
// are this function's.
func (an *Analysis) returnedThrough(body *ast.BlockStmt) []*ast.CallExpr {
	var out []*ast.CallExpr
	if body == nil {
		return nil
	}
	ast.Inspect(body, func(n ast.Node) bool {
		blk, ok := n.(*ast.BlockStmt)
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if !ok {
			return true
		}
		for i, s := range blk.List {
			as, ok := s.(*ast.AssignStmt)
			if !ok || len(as.Rhs) != 1 {
				continue
			}
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			if !ok || !handlerShaped(an.Info.TypeOf(call.Fun)) {
				continue
			}
			vars := make([]types.Object, len(as.Lhs))
			for k, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					if vars[k] = an.Info.Defs[id]; vars[k] == nil {
						vars[k] = an.Info.Uses[id]
					}
				}
			}
			for _, t := range blk.List[i+1:] {
				if ret, ok := t.(*ast.ReturnStmt); ok {
					if sameIdents(an.Info, ret.Results, vars) {
						out = append(out, call)
					}
					break
				}
				if an.touches(t, vars) {
					break
				}
			}
		}
		return true
	})
	return out
}

// sameIdents reports results that name exactly vars, in order.
func sameIdents(info *types.Info, results []ast.Expr, vars []types.Object) bool {
	if len(results) != len(vars) {
		return false
	}
	for i, r := range results {
		id, ok := ast.Unparen(r).(*ast.Ident)
		if !ok || vars[i] == nil || info.Uses[id] != vars[i] {
			return false
		}
	}
	return true
}

// touches reports a statement that returns, uses a writer, or assigns one
// of vars.
func (an *Analysis) touches(s ast.Stmt, vars []types.Object) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			found = true
		case *ast.Ident:
			if t := an.Info.TypeOf(n); t != nil && IsResponseWriter(t) {
				found = true
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id, ok := l.(*ast.Ident); ok && slices.Contains(vars, an.Info.Uses[id]) {
					found = true
				}
			}
		case *ast.IncDecStmt:
			found = true
		}
		return !found
	})
	return found
}

// linkValue links the handler that the expression e of a handler type
// denotes: a function of this package (s.getItem), a literal, or what a
// middleware of this package makes of its arguments (s.requireUser(h)):
// the handler values it is given, and those it returns. A parameter
// (next) is linked where its value comes from.
func (an *Analysis) linkValue(e ast.Expr, a *summary.Adapter, seen map[ast.Node]bool) {
	t := an.Info.TypeOf(e)
	if t == nil || !handlerShaped(t) {
		return
	}
	if d := an.funcValue(e); d != nil {
		an.linkFlow(d, a, seen)
		return
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return
	}
	for _, arg := range call.Args {
		an.linkValue(arg, a, seen)
	}
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	if !ok {
		return
	}
	d := an.funcDecls[fn.Origin()]
	if d == nil || seen[d] {
		return
	}
	seen[d] = true
	forReturns(d.Body, func(ret *ast.ReturnStmt) {
		if len(ret.Results) == 1 {
			an.linkValue(ret.Results[0], a, seen)
		}
	})
}

// funcBody is the body of a declaration or literal.
func funcBody(n ast.Node) *ast.BlockStmt {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// forReturns calls f on the return statements of body, not those of the
// literals inside it.
func forReturns(body *ast.BlockStmt, f func(*ast.ReturnStmt)) {
	if body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			f(n)
		}
		return true
	})
}

// linkedCallee reports whether call hands the response to a function
// linked to a funnel: another handler, judged at its own returns.
func (an *Analysis) linkedCallee(call *ast.CallExpr) bool { return an.handOn[call] }
