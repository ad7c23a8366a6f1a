package engine

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/errcontract/errcontract/analyzer/framework"
)

// A wrapper router is a type of this package that keeps a framework's
// router in a field and forwards its own methods to it (supabase's
// `type router struct{ chi chi.Router }`, whose Get calls r.chi.Get and
// whose NotFound calls r.chi.NotFound). It is that router under the
// type's own methods: a method that forwards to one of the router's
// calls plays that call's part (framework.Router's lists), and a function
// of this package whose only statement returns a literal of the type
// around a new router (`return &router{chi.NewRouter()}`) makes a root.
// A type that embeds the router is one too, its methods the router's.
// A forwarding method has one statement, the call on the field (or its
// return): a method that does more (a server's routes() that sets the
// router up) is the program's use of the router, not a part of the type.
// The answers stay the wrapped router's. Wrappers are this package's
// own: no fact names them.
type wrapperRouter struct {
	rt      *framework.Router // the wrapper, as a router
	base    *framework.Router // the router it wraps
	field   *types.Var        // the field that holds it
	methods map[*ast.FuncDecl]bool
}

// wrapperRouters finds this package's wrapper routers.
func (an *Analysis) wrapperRouters() []wrapperRouter {
	var out []wrapperRouter
	scope := an.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok || named.TypeParams().Len() > 0 {
			continue
		}
		st, ok := named.Underlying().(*types.Struct)
		if !ok || routerType(types.NewPointer(named)) != nil {
			continue
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			base := routerType(f.Type())
			if base == nil {
				continue
			}
			if w, ok := an.wrapperOf(named, f, base); ok {
				out = append(out, w)
			}
			break
		}
	}
	return out
}

// wrapperOf builds the router that named is, wrapping base in field f;
// ok is false when nothing makes one or no method forwards to it.
func (an *Analysis) wrapperOf(named *types.Named, f *types.Var, base *framework.Router) (wrapperRouter, bool) {
	key := types.TypeString(named, nil)
	rt := &framework.Router{
		Name:                 base.Name,
		Types:                []string{"*" + key, key},
		CatchAllPatterns:     base.CatchAllPatterns,
		NotFoundBody:         base.NotFoundBody,
		NotFoundType:         base.NotFoundType,
		MethodNotAllowedBody: base.MethodNotAllowedBody,
		MethodNotAllowedType: base.MethodNotAllowedType,
		Through:              base.Through,
		ErrorType:            base.ErrorType,
		StatusField:          base.StatusField,
		ConfigRouter:         base.ConfigRouter,
		Next:                 base.Next,
		HandsOn:              base.HandsOn,
		Pkg:                  base.Pkg,
	}
	// The fix and hints name the wrapped router through the field
	// (r.chi.NotFound(...)) unless a method of the type forwards there.
	via := func(format string) string { return strings.Replace(format, "%[1]s", "%[1]s."+f.Name(), 1) }
	rt.Install = via(base.Install)
	rt.NotFoundHint, rt.MethodHint = strings.Replace(base.NotFoundHint, "%s", "%s."+f.Name(), 1), strings.Replace(base.MethodHint, "%s", "%s."+f.Name(), 1)
	if f.Embedded() {
		// type router struct{ chi.Router }: the router's methods are the
		// type's own; calls of them name the router's and count through
		// the wrapped router's installs.
		rt.Install, rt.NotFoundHint, rt.MethodHint = base.Install, base.NotFoundHint, base.MethodHint
	}
	methods := map[*ast.FuncDecl]bool{}
	for _, fd := range an.declOrder {
		fn, _ := an.Info.Defs[fd.Name].(*types.Func)
		if fn == nil || fd.Body == nil {
			continue
		}
		sig := fn.Type().(*types.Signature)
		if sig.Recv() == nil {
			if an.makesWrapper(fd, named, f, base) {
				rt.New = append(rt.New, fn.FullName())
			}
			continue
		}
		if n, ok := types.Unalias(derefType(sig.Recv().Type())).(*types.Named); !ok || n.Obj() != named.Obj() || len(fd.Recv.List[0].Names) != 1 {
			continue
		}
		recv := an.Info.Defs[fd.Recv.List[0].Names[0]]
		name := fn.FullName()
		call := forwardingCall(fd)
		if call == nil || !an.onField(call, recv, f) {
			continue
		}
		callee := fullName(an.Info, call)
		for _, role := range []struct {
			from []string
			to   *[]string
		}{{base.NotFound, &rt.NotFound}, {base.MethodNotAllowed, &rt.MethodNotAllowed}, {base.Mount, &rt.Mount},
			{base.Serve, &rt.Serve}, {base.Restrict, &rt.Restrict}, {base.Scoped, &rt.Scoped}, {base.Middleware, &rt.Middleware}} {
			if slices.Contains(role.from, callee) && !slices.Contains(*role.to, name) {
				*role.to = append(*role.to, name)
				methods[fd] = true
			}
		}
		// A catch-all only where the method passes its own first
		// parameter on as the pattern.
		if slices.Contains(base.CatchAll, callee) && len(call.Args) > 0 && sig.Params().Len() > 0 {
			if id, ok := ast.Unparen(call.Args[0]).(*ast.Ident); ok && an.Info.Uses[id] == sig.Params().At(0) {
				rt.CatchAll = append(rt.CatchAll, name)
				methods[fd] = true
			}
		}
		if slices.Contains(rt.NotFound, name) {
			rt.NotFoundHint = "%s." + fn.Name()
		}
		if slices.Contains(rt.MethodNotAllowed, name) {
			rt.MethodHint = "%s." + fn.Name()
		}
	}
	return wrapperRouter{rt: rt, base: base, field: f, methods: methods}, (len(methods) > 0 || f.Embedded()) && len(rt.New) > 0
}

// forwardingCall returns the call a method of one statement makes:
// `r.chi.Get(p, h)` or `return r.chi.ServeHTTP(w, req)`.
func forwardingCall(fd *ast.FuncDecl) *ast.CallExpr {
	if len(fd.Body.List) != 1 {
		return nil
	}
	var x ast.Expr
	switch st := fd.Body.List[0].(type) {
	case *ast.ExprStmt:
		x = st.X
	case *ast.ReturnStmt:
		if len(st.Results) != 1 {
			return nil
		}
		x = st.Results[0]
	}
	call, _ := ast.Unparen(x).(*ast.CallExpr)
	return call
}

// forwards reports whether call, under stack, is a wrapper's method
// forwarding to the router it holds (r.chi.Get(...) in (*router).Get).
func (an *Analysis) forwards(wrappers []wrapperRouter, call *ast.CallExpr, stack []ast.Node) bool {
	if len(wrappers) == 0 {
		return false
	}
	var fd *ast.FuncDecl
	for i := len(stack) - 1; i >= 0 && fd == nil; i-- {
		fd, _ = stack[i].(*ast.FuncDecl) // also inside a literal of the method
	}
	if fd == nil || fd.Recv == nil || len(fd.Recv.List[0].Names) != 1 {
		return false
	}
	recv := an.Info.Defs[fd.Recv.List[0].Names[0]]
	for _, w := range wrappers {
		if w.methods[fd] && an.onField(call, recv, w.field) {
			return true
		}
	}
	return false
}

// heldBy returns the variable or field of a wrapper that e selects the
// router of (r in r.chi), or nil.
func (an *Analysis) heldBy(wrappers []wrapperRouter, e ast.Expr) types.Object {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	for _, w := range wrappers {
		if an.boundObject(sel) == w.field {
			return an.boundObject(sel.X)
		}
	}
	return nil
}

// onField reports a call of a method of field f of recv: recv.f.X(...).
func (an *Analysis) onField(call *ast.CallExpr, recv types.Object, f *types.Var) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	inner, ok := ast.Unparen(sel.X).(*ast.SelectorExpr)
	if !ok || an.boundObject(inner) != f {
		return false
	}
	id, ok := ast.Unparen(inner.X).(*ast.Ident)
	return ok && an.Info.Uses[id] == recv
}

// makesWrapper reports a function whose only statement returns a literal
// of named whose field f is a call of one of base's constructors:
// `return &router{chi.NewRouter()}`.
func (an *Analysis) makesWrapper(fd *ast.FuncDecl, named *types.Named, f *types.Var, base *framework.Router) bool {
	if len(fd.Body.List) != 1 {
		return false
	}
	ret, ok := fd.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	x := ast.Unparen(ret.Results[0])
	if u, ok := x.(*ast.UnaryExpr); ok {
		x = ast.Unparen(u.X)
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok || types.Unalias(an.Info.TypeOf(lit)) != named {
		return false
	}
	st := named.Underlying().(*types.Struct)
	for i, elt := range lit.Elts {
		v := elt
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); !ok || an.Info.Uses[id] != f {
				continue
			}
			v = kv.Value
		} else if i >= st.NumFields() || st.Field(i) != f {
			continue
		}
		call, ok := ast.Unparen(v).(*ast.CallExpr)
		return ok && slices.Contains(base.New, fullName(an.Info, call))
	}
	return false
}
