package engine

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// A route's chain: where a framework runs middleware and handlers in turn
// (gin), an error a handler only collects (c.AbortWithError) is rendered
// by the middleware before it that reads the error list after c.Next().
// The handler's package may not see that middleware (it is installed by
// the package that builds the router), so the collected error's body is
// left unknown there (Event.Pending) and judged here, in the package that
// registers the route, where the chain is known:
//
//	r.Use(logger(), errs.Handler())   // errs.Handler renders c.Errors
//	r.GET("/items", auth, api.Items)  // auth's and Items' collected errors
//
// For each handler or middleware of a chain that follows such a renderer,
// each path that collects an error becomes a path of a Func of its own
// (Route): what the middleware before it set on the way in, its own
// events up to the collected error, then what the renderer writes after
// c.Next(). A chain with no renderer, and none that may be one, sends the
// status alone. Only what follows the collected error is judged there
// (the rules' Route mode): the rest was judged where the handler is. An
// element is judged once per way in and renderer, and a finding through
// several routes is reported once, at the first.

// maxRouteElems bounds a route's chain.
const maxRouteElems = 24

// chainElem is one handler of a route's chain.
type chainElem struct {
	expr ast.Expr
	key  any // the function or expression, to judge each element once
	name string
	sum  *Summary
	pkg  *types.Package // where its code is, for reading the error list
}

// findRoutes judges, for each framework with Routes, the collected errors
// of the chains this package's functions register.
func (an *Analysis) findRoutes() {
	for _, fw := range framework.All {
		if fw.Routes == nil || !importsPath(an.Pkg, fw.Routes.Pkg) {
			continue
		}
		an.exportRouterUses(fw)
		judged := map[any]bool{}
		for _, d := range an.declOrder {
			if d.Body != nil {
				an.routesIn(fw, d.Body, map[types.Object][]chainElem{}, judged, 0)
			}
		}
	}
}

// importsPath reports whether p imports path directly.
func importsPath(p *types.Package, path string) bool {
	return slices.ContainsFunc(p.Imports(), func(i *types.Package) bool { return i.Path() == path })
}

// routesIn follows the groups of one function body in source order.
//
// A call of a function of this package that takes a router whose chain
// is known here (registerAPI(api)) follows that function's body with its
// parameter bound to the chain, depth levels deep.
func (an *Analysis) routesIn(fw *framework.Framework, body *ast.BlockStmt, groups map[types.Object][]chainElem, judged map[any]bool, depth int) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false // another function: its own groups
		case *ast.AssignStmt:
			if len(x.Lhs) == len(x.Rhs) {
				for i, l := range x.Lhs {
					id, ok := l.(*ast.Ident)
					if !ok {
						continue
					}
					obj := an.Info.ObjectOf(id)
					if obj == nil {
						continue
					}
					if chain, ok := an.groupChain(fw, body, x.Rhs[i], groups); ok {
						groups[obj] = chain
					} else {
						delete(groups, obj)
					}
				}
			}
		case *ast.CallExpr:
			m, recv := an.routeMethod(fw, x)
			switch {
			case m == "":
				an.routesInCall(fw, body, x, groups, judged, depth)
				// A router handed to a call may get middleware there
				// (setup(r) calls r.Use): routes registered on it later
				// run a chain not known here, unless the callee's fact
				// says it adds none to that parameter.
				fn, _ := typeutil.Callee(an.Info, x).(*types.Func)
				for i, a := range x.Args {
					id, ok := ast.Unparen(a).(*ast.Ident)
					if !ok {
						continue
					}
					obj := an.Info.Uses[id]
					if obj == nil || groups[obj] == nil || (fn != nil && !an.mayUseRouter(fw, fn, i+1, 0)) {
						continue
					}
					el := chainElem{expr: a, key: a, name: id.Name + " (handed to " + types.ExprString(x.Fun) + ")"}
					if fn != nil {
						el.pkg = fn.Pkg()
					}
					groups[obj] = append(slices.Clone(groups[obj]), el)
				}
			case m == fw.Routes.Use:
				// r.Use(mw): routes registered on r from now on run mw.
				if id, ok := ast.Unparen(recv).(*ast.Ident); ok {
					if obj := an.Info.Uses[id]; obj != nil {
						if chain, ok := an.groupChain(fw, body, x, groups); ok {
							groups[obj] = chain
						} else {
							delete(groups, obj)
						}
					}
				}
			case slices.Contains(fw.Routes.Register, m):
				chain, ok := an.groupChain(fw, body, recv, groups)
				if !ok {
					return true
				}
				chain = append(slices.Clone(chain), an.chainArgs(fw, body, x)...)
				an.judgeChain(fw, chain, judged)
			}
		}
		return true
	})
}

// mayUseRouter reports whether fn may add middleware to its router
// parameter p (1-based): from its body in this package, a fact
// otherwise; true when neither tells.
func (an *Analysis) mayUseRouter(fw *framework.Framework, fn *types.Func, p int, depth int) bool {
	fn = fn.Origin()
	sig := fn.Type().(*types.Signature)
	if p > sig.Params().Len() {
		return true // variadic spread: not followed
	}
	if _, isRouter := an.routerTypeOf(fw, sig.Params().At(p-1).Type()); !isRouter {
		return false // not a router: nothing of the caller's chain changes
	}
	if fn.Pkg() != an.Pkg {
		var f summary.RouterUse
		if an.Facts == nil || !an.Facts.ImportObject(fn, &f) {
			return true
		}
		return slices.Contains(f.Params, p)
	}
	if depth >= maxRouteDepth {
		return true
	}
	decl := an.funcDecls[fn]
	if decl == nil || decl.Body == nil {
		return true
	}
	return an.usesRouter(fw, decl, sig.Params().At(p-1), depth)
}

// usesRouter reports whether decl's body may add middleware to its
// parameter v: every use of v is the receiver of a route or Group call,
// or an argument a callee adds none to; else it may.
func (an *Analysis) usesRouter(fw *framework.Framework, decl *ast.FuncDecl, v *types.Var, depth int) bool {
	uses, safe := 0, 0
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Ident:
			if an.Info.Uses[x] == v {
				uses++
			}
		case *ast.CallExpr:
			if m, recv := an.routeMethod(fw, x); m != "" && m != fw.Routes.Use {
				if id, ok := ast.Unparen(recv).(*ast.Ident); ok && an.Info.Uses[id] == v {
					safe++
				}
			}
			fn, _ := typeutil.Callee(an.Info, x).(*types.Func)
			for i, a := range x.Args {
				if id, ok := ast.Unparen(a).(*ast.Ident); ok && an.Info.Uses[id] == v && fn != nil && !an.mayUseRouter(fw, fn, i+1, depth+1) {
					safe++
				}
			}
		}
		return true
	})
	return uses > safe
}

// exportRouterUses exports, for each function of this package that takes
// a router, the router parameters it may add middleware to.
func (an *Analysis) exportRouterUses(fw *framework.Framework) {
	if an.Facts == nil {
		return
	}
	for _, d := range an.declOrder {
		fn, ok := an.Info.Defs[d.Name].(*types.Func)
		if !ok || d.Body == nil {
			continue
		}
		sig := fn.Type().(*types.Signature)
		var f summary.RouterUse
		routers := false
		for i := range sig.Params().Len() {
			if _, isRouter := an.routerTypeOf(fw, sig.Params().At(i).Type()); isRouter {
				routers = true
				if an.mayUseRouter(fw, fn, i+1, 0) {
					f.Params = append(f.Params, i+1)
				}
			}
		}
		if routers {
			an.Facts.ExportObject(fn, &f)
		}
	}
}

// maxRouteDepth bounds the functions followed that take a router.
const maxRouteDepth = 3

// routesInCall follows a call of a function of this package that is given
// a router whose chain is known.
func (an *Analysis) routesInCall(fw *framework.Framework, body *ast.BlockStmt, call *ast.CallExpr, groups map[types.Object][]chainElem, judged map[any]bool, depth int) {
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	if !ok || depth >= maxRouteDepth || call.Ellipsis.IsValid() {
		return
	}
	decl := an.funcDecls[fn.Origin()]
	if decl == nil || decl.Body == nil || decl.Body == body {
		return
	}
	sig := fn.Type().(*types.Signature)
	inner := map[types.Object][]chainElem{}
	for i, a := range call.Args {
		if i >= sig.Params().Len() {
			break
		}
		if _, isRouter := an.routerType(fw, a); !isRouter {
			continue
		}
		if chain, ok := an.groupChain(fw, body, a, groups); ok {
			inner[sig.Params().At(i)] = chain
		}
	}
	if len(inner) > 0 {
		an.routesIn(fw, decl.Body, inner, judged, depth+1)
	}
}

// routerType reports whether e is of one of the framework's router types.
func (an *Analysis) routerType(fw *framework.Framework, e ast.Expr) (string, bool) {
	return an.routerTypeOf(fw, an.Info.TypeOf(e))
}

// routerTypeOf reports whether t is one of the framework's router types.
func (an *Analysis) routerTypeOf(fw *framework.Framework, t types.Type) (string, bool) {
	if t == nil {
		return "", false
	}
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != fw.Routes.Pkg || !slices.Contains(fw.Routes.Types, n.Obj().Name()) {
		return "", false
	}
	return n.Obj().Name(), true
}

// routeMethod returns the name of the router method call x calls, and its
// receiver; "" if x is no call of the framework's router types.
func (an *Analysis) routeMethod(fw *framework.Framework, x *ast.CallExpr) (string, ast.Expr) {
	sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", nil
	}
	fn, ok := typeutil.Callee(an.Info, x).(*types.Func)
	if !ok {
		return "", nil
	}
	recv := fn.Type().(*types.Signature).Recv()
	if recv == nil {
		return "", nil
	}
	if _, isRouter := an.routerTypeOf(fw, recv.Type()); !isRouter {
		return "", nil
	}
	return fn.Name(), sel.X
}

// groupChain returns the middleware a router expression runs before the
// handlers registered on it; ok is false when it cannot be told.
func (an *Analysis) groupChain(fw *framework.Framework, body *ast.BlockStmt, e ast.Expr, groups map[types.Object][]chainElem) ([]chainElem, bool) {
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.Ident:
		obj := an.Info.Uses[x]
		chain, ok := groups[obj]
		return chain, ok
	case *ast.CallExpr:
		name := fullName(an.Info, x)
		if slices.Contains(fw.Engines, name) {
			// gin.Default's logger and recovery neither read the error
			// list nor set headers a handler's answer depends on.
			return []chainElem{}, true
		}
		m, recv := an.routeMethod(fw, x)
		if m != fw.Routes.Use && m != fw.Routes.Group {
			return nil, false
		}
		chain, ok := an.groupChain(fw, body, recv, groups)
		if !ok {
			return nil, false
		}
		chain = append(slices.Clone(chain), an.chainArgs(fw, body, x)...)
		return chain, len(chain) <= maxRouteElems
	}
	return nil, false
}

// chainArgs returns the handler arguments of a Use, Group or route call:
// those of a framework handler type, in order.
func (an *Analysis) chainArgs(fw *framework.Framework, body *ast.BlockStmt, call *ast.CallExpr) []chainElem {
	var out []chainElem
	for _, a := range call.Args {
		if !carrierHandlerType(an.Info.TypeOf(a)) {
			if call.Ellipsis.IsValid() || handlerSlice(an.Info.TypeOf(a)) {
				// r.Use(mws...): handlers not followed, any of which may
				// render the errors.
				out = append(out, chainElem{expr: a, key: a, name: types.ExprString(a)})
			}
			continue
		}
		el := chainElem{expr: a, key: a, name: types.ExprString(a), pkg: an.Pkg}
		el.sum, el.key, el.pkg = an.chainElem(fw, body, a, 0)
		if el.key == nil {
			el.key = a
		}
		out = append(out, el)
	}
	return out
}

// handlerSlice reports a slice of framework handlers (gin.HandlersChain).
func handlerSlice(t types.Type) bool {
	if t == nil {
		return false
	}
	sl, ok := t.Underlying().(*types.Slice)
	return ok && carrierHandlerType(sl.Elem())
}

// carrierHandlerType reports a framework handler of one carrier parameter
// and no results, of a framework whose routes run chains: gin.HandlerFunc.
func carrierHandlerType(t types.Type) bool { return carrierHandlerFramework(t) != nil }

// carrierHandlerFramework returns the framework of such a handler type.
func carrierHandlerFramework(t types.Type) *framework.Framework {
	if t == nil {
		return nil
	}
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || sig.Params().Len() != 1 || sig.Results().Len() != 0 {
		return nil
	}
	if fw, ok := carrierOf(sig.Params().At(0).Type()); ok && fw != nil && fw.Routes != nil {
		return fw
	}
	return nil
}

// chainElem summarises a handler of a chain: a function literal, a
// function or method value, a call of a function that returns one
// (errs.Handler()), a conversion, or a variable with one value. It also
// returns the function (the key that judges it once) and its package.
func (an *Analysis) chainElem(fw *framework.Framework, body *ast.BlockStmt, e ast.Expr, depth int) (*Summary, any, *types.Package) {
	if depth > maxHandlerDepth {
		return nil, nil, nil
	}
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.FuncLit:
		if sig, ok := an.Info.TypeOf(x).(*types.Signature); ok {
			return an.litSummary(x, sig), x, an.Pkg
		}
	case *ast.CallExpr:
		if tv, ok := an.Info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return an.chainElem(fw, body, x.Args[0], depth+1) // gin.HandlerFunc(f)
		}
		if fn, ok := typeutil.Callee(an.Info, x).(*types.Func); ok {
			if slices.Contains(fw.Routes.PassThrough, fn.Origin().FullName()) {
				// The framework's own logger or recovery: nothing on the
				// way in, and it renders no error.
				pass := summary.Helper{Handler: true, Paths: []summary.Path{{Events: []summary.Event{{Kind: summary.Next}}}}}
				return &Summary{Fact: &pass}, fn.Origin(), fn.Pkg()
			}
			if hs := an.handlersOf(fn); hs != nil && len(hs.Results) == 1 && fn.Type().(*types.Signature).Results().Len() == 1 {
				h := hs.Results[0].Handler
				return &Summary{Fact: &h}, fn.Origin(), fn.Pkg()
			}
			return nil, fn.Origin(), fn.Pkg()
		}
	case *ast.SelectorExpr, *ast.Ident:
		switch obj := usedObj(an.Info, x).(type) {
		case *types.Func:
			return an.summaryOf(obj), obj.Origin(), obj.Pkg()
		case *types.Var:
			if v := onlyValue(an.Info, body, obj); v != nil {
				return an.chainElem(fw, body, v, depth+1)
			}
		}
	}
	return nil, nil, nil
}

// readsErrors reports whether code of p may read fw's error list.
func (an *Analysis) readsErrors(fw *framework.Framework, p *types.Package) bool {
	if p == nil {
		return true
	}
	if p == an.Pkg {
		return slices.Contains(an.errorReaders(), fw.Name)
	}
	if framework.Internal(p.Path()) {
		return false // the framework's own logger
	}
	if an.Facts == nil {
		return true
	}
	return slices.Contains(an.Facts.ImportErrorReaders(p), fw.Name)
}

// renderer reports whether a chain element renders collected errors: it
// reads the error list and writes after c.Next() on some path.
func (an *Analysis) renderer(fw *framework.Framework, el chainElem) bool {
	if el.sum == nil || !an.readsErrors(fw, el.pkg) {
		return false
	}
	for _, p := range el.sum.Fact.Paths {
		if _, after, ok := splitNext(p.Events); ok && writes(after) {
			return true
		}
	}
	return false
}

// splitNext splits a middleware's path at its c.Next().
func splitNext(evs []summary.Event) (before, after []summary.Event, ok bool) {
	for i, e := range evs {
		if e.Kind == summary.Next {
			return evs[:i], evs[i+1:], true
		}
	}
	return evs, nil, false
}

// writes reports a status or body step.
func writes(evs []summary.Event) bool {
	return slices.ContainsFunc(evs, func(e summary.Event) bool {
		return e.Kind == summary.Status || e.Kind == summary.Body || e.Kind == summary.Opaque
	})
}

// judgeChain makes a Route Func for each element after the chain's one
// renderer whose paths collect an error.
func (an *Analysis) judgeChain(fw *framework.Framework, chain []chainElem, judged map[any]bool) {
	r := -1
	for i, el := range chain {
		switch {
		case an.renderer(fw, el):
			if r >= 0 {
				return // two renderers: which writes first is not followed
			}
			r = i
		case el.sum == nil && an.readsErrors(fw, el.pkg):
			return // it may render the errors too
		}
	}
	// With no renderer in the chain (and none that may be one), nothing
	// renders the collected errors: the status goes out alone.
	for i := r + 1; i < len(chain); i++ {
		if el := chain[i]; el.sum != nil && pending(el.sum.Fact) {
			var rd *chainElem
			if r >= 0 {
				rd = &chain[r]
			}
			an.routeFunc(chain[:i], rd, el, judged)
		}
	}
}

// pending reports a path that leaves its body to the error middleware.
func pending(h *summary.Helper) bool {
	for _, p := range h.Paths {
		if slices.ContainsFunc(p.Events, func(e summary.Event) bool { return e.Kind == summary.Body && e.Pending }) {
			return true
		}
	}
	return false
}

// routeFunc builds the Route Func of el, which runs after before (that
// includes the renderer rd) in its route's chain.
//
// An element is judged once for each way in and renderer: routes that
// run it after the same middleware give it the same answers.
func (an *Analysis) routeFunc(before []chainElem, rd *chainElem, el chainElem, judged map[any]bool) {
	at := el.expr
	fn := &Func{Node: at, Handler: true, Route: true}
	in := &interp{an: an, fn: fn, writers: map[types.Object]bool{}}
	st := &state{env: map[types.Object]Status{}, aux: map[types.Object]aux{}}
	noArgs := func(int) ast.Expr { return nil }
	// The way in: what each element before el did before handing on.
	var prefix []*Event
	way := ""
	for _, b := range before {
		for _, e := range in.passThrough(st, b, at) {
			prefix = append(prefix, e)
			way += fmt.Sprintf("%d:%s=%s;", e.Kind, e.Header, e.Value)
		}
	}
	var rdKey any
	if rd != nil {
		rdKey = rd.key
	}
	key := [3]any{el.key, rdKey, way}
	if judged[key] {
		return
	}
	judged[key] = true
	// What the renderer writes after c.Next(), on each of its paths that
	// writes; with no renderer, nothing.
	var rendered [][]summary.Event
	if rd == nil {
		rendered = [][]summary.Event{nil}
	} else {
		for _, p := range rd.sum.Fact.Paths {
			if _, after, ok := splitNext(p.Events); ok && writes(after) {
				rendered = append(rendered, after)
			}
		}
	}
	for _, p := range el.sum.Fact.Paths {
		pend := func(e summary.Event) bool { return e.Kind == summary.Body && e.Pending }
		if !slices.ContainsFunc(p.Events, pend) || slices.ContainsFunc(p.Events, func(e summary.Event) bool { return e.Kind == summary.Body && !e.Pending }) {
			// None collected, or the handler writes a body of its own,
			// which goes out before what the middleware renders: judged
			// in the handler.
			continue
		}
		// The middleware renders after the handler returns: its events
		// follow all of the handler's.
		own := site{node: at, writer: at, name: el.name, handler: true, arg: noArgs}
		var evs []*Event
		from := ""
		var status *Event
		for _, se := range p.Events {
			if pend(se) {
				continue
			}
			ev := in.fromStep(st, own, se, nil)
			if ev.Kind == EvStatus {
				status, from = ev, el.name+" at "+se.Where
			}
			evs = append(evs, ev)
		}
		if status == nil {
			// The middleware picks the status (c.Error(err) alone): what
			// it writes does not depend on this handler, and is judged
			// in the middleware itself.
			continue
		}
		status.Collected = rd == nil
		for _, after := range rendered {
			path := slices.Clone(prefix)
			path = append(path, evs...)
			var rs site
			if rd != nil {
				rs = site{node: at, writer: at, name: "the error middleware " + rd.name, judge: true, arg: noArgs}
			}
			for _, se := range after {
				if se.Kind == summary.Status && se.Status.Known && !slices.ContainsFunc(se.Status.Ints, func(v int) bool { return v >= 100 }) {
					continue // c.JSON(-1, ...): gin keeps the status sent
				}
				ev := in.fromStep(st, rs, se, nil)
				ev.Origin.Rendered, ev.Origin.StatusFrom = true, from
				path = append(path, ev)
			}
			fn.Paths = append(fn.Paths, &Path{Events: path, End: at.End()})
		}
	}
	if len(fn.Paths) > 0 {
		an.Funcs = append(an.Funcs, fn)
		if f, ok := el.key.(*types.Func); ok {
			if an.routed == nil {
				an.routed = map[string]bool{}
			}
			an.routed[f.FullName()] = true
		}
	}
}

// passThrough returns what a middleware does on its way in on the paths
// that let the request on: before its c.Next(), or all of a path that
// writes nothing (gin runs the next handler when one returns without
// aborting). When those differ, or it cannot be followed, only that
// headers may have changed is known: a middleware that lets the request
// on has not answered it.
func (in *interp) passThrough(st *state, el chainElem, at ast.Expr) []*Event {
	unknown := []*Event{{Kind: EvHeadersUnknown, Node: at, Writer: at, Via: el.name}}
	if el.sum == nil {
		return unknown
	}
	var way []summary.Event
	seen := false
	for _, p := range el.sum.Fact.Paths {
		before, _, ok := splitNext(p.Events)
		if !ok && writes(before) {
			continue // it answered: the chain stops
		}
		if seen && !sameSteps(way, before) {
			return unknown
		}
		way, seen = before, true
	}
	if !seen {
		return unknown
	}
	s := site{node: at, writer: at, name: el.name, handler: true, arg: func(int) ast.Expr { return nil }}
	var out []*Event
	for _, se := range way {
		ev := in.fromStep(st, s, se, nil)
		if ev.Kind == EvOpaque {
			ev = &Event{Kind: EvHeadersUnknown, Node: at, Writer: at, Via: el.name, Origin: ev.Origin}
		}
		out = append(out, ev)
	}
	return out
}

func sameSteps(a, b []summary.Event) bool {
	return slices.EqualFunc(a, b, func(x, y summary.Event) bool { return x.String() == y.String() })
}
