package engine

import (
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// An error chain (hay-kot/httpkit's errchain, or an app's own of the same
// design) runs handlers of an interface or func type H that return an
// error, ServeHTTP(w, r) error, through an error handler the app installs:
// a function of type func(h H) http.Handler whose handler calls h and
// answers what it returns, in its own code or through a funnel. The app
// hands that function to the chain once (errchain.New(errs.Handler(log))),
// often made by a constructor of another package, and registers its
// handlers through the chain:
//
//	chain := errchain.New(errs.Handler(log))
//	r.Get("/items", chain.ToHandlerFunc(getItem, auth))
//
// A function of that shape is an adapter of its parameter (an Adapter
// fact, Param 1); a function that returns one is a maker (summary.Maker).
// In a package that hands exactly one such error handler to a call, a
// composite literal or a field, H and every named func type of the handler
// shape that implements H have it as their adapter: functions used as
// those types are linked to it, and the handlers of that shape the package
// makes that nothing else links are answered by it. A package that hands
// over two different ones, or one it cannot follow, installs none, and
// its handlers' returns are not judged (the coverage report says so).

// errHandlerParam returns H when t is func(h H) http.Handler (or another
// handler type) for H an interface with one handler-shaped method or a
// func type of the handler shape; nil otherwise.
func errHandlerParam(t types.Type) types.Type {
	if t == nil {
		return nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 1 || sig.Variadic() {
		return nil
	}
	if !isHandlerType(sig.Results().At(0).Type()) {
		return nil
	}
	h := sig.Params().At(0).Type()
	if namedOf(h) == nil {
		return nil
	}
	if errHandlerMethod(h) != nil || isErrHandlerSig(h) {
		return h
	}
	return nil
}

// chainAdapter is the adapter of a function of the error handler's shape:
// what the handler it returns does with its parameter's error.
func (an *Analysis) chainAdapter(root ast.Node, ft *ast.FuncType, body *ast.BlockStmt) *summary.Adapter {
	if body == nil || len(ft.Params.List) != 1 || len(ft.Params.List[0].Names) != 1 {
		return nil
	}
	h := an.Info.Defs[ft.Params.List[0].Names[0]]
	if h == nil {
		return nil
	}
	a := an.adapterIn(body, h)
	if a == nil {
		a = an.tailAdapterIn(root, body, h)
	}
	if a != nil {
		a.Param = 1
	}
	return a
}

// chainHandlerOf returns the adapter of fn, a function of the error
// handler's shape, from its declaration here or its fact.
func (an *Analysis) chainHandlerOf(fn *types.Func) *summary.Adapter {
	if errHandlerParam(fn.Type()) == nil {
		return nil
	}
	if fn.Pkg() == an.Pkg {
		return memo(an.chainFuncs, fn, func() *summary.Adapter {
			decl := an.funcDecls[fn]
			if decl == nil {
				return nil
			}
			a := an.chainAdapter(decl, decl.Type, decl.Body)
			if a != nil {
				a.Name = fn.Pkg().Name() + "." + fn.Name()
			}
			return a
		})
	}
	if a := an.adapterOf(fn); a != nil && a.Param == 1 {
		return a
	}
	return nil
}

// makerOf returns what the error handler fn returns does, from its
// declaration here (every return gives the same one) or its fact.
func (an *Analysis) makerOf(fn *types.Func) *summary.Adapter {
	sig := fn.Type().(*types.Signature)
	if sig.Results().Len() != 1 || errHandlerParam(sig.Results().At(0).Type()) == nil {
		return nil
	}
	if fn.Pkg() != an.Pkg {
		if an.Facts == nil {
			return nil
		}
		m := new(summary.Maker)
		if !an.Facts.ImportObject(fn, m) {
			return nil
		}
		return &m.Adapter
	}
	return memo(an.chainMakers, fn, func() *summary.Adapter {
		decl := an.funcDecls[fn]
		if decl == nil || decl.Body == nil {
			return nil
		}
		var out *summary.Adapter
		ok := true
		forReturns(decl.Body, func(ret *ast.ReturnStmt) {
			if !ok || len(ret.Results) != 1 {
				ok = false
				return
			}
			a := an.chainValue(ret.Results[0])
			switch {
			case a == nil:
				ok = false
			case out == nil:
				out = a
			case !reflect.DeepEqual(out, a):
				ok = false
			}
		})
		if !ok || out == nil {
			return nil
		}
		cp := *out
		cp.Name = fn.Pkg().Name() + "." + fn.Name()
		return &cp
	})
}

// chainValue follows an error handler value: a literal of its shape, a
// function of its shape, or a call of a maker.
func (an *Analysis) chainValue(e ast.Expr) *summary.Adapter {
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		if errHandlerParam(an.Info.TypeOf(x)) == nil {
			return nil
		}
		a := an.chainAdapter(x, x.Type, x.Body)
		if a != nil {
			a.Name = "the app's error handler"
		}
		return a
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := usedObj(an.Info, x).(*types.Func); ok {
			return an.chainHandlerOf(fn)
		}
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(an.Info, x).(*types.Func); ok {
			return an.makerOf(fn)
		}
	}
	return nil
}

// chainInstall is the error handler a package installs for the handlers of
// type H; a nil adapter when it installs several, or one it cannot follow.
type chainInstall struct {
	h types.Type
	a *summary.Adapter
}

// chainInstalls finds the error handlers this package hands over.
func (an *Analysis) chainInstalls() []chainInstall {
	if an.chainsDone {
		return an.chains
	}
	an.chainsDone = true
	var out []chainInstall
	add := func(e ast.Expr) {
		h := errHandlerParam(an.Info.TypeOf(e))
		if h == nil {
			return
		}
		a := an.chainValue(e)
		for i := range out {
			if types.Identical(out[i].h, h) {
				if out[i].a != nil && (a == nil || !reflect.DeepEqual(*out[i].a, *a)) {
					out[i].a = nil
				}
				return
			}
		}
		out = append(out, chainInstall{h: h, a: a})
	}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.CallExpr:
				if tv, ok := an.Info.Types[n.Fun]; ok && tv.IsType() {
					return true // a conversion hands nothing over
				}
				for _, arg := range n.Args {
					add(arg)
				}
			case *ast.KeyValueExpr:
				add(n.Value)
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					if _, ok := ast.Unparen(l).(*ast.SelectorExpr); ok && len(n.Lhs) == len(n.Rhs) {
						add(n.Rhs[i])
					}
				}
			}
			return true
		})
	}
	an.chains = out
	return out
}

// installedFor returns the adapter the package's installed error handler
// gives the named type obj: the handlers' type H itself, or a func type of
// the handler shape that implements H. Its Param is 0: the type's.
func (an *Analysis) installedFor(obj types.Object) *summary.Adapter {
	tn, ok := obj.(*types.TypeName)
	if !ok {
		return nil
	}
	t := tn.Type()
	return an.installedMatching(func(h types.Type) bool {
		if types.Identical(t, h) {
			return true
		}
		if !isErrHandlerSig(t) {
			return false
		}
		if it, ok := h.Underlying().(*types.Interface); ok {
			return types.Implements(t, it)
		}
		return types.Identical(t.Underlying(), h.Underlying())
	})
}

// installedFunnel returns the adapter the package's installed error
// handler gives a handler of signature sig that nothing links.
func (an *Analysis) installedFunnel(sig *types.Signature) *summary.Adapter {
	if sig == nil || !isErrHandlerSig(sig) {
		return nil
	}
	plain := types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
	return an.installedMatching(func(h types.Type) bool {
		if m := errHandlerMethod(h); m != nil {
			ms := m.Type().(*types.Signature)
			return types.Identical(plain, types.NewSignatureType(nil, nil, nil, ms.Params(), ms.Results(), ms.Variadic()))
		}
		return types.Identical(plain, h.Underlying())
	})
}

// installedMatching returns the one installed error handler whose H
// matches, as the adapter of a type (Param 0).
func (an *Analysis) installedMatching(match func(h types.Type) bool) *summary.Adapter {
	if an.chainsBusy || !an.collected {
		return nil
	}
	an.chainsBusy = true
	installs := an.chainInstalls()
	an.chainsBusy = false
	var found *summary.Adapter
	n := 0
	for _, c := range installs {
		if match(c.h) {
			n++
			found = c.a
		}
	}
	if n != 1 || found == nil {
		return nil
	}
	cp := *found
	cp.Param = 0
	return &cp
}

// exportChains records the facts of this package's error handlers of an
// error chain and their makers.
func (an *Analysis) exportChains() {
	for _, decl := range an.declOrder {
		fn, ok := an.Info.Defs[decl.Name].(*types.Func)
		if !ok || decl.Body == nil {
			continue
		}
		if a := an.chainHandlerOf(fn); a != nil && an.adapters[fn] == nil {
			an.setAdapter(fn, a)
		}
		if a := an.makerOf(fn); a != nil && an.Facts != nil {
			an.Facts.ExportObject(fn, &summary.Maker{Adapter: *a})
		}
	}
}

// funcSig is the signature of fn's declaration or literal.
func (an *Analysis) funcSig(fn *Func) *types.Signature {
	switch n := fn.Node.(type) {
	case *ast.FuncDecl:
		if f, ok := an.Info.Defs[n.Name].(*types.Func); ok {
			return f.Type().(*types.Signature)
		}
	case *ast.FuncLit:
		s, _ := an.Info.TypeOf(n).(*types.Signature)
		return s
	}
	return nil
}
