package engine

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// RouterSite is a root router whose own 404 or 405 answer the program
// does not replace: made here by its constructor, or by a factory whose
// result is bound here (RouterFactory).
type RouterSite struct {
	Call *ast.CallExpr // the constructor or the factory's call
	Stmt ast.Stmt      // where a fix goes after: the binding, or the error check after `r, err := New()`; nil in a composite literal or without that check
	Var  ast.Expr      // the variable or field it is bound to
	Name string        // how messages name it: r, s.router, App.router
	// Factory names the function that made it, when it is not the
	// router's constructor.
	Factory string
	Router  *framework.Router
	// NotFound and MethodNotAllowed are set when the router's own answer
	// stays in place.
	NotFound, MethodNotAllowed bool
	// MethodAt is where the 405 answer is first turned on: the first
	// route for some methods only (echo's e.GET), or the statement that
	// enables it (gin's r.HandleMethodNotAllowed = true).
	MethodAt ast.Node
	// NotFoundAnswer and MethodAnswer are what the app's error handler
	// sends for them, for a router that answers through it.
	NotFoundAnswer, MethodAnswer *summary.RouterAnswer
}

// routerState is what a router's own answers are, as far as one package
// sees: left in place, and whether a route for some methods only makes
// 405 reachable.
type routerState struct {
	rt                  *framework.Router
	nf, mna, restricted bool
	restrictAt          ast.Node // the first call or assignment that restricted it
	// What the app's error handler sends for the answers, for a router
	// that answers through it (Router.Through).
	nfAnswer, mnaAnswer *summary.RouterAnswer
}

// findRouters records the root routers that keep their own 404 or 405.
// A router is followed while it is bound to a local variable, or to an
// unexported field (by assignment or in a composite literal), whose every
// use is a method or field of its own, a hand-off as an http.Handler to
// net/http, a hand-off to a function of this package that uses it the
// same way, or an alias that does; one that is mounted (a subrouter takes
// its parent's answers) or handed on in any other way (the receiver may
// set them) is not, nor is one never served. A function that makes a
// router, keeps it so and returns it is a factory (a RouterFactory fact
// when exported): a variable or field bound to its call is followed the
// same way, from what the factory left in place.
//
// Wrapper routers (engine/wrappers.go), types of this package that hold a
// router in a field and forward to it, are routers here too.
//
// A 404 or 405 handler installed on a router counts for that router; one
// installed on a router we cannot name (an inline group's parameter, a
// helper's) counts for every router; so does a route that takes every
// path, unless it is under a scoped subrouter (chi's Route). A router
// answers 405 only where a route for some methods only is registered on
// it or on a router we cannot name.
func (an *Analysis) findRouters() {
	// The frameworks' routers and this package's wrappers of them.
	routers := slices.Clone(framework.Routers)
	wrapped := map[*framework.Router]*framework.Router{}
	wrappers := an.wrapperRouters()
	for _, w := range wrappers {
		routers = append(routers, w.rt)
		wrapped[w.rt] = w.base
	}
	// A binding is a call's result bound to a variable or a field.
	type binding struct {
		call *ast.CallExpr
		stmt ast.Stmt
		lhs  ast.Expr
		name string
		fn   ast.Node
		obj  types.Object
		// after is the statement a fix follows: the binding, or the
		// error check after `r, err := New()`; nil for none.
		after ast.Stmt
	}
	// An install replaces a router's own answer: a 404 or 405 handler,
	// or a route that takes every path. A restrict turns 405 answers on:
	// a route for some methods only.
	type install struct {
		rt                     *framework.Router
		nf, mna, all, restrict bool
		recv                   types.Object // the router's variable or field, if named
		at                     ast.Node     // the call or assignment
	}
	var bindings []binding
	var installs []install
	for _, f := range an.Files {
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			switch n := n.(type) {
			case *ast.CallExpr:
				name := fullName(an.Info, n)
				var recv types.Object
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					recv = an.boundObject(sel.X)
					if w := an.heldBy(wrappers, sel.X); w != nil {
						recv = w // r.chi.NotFound(h): installed on r
					}
				}
				if an.forwards(wrappers, n, stack) {
					return true // a wrapper's method, not an install
				}
				for _, rt := range routers {
					in := install{rt: rt, recv: recv, nf: slices.Contains(rt.NotFound, name), mna: slices.Contains(rt.MethodNotAllowed, name), restrict: slices.Contains(rt.Restrict, name), at: n}
					if slices.Contains(rt.CatchAll, name) && len(n.Args) > 0 {
						pat, ok := constString(an.Info, n.Args[0])
						in.all = ok && slices.Contains(rt.CatchAllPatterns, pat)
					}
					if slices.Contains(rt.Middleware, name) {
						// Middleware runs whatever the method: it takes
						// the wrong ones too.
						in.all = an.answersAll(rt, n)
						in.mna = in.all
					}
					if (in.nf || in.mna || in.all) && an.scopedRouter(rt, recv, stack) {
						in.nf, in.mna, in.all = false, false, false
					}
					if in.nf || in.mna || in.all || in.restrict {
						installs = append(installs, in)
					}
				}
				// register(r): what a function of another package does
				// to the router it is given (RouterArgs).
				for _, a := range an.routerArgs(n) {
					installs = append(installs, install{rt: a.rt, recv: an.boundObject(n.Args[a.Param-1]), nf: a.SetsNotFound,
						mna: a.SetsMethodNotAllowed, restrict: a.Restricts, at: n})
				}
			case *ast.KeyValueExpr:
				// &server{router: mux.NewRouter()}
				call, ok := ast.Unparen(n.Value).(*ast.CallExpr)
				key, isID := n.Key.(*ast.Ident)
				fn := enclosingFunc(stack)
				if !ok || !isID || fn == nil || len(stack) < 2 {
					return true
				}
				if v, isField := an.Info.Uses[key].(*types.Var); isField && v.IsField() {
					name := key.Name
					if t, ok := types.Unalias(derefType(an.Info.TypeOf(stack[len(stack)-2].(ast.Expr)))).(*types.Named); ok {
						name = t.Obj().Name() + "." + name
					}
					bindings = append(bindings, binding{call: call, lhs: key, name: name, fn: fn, obj: v})
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					// A field of a router (r.NotFoundHandler = h), or a
					// package variable (echo.NotFoundHandler = h).
					name, recv := an.fieldKey(l), types.Object(nil)
					if name != "" {
						recv = an.boundObject(ast.Unparen(l).(*ast.SelectorExpr).X)
					} else if v, ok := an.globalVar(l); ok {
						name = v.Pkg().Path() + "." + v.Name()
					}
					if name != "" {
						for _, rt := range routers {
							in := install{rt: rt, recv: recv, nf: slices.Contains(rt.NotFound, name), mna: slices.Contains(rt.MethodNotAllowed, name), at: n}
							if len(n.Lhs) == len(n.Rhs) && slices.Contains(rt.Restrict, name) {
								// gin's r.HandleMethodNotAllowed = true
								tv := an.Info.Types[n.Rhs[i]]
								in.restrict = tv.Value != nil && tv.Value.Kind() == constant.Bool && constant.BoolVal(tv.Value)
							}
							if in.nf || in.mna || in.restrict {
								installs = append(installs, in)
							}
						}
					}
				}
				// r := New(), or r, err := New() of a function whose
				// last result is an error.
				fn := enclosingFunc(stack)
				if len(n.Rhs) != 1 || fn == nil || len(n.Lhs) != 1 && !(len(n.Lhs) == 2 && lastIsError(an.Info.TypeOf(n.Rhs[0]))) {
					return true
				}
				call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
				obj := an.boundObject(n.Lhs[0])
				if ok && obj != nil {
					lhs := ast.Unparen(n.Lhs[0])
					after := ast.Stmt(n)
					if len(n.Lhs) == 2 {
						after = an.errCheckAfter(n, stack)
					}
					bindings = append(bindings, binding{call: call, stmt: n, lhs: lhs, name: types.ExprString(lhs), fn: fn, obj: obj, after: after})
				}
			}
			return true
		})
	}

	// A wrapper's field is followed as the wrapper, not on its own.
	bindings = slices.DeleteFunc(bindings, func(b binding) bool {
		return slices.ContainsFunc(wrappers, func(w wrapperRouter) bool { return b.obj == w.field })
	})
	// A variable bound to a chain of methods on a router (api :=
	// e.Group("/api")) is that router's: what is installed on it is.
	derived := map[types.Object]types.Object{}
	for _, b := range bindings {
		if root := an.chainRoot(b.call); root != nil && root != b.obj {
			derived[b.obj] = root
		}
	}
	owner := func(o types.Object) types.Object {
		for i := 0; i < 4 && derived[o] != nil; i++ {
			o = derived[o]
		}
		return o
	}
	// judge gives the state of router obj, made with state st, as this
	// package leaves it: the installs on it, or on routers not made here.
	roots := map[types.Object]bool{}
	judge := func(obj types.Object, st routerState) routerState {
		for _, in := range installs {
			recv := owner(in.recv)
			// What is installed on the router a wrapper holds counts
			// for the wrapper (r.chi.NotFound(h)).
			if _, other := roots[recv]; in.rt != st.rt && in.rt != wrapped[st.rt] || other && recv != obj {
				continue
			}
			st.nf = st.nf && !in.nf && !in.all
			st.mna = st.mna && !in.mna
			if in.restrict && !st.restricted && in.at != nil {
				st.restrictAt = in.at
			}
			st.restricted = st.restricted || in.restrict
		}
		return st
	}
	factories := map[*types.Func]routerState{}
	// factoryOf returns what a call of a factory makes: this package's,
	// or another's by its fact.
	factoryOf := func(call *ast.CallExpr) (routerState, bool) {
		fn, _ := typeutil.Callee(an.Info, call).(*types.Func)
		if fn == nil {
			return routerState{}, false
		}
		if st, ok := factories[fn.Origin()]; ok {
			return st, true
		}
		if fact := new(summary.RouterFactory); fn.Pkg() != an.Pkg && an.Facts != nil && an.Facts.ImportObject(fn.Origin(), fact) {
			if rt := framework.RouterNamed(fact.Router); rt != nil {
				return routerState{rt: rt, nf: fact.NotFound, mna: fact.MethodNotAllowed, restricted: fact.Restricted,
					nfAnswer: fact.NotFoundAnswer, mnaAnswer: fact.MethodAnswer}, true
			}
		}
		return routerState{}, false
	}
	made := func(rt *framework.Router) func(*ast.CallExpr) bool {
		return func(call *ast.CallExpr) bool {
			st, ok := factoryOf(call)
			return slices.Contains(rt.New, fullName(an.Info, call)) || ok && st.rt == rt
		}
	}
	// A site is a bound router: its state as made, whether it is a root
	// that is served, the function it makes a factory of, if any, and the
	// factory it came from, if any.
	type site struct {
		b         binding
		st        routerState
		served    bool
		factory   *types.Func
		madeBy    string
		accessors []*types.Func
	}
	// follow tells whether a bound router is a root and served; a local
	// one that is returned, and otherwise a root, makes its function a
	// factory.
	follow := func(b binding, rt *framework.Router) (root, served bool, factory *types.Func, accessors []*types.Func) {
		if _, isVar := b.lhs.(*ast.Ident); isVar && b.stmt != nil {
			if root, served = an.rootRouter(b.fn, b.obj, walk{rt: rt, bind: b.stmt}); root {
				return root, served, nil, nil
			}
			fd, isDecl := b.fn.(*ast.FuncDecl)
			if isDecl && an.returnsOnly(fd, b.obj) {
				if r, _ := an.rootRouter(b.fn, b.obj, walk{rt: rt, factory: true}); r {
					fn, _ := an.Info.Defs[fd.Name].(*types.Func)
					return false, false, fn, nil
				}
			}
			return false, false, nil, nil
		}
		isMade := made(rt)
		root, served, accessors = an.rootField(b.obj, walk{rt: rt}, func(x ast.Expr) bool {
			call, ok := x.(*ast.CallExpr)
			return ok && isMade(call)
		})
		return root, served, nil, accessors
	}

	// Routers made here by their constructors; the factories among the
	// functions that make them.
	var sites []site
	for _, b := range bindings {
		name := fullName(an.Info, b.call)
		for _, rt := range routers {
			if slices.Contains(rt.New, name) {
				root, served, factory, accessors := follow(b, rt)
				roots[b.obj] = root
				sites = append(sites, site{b: b, st: routerState{rt: rt, nf: true, mna: true}, served: root && served, factory: factory, accessors: accessors})
			}
		}
	}
	for _, s := range sites {
		if s.factory != nil {
			st := an.through(judge(s.b.obj, s.st), s.b.call)
			factories[s.factory] = st
			// No fact names a wrapper: another package's calls of its
			// methods are not the wrapped router's (engine/wrappers.go).
			if an.Facts != nil && s.factory.Exported() && (st.nf || st.mna) && wrapped[st.rt] == nil {
				an.Facts.ExportObject(s.factory, &summary.RouterFactory{Router: st.rt.Name, NotFound: st.nf, MethodNotAllowed: st.mna, Restricted: st.restricted,
					NotFoundAnswer: st.nfAnswer, MethodAnswer: st.mnaAnswer})
			}
		}
	}
	an.exportRouterArgs(func(param types.Object, rt *framework.Router) (nf, mna, restrict bool) {
		for _, in := range installs {
			if in.rt == rt && (in.recv == nil || owner(in.recv) == param) {
				nf, mna, restrict = nf || in.nf || in.all, mna || in.mna, restrict || in.restrict
			}
		}
		return nf, mna, restrict
	})
	// Routers bound to a factory's call: this package's or another's.
	for _, b := range bindings {
		st, ok := factoryOf(b.call)
		if !ok {
			continue
		}
		root, served, _, accessors := follow(b, st.rt)
		roots[b.obj] = root
		sites = append(sites, site{b: b, st: st, served: root && served, madeBy: typeutil.Callee(an.Info, b.call).(*types.Func).Origin().FullName(), accessors: accessors})
	}
	for _, s := range sites {
		if !s.served && len(s.accessors) == 0 {
			continue
		}
		st := judge(s.b.obj, s.st)
		if s.madeBy == "" {
			st = an.through(st, s.b.call)
		}
		if len(s.accessors) > 0 && (!s.served || slices.ContainsFunc(s.accessors, returnsRouter)) {
			// Handed out by an accessor: judged where its callers serve
			// it, since one may also mount it or change its answers. One
			// served here and handed out only as an http.Handler, which
			// callers can serve but not change, is judged here, once.
			for _, fn := range s.accessors {
				if an.Facts != nil && fn.Exported() && (st.nf || st.mna) && wrapped[st.rt] == nil {
					an.Facts.ExportObject(fn, &summary.RouterFactory{Router: st.rt.Name, NotFound: st.nf, MethodNotAllowed: st.mna, Restricted: st.restricted,
						NotFoundAnswer: st.nfAnswer, MethodAnswer: st.mnaAnswer})
				}
			}
			continue
		}
		site := RouterSite{Call: s.b.call, Stmt: s.b.after, Var: s.b.lhs, Name: s.b.name, Factory: s.madeBy, Router: st.rt,
			NotFound: st.nf, MethodNotAllowed: st.mna && st.restricted, MethodAt: st.restrictAt,
			NotFoundAnswer: st.nfAnswer, MethodAnswer: st.mnaAnswer}
		if site.NotFound || site.MethodNotAllowed {
			an.Routers = append(an.Routers, site)
		}
	}
}

// boundArg is a router argument of a call of a function with a
// RouterArgs fact.
type boundArg struct {
	summary.RouterArg
	rt *framework.Router
}

// routerArgs returns the router parameters of call's callee, a function
// of another package, that its RouterArgs fact lists, with an argument.
func (an *Analysis) routerArgs(call *ast.CallExpr) []boundArg {
	if an.Facts == nil || call.Ellipsis.IsValid() || !slices.ContainsFunc(call.Args, func(a ast.Expr) bool { return routerType(an.Info.TypeOf(a)) != nil }) {
		return nil
	}
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	fact := new(summary.RouterArgs)
	if !ok || fn.Pkg() == an.Pkg || !an.Facts.ImportObject(fn.Origin(), fact) {
		return nil
	}
	var out []boundArg
	for _, p := range fact.Params {
		if rt := framework.RouterNamed(p.Router); rt != nil && p.Param <= len(call.Args) {
			out = append(out, boundArg{p, rt})
		}
	}
	return out
}

// returnsObj reports whether a return statement of body (not of the
// literals in it) returns obj.
func returnsObj(info *types.Info, body *ast.BlockStmt, obj types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				if id, ok := ast.Unparen(r).(*ast.Ident); ok && info.Uses[id] == obj {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// routerType returns the router whose Types t is one of.
func routerType(t types.Type) *framework.Router {
	if t == nil {
		return nil
	}
	name := types.TypeString(t, nil)
	for _, rt := range framework.Routers {
		if slices.Contains(rt.Types, name) {
			return rt
		}
	}
	return nil
}

// exportRouterArgs exports a RouterArgs fact for each exported function
// that takes a router and keeps it a root; installed says what the
// package installs on a parameter.
func (an *Analysis) exportRouterArgs(installed func(param types.Object, rt *framework.Router) (nf, mna, restrict bool)) {
	if an.Facts == nil {
		return
	}
	for _, fd := range an.declOrder {
		fn, ok := an.Info.Defs[fd.Name].(*types.Func)
		if !ok || !fn.Exported() || fd.Body == nil {
			continue
		}
		var fact summary.RouterArgs
		params := fn.Type().(*types.Signature).Params()
		for i := range params.Len() {
			p := params.At(i)
			rt := routerType(p.Type())
			if rt == nil {
				continue
			}
			// factory: a `return r` of the router given is an alias
			// for the caller, who may not use it (RouterArg.Returns).
			keeps, serves := an.rootRouter(fd, p, walk{rt: rt, depth: 1, factory: true})
			if !keeps {
				continue
			}
			nf, mna, restrict := installed(p, rt)
			fact.Params = append(fact.Params, summary.RouterArg{Param: i + 1, Router: rt.Name, SetsNotFound: nf, SetsMethodNotAllowed: mna,
				Restricts: restrict, Serves: serves, Returns: returnsObj(an.Info, fd.Body, p)})
		}
		if len(fact.Params) > 0 {
			an.Facts.ExportObject(fn, &fact)
		}
	}
}

// through fills in what the app's error handler sends for the answers a
// router made by call leaves to it (Router.Through), as this package
// sees the app's handler: the one it installs, the one the configuration
// names, or the framework's default. An answer the handler's paths do not
// settle, or a handler out of sight, is not judged.
func (an *Analysis) through(st routerState, call *ast.CallExpr) routerState {
	rt := st.rt
	if rt.Through == nil || !st.nf && !st.mna {
		return st
	}
	a, given := an.configHandler(rt, call)
	if !given {
		a = an.errorFunnel(rt.Through)
	}
	if a != nil {
		st.nfAnswer = an.answerThrough(rt, a, 404, call)
		st.mnaAnswer = an.answerThrough(rt, a, 405, call)
	}
	st.nf = st.nf && st.nfAnswer != nil
	st.mna = st.mna && st.mnaAnswer != nil
	return st
}

// configHandler returns the error handler a constructor call is given in
// a configuration literal (fiber.New(fiber.Config{ErrorHandler: h})), or
// the framework's default when the configuration, or the call, has none;
// given is false for a constructor that takes no configuration of fw's
// (echo.New()), and a is nil for a configuration built elsewhere or one
// that brings its own router (rt.ConfigRouter).
func (an *Analysis) configHandler(rt *framework.Router, call *ast.CallExpr) (a *summary.Adapter, given bool) {
	fw := rt.Through
	sig, ok := an.Info.TypeOf(call.Fun).(*types.Signature)
	if !ok {
		return nil, false
	}
	field := func(t types.Type) string {
		for _, h := range fw.CustomErrorHandler {
			if recv, name, ok := strings.Cut(h, ")."); ok && recv == "("+types.TypeString(derefType(t), nil) {
				return name
			}
		}
		return ""
	}
	takes := false
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if sl, ok := t.(*types.Slice); ok && sig.Variadic() && i == sig.Params().Len()-1 {
			t = sl.Elem()
		}
		takes = takes || field(t) != ""
	}
	if !takes {
		return nil, false
	}
	model := defaultHandler(fw)
	for _, arg := range call.Args {
		name := field(an.Info.TypeOf(arg))
		if name == "" {
			continue
		}
		lit, ok := ast.Unparen(arg).(*ast.CompositeLit)
		if !ok {
			return nil, true // built elsewhere
		}
		var h ast.Expr
		for _, elt := range lit.Elts {
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == rt.ConfigRouter {
					return nil, true
				} else if ok && id.Name == name {
					h = kv.Value
				}
			}
		}
		if h != nil {
			return an.handlerAdapter(fw, h, model), true
		}
	}
	return model, true
}

// answerThrough runs the app's error handler a on the router's own error
// of the given status, as if a handler had returned it, and returns what
// every path of a sends; nil when the paths differ or one is not known.
func (an *Analysis) answerThrough(rt *framework.Router, a *summary.Adapter, status int, at *ast.CallExpr) *summary.RouterAnswer {
	t := an.lookupType(rt.ErrorType)
	if t == nil {
		return nil
	}
	errExpr := &ast.Ident{Name: "err", NamePos: at.Pos()}
	fn := &Func{Node: at, Handler: true}
	in := &interp{an: an, fn: fn, writers: map[types.Object]bool{},
		given: map[ast.Expr]ErrVal{errExpr: {Type: rt.ErrorType, T: types.NewPointer(t), Fields: map[string]Status{rt.StatusField: Single(status)}}}}
	st := &state{env: map[types.Object]Status{}, aux: map[types.Object]aux{}}
	// The handler's status read of this error: its status field, or a
	// method that returns it (echo v5's StatusCode()).
	reads := func(field string) bool {
		if field == rt.ErrorType+"."+rt.StatusField {
			return true
		}
		rest, ok := strings.CutSuffix(field, "()")
		i := strings.LastIndex(rest, ".")
		if !ok || i < 0 || rest[:i] != "*" && rest[:i] != rt.ErrorType {
			return false
		}
		fn, isFn := findMethod(t, rest[i+1:])
		if !isFn {
			return false
		}
		sm := an.statusMethodOf(fn)
		return sm != nil && sm.Field == rt.StatusField
	}
	funnel := forType(a, reads)
	in.splice(st, site{node: at, writer: at, name: a.Name, handler: a.Funnel.Handler, funnel: true, judge: a.Model,
		arg: func(p int) ast.Expr {
			if p == a.ErrArg {
				return errExpr
			}
			return nil
		}}, &Summary{Fact: funnel})
	for _, x := range in.expand([]*state{st}) {
		in.finish(x, at.End())
	}
	var out *summary.RouterAnswer
	for _, p := range in.paths {
		ans := summary.RouterAnswer{Handler: a.Name, NoBody: true, Default: a.Model}
		// An answer that takes nothing from the error is the handler's
		// own, judged in its code (the same text 404 for every error);
		// the framework's default handler is judged nowhere else.
		unsure, fromErr := false, a.Model
		if a.Model {
			ans.Handler = "the " + a.Name
		}
		for _, e := range p.Events {
			fromErr = fromErr || e.Origin != nil && e.Origin.Param
			switch e.Kind {
			case EvStatus:
				if !e.Status.Known || len(e.Status.Values) != 1 || ans.Status != 0 {
					return nil
				}
				ans.Status = e.Status.Values[0]
			case EvHeader:
				if e.Header == "Content-Type" {
					if !e.ValueOK {
						return nil
					}
					if !e.IfUnset || ans.ContentType == "" {
						ans.ContentType = e.Value
					}
				}
			case EvBody:
				if e.Body.Kind == BodyUnknown || !ans.NoBody {
					return nil
				}
				// Text of unknown content is text under any Content-Type
				// but JSON (where it might be the Error object).
				unsure = e.Body.Unsure
				ans.NoBody = false
				ans.Body = summary.BodyValue{Kind: uint8(e.Body.Kind), Validations: uint8(e.Body.Validations), Desc: e.Body.Desc, Keys: e.Body.Keys}
			case EvSetField, EvNext, EvRun, EvGuard, EvFlush:
			default:
				return nil // headers unknown, the writer handed on, a failed write
			}
		}
		if ans.Status == 0 || !fromErr || unsure && (ans.ContentType == "" || strings.Contains(ans.ContentType, "json")) {
			return nil
		}
		if out != nil && !sameAnswer(*out, ans) {
			return nil
		}
		out = &ans
	}
	return out
}

// forType returns a's funnel without the paths for errors of other
// types, where a path takes its status from field (the error type's status
// field): those that read nothing of the error (the fallback 500 after an
// errors.As) are for the others. Summaries do not keep the errors.As test
// itself.
func forType(a *summary.Adapter, field func(string) bool) *summary.Helper {
	reads := func(p summary.Path) bool {
		for _, e := range p.Events {
			if e.Status.Param == a.ErrArg || e.Body.Param == a.ErrArg || e.Value.Param == a.ErrArg || e.HeaderParam == a.ErrArg {
				return true
			}
		}
		return slices.ContainsFunc(p.Conds, func(c summary.Cond) bool { return c.Param == a.ErrArg })
	}
	if !slices.ContainsFunc(a.Funnel.Paths, func(p summary.Path) bool {
		return slices.ContainsFunc(p.Events, func(e summary.Event) bool {
			return e.Kind == summary.Status && e.Status.Param == a.ErrArg && field(e.Status.Field)
		})
	}) {
		return &a.Funnel
	}
	h := a.Funnel
	h.Paths = slices.DeleteFunc(slices.Clone(h.Paths), func(p summary.Path) bool { return !reads(p) })
	return &h
}

// sameAnswer compares two answers on the wire.
func sameAnswer(a, b summary.RouterAnswer) bool {
	return a.Status == b.Status && a.ContentType == b.ContentType && a.NoBody == b.NoBody &&
		a.Body.Kind == b.Body.Kind && a.Body.Desc == b.Body.Desc && a.Body.Validations == b.Body.Validations
}

// answersAll reports whether call, one of rt's Middleware calls on the root
// router, takes every path: no pattern or "/", and a handler that answers
// rather than hands on. A handler this package cannot read is taken to
// answer: the router is then not judged.
func (an *Analysis) answersAll(rt *framework.Router, call *ast.CallExpr) bool {
	args := call.Args
	if len(args) > 0 {
		if t := an.Info.TypeOf(args[0]); t != nil {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
				pat, ok := constString(an.Info, args[0])
				if !ok || pat != "" && pat != "/" {
					return false // under a prefix, or one not known
				}
				args = args[1:]
			}
		}
	}
	for _, h := range args {
		if !an.handsOn(rt, h) {
			return true
		}
	}
	return false
}

// handsOn reports whether middleware handler h calls rt.Next: a function
// literal or a function of this package that does, or a call of library
// middleware that does (rt.HandsOn).
func (an *Analysis) handsOn(rt *framework.Router, h ast.Expr) bool {
	var body *ast.BlockStmt
	switch x := ast.Unparen(h).(type) {
	case *ast.FuncLit:
		body = x.Body
	case *ast.Ident, *ast.SelectorExpr:
		if fn, ok := namedUse(an.Info, x).(*types.Func); ok {
			if d := an.funcDecls[fn.Origin()]; d != nil {
				body = d.Body
			}
		}
	case *ast.CallExpr:
		fn, ok := typeutil.Callee(an.Info, x).(*types.Func)
		return ok && fn.Pkg() != nil && (slices.Contains(rt.HandsOn, fn.Pkg().Path()) || slices.Contains(rt.HandsOn, fn.Pkg().Path()+"."+fn.Name()))
	}
	if body == nil {
		return false
	}
	calls := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && fullName(an.Info, call) == rt.Next {
			calls = true
		}
		return !calls
	})
	return calls
}

// globalVar returns the package variable e names: x, or pkg.X.
func (an *Analysis) globalVar(e ast.Expr) (*types.Var, bool) {
	v, ok := namedUse(an.Info, e).(*types.Var)
	return v, ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope()
}

// namedUse returns the object an identifier or a selector's name uses:
// x, pkg.X, s.f.
func namedUse(info *types.Info, e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return info.Uses[e]
	case *ast.SelectorExpr:
		return info.Uses[e.Sel]
	}
	return nil
}

// chainRoot returns the variable or field at the root of a chain of
// method calls (e.Group("/api").Group("/v1") gives e), or nil.
func (an *Analysis) chainRoot(call *ast.CallExpr) types.Object {
	for {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return nil
		}
		if s := an.Info.Selections[sel]; s == nil || s.Kind() != types.MethodVal {
			return nil
		}
		inner, isCall := ast.Unparen(sel.X).(*ast.CallExpr)
		if !isCall {
			return an.boundObject(sel.X)
		}
		call = inner
	}
}

// returnsOnly reports whether fd returns obj and nothing else as its
// router: every return (not of the literals in it) returns obj, or, for a
// function whose results are the router and an error, obj or nil first.
func (an *Analysis) returnsOnly(fd *ast.FuncDecl, obj types.Object) bool {
	res := fd.Type.Results
	withErr := res != nil && res.NumFields() == 2 && isErrorType(an.Info.TypeOf(res.List[len(res.List)-1].Type))
	if res == nil || res.NumFields() != 1 && !withErr {
		return false
	}
	n := 0
	ok := true
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			switch {
			case len(x.Results) == 1 && !withErr:
				ok = ok && an.boundObject(x.Results[0]) == obj
			case len(x.Results) == 2 && withErr:
				// return r, nil; return nil, err
				ok = ok && (an.boundObject(x.Results[0]) == obj || an.Info.Types[x.Results[0]].IsNil())
			default:
				ok = false
			}
		}
		return true
	})
	return ok && n > 0
}

// errCheckAfter returns the statement after `r, err := New()` (as, the
// last node of stack) that returns (or exits: log.Fatal) when err is not
// nil, after which a router is known to be made; nil when there is none.
func (an *Analysis) errCheckAfter(as *ast.AssignStmt, stack []ast.Node) ast.Stmt {
	blk, ok := stack[len(stack)-2].(*ast.BlockStmt)
	if !ok {
		return nil
	}
	i := slices.Index(blk.List, ast.Stmt(as))
	if i < 0 || i+1 >= len(blk.List) {
		return nil
	}
	ifs, ok := blk.List[i+1].(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) == 0 {
		return nil
	}
	cond, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	errObj := an.boundObject(as.Lhs[1])
	if !ok || cond.Op != token.NEQ || errObj == nil || an.boundObject(cond.X) != errObj || !an.Info.Types[cond.Y].IsNil() {
		return nil
	}
	switch last := ifs.Body.List[len(ifs.Body.List)-1].(type) {
	case *ast.ReturnStmt:
	case *ast.ExprStmt:
		if !isNoReturn(an.Info, last.X) { // log.Fatal(err)
			return nil
		}
	default:
		return nil
	}
	return ifs
}

// returnsRouter reports a function whose first result is of a router's
// type.
func returnsRouter(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	return res.Len() > 0 && routerType(res.At(0).Type()) != nil
}

// lastIsError reports a tuple of two results whose last is an error.
func lastIsError(t types.Type) bool {
	tup, ok := t.(*types.Tuple)
	return ok && tup.Len() == 2 && isErrorType(tup.At(1).Type())
}

// scopedRouter reports whether recv is the parameter of a func literal
// that a call of rt.Scoped runs on a subrouter under a pattern other than
// the root: r.Route("/{id}", func(r chi.Router) { r.Mount("/", h) }).
func (an *Analysis) scopedRouter(rt *framework.Router, recv types.Object, stack []ast.Node) bool {
	for i := len(stack) - 1; i > 0; i-- {
		lit, ok := stack[i].(*ast.FuncLit)
		if !ok {
			continue
		}
		for _, fld := range lit.Type.Params.List {
			for _, name := range fld.Names {
				if an.Info.Defs[name] != recv || recv == nil {
					continue
				}
				call, ok := stack[i-1].(*ast.CallExpr)
				if !ok || !slices.Contains(rt.Scoped, fullName(an.Info, call)) || len(call.Args) == 0 {
					return false
				}
				pat, ok := constString(an.Info, call.Args[0])
				return ok && pat != "" && pat != "/"
			}
		}
	}
	return false
}

// enclosingFunc returns the innermost function declaration or literal on
// the stack.
func enclosingFunc(stack []ast.Node) ast.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return stack[i]
		}
	}
	return nil
}

// boundObject returns the variable or field e names: x, or s.f.
func (an *Analysis) boundObject(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := an.Info.Defs[e]; obj != nil {
			return obj
		}
		return an.Info.Uses[e]
	case *ast.SelectorExpr:
		if s := an.Info.Selections[e]; s != nil && s.Kind() == types.FieldVal {
			return s.Obj()
		}
	}
	return nil
}

// fieldKey names the field e selects, "(pkg.T).f", or "".
func (an *Analysis) fieldKey(e ast.Expr) string {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	s := an.Info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return ""
	}
	return "(" + types.TypeString(derefType(s.Recv()), nil) + ")." + sel.Sel.Name
}

// walk is how a router's uses are followed: rt is its router, depth
// counts hand-offs to this package's functions and aliases (three at
// most), and factory accepts its return from the function that makes it.
type walk struct {
	rt      *framework.Router
	depth   int
	factory bool
	bind    ast.Stmt // the statement that binds the router (app = New() to a package variable)
}

// rootRouter reports whether router variable obj in fn is a root: every
// use keeps it one (keepsRoot); served is whether one of them serves it.
// A parameter or an alias (depth > 0) may go unused.
func (an *Analysis) rootRouter(fn ast.Node, obj types.Object, w walk) (root, served bool) {
	ok := true
	uses := 0
	an.eachUse(fn, obj, func(id *ast.Ident, stack []ast.Node) {
		uses++
		keeps, serves := an.keepsRoot(fn, id, stack[:len(stack)-1], w)
		ok, served = ok && keeps, served || serves
	})
	return ok && (uses > 0 || w.depth > 0), served
}

// rootField reports whether the router held in field obj is a root: the
// field is unexported, assigned only values that made accepts (a call of
// a constructor or a factory, or the router it aliases), in a statement
// or a composite literal, and every use of it in the package keeps it
// one; served is whether one of them serves it.
func (an *Analysis) rootField(obj types.Object, w walk, made func(ast.Expr) bool) (root, served bool, accessors []*types.Func) {
	if obj.Exported() {
		return false, false, nil
	}
	ok := true
	for _, f := range an.Files {
		an.eachUse(f, obj, func(id *ast.Ident, stack []ast.Node) {
			if len(stack) < 3 {
				ok = false
				return
			}
			if kv, isKV := stack[len(stack)-2].(*ast.KeyValueExpr); isKV && kv.Key == id {
				// &server{router: mux.NewRouter()}
				ok = ok && made(ast.Unparen(kv.Value))
				return
			}
			sel, isSel := stack[len(stack)-2].(*ast.SelectorExpr)
			if !isSel || sel.Sel != id {
				ok = false
				return
			}
			if as, isAs := stack[len(stack)-3].(*ast.AssignStmt); isAs && len(as.Lhs) == 1 && len(as.Rhs) == 1 && ast.Unparen(as.Lhs[0]) == sel {
				// The assignment that makes it, or one that keeps it
				// (s.r = s.r.StrictSlash(true)).
				rhs := ast.Unparen(as.Rhs[0])
				call, isCall := rhs.(*ast.CallExpr)
				if !made(rhs) && !(isCall && an.sameRouterCall(call, obj)) {
					ok = false
				}
				return
			}
			if fd, isDecl := enclosingFunc(stack).(*ast.FuncDecl); isDecl {
				if _, isRet := stack[len(stack)-3].(*ast.ReturnStmt); isRet {
					// func (s *Server) Router() *mux.Router { return s.router }
					fn, _ := an.Info.Defs[fd.Name].(*types.Func)
					if fn == nil || !an.returnsOnly(fd, obj) {
						ok = false
					} else if !slices.Contains(accessors, fn) {
						accessors = append(accessors, fn)
					}
					return
				}
			}
			keeps, serves := an.keepsRoot(nil, sel, stack[:len(stack)-2], walk{rt: w.rt, depth: w.depth})
			ok, served = ok && keeps, served || serves
		})
	}
	return ok, served, accessors
}

// sameRouterCall reports whether call is a chain of methods on the router
// in obj that returns a router of its type: the router itself (gorilla's
// r.StrictSlash(true)) or one of its routes' subrouters
// (r.PathPrefix(p).Subrouter()), which answer through it.
func (an *Analysis) sameRouterCall(call *ast.CallExpr, obj types.Object) bool {
	t := an.Info.TypeOf(call)
	return t != nil && types.Identical(t, obj.Type()) && an.chainRoot(call) == obj
}

// keepsRoot reports whether one use of a router, expression e under
// parents (the last is its parent), keeps it a root: a method call on it,
// a hand-off as an http.Handler to net/http (http.ListenAndServe,
// http.Server{Handler: r}, mux.Handle) or to a function of this package
// that keeps it a root, a hand-off to middleware that wraps it (a call
// that takes it as an http.Handler and returns one: cors's Handler(r))
// whose result is kept so, or its return from an unexported factory whose
// every call is handed to net/http. Returned or handed to any other
// function, it may be mounted as a subrouter there. serves is whether the
// use serves the router: a hand-off to net/http, such a factory, one of
// the router's methods that serve it (rt.Serve: ServeHTTP, gin's Run), or
// a hand-off to a function that serves it; a router that only makes a
// subrouter served elsewhere (gorilla's r.PathPrefix(p).Subrouter())
// does not answer for it.
func (an *Analysis) keepsRoot(fn ast.Node, e ast.Expr, parents []ast.Node, w walk) (keeps, serves bool) {
	if len(parents) == 0 {
		return false, false
	}
	rt := w.rt
	switch p := parents[len(parents)-1].(type) {
	case *ast.SelectorExpr:
		// r.Get(...), r.Use(...): a method of the router; or one of its
		// fields (r.NotFoundHandler = h).
		s := an.Info.Selections[p]
		if s == nil || p.X != e || s.Kind() != types.MethodVal && s.Kind() != types.FieldVal {
			return false, false
		}
		fn, _ := s.Obj().(*types.Func)
		// The router seen as an http.Handler (a field that holds a
		// handler wrapping it) serves by ServeHTTP.
		return true, fn != nil && (slices.Contains(rt.Serve, fn.Origin().FullName()) || fn.FullName() == "(net/http.Handler).ServeHTTP")
	case *ast.CallExpr:
		if slices.Contains(rt.Mount, fullName(an.Info, p)) {
			return false, false // a subrouter
		}
		if slices.Contains(rt.Serve, fullName(an.Info, p)) {
			return true, true // adaptor.FiberApp(app)
		}
		if an.handedAsHandler(p, e) {
			return true, true
		}
		for _, a := range an.routerArgs(p) {
			if a.rt == rt && ast.Unparen(p.Args[a.Param-1]) == e {
				// register(r): another package's, by its fact; one that
				// returns r too, only where its result is dropped.
				dropped := false
				if len(parents) > 1 {
					_, dropped = parents[len(parents)-2].(*ast.ExprStmt)
				}
				return !a.Returns || dropped, a.Serves
			}
		}
		if an.wrapsHandler(p, e) {
			// cors.New(o).Handler(r), otelhttp.NewHandler(r, op): a
			// handler that hands requests on to the router, answered by
			// it where they match no route; followed where it goes.
			keeps, _ := an.handedToLocal(p, e, w)
			if local := an.localCallee(p); (keeps || !local) && w.depth < 3 {
				w.depth++
				return an.keepsRoot(fn, p, parents[:len(parents)-1], w)
			}
			return false, false
		}
		return an.handedToLocal(p, e, w)
	case *ast.KeyValueExpr:
		// http.Server{Handler: r}, or &server{e: e}: the field holds it.
		t := an.Info.TypeOf(p.Key)
		if f, isField := an.Info.Uses[keyIdent(p.Key)].(*types.Var); p.Value == e && isField && f.IsField() && (t == nil || !isHTTPHandler(t)) {
			return an.fieldAlias(f, e, w)
		}
		ok := p.Value == e && t != nil && isHTTPHandler(t)
		return ok, ok
	case *ast.AssignStmt:
		if len(p.Rhs) != len(p.Lhs) {
			return false, false
		}
		for i, l := range p.Lhs {
			// r = r.StrictSlash(true): the same router.
			if ast.Unparen(l) == e {
				if p == w.bind {
					return true, false
				}
				// h = handlers.ProxyHeaders(h): wrapped, and kept in itself.
				call, ok := ast.Unparen(p.Rhs[i]).(*ast.CallExpr)
				obj := an.boundObject(e)
				return ok && (an.sameRouterCall(call, obj) || an.wrapsObj(call, obj)), false
			}
			// router := root: an alias of this function, followed too;
			// s.e = e: the field holds it.
			if ast.Unparen(p.Rhs[i]) == e {
				if f, isField := an.boundObject(l).(*types.Var); isField && f.IsField() {
					return an.fieldAlias(f, e, w)
				}
				if call, isCall := ast.Unparen(e).(*ast.CallExpr); isCall && an.wrapsObj(call, an.boundObject(l)) {
					return true, false // h = wrap(h): h's own uses are followed
				}
				return an.localAlias(fn, l, w)
			}
		}
		return false, false
	case *ast.ValueSpec:
		// var h http.Handler = r
		for i, v := range p.Values {
			if ast.Unparen(v) == e && i < len(p.Names) {
				return an.localAlias(fn, p.Names[i], w)
			}
		}
		return false, false
	case *ast.ReturnStmt:
		fd, isDecl := fn.(*ast.FuncDecl)
		if w.factory && isDecl && len(p.Results) == 2 && p.Results[0] == e && an.returnsOnly(fd, an.boundObject(e)) {
			return true, false // return r, nil
		}
		if !isDecl || len(p.Results) != 1 {
			return false, false
		}
		if w.factory {
			// return r, from the function that makes it: its callers
			// judge it (RouterFactory).
			return true, false
		}
		// return r, from an unexported factory whose every call is
		// handed to net/http: Handler: router(cfg).
		ok := fd.Recv == nil && !fd.Name.IsExported() && an.servedDirectly(an.Info.Defs[fd.Name])
		return ok, ok
	}
	return false, false
}

// localAlias follows a router bound to a local variable l of fn (router
// := root), three aliases deep at most.
func (an *Analysis) localAlias(fn ast.Node, l ast.Expr, w walk) (keeps, serves bool) {
	_, isID := ast.Unparen(l).(*ast.Ident)
	alias, isVar := an.boundObject(l).(*types.Var)
	if !isID || !isVar || fn == nil || alias.Parent() == alias.Pkg().Scope() || w.depth >= 3 || alias.Pos() < fn.Pos() || alias.Pos() > fn.End() {
		return false, false
	}
	w.depth++
	return an.rootRouter(fn, alias, w)
}

// wrapsObj reports whether call wraps the router held in obj as
// middleware does (handlers.ProxyHeaders(h)).
func (an *Analysis) wrapsObj(call *ast.CallExpr, obj types.Object) bool {
	return obj != nil && slices.ContainsFunc(call.Args, func(a ast.Expr) bool { return an.boundObject(a) == obj && an.wrapsHandler(call, ast.Unparen(a)) })
}

// fieldAlias follows router e stored in field f of this package (s.e = e,
// &server{e: e}): the router stays a root where the field holds nothing
// else, every use of it keeps it one and no accessor hands it out.
func (an *Analysis) fieldAlias(f *types.Var, e ast.Expr, w walk) (keeps, serves bool) {
	from := an.boundObject(e)
	if w.depth >= 3 || f.Pkg() != an.Pkg {
		return false, false
	}
	w.depth++
	root, served, accessors := an.rootField(f, w, func(x ast.Expr) bool { return x == e || from != nil && an.boundObject(x) == from })
	return root && len(accessors) == 0, served
}

// wrapsHandler reports whether call takes router e as an http.Handler and
// returns an http.Handler: middleware that wraps it.
func (an *Analysis) wrapsHandler(call *ast.CallExpr, e ast.Expr) bool {
	sig, ok := types.Unalias(an.Info.TypeOf(call.Fun)).(*types.Signature)
	if !ok || sig.Results().Len() != 1 || !isHTTPHandler(sig.Results().At(0).Type()) {
		return false
	}
	for i, a := range call.Args {
		if ast.Unparen(a) == e && i < sig.Params().Len() && !(sig.Variadic() && i >= sig.Params().Len()-1) {
			return isHTTPHandler(sig.Params().At(i).Type())
		}
	}
	return false
}

// localCallee reports a call of a function declared in this package.
func (an *Analysis) localCallee(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	return ok && an.funcDecls[fn.Origin()] != nil
}

func keyIdent(e ast.Expr) *ast.Ident {
	id, _ := e.(*ast.Ident)
	return id
}

// handedToLocal reports whether e is an argument of a call of this
// package's function (cors.Apply(r), serveStatic(r, dir)) whose parameter
// keeps the router a root, three calls deep at most, and whether that
// function serves it.
func (an *Analysis) handedToLocal(call *ast.CallExpr, e ast.Expr, w walk) (keeps, serves bool) {
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	if !ok || w.depth >= 3 {
		return false, false
	}
	decl := an.funcDecls[fn.Origin()]
	sig := fn.Type().(*types.Signature)
	if decl == nil || decl.Body == nil || sig.Variadic() {
		return false, false
	}
	for i, a := range call.Args {
		if ast.Unparen(a) == e && i < sig.Params().Len() {
			param := fn.Origin().Type().(*types.Signature).Params().At(i)
			return an.rootRouter(decl, param, walk{rt: w.rt, depth: w.depth + 1})
		}
	}
	return false, false
}
