package engine

import (
	"go/ast"
	"go/constant"
	"go/types"
	"slices"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// RouterSite is a root router whose own 404 or 405 answer the program
// does not replace: made here by its constructor, or by a factory whose
// result is bound here (RouterFactory).
type RouterSite struct {
	Call *ast.CallExpr // the constructor or the factory's call
	Stmt ast.Stmt      // the statement that binds it, for fixes; nil in a composite literal
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
}

// routerState is what a router's own answers are, as far as one package
// sees: left in place, and whether a route for some methods only makes
// 405 reachable.
type routerState struct {
	rt                  *framework.Router
	nf, mna, restricted bool
	restrictAt          ast.Node // the first call or assignment that restricted it
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
// A 404 or 405 handler installed on a router counts for that router; one
// installed on a router we cannot name (an inline group's parameter, a
// helper's) counts for every router; so does a route that takes every
// path, unless it is under a scoped subrouter (chi's Route). A router
// answers 405 only where a route for some methods only is registered on
// it or on a router we cannot name.
func (an *Analysis) findRouters() {
	// A binding is a call's result bound to a variable or a field.
	type binding struct {
		call *ast.CallExpr
		stmt ast.Stmt
		lhs  ast.Expr
		name string
		fn   ast.Node
		obj  types.Object
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
				}
				for _, rt := range framework.Routers {
					in := install{rt: rt, recv: recv, nf: slices.Contains(rt.NotFound, name), mna: slices.Contains(rt.MethodNotAllowed, name), restrict: slices.Contains(rt.Restrict, name), at: n}
					if slices.Contains(rt.CatchAll, name) && len(n.Args) > 0 {
						pat, ok := constString(an.Info, n.Args[0])
						in.all = ok && slices.Contains(rt.CatchAllPatterns, pat)
					}
					if (in.nf || in.mna || in.all) && an.scopedRouter(rt, recv, stack) {
						in.nf, in.mna, in.all = false, false, false
					}
					if in.nf || in.mna || in.all || in.restrict {
						installs = append(installs, in)
					}
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
						for _, rt := range framework.Routers {
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
				fn := enclosingFunc(stack)
				if len(n.Lhs) != 1 || len(n.Rhs) != 1 || fn == nil {
					return true
				}
				call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
				obj := an.boundObject(n.Lhs[0])
				if ok && obj != nil {
					lhs := ast.Unparen(n.Lhs[0])
					bindings = append(bindings, binding{call: call, stmt: n, lhs: lhs, name: types.ExprString(lhs), fn: fn, obj: obj})
				}
			}
			return true
		})
	}

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
			if _, other := roots[recv]; in.rt != st.rt || other && recv != obj {
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
				return routerState{rt: rt, nf: fact.NotFound, mna: fact.MethodNotAllowed, restricted: fact.Restricted}, true
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
		b       binding
		st      routerState
		served  bool
		factory *types.Func
		madeBy  string
	}
	// follow tells whether a bound router is a root and served; a local
	// one that is returned, and otherwise a root, makes its function a
	// factory.
	follow := func(b binding, rt *framework.Router) (root, served bool, factory *types.Func) {
		if _, isVar := b.lhs.(*ast.Ident); isVar && b.stmt != nil {
			if root, served = an.rootRouter(b.fn, b.obj, walk{rt: rt}); root {
				return root, served, nil
			}
			fd, isDecl := b.fn.(*ast.FuncDecl)
			if isDecl && fd.Type.Results != nil && fd.Type.Results.NumFields() == 1 && an.returnsOnly(fd, b.obj) {
				if r, _ := an.rootRouter(b.fn, b.obj, walk{rt: rt, factory: true}); r {
					fn, _ := an.Info.Defs[fd.Name].(*types.Func)
					return false, false, fn
				}
			}
			return false, false, nil
		}
		root, served = an.rootField(b.obj, rt, made(rt))
		return root, served, nil
	}

	// Routers made here by their constructors; the factories among the
	// functions that make them.
	var sites []site
	for _, b := range bindings {
		name := fullName(an.Info, b.call)
		for _, rt := range framework.Routers {
			if slices.Contains(rt.New, name) {
				root, served, factory := follow(b, rt)
				roots[b.obj] = root
				sites = append(sites, site{b: b, st: routerState{rt: rt, nf: true, mna: true}, served: root && served, factory: factory})
			}
		}
	}
	for _, s := range sites {
		if s.factory != nil {
			st := judge(s.b.obj, s.st)
			factories[s.factory] = st
			if an.Facts != nil && s.factory.Exported() && (st.nf || st.mna) {
				an.Facts.ExportObject(s.factory, &summary.RouterFactory{Router: st.rt.Name, NotFound: st.nf, MethodNotAllowed: st.mna, Restricted: st.restricted})
			}
		}
	}
	// Routers bound to a factory's call: this package's or another's.
	for _, b := range bindings {
		st, ok := factoryOf(b.call)
		if !ok {
			continue
		}
		root, served, _ := follow(b, st.rt)
		roots[b.obj] = root
		sites = append(sites, site{b: b, st: st, served: root && served, madeBy: typeutil.Callee(an.Info, b.call).(*types.Func).Origin().FullName()})
	}
	appHandler := an.Config.ErrorHandler != "" && an.Config.ErrorHandler != "default"
	for _, s := range sites {
		if !s.served || s.st.rt.ThroughErrorHandler && appHandler {
			continue
		}
		st := judge(s.b.obj, s.st)
		site := RouterSite{Call: s.b.call, Stmt: s.b.stmt, Var: s.b.lhs, Name: s.b.name, Factory: s.madeBy, Router: st.rt,
			NotFound: st.nf, MethodNotAllowed: st.mna && st.restricted, MethodAt: st.restrictAt}
		if site.NotFound || site.MethodNotAllowed {
			an.Routers = append(an.Routers, site)
		}
	}
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

// returnsOnly reports whether every return of fd (not of the literals in
// it) returns obj.
func (an *Analysis) returnsOnly(fd *ast.FuncDecl, obj types.Object) bool {
	n := 0
	ok := true
	ast.Inspect(fd.Body, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			n++
			if len(x.Results) != 1 || an.boundObject(x.Results[0]) != obj {
				ok = false
			}
		}
		return true
	})
	return ok && n > 0
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
// field is unexported, assigned only routers made by made (a constructor
// or a factory), in a statement or a composite literal, and every use of
// it in the package keeps it one; served is whether one of them serves it.
func (an *Analysis) rootField(obj types.Object, rt *framework.Router, made func(*ast.CallExpr) bool) (root, served bool) {
	if obj.Exported() {
		return false, false
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
				call, isCall := ast.Unparen(kv.Value).(*ast.CallExpr)
				ok = ok && isCall && made(call)
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
				call, isCall := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
				if !isCall || !made(call) && !an.sameRouterCall(call, obj) {
					ok = false
				}
				return
			}
			keeps, serves := an.keepsRoot(nil, sel, stack[:len(stack)-2], walk{rt: rt})
			ok, served = ok && keeps, served || serves
		})
	}
	return ok, served
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
// that keeps it a root, or its return from an unexported factory whose
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
		return true, fn != nil && slices.Contains(rt.Serve, fn.Origin().FullName())
	case *ast.CallExpr:
		if slices.Contains(rt.Mount, fullName(an.Info, p)) {
			return false, false // a subrouter
		}
		if an.handedAsHandler(p, e) {
			return true, true
		}
		return an.handedToLocal(p, e, w)
	case *ast.KeyValueExpr:
		// http.Server{Handler: r}
		t := an.Info.TypeOf(p.Key)
		ok := p.Value == e && t != nil && isHTTPHandler(t)
		return ok, ok
	case *ast.AssignStmt:
		if len(p.Rhs) != len(p.Lhs) {
			return false, false
		}
		for i, l := range p.Lhs {
			// r = r.StrictSlash(true): the same router.
			if ast.Unparen(l) == e {
				call, ok := ast.Unparen(p.Rhs[i]).(*ast.CallExpr)
				return ok && an.sameRouterCall(call, an.boundObject(e)), false
			}
			// router := root: an alias of this function, followed too.
			if ast.Unparen(p.Rhs[i]) == e {
				_, isID := ast.Unparen(l).(*ast.Ident)
				alias, isVar := an.boundObject(l).(*types.Var)
				if !isID || !isVar || alias.Parent() == alias.Pkg().Scope() || w.depth >= 3 || alias.Pos() < fn.Pos() || alias.Pos() > fn.End() {
					return false, false
				}
				w.depth++
				return an.rootRouter(fn, alias, w)
			}
		}
		return false, false
	case *ast.ReturnStmt:
		fd, isDecl := fn.(*ast.FuncDecl)
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
