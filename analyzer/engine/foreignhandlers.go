package engine

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// Handlers of another package registered here through an adapter: a
// package that defines the adapter (a router wrapper taking its named
// handler type, `r.Post("/", s.oauth.ClientRegister)`) often registers the
// handlers of packages it imports. Those packages cannot see the adapter,
// so their returns have no funnel there; here the handler's fact says, per
// path, what it wrote before returning and which error it returned
// (summary.Path.Err). Each path that returns an error with nothing
// committed becomes a path of a Func of its own (Func.Foreign), whose
// events are the handler's header steps and then the funnel's answer to
// that error, reported at the handler's registration. Only the funnel's
// answer is judged there: the handler's own writes are judged in its
// package.
//
// The same holds for a framework's handlers registered on a router of the
// framework (e.GET(path, items.Get)) in a package that makes the app or
// installs its error handler: their returned errors go to that handler,
// which their own package cannot see (it reports them as not judged;
// Analysis.Registered gives the coverage report what was followed here).

// foreignLink is a function of another package passed to an adapter, or
// registered on a router of framework fw (a is then the app's error
// handler, found once every function is known).
type foreignLink struct {
	reg *ast.CallExpr // the call that registers it
	arg ast.Expr      // the function value, as written
	fn  *types.Func
	a   *summary.Adapter
	fw  *framework.Framework
	// made, when arg calls fn, a factory of another package: what it
	// says of the handler it returns (summary.HandlerResult.ErrHandler).
	made *summary.HandlerResult
}

// registeredOn returns the framework whose router method call registers
// fn, its i-th argument, a handler of that framework that returns its
// error (echo's func(c *echo.Context) error, or one of the app's context
// type that embeds echo's), as a route; nil otherwise. A function of this
// package that takes a handler of that shape (the app's router wrapper,
// `func (r *Router) GET(path string, h Handler, m ...Middleware)`)
// registers it as the framework's own methods do: the handlers of other
// packages it is given here are judged by the app's error handler, as
// the local handlers that take the app's context already are.
func registeredOn(pkg *types.Package, info *types.Info, call *ast.CallExpr, i int, fn *types.Func) *framework.Framework {
	callee, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || callee.Pkg() == nil {
		return nil
	}
	fw := errHandlerShape(fn.Type().(*types.Signature))
	if fw == nil {
		return nil
	}
	if fw.InModule(callee.Pkg().Path()) {
		return fw
	}
	if callee.Pkg() != pkg {
		return nil
	}
	pt := paramType(callee.Type().(*types.Signature), i)
	if pt == nil {
		return nil
	}
	if ps, ok := pt.Underlying().(*types.Signature); !ok || errHandlerShape(ps) != fw {
		return nil
	}
	return fw
}

// errHandlerShape returns the framework of a handler that returns its
// error to that framework's error handler: one parameter, a carrier of a
// framework with an error handler, and one error result.
func errHandlerShape(sig *types.Signature) *framework.Framework {
	if sig.Params().Len() != 1 || sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
		return nil
	}
	fw, ok := carrierOf(sig.Params().At(0).Type())
	if !ok || fw == nil || fw.ErrorHandler == nil {
		return nil
	}
	return fw
}

// foreignFunc returns the function of another package that e denotes as
// a value (pkg.Handler, s.api.Handler), or nil.
func (an *Analysis) foreignFunc(e ast.Expr) *types.Func {
	fn, ok := namedUse(an.Info, e).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == an.Pkg {
		return nil
	}
	return fn
}

// judgeForeign builds the Funcs of the foreign handlers linked here.
func (an *Analysis) judgeForeign() {
	for _, l := range an.foreign {
		if l.fw != nil {
			// Only an app made or configured here: a router passed in
			// may belong to an app whose handler is out of sight.
			if _, installed := an.installedHandlers(l.fw); !installed && !an.makesEngine(l.fw) {
				continue
			}
			if l.a = an.errorFunnel(l.fw); l.a == nil {
				continue
			}
		}
		sum := an.summaryOf(l.fn)
		if l.made != nil {
			sum = &Summary{Fact: &l.made.Handler}
		}
		if sum == nil || sum.Fact == nil || l.a.ErrArg == 0 {
			continue
		}
		fn := &Func{Node: l.arg, Handler: true, Foreign: true}
		if l.fw != nil {
			fn.Registered = l.fn.FullName()
		} else if l.made != nil {
			fn.Registered = l.made.Key
		}
		in := &interp{an: an, fn: fn, writers: map[types.Object]bool{}}
		noArgs := func(int) ast.Expr { return nil }
		own := site{node: l.arg, writer: l.arg, name: l.fn.Name(), handler: true, arg: noArgs}
		for _, p := range sum.Fact.Paths {
			if commits(p.Events) {
				continue // no error, or the response went out: judged in its package
			}
			st := &state{env: map[types.Object]Status{}, aux: map[types.Object]aux{}}
			err := in.pathErr(st, own, p.Err)
			if err == nil {
				if n := len(p.Results); l.made != nil && n > 0 && p.Results[n-1] != summary.ResultZero {
					// An error of no known status (of no known kind, or
					// plain: the fact does not tell them apart): what the
					// funnel sends for it is not known here, a gap of this
					// registration.
					in.emit(st, &Event{Kind: EvStatus, Node: l.arg, Writer: l.arg, Via: "an error of no known status returned by " + l.fn.Name()})
					in.finish(st, l.arg.End())
				}
				continue
			}
			for _, se := range p.Events {
				in.emit(st, in.fromStep(st, own, se, nil))
			}
			// The registration stands for the adapter's call of the
			// handler: the funnel's error argument is what it returned.
			st.calls = &callRes{call: l.reg, err: err}
			// An adapter's own code after its call is judged nowhere else
			// (what it sends for a kind it knows by its type).
			in.splice(st, site{node: l.arg, writer: l.arg, name: l.a.Name, handler: l.a.Funnel.Handler, funnel: true,
				errAt: err.At, errWhere: err.Where, retWhere: p.Ret, judge: l.a.Tail && kindOnly(*err),
				arg: func(p int) ast.Expr {
					if p == l.a.ErrArg {
						return l.reg
					}
					return nil
				}}, &Summary{Fact: &l.a.Funnel})
			for _, s := range in.expand([]*state{st}) {
				in.finish(s, l.arg.End())
			}
		}
		fn.Paths = in.paths
		if len(fn.Paths) > 0 || fn.Registered != "" {
			// A registered handler with no error path left is followed
			// here all the same: its coverage says so (Registered).
			an.Funcs = append(an.Funcs, fn)
		}
	}
}

// commits reports steps that send the status or the body, or that may
// (an escape): after them the adapter's funnel writes nothing.
func commits(evs []summary.Event) bool {
	for _, e := range evs {
		switch e.Kind {
		case summary.Body, summary.Opaque:
			return true
		case summary.Status:
			if !e.Deferred || e.Now {
				return true
			}
		}
	}
	return false
}
