package engine

// Plain sentinels tested by a funnel.
//
//	var errInternalRedir = fmt.Errorf("internal redirect")
//	func (h adminHandler) handleError(w http.ResponseWriter, r *http.Request, err error) {
//		if err == errInternalRedir { h.serveHTTP(w, r); return }
//		...
//	}
//
// The test is a condition of the funnel's path (summary.Cond.Sentinel). At
// a call, an error that carries a status, or one made at the call, is never
// the sentinel. An unexported sentinel is more: it reaches only where the
// code of its package hands it on, so an error of unknown kind may be it
// only if it comes from a function that may return it (sentinelReach).

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"
)

// sentinelReach says where this package's code hands an unexported
// sentinel on.
type sentinelReach struct {
	// anywhere: it is used otherwise than compared, returned or assigned
	// to a local variable (stored, passed, wrapped): any error may be it.
	anywhere bool
	// returns holds the functions and literals of this package that may
	// return it: one that mentions it to return or assign it, or that
	// calls one that may (statically, or dynamically with the signature of
	// one used as a value). A literal's body is its own, not that of the
	// function around it.
	returns map[ast.Node]bool
	// escaped holds the signatures of those used as values (every literal
	// and method): a call through a function value or an interface method of
	// that signature may return it.
	escaped []*types.Signature
}

// unitCalls is what one function or literal calls.
type unitCalls struct {
	node    ast.Node // *ast.FuncDecl or *ast.FuncLit
	sig     *types.Signature
	static  []*types.Func
	dynamic []*types.Signature
}

// sentinelReachOf computes, once per sentinel, where it may come from.
func (an *Analysis) sentinelReachOf(s *types.Var) *sentinelReach {
	if r, ok := an.reach[s]; ok {
		return r
	}
	if an.reach == nil {
		an.reach = map[*types.Var]*sentinelReach{}
	}
	r := &sentinelReach{returns: map[ast.Node]bool{}}
	an.reach[s] = r
	var units []*unitCalls
	valued := map[*types.Func]bool{}
	// walk records the uses and calls of a body in u, a literal's in its own.
	var walk func(u *unitCalls, body *ast.BlockStmt)
	walk = func(u *unitCalls, body *ast.BlockStmt) {
		units = append(units, u)
		var stack []ast.Node
		ast.Inspect(body, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			var parent, grand ast.Node
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			if len(stack) > 1 {
				grand = stack[len(stack)-2]
			}
			switch n := n.(type) {
			case *ast.FuncLit:
				sig, _ := an.Info.TypeOf(n).(*types.Signature)
				walk(&unitCalls{node: n, sig: sig}, n.Body)
				return false
			case *ast.Ident:
				switch obj := an.Info.Uses[n].(type) {
				case *types.Var:
					if obj == s {
						an.sentinelUse(r, u.node, n, parent)
					}
				case *types.Func:
					if obj.Pkg() == an.Pkg && !calledAs(parent, grand, n) {
						valued[obj.Origin()] = true
					}
				}
			case *ast.CallExpr:
				if g := typeutil.StaticCallee(an.Info, n); g != nil {
					if g.Pkg() == an.Pkg {
						u.static = append(u.static, g.Origin())
					}
				} else if tv := an.Info.Types[n.Fun]; !tv.IsType() && !tv.IsBuiltin() && tv.Type != nil {
					// A call through a value (not a conversion).
					if sig, ok := tv.Type.Underlying().(*types.Signature); ok {
						u.dynamic = append(u.dynamic, sig)
					}
				}
			}
			stack = append(stack, n)
			return true
		})
	}
	for _, f := range an.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok {
				// A package-level initializer that uses it (other than
				// its own declaration) puts it in a variable.
				ast.Inspect(d, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok && an.Info.Uses[id] == s {
						r.anywhere = true
					}
					return true
				})
				continue
			}
			if fn, _ := an.Info.Defs[fd.Name].(*types.Func); fn != nil && fd.Body != nil {
				walk(&unitCalls{node: fd, sig: fn.Type().(*types.Signature)}, fd.Body)
			}
		}
	}
	// Close over calls: a static call of a function that may return it, a
	// dynamic one of the signature of one used as a value.
	for changed := true; changed; {
		changed = false
		r.escaped = r.escaped[:0]
		for _, u := range units {
			if !r.returns[u.node] || u.sig == nil || !returnsError(u.sig) {
				continue
			}
			// A literal is a value; a method may be called through an
			// interface; a function, where it is used as a value.
			if fd, ok := u.node.(*ast.FuncDecl); !ok || fd.Recv != nil || valued[an.Info.Defs[fd.Name].(*types.Func)] {
				r.escaped = append(r.escaped, u.sig)
			}
		}
		for _, u := range units {
			if r.returns[u.node] {
				continue
			}
			may := slices.ContainsFunc(u.dynamic, r.viaSignature)
			for _, g := range u.static {
				if fd := an.funcDecls[g]; fd != nil && r.returns[fd] {
					may = true
				}
			}
			if may {
				r.returns[u.node] = true
				changed = true
			}
		}
	}
	return r
}

// returnsError reports a signature with an error among its results.
func returnsError(sig *types.Signature) bool {
	for i := range sig.Results().Len() {
		if isErrorType(sig.Results().At(i).Type()) {
			return true
		}
	}
	return false
}

// sentinelUse records a use of the sentinel in the function or literal u:
// compared (nothing), returned or assigned to a local variable (u may
// return it), anything else (it may be anywhere).
func (an *Analysis) sentinelUse(r *sentinelReach, u ast.Node, id *ast.Ident, parent ast.Node) {
	switch p := parent.(type) {
	case *ast.BinaryExpr:
		if p.Op == token.EQL || p.Op == token.NEQ {
			return
		}
	case *ast.CallExpr:
		if fullName(an.Info, p) == "errors.Is" && len(p.Args) == 2 && p.Args[1] == ast.Expr(id) {
			return
		}
	case *ast.ReturnStmt:
		r.returns[u] = true
		return
	case *ast.AssignStmt:
		for _, l := range p.Lhs {
			lid, ok := ast.Unparen(l).(*ast.Ident)
			if !ok {
				r.anywhere = true
				return
			}
			if v, ok := an.Info.ObjectOf(lid).(*types.Var); ok && v.Parent() == v.Pkg().Scope() {
				r.anywhere = true
				return
			}
		}
		r.returns[u] = true
		return
	case *ast.CaseClause:
		return // switch err { case errSentinel: }
	}
	r.anywhere = true
}

// calledAs reports whether id names the function a call calls: f(...), or
// x.m(...) (parent the selector, grand the call); otherwise it is used as
// a value.
func calledAs(parent, grand ast.Node, id *ast.Ident) bool {
	switch p := parent.(type) {
	case *ast.CallExpr:
		return ast.Unparen(p.Fun) == ast.Expr(id)
	case *ast.SelectorExpr:
		c, ok := grand.(*ast.CallExpr)
		return p.Sel == id && ok && ast.Unparen(c.Fun) == ast.Expr(p)
	}
	return false
}

// viaSignature reports whether a dynamic call of sig may run a function
// that may return the sentinel.
func (r *sentinelReach) viaSignature(sig *types.Signature) bool {
	for _, e := range r.escaped {
		if types.Identical(types.NewSignatureType(nil, nil, nil, e.Params(), e.Results(), e.Variadic()),
			types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())) {
			return true
		}
	}
	return false
}

// mayBeSentinelHere reports whether e, an error of this function, may be
// the unexported sentinel s of this package: a call of a function that may
// return it, a local variable one of whose assignments may be it, the
// sentinel itself; not nil, a value made here, or a call of a function of
// this package that may not.
func (in *interp) mayBeSentinelHere(e ast.Expr, s *types.Var, depth int) bool {
	r := in.an.sentinelReachOf(s)
	if r.anywhere || depth > 3 {
		return true
	}
	info := in.info()
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		obj, ok := info.Uses[x].(*types.Var)
		if !ok {
			return x.Name != "nil"
		}
		if obj == s {
			return true
		}
		if obj.Parent() == nil || obj.Parent() == obj.Pkg().Scope() || in.params[obj] > 0 || in.fn.Body == nil ||
			!(obj.Pos() >= in.fn.Body.Pos() && obj.Pos() < in.fn.Body.End()) {
			return true // a parameter, a result, a package variable: not followed
		}
		maybe := false
		ast.Inspect(in.fn.Body, func(n ast.Node) bool {
			if maybe {
				return false
			}
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.ObjectOf(id) == obj {
						if len(n.Rhs) == len(n.Lhs) {
							maybe = in.mayBeSentinelHere(n.Rhs[i], s, depth+1)
						} else {
							maybe = in.mayBeSentinelHere(n.Rhs[0], s, depth+1)
						}
					}
				}
			case *ast.ValueSpec:
				for i, id := range n.Names {
					if info.Defs[id] == obj && len(n.Values) > 0 {
						maybe = in.mayBeSentinelHere(n.Values[min(i, len(n.Values)-1)], s, depth+1)
					}
				}
			case *ast.UnaryExpr:
				// &err given to a call: assigned where we do not see.
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && info.Uses[id] == obj {
					maybe = true
				}
			}
			return !maybe
		})
		return maybe
	case *ast.CompositeLit:
		return false
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(x.X).(*ast.CompositeLit)
		return !(lit && x.Op == token.AND)
	case *ast.CallExpr:
		if n := fullName(info, x); n == "errors.New" || n == "fmt.Errorf" {
			return false
		}
		if g := typeutil.StaticCallee(info, x); g != nil {
			if g.Pkg() == in.an.Pkg {
				fd := in.an.funcDecls[g.Origin()]
				return fd == nil || r.returns[fd]
			}
			// A function of another package gets it only by calling
			// back a function of this one that may return it.
			return len(r.escaped) > 0
		}
		if tv := info.Types[x.Fun]; !tv.IsType() && tv.Type != nil {
			if sig, ok := tv.Type.Underlying().(*types.Signature); ok {
				return r.viaSignature(sig)
			}
		}
	}
	return true
}
