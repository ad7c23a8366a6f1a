package engine

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// The error handler of an app: where the errors its handlers return go.
// For a framework whose handlers return errors (echo, fiber), the funnel
// of a handler's returns is, in order:
//
//  1. the error handler this package installs (e.HTTPErrorHandler = f,
//     fiber.Config{ErrorHandler: f}), when f can be followed: a function
//     literal, or a function or method with a summary here or a fact;
//  2. the function the configuration names (errorHandler), when it is in
//     reach of this package;
//  3. the framework's default handler, when this package makes the engine
//     (echo.New()) and installs none, or the configuration says "default";
//  4. none: the package cannot see which handler the app installs, and
//     the returns are not judged.

// errorFunnel returns the adapter for fw's handlers in this package, or
// nil when their returns are not judged.
func (an *Analysis) errorFunnel(fw *framework.Framework) *summary.Adapter {
	return memo(an.appHandlers, fw, func() *summary.Adapter { return an.findAppHandler(fw) })
}

func (an *Analysis) findAppHandler(fw *framework.Framework) *summary.Adapter {
	model := defaultHandler(fw)
	if values, installed := an.installedHandlers(fw); installed {
		if len(values) != 1 {
			return nil // several, or set in a way we cannot read
		}
		return an.handlerAdapter(fw, values[0], model)
	}
	switch name := an.Config.ErrorHandler; {
	case name == "default":
		return model
	case name != "":
		return an.configFunnel()
	}
	if an.makesEngine(fw) {
		return model
	}
	return nil
}

// defaultHandler is the adapter of fw's default error handler, modelled.
func defaultHandler(fw *framework.Framework) *summary.Adapter {
	return &summary.Adapter{Funnel: *fw.ErrorHandler, ErrArg: fw.ErrorHandlerErrArg,
		Name: fw.Name + " default error handler", Model: true}
}

// configFunnel is the adapter of the function the configuration names as
// the app's error handler (errorHandler), for framework handlers and
// handlers of a value that holds the writer whose errors go to an engine or
// router out of sight; nil when none is named or it cannot be followed.
func (an *Analysis) configFunnel() *summary.Adapter {
	if !an.cfgFunnelDone {
		an.cfgFunnelDone = true
		if name := an.Config.ErrorHandler; name != "" && name != "default" {
			if fn := an.lookupFunc(name); fn != nil {
				an.cfgFunnel = an.funcAdapter(fn)
			}
		}
	}
	return an.cfgFunnel
}

// installedHandlers returns the values the package assigns to fw's error
// handler field; installed is also set when the field is used in a way
// that is not a plain assignment.
func (an *Analysis) installedHandlers(fw *framework.Framework) (values []ast.Expr, installed bool) {
	isField := func(recv types.Type, name string) bool {
		return slices.Contains(fw.CustomErrorHandler, "("+types.TypeString(derefType(recv), nil)+")."+name)
	}
	assigned := map[ast.Expr]bool{}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Lhs) != len(n.Rhs) {
					return true
				}
				for i, l := range n.Lhs {
					if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
						if s := an.Info.Selections[sel]; s != nil && s.Kind() == types.FieldVal && isField(s.Recv(), sel.Sel.Name) {
							values = append(values, n.Rhs[i])
							assigned[sel] = true
						}
					}
				}
			case *ast.SelectorExpr:
				if s := an.Info.Selections[n]; s != nil && s.Kind() == types.FieldVal && isField(s.Recv(), n.Sel.Name) {
					installed = true
				}
			case *ast.CompositeLit:
				t := an.Info.TypeOf(n)
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok && t != nil {
						if id, ok := kv.Key.(*ast.Ident); ok && isField(t, id.Name) {
							values = append(values, kv.Value)
						}
					}
				}
			}
			return true
		})
	}
	return values, installed || len(values) > 0
}

// handlerAdapter follows the error handler expression v.
func (an *Analysis) handlerAdapter(fw *framework.Framework, v ast.Expr, model *summary.Adapter) *summary.Adapter {
	v = ast.Unparen(v)
	switch x := v.(type) {
	case *ast.FuncLit:
		sig, _ := an.Info.TypeOf(x).(*types.Signature)
		if sig == nil {
			return nil
		}
		sum := an.litSummary(x, sig)
		if sum == nil {
			return nil
		}
		return funnelAdapter(sig, sum.Fact, "the app's error handler")
	case *ast.CallExpr:
		// echo v5's e.HTTPErrorHandler = echo.DefaultHTTPErrorHandler(true).
		if framework.DefaultErrorHandlerOf(fullName(an.Info, x)) == fw {
			return model
		}
		// e.HTTPErrorHandler = newErrorHandler(logger): the handler the
		// constructor returns (its Handlers fact, here or imported).
		fn, ok := typeutil.Callee(an.Info, x).(*types.Func)
		if !ok {
			return nil
		}
		sig, _ := an.Info.TypeOf(x).Underlying().(*types.Signature)
		if hs := an.handlersOf(fn); hs != nil && sig != nil {
			for _, r := range hs.Results {
				if r.Result == 0 && !r.Middleware {
					return funnelAdapter(sig, &r.Handler, an.displayName(fn))
				}
			}
		}
		return nil
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = an.Info.Uses[id]
		} else {
			sel := x.(*ast.SelectorExpr)
			obj = an.Info.Uses[sel.Sel]
			if s := an.Info.Selections[sel]; s != nil && s.Kind() != types.MethodVal {
				return nil // a field: set elsewhere
			}
		}
		if fn, ok := obj.(*types.Func); ok {
			return an.funcAdapter(fn)
		}
	}
	return nil
}

// errorHandlerFramework returns the framework whose error handler type t
// is: a function of the framework's carrier and an error (echo's
// HTTPErrorHandler, fiber's ErrorHandler), named or not.
func errorHandlerFramework(t types.Type) *framework.Framework {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 2 || sig.Results().Len() > 1 {
		return nil
	}
	fw, ok := carrierOf(sig.Params().At(0).Type())
	if !ok || fw == nil || fw.ErrorHandler == nil || !isErrorType(sig.Params().At(1).Type()) {
		return nil
	}
	if sig.Results().Len() == 1 && !isErrorType(sig.Results().At(0).Type()) {
		return nil
	}
	return fw
}

// returnedErrorHandler joins the error handlers every return of body
// gives as result i (of n): function literals, summarised as helpers of
// the carrier, or functions with a summary. Nil when one cannot be
// followed.
func (an *Analysis) returnedErrorHandler(body *ast.BlockStmt, i, n int, sig *types.Signature) *summary.Helper {
	h := an.joinReturns(body, i, n, func(e ast.Expr) *summary.Helper {
		switch x := ast.Unparen(e).(type) {
		case *ast.FuncLit:
			if sum := an.litSummary(x, sig); sum != nil {
				return sum.Fact
			}
		case *ast.Ident, *ast.SelectorExpr:
			if fn, ok := usedObj(an.Info, x).(*types.Func); ok {
				if sum := an.summaryOf(fn); sum != nil {
					return sum.Fact
				}
			}
		}
		return nil
	})
	if h != nil {
		h.Writer, h.Handler = 0, false // the carrier, the first parameter
	}
	return h
}

// funcAdapter makes the funnel of a named error handler function.
func (an *Analysis) funcAdapter(fn *types.Func) *summary.Adapter {
	sum := an.summaryOf(fn)
	if sum == nil {
		return nil
	}
	return funnelAdapter(fn.Type().(*types.Signature), sum.Fact, an.displayName(fn))
}

// funnelAdapter: errors go to the error parameter of sig, the response to
// the summary's writer.
func funnelAdapter(sig *types.Signature, h *summary.Helper, name string) *summary.Adapter {
	for i := range sig.Params().Len() {
		if isErrorType(sig.Params().At(i).Type()) {
			return &summary.Adapter{Funnel: *h, ErrArg: i + 1, Name: name}
		}
	}
	return nil
}

// litSummary summarises a function literal that writes through one
// writer parameter, as a helper.
func (an *Analysis) litSummary(lit *ast.FuncLit, sig *types.Signature) *Summary {
	writers := writerParams(an.Info, nil, lit.Type)
	if len(writers) != 1 {
		return nil
	}
	fn := &Func{Node: lit, Type: lit.Type, Body: lit.Body}
	in := &interp{an: an, fn: fn, writers: writers}
	in.run()
	return an.toFact(fn, sig)
}

// makesEngine reports whether the package calls one of fw's Engines.
func (an *Analysis) makesEngine(fw *framework.Framework) bool {
	if an.engines == nil {
		an.engines = map[*framework.Framework]bool{}
		for _, f := range an.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok {
					name := fullName(an.Info, call)
					for _, g := range framework.All {
						if slices.Contains(g.Engines, name) {
							an.engines[g] = true
						}
					}
				}
				return true
			})
		}
	}
	return an.engines[fw]
}

// lookupFunc finds the package-level function "import/path.Name" in this
// package or its imports.
func (an *Analysis) lookupFunc(full string) *types.Func {
	i := strings.LastIndex(full, ".")
	if i <= 0 {
		return nil
	}
	path, name := full[:i], full[i+1:]
	seen := map[*types.Package]bool{}
	var find func(p *types.Package) *types.Func
	find = func(p *types.Package) *types.Func {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == path {
			fn, _ := p.Scope().Lookup(name).(*types.Func)
			return fn
		}
		for _, imp := range p.Imports() {
			if fn := find(imp); fn != nil {
				return fn
			}
		}
		return nil
	}
	return find(an.Pkg)
}

// defaultErrorHandlerCall models a call of fw's default error handler from
// an error handler of the app's (e.DefaultHTTPErrorHandler(err, c), or
// echo v5's DefaultHTTPErrorHandler(false)(c, err)): the framework's
// model, spliced with the call's arguments.
func (in *interp) defaultErrorHandlerCall(st *state, call *ast.CallExpr) bool {
	info := in.info()
	fw := framework.DefaultErrorHandlerOf(fullName(info, call))
	if inner, ok := ast.Unparen(call.Fun).(*ast.CallExpr); ok && fw == nil {
		fw = framework.DefaultErrorHandlerOf(fullName(info, inner))
		if fw != nil {
			in.args(st, inner.Args)
		}
	} else if sig, ok := info.TypeOf(call.Fun).(*types.Signature); ok && sig.Results().Len() == 1 {
		if _, returnsFunc := sig.Results().At(0).Type().Underlying().(*types.Signature); returnsFunc {
			return false // the factory itself: nothing is written yet
		}
	}
	if fw == nil || fw.ErrorHandler == nil || fw.ErrorHandler.Writer >= len(call.Args) {
		return false
	}
	w, ok := in.writerOf(st, call.Args[fw.ErrorHandler.Writer])
	if !ok {
		return false
	}
	in.argsBut(st, call.Args, fw.ErrorHandler.Writer)
	in.splice(st, site{node: call, call: call, writer: w, name: fw.Name + " default error handler", judge: true,
		arg: func(p int) ast.Expr {
			if p > 0 && p <= len(call.Args) {
				return call.Args[p-1]
			}
			return nil
		}}, &Summary{Fact: fw.ErrorHandler})
	return true
}

// funnelBody is the body a funnel sends for an error it renders with the
// framework's default body whatever the error (echo's ErrUnauthorized from
// BasicAuth): every body it writes is that one, directly or through the
// default handler.
func funnelBody(a *summary.Adapter) (summary.BodyValue, bool) {
	var out summary.BodyValue
	found := false
	for _, p := range a.Funnel.Paths {
		for _, e := range p.Events {
			if e.Kind != summary.Body {
				continue
			}
			if len(e.Body.Keys) == 0 || (found && !slices.Equal(e.Body.Keys, out.Keys)) {
				return summary.BodyValue{}, false
			}
			out, found = summary.BodyValue{Kind: e.Body.Kind, Desc: e.Body.Desc, Keys: e.Body.Keys}, true
		}
	}
	return out, found
}
