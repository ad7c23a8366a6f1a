package engine

import (
	"go/ast"
	"go/types"

	"github.com/errcontract/errcontract/analyzer/summary"
	"golang.org/x/tools/go/types/typeutil"
)

// Calls of function values.
//
// A call fn(c) of a function value given the writer is, by itself, an
// escape: the engine does not know what fn is. Where the set of functions
// fn can be is closed, it is the set RTA (golang.org/x/tools/go/callgraph/rta)
// takes for a dynamic call: every function of the package whose value is
// taken with the call's signature. The set is closed when the signature
// names a type this package declares and does not export (gotify's
// evaluate(ctx, funcs ...func(*gin.Context) (authState, error)) ranges
// over token readers of that shape): no other package can declare a
// function of it, so every value of that type is a literal, a method
// value or a function reference written in this package. The call then
// takes the paths of each candidate, as a call of a helper takes the
// helper's. Where a candidate has no summary (it takes the writer in a
// way the engine does not summarise), the call stays an escape.

// funcValueTargets returns the functions of the package whose value is
// taken with a signature identical to sig, once per package: function
// literals, method values and references to functions not in call position.
func (an *Analysis) funcValueTargets(sig *types.Signature) []ast.Node {
	if an.valueFuncs == nil {
		an.valueFuncs = &typeutil.Map{}
		add := func(t types.Type, n ast.Node) {
			s, ok := t.(*types.Signature)
			if !ok {
				return
			}
			prev, _ := an.valueFuncs.At(s).([]ast.Node)
			an.valueFuncs.Set(s, append(prev, n))
		}
		for _, f := range an.Files {
			// called: the expressions in call position; not values.
			called := map[ast.Expr]bool{}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					called[ast.Unparen(n.Fun)] = true
				case *ast.FuncLit:
					add(an.Info.TypeOf(n), n)
				case *ast.SelectorExpr:
					called[n.Sel] = true // a selector's name is no value of its own
					if called[n] {
						break
					}
					if s, ok := an.Info.Selections[n]; ok && s.Kind() == types.MethodVal {
						add(an.Info.TypeOf(n), n) // x.M as a value
					} else if fn, ok := an.Info.Uses[n.Sel].(*types.Func); ok && s == nil {
						add(fn.Type(), n) // pkg.F as a value
					}
				case *ast.Ident:
					if fn, ok := an.Info.Uses[n].(*types.Func); ok && !called[n] {
						add(fn.Type(), n)
					}
				}
				return true
			})
		}
	}
	nodes, _ := an.valueFuncs.At(sig).([]ast.Node)
	return nodes
}

// closedSig reports whether every function of signature sig is declared in
// pkg: the signature names a type of pkg that pkg does not export.
func closedSig(pkg *types.Package, sig *types.Signature) bool {
	seen := map[types.Type]bool{}
	var local func(t types.Type) bool
	local = func(t types.Type) bool {
		if seen[t] {
			return false
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Named:
			if o := t.Obj(); o.Pkg() == pkg && !o.Exported() {
				return true
			}
			if args := t.TypeArgs(); args != nil {
				for a := range args.Types() {
					if local(a) {
						return true
					}
				}
			}
		case *types.Alias:
			return local(types.Unalias(t))
		case *types.Pointer:
			return local(t.Elem())
		case *types.Slice:
			return local(t.Elem())
		case *types.Array:
			return local(t.Elem())
		case *types.Map:
			return local(t.Key()) || local(t.Elem())
		case *types.Chan:
			return local(t.Elem())
		case *types.Signature:
			return tupleLocal(t.Params(), local) || tupleLocal(t.Results(), local)
		}
		return false
	}
	return local(sig)
}

func tupleLocal(t *types.Tuple, local func(types.Type) bool) bool {
	for v := range t.Variables() {
		if local(v.Type()) {
			return true
		}
	}
	return false
}

// spliceFuncValueCall models fn(c), a call of a function value given the
// writer, as a call of each function fn can be (see above).
func (in *interp) spliceFuncValueCall(st *state, call *ast.CallExpr) bool {
	info := in.info()
	if call.Ellipsis.IsValid() {
		return false
	}
	if _, static := typeutil.Callee(info, call).(*types.Func); static || delegates(info, call) {
		return false // a static call, or next(w, r): another handler, checked on its own
	}
	if tv, ok := info.Types[call.Fun]; !ok || !tv.IsValue() {
		return false // a conversion
	}
	sig, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok || sig.Variadic() || holderHandlerSig(sig) || !closedSig(in.an.Pkg, sig) {
		return false
	}
	wi := writerIndex(sig)
	if wi < 0 || wi >= len(call.Args) {
		return false
	}
	w, ok := in.writerOf(st, call.Args[wi])
	if !ok {
		return false
	}
	targets := in.an.funcValueTargets(sig)
	if len(targets) == 0 {
		return false
	}
	joined := &Summary{}
	for _, t := range targets {
		if in.an.linkedValue(t) {
			return false // handing on to a handler, checked on its own
		}
		var sum *Summary
		switch t := t.(type) {
		case *ast.FuncLit:
			sum = in.an.closureSummary(t)
		case *ast.SelectorExpr:
			if fn, ok := info.Uses[t.Sel].(*types.Func); ok {
				sum = in.an.summaryOf(fn)
			}
		case *ast.Ident:
			if fn, ok := info.Uses[t].(*types.Func); ok {
				sum = in.an.summaryOf(fn)
			}
		}
		if sum == nil || sum.Fact.Writer != wi {
			return false
		}
		if joined.Fact == nil {
			joined.Fact = &summary.Helper{Writer: wi}
		}
		for i, p := range sum.Fact.Paths {
			joined.Fact.Paths = append(joined.Fact.Paths, p)
			var orig []*Event
			if sum.Orig != nil {
				orig = sum.Orig[i]
			} else {
				orig = make([]*Event, len(p.Events))
			}
			joined.Orig = append(joined.Orig, orig)
		}
	}
	in.expr(st, call.Fun)
	in.argsBut(st, call.Args, wi)
	in.splice(st, site{node: call, call: call, writer: w, name: types.ExprString(call.Fun),
		arg: func(p int) ast.Expr { return argFor(call, sig, p) }}, joined)
	return true
}

// linkedValue reports whether n, a function value of the package, is
// linked to an adapter (its errors go to a funnel: checked on its own).
func (an *Analysis) linkedValue(n ast.Node) bool {
	if lit, ok := n.(*ast.FuncLit); ok {
		return an.linked[lit] != nil
	}
	var obj types.Object
	switch n := n.(type) {
	case *ast.SelectorExpr:
		obj = an.Info.Uses[n.Sel]
	case *ast.Ident:
		obj = an.Info.Uses[n]
	}
	if fn, ok := obj.(*types.Func); ok {
		if d := an.funcDecls[fn]; d != nil {
			return an.linked[d] != nil
		}
	}
	return false
}

// holderHandlerSig reports the shape of a handler of a value that holds
// the writer, func(e *Event) or func(e *Event) error: next(e) hands on.
func holderHandlerSig(sig *types.Signature) bool {
	if sig.Params().Len() != 1 || !holdsWriter(sig.Params().At(0).Type()) {
		return false
	}
	r := sig.Results()
	return r.Len() == 0 || (r.Len() == 1 && isErrorType(r.At(0).Type()))
}
