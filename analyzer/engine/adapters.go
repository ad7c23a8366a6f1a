package engine

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// Handlers of the shape func(w, r) error return their errors to an adapter,
// which sends them to a funnel. The engine finds adapters (exported as
// facts), links each handler to the adapter it is passed to, and splices the
// funnel at the handler's return statements, where the error is known.

// writerRequestAt returns the index of the writer in sig's parameters
// when the request follows it, (w http.ResponseWriter, r *http.Request),
// or -1. Parameters before the writer (writefreely's `func(app *App, w,
// r) error`) and after the request (ntfy's visitor) belong to a handler's
// shape.
func writerRequestAt(sig *types.Signature) int {
	ps := sig.Params()
	for i := range ps.Len() - 1 {
		if IsResponseWriter(ps.At(i).Type()) {
			if isRequestPtr(ps.At(i + 1).Type()) {
				return i
			}
			return -1
		}
	}
	return -1
}

// isErrHandlerSig reports the shape func(http.ResponseWriter,
// *http.Request) error, or middleware's (context.Context, error): the
// error comes last.
func isErrHandlerSig(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || writerRequestAt(sig) < 0 {
		return false
	}
	res := sig.Results()
	switch res.Len() {
	case 1:
		return isErrorType(res.At(0).Type())
	case 2:
		return isContext(res.At(0).Type()) && isErrorType(res.At(1).Type())
	}
	return false
}

// isStatusHandlerSig reports the shape func(http.ResponseWriter,
// *http.Request, ...) (int, error) of a handler that returns the status it
// answers with (0 or another value the adapter does not write when it has
// answered itself) for its adapter to write.
func isStatusHandlerSig(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	if !ok || writerRequestAt(sig) < 0 {
		return false
	}
	res := sig.Results()
	return res.Len() == 2 && isIntType(res.At(0).Type()) && isErrorType(res.At(1).Type())
}

// handlerShaped reports either shape of a handler that returns what an
// adapter answers: its error, or its status and error.
func handlerShaped(t types.Type) bool { return isErrHandlerSig(t) || isStatusHandlerSig(t) }

// findAdapters computes the adapters this package defines.
func (an *Analysis) findAdapters() {
	// Adapters of status handlers by the named type they take, in source order.
	byType := map[types.Object][]*summary.Adapter{}
	var taken []types.Object
	for _, decl := range an.declOrder {
		obj := an.Info.Defs[decl.Name].(*types.Func)
		sig := obj.Type().(*types.Signature)
		var handler types.Object // the parameter or receiver holding the handler
		param := -1
		// A method of a named handler type that calls its receiver
		// (ServeHTTP, serve, Wrap): the type's adapter.
		if recv := sig.Recv(); recv != nil && handlerShaped(recv.Type()) {
			handler, param = recv, 0
		}
		for i := range sig.Params().Len() {
			if handler == nil && handlerShaped(sig.Params().At(i).Type()) {
				handler, param = sig.Params().At(i), i+1
			}
		}
		if handler == nil {
			continue
		}
		// The declared object may differ from the signature's (receiver names).
		if param == 0 && decl.Recv != nil && len(decl.Recv.List[0].Names) == 1 {
			handler = an.Info.Defs[decl.Recv.List[0].Names[0]]
		} else if param > 0 {
			handler = an.paramObj(decl, param)
		}
		var a *summary.Adapter
		if !isStatusHandlerSig(handler.Type()) {
			a = an.adapterIn(decl.Body, handler)
		}
		if a == nil {
			// No funnel to call: the adapter answers in its own code.
			a = an.tailAdapter(decl, handler, obj)
		}
		if a == nil {
			continue
		}
		a.Param = param
		target := types.Object(obj)
		if param == 0 {
			target = namedOf(sig.Recv().Type())
		}
		if target != nil {
			an.setAdapter(target, a)
		}
		// Handle(fn HandleFunc): every function used as HandleFunc is
		// written by that adapter, if it is the type's only one.
		if t := namedOf(handler.Type()); param > 0 && t != nil && t.Pkg() == an.Pkg {
			if byType[t] == nil {
				taken = append(taken, t)
			}
			byType[t] = append(byType[t], a)
		}
	}
	for _, t := range taken {
		// The type's own adapter (a method that calls it) comes first.
		if as := byType[t]; len(as) == 1 && an.adapters[t] == nil {
			ta := *as[0]
			ta.Param = 0
			an.setAdapter(t, &ta)
		}
	}
	an.findIfaceAdapters()
}

// tailAdapter finds in decl `status, err := h(w, r, ...)`, or `err :=
// h(w, r)` (either as an if statement's init too), and summarises what
// follows it in its block as the funnel of h's returns: a helper of the
// writer, the status and the error (parameters 1, 2 and 3), or of the
// writer and the error (1 and 2). Whether that code writes the number as
// the status or something else, the summary says what it does; code that
// writes nothing (middleware passing the results on) is no adapter.
func (an *Analysis) tailAdapter(decl *ast.FuncDecl, h types.Object, adapter *types.Func) *summary.Adapter {
	a := an.tailAdapterIn(decl, decl.Body, h)
	if a != nil {
		a.Name = adapter.Pkg().Name() + "." + adapter.Name()
	}
	return a
}

// tailAdapterIn is tailAdapter in body, root's (a function declaration or
// literal), closures included.
func (an *Analysis) tailAdapterIn(root ast.Node, body *ast.BlockStmt, h types.Object) *summary.Adapter {
	bound := 1 // results bound: the error, or the status and the error
	if isStatusHandlerSig(h.Type()) {
		bound = 2
	}
	var found *summary.Adapter
	ast.Inspect(body, func(n ast.Node) bool {
		blk, ok := n.(*ast.BlockStmt)
		if !ok || found != nil {
			return found == nil
		}
		for i, s := range blk.List {
			tail := blk.List[i+1:]
			as, ok := s.(*ast.AssignStmt)
			if ifs, isIf := s.(*ast.IfStmt); isIf {
				// if status, err := h(w, r); status != 0 {...}
				// if err := h(w, r); err != nil {...}
				as, ok = ifs.Init.(*ast.AssignStmt)
				cp := *ifs
				cp.Init = nil
				tail = append([]ast.Stmt{&cp}, tail...)
			}
			if !ok || (as.Tok != token.DEFINE && as.Tok != token.ASSIGN) || len(as.Lhs) != bound || an.handlerCallResult(as, h) == nil {
				continue
			}
			// In a literal called in place (h.handleError(w, r, func()
			// error { ...; err := f(app, w, r); ...; return err }())),
			// what the literal returns goes on to the statement that
			// called it.
			to := inPlaceCall(body, blk)
			if a := an.summariseTail(root, as, tail, blk.Rbrace, to); a != nil {
				found = a
				break
			}
		}
		return found == nil
	})
	return found
}

// summariseTail summarises the statements tail that follow as, `status,
// err := h(w, r, ...)` or `err := h(w, r)`, as a helper of w and the
// variables as defines.
func (an *Analysis) summariseTail(root ast.Node, as *ast.AssignStmt, tail []ast.Stmt, end token.Pos, to *litReturn) *summary.Adapter {
	call := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	sig, _ := an.Info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if sig == nil || writerRequestAt(sig) < 0 || writerRequestAt(sig) >= len(call.Args) {
		return nil
	}
	var vars []*types.Var // the writer, then the status and the error, or the error
	for _, e := range append([]ast.Expr{call.Args[writerRequestAt(sig)]}, as.Lhs...) {
		id, ok := e.(*ast.Ident)
		if !ok {
			return nil
		}
		v, _ := an.Info.Defs[id].(*types.Var)
		if v == nil {
			v, _ = an.Info.Uses[id].(*types.Var) // err redeclared
		}
		if v == nil {
			return nil
		}
		vars = append(vars, v)
	}
	if !IsResponseWriter(vars[0].Type()) {
		return nil
	}
	// The tail as a function of its own: the writer, the status and the
	// error are its parameters.
	fn := &Func{Node: root, Type: &ast.FuncType{Func: as.Pos(), Params: &ast.FieldList{}}, Body: &ast.BlockStmt{Lbrace: as.End(), List: tail, Rbrace: end}}
	bind := make([]types.Object, len(vars))
	for i, v := range vars {
		bind[i] = v
	}
	in := &interp{an: an, fn: fn, writers: map[types.Object]bool{vars[0]: true}, bind: bind, retTo: to}
	in.run()
	sum := an.toFact(fn, types.NewSignatureType(nil, nil, nil, types.NewTuple(vars...), nil, false))
	// Code that writes nothing after the call (middleware that returns the
	// handler's results to its own caller) answers nothing: no adapter.
	if sum == nil || !slices.ContainsFunc(sum.Fact.Paths, func(p summary.Path) bool {
		return slices.ContainsFunc(p.Events, func(e summary.Event) bool { return e.Kind == summary.Status || e.Kind == summary.Body })
	}) {
		return nil
	}
	// The call hands the response on: the handler's writes are judged at
	// its own returns, and the status written after it is theirs.
	an.handOn[call] = true
	if len(vars) == 3 {
		return &summary.Adapter{StatusArg: 2, ErrArg: 3, Funnel: *sum.Fact, Tail: true}
	}
	return &summary.Adapter{ErrArg: 2, Funnel: *sum.Fact, Tail: true}
}

// litReturn is where the returns of a literal called in place go on: the
// statement that calls it and those after it in its block, run with the
// call's value the returned expression (interp.valueOf).
type litReturn struct {
	call *ast.CallExpr
	rest []ast.Stmt
	end  token.Pos
}

// inPlaceCall returns, when blk is the body of a literal of one result
// called where it is written (with no arguments) in a statement of a
// block of root, not inside another literal, where its returns go on.
func inPlaceCall(root *ast.BlockStmt, blk *ast.BlockStmt) *litReturn {
	var out *litReturn
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if out != nil {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if lit, ok := n.(*ast.FuncLit); ok && lit.Body == blk && lit.Type.Results.NumFields() == 1 && len(stack) > 0 {
			call, ok := stack[len(stack)-1].(*ast.CallExpr)
			if !ok || call.Fun != lit || len(call.Args) > 0 {
				return false
			}
			// The statement around the call, in a block, with no literal
			// between them.
			for i := len(stack) - 2; i >= 1; i-- {
				switch stack[i].(type) {
				case *ast.FuncLit:
					return false
				case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt:
					b, ok := stack[i-1].(*ast.BlockStmt)
					if !ok {
						return false
					}
					j := slices.Index(b.List, stack[i].(ast.Stmt))
					out = &litReturn{call: call, rest: b.List[j:], end: b.Rbrace}
					return false
				case ast.Stmt:
					return false
				}
			}
			return false
		}
		stack = append(stack, n)
		return true
	})
	return out
}

// setAdapter records a as the adapter of target, and exports it when target
// is this package's.
func (an *Analysis) setAdapter(target types.Object, a *summary.Adapter) {
	an.adapters[target] = a
	if an.Facts != nil && target.Pkg() == an.Pkg {
		an.Facts.ExportAdapter(target, a)
	}
}

// errHandlerMethod returns the method of the interface type t that has the
// handler shape, ServeHTTP(w, r) error, if t is a named interface with
// exactly one such method.
func errHandlerMethod(t types.Type) *types.Func {
	if namedOf(t) == nil {
		return nil
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	var m *types.Func
	for i := range it.NumMethods() {
		if f := it.Method(i); isErrHandlerSig(f.Type()) {
			if m != nil {
				return nil
			}
			m = f
		}
	}
	return m
}

// findIfaceAdapters finds adapters of handlers held as an interface value:
// a function or closure with a parameter h of a named interface type with a
// handler-shaped method, `err := h.ServeHTTP(w, r)`, and a funnel given err
// (caddy's AdminHandler, run by a closure in newAdminHandler). The adapter
// is the interface's; a named func type of this package that implements the
// interface by calling itself (AdminHandlerFunc) gets it too, so that a
// conversion to that type, in this package or another, links the function
// converted as a handler of the funnel.
func (an *Analysis) findIfaceAdapters() {
	var ifaces []types.Object
	found := map[types.Object]*summary.Adapter{}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			var ft *ast.FuncType
			var body *ast.BlockStmt
			switch n := n.(type) {
			case *ast.FuncDecl:
				ft, body = n.Type, n.Body
			case *ast.FuncLit:
				ft, body = n.Type, n.Body
			default:
				return true
			}
			if body == nil {
				return true
			}
			for _, fld := range ft.Params.List {
				for _, name := range fld.Names {
					v, ok := an.Info.Defs[name].(*types.Var)
					if !ok || errHandlerMethod(v.Type()) == nil {
						continue
					}
					iface := namedOf(v.Type())
					if _, done := found[iface]; done {
						continue
					}
					if a := an.adapterIn(body, v); a != nil {
						a.Param = 0
						found[iface] = a
						ifaces = append(ifaces, iface)
					}
				}
			}
			return true
		})
	}
	for _, iface := range ifaces {
		a := found[iface]
		an.setAdapter(iface, a)
		it := iface.Type().Underlying().(*types.Interface)
		m := errHandlerMethod(iface.Type())
		for _, decl := range an.declOrder {
			if decl.Recv == nil || decl.Name.Name != m.Name() || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 {
				continue
			}
			recv := an.Info.Defs[decl.Recv.List[0].Names[0]]
			t := namedOf(recv.Type())
			if t == nil || !isErrHandlerSig(t.Type()) || !types.Implements(t.Type(), it) || an.adapters[t] != nil {
				continue
			}
			if forwards(an.Info, decl, recv) {
				an.setAdapter(t, a)
			}
		}
	}
}

// forwards reports a method whose body is `return recv(params...)`: the
// func type's value called with the method's own parameters.
func forwards(info *types.Info, decl *ast.FuncDecl, recv types.Object) bool {
	if len(decl.Body.List) != 1 {
		return false
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return false
	}
	call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if !ok {
		return false
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || info.Uses[id] != recv {
		return false
	}
	var params []types.Object
	for _, fld := range decl.Type.Params.List {
		for _, n := range fld.Names {
			params = append(params, info.Defs[n])
		}
	}
	if len(call.Args) != len(params) || call.Ellipsis.IsValid() {
		return false
	}
	for i, a := range call.Args {
		if id, ok := ast.Unparen(a).(*ast.Ident); !ok || info.Uses[id] != params[i] {
			return false
		}
	}
	return true
}

func namedOf(t types.Type) types.Object {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj()
	}
	return nil
}

func (an *Analysis) paramObj(decl *ast.FuncDecl, p int) types.Object {
	i := 0
	for _, f := range decl.Type.Params.List {
		for _, n := range f.Names {
			i++
			if i == p {
				return an.Info.Defs[n]
			}
		}
		if len(f.Names) == 0 {
			i++
		}
	}
	return nil
}

// adapterIn looks in body (closures included) for `err := h(w, r)` (or
// `ctx, err := m(w, r)`) and a funnel call funnel(..., w, ..., err, ...)
// under an if statement.
func (an *Analysis) adapterIn(body *ast.BlockStmt, h types.Object) *summary.Adapter {
	if h == nil {
		return nil
	}
	var errVars []types.Object
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			if v := an.handlerCallResult(as, h); v != nil {
				errVars = append(errVars, v)
			}
		}
		return true
	})
	var found *summary.Adapter
	for _, errVar := range errVars {
		ast.Inspect(body, func(n ast.Node) bool {
			ifs, ok := n.(*ast.IfStmt)
			if !ok || found != nil {
				return found == nil
			}
			if a := an.funnelCall(ifs.Body, errVar); a != nil {
				found = a
			}
			return found == nil
		})
	}
	if found == nil && types.IsInterface(h.Type()) {
		// caddy's closure calls its funnel whatever the error:
		// handleError(w, r, err) returns at once on nil.
		for _, errVar := range errVars {
			if found = an.funnelCall(body, errVar); found != nil {
				break
			}
		}
	}
	return found
}

// funnelCall finds in body a call of a summarised helper that takes errVar.
func (an *Analysis) funnelCall(body *ast.BlockStmt, errVar types.Object) *summary.Adapter {
	var found *summary.Adapter
	ast.Inspect(body, func(m ast.Node) bool {
		call, ok := m.(*ast.CallExpr)
		if !ok || found != nil {
			return found == nil
		}
		fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
		if !ok {
			return true
		}
		// Only a call given the error is summarised here: summaries made
		// before the handlers are linked would judge them as helpers.
		for i, a := range call.Args {
			if id, ok := ast.Unparen(a).(*ast.Ident); ok && an.Info.Uses[id] == errVar {
				if sum := an.summaryOf(fn); sum != nil {
					found = &summary.Adapter{ErrArg: i + 1, Funnel: *sum.Fact, Name: fn.Pkg().Name() + "." + fn.Name()}
				}
				break
			}
		}
		return found == nil
	})
	return found
}

// foreignFactory returns the function of another package that e calls,
// and what the handler it returns does, when that handler returns its
// error to an adapter.
func (an *Analysis) foreignFactory(e ast.Expr) (*types.Func, *summary.HandlerResult) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return nil, nil
	}
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg() == an.Pkg {
		return nil, nil
	}
	if r := an.errHandlerResult(fn); r != nil {
		return fn, r
	}
	return nil, nil
}

// handlerCallResult returns err for `err := h(w, r)` or `v, err := h(w, r)`
// calling the handler object h.
func (an *Analysis) handlerCallResult(as *ast.AssignStmt, h types.Object) types.Object {
	if len(as.Lhs) < 1 || len(as.Rhs) != 1 {
		return nil
	}
	call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
	if !ok {
		return nil
	}
	fun := ast.Unparen(call.Fun)
	if sel, ok := fun.(*ast.SelectorExpr); ok && types.IsInterface(h.Type()) {
		// h.ServeHTTP(w, r) on a handler held as an interface value.
		if m := errHandlerMethod(h.Type()); m == nil || an.Info.Uses[sel.Sel] != m {
			return nil
		}
		fun = ast.Unparen(sel.X)
	}
	id, ok := fun.(*ast.Ident)
	if !ok || an.Info.Uses[id] != h {
		return nil
	}
	lid, ok := as.Lhs[len(as.Lhs)-1].(*ast.Ident)
	if !ok {
		return nil
	}
	if obj := an.Info.Defs[lid]; obj != nil {
		return obj
	}
	return an.Info.Uses[lid]
}

// adapterOf returns the adapter fact of a function or named func type.
func (an *Analysis) adapterOf(obj types.Object) *summary.Adapter {
	if a, ok := an.adapters[obj]; ok {
		return a
	}
	var a *summary.Adapter
	if obj.Pkg() != an.Pkg && an.Facts != nil {
		if f, ok := an.Facts.ImportAdapter(obj); ok {
			a = f
		}
	}
	if a == nil {
		// A type the installed error handler of an error chain answers.
		if a = an.installedFor(obj); a == nil && (!an.chainsDone || an.chainsBusy) {
			return nil // not known yet: asked again later
		}
	}
	an.adapters[obj] = a
	return a
}

// linkHandlers finds the handlers passed to adapters: wrap(s.getItem),
// apiFunc(getItem), wrap(func(w, r) error {...}); and records every
// function handed on as a value (see handlerValues).
func (an *Analysis) linkHandlers() {
	an.handlerValues = map[ast.Node]bool{}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			// return func(e *Event) error {...} from a middleware factory,
			// &hook.Handler{Func: requireAuth()}: handed on as well.
			var handed []ast.Expr
			switch n := n.(type) {
			case *ast.ReturnStmt:
				handed = n.Results
			case *ast.KeyValueExpr:
				handed = []ast.Expr{n.Value}
			}
			for _, v := range handed {
				if d := an.funcValue(v); d != nil {
					an.handlerValues[d] = true
				}
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sig, _ := an.Info.TypeOf(call.Fun).Underlying().(*types.Signature)
			for i, arg := range call.Args {
				// rt.Get(pattern, getItem) where the parameter is a named
				// handler type with an adapter: getItem is used as that type.
				var a *summary.Adapter
				if pt := paramType(sig, i); pt != nil && handlerShaped(pt) {
					if obj := namedOf(pt); obj != nil {
						if x := an.adapterOf(obj); x != nil && x.Param == 0 {
							a = x
						}
					}
				}
				d := an.funcValue(arg)
				if d == nil {
					if fn, h := an.foreignFactory(arg); h != nil && a != nil {
						// chain.ToHandlerFunc(ctrl.HandleItems()): the
						// handler another package's factory makes.
						an.foreign = append(an.foreign, foreignLink{reg: call, arg: arg, fn: fn, a: a, made: h})
					} else if fn := an.foreignFunc(arg); fn != nil && a != nil {
						an.foreign = append(an.foreign, foreignLink{reg: call, arg: arg, fn: fn, a: a})
					} else if fn != nil {
						if fw := registeredOn(an.Pkg, an.Info, call, i, fn); fw != nil {
							an.foreign = append(an.foreign, foreignLink{reg: call, arg: arg, fn: fn, fw: fw})
						}
					}
					continue
				}
				an.handlerValues[d] = true
				if a != nil {
					an.linked[d] = a
				}
			}
			var a *summary.Adapter
			var arg ast.Expr
			if tv, ok := an.Info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
				if obj := namedOf(tv.Type); obj != nil {
					a, arg = an.adapterOf(obj), call.Args[0]
				}
			} else if fn, ok := typeutil.Callee(an.Info, call).(*types.Func); ok {
				if a = an.adapterOf(fn.Origin()); a != nil && a.Param > 0 && a.Param <= len(call.Args) {
					arg = call.Args[a.Param-1]
				}
			}
			if a == nil || arg == nil {
				return true
			}
			if d := an.funcValue(arg); d != nil {
				an.linked[d] = a
			} else if fn := an.foreignFunc(arg); fn != nil && handlerShaped(fn.Type()) {
				an.foreign = append(an.foreign, foreignLink{reg: call, arg: arg, fn: fn, a: a})
			}
			return true
		})
	}
	an.linkReturned()
}

// linkReturned links the literals and functions returned as a named
// handler type whose every value an adapter writes (a factory of handlers,
// middleware of the type: `func withUser(fn HandleFunc) HandleFunc {
// return func(w, r, d) (int, error) {...} }`).
func (an *Analysis) linkReturned() {
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			var sig *types.Signature
			switch n := n.(type) {
			case *ast.FuncDecl:
				if fn, ok := an.Info.Defs[n.Name].(*types.Func); ok {
					sig = fn.Type().(*types.Signature)
				}
			case *ast.FuncLit:
				sig, _ = an.Info.TypeOf(n).(*types.Signature)
			}
			if sig == nil {
				return true
			}
			var as []*summary.Adapter
			for i := range sig.Results().Len() {
				var a *summary.Adapter
				if t := sig.Results().At(i).Type(); handlerShaped(t) {
					if obj := namedOf(t); obj != nil {
						if x := an.adapterOf(obj); x != nil && x.Param == 0 {
							a = x
						}
					}
				}
				as = append(as, a)
			}
			if !slices.ContainsFunc(as, func(a *summary.Adapter) bool { return a != nil }) {
				return true
			}
			forReturns(funcBody(n), func(ret *ast.ReturnStmt) {
				if len(ret.Results) != len(as) {
					return
				}
				for i, r := range ret.Results {
					if d := an.funcValue(r); d != nil && as[i] != nil && an.linked[d] == nil {
						an.linked[d] = as[i]
					}
				}
			})
			return true
		})
	}
}

// paramType is the type of the parameter argument i is passed to.
func paramType(sig *types.Signature, i int) types.Type {
	if sig == nil {
		return nil
	}
	n := sig.Params().Len()
	switch {
	case sig.Variadic() && i >= n-1:
		if s, ok := sig.Params().At(n - 1).Type().(*types.Slice); ok {
			return s.Elem()
		}
		return nil
	case i < n:
		return sig.Params().At(i).Type()
	}
	return nil
}

// funcValue returns the function literal or the declaration of this
// package that e denotes as a value (getItem, s.getItem), or nil.
func (an *Analysis) funcValue(e ast.Expr) ast.Node {
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		return x
	case *ast.Ident:
		if fn, ok := an.Info.Uses[x].(*types.Func); ok {
			if d := an.funcDecls[fn.Origin()]; d != nil {
				return d
			}
		}
		// var signupHandler = func(w, r, d) (int, error) {...}: a package
		// variable never assigned again holds the literal it starts with.
		if v, ok := an.Info.Uses[x].(*types.Var); ok && v.Pkg() == an.Pkg && v.Parent() == an.Pkg.Scope() && !an.reassignedGlobal(v) {
			for _, init := range an.Info.InitOrder {
				if len(init.Lhs) == 1 && init.Lhs[0] == v {
					if lit, ok := ast.Unparen(init.Rhs).(*ast.FuncLit); ok {
						return lit
					}
				}
			}
		}
	case *ast.SelectorExpr:
		if fn, ok := an.Info.Uses[x.Sel].(*types.Func); ok {
			if d := an.funcDecls[fn.Origin()]; d != nil {
				return d
			}
		}
	case *ast.CallExpr:
		// limit(10), a factory of this package whose one return is a
		// function literal: that literal is the value handed on. A
		// wrapper that takes a function (wrap(next)) is followed as
		// middleware instead, with what it hands on.
		if fn, ok := typeutil.Callee(an.Info, x).(*types.Func); ok {
			if d := an.funcDecls[fn.Origin()]; d != nil && d.Body != nil && !takesFunc(fn.Type().(*types.Signature)) {
				return returnedLit(d.Body)
			}
		}
	}
	return nil
}

// takesFunc reports a signature with a parameter of function type.
func takesFunc(sig *types.Signature) bool {
	for i := range sig.Params().Len() {
		if _, ok := sig.Params().At(i).Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

// returnedLit returns the function literal that body's only return gives
// back, or nil.
func returnedLit(body *ast.BlockStmt) ast.Node {
	var lit *ast.FuncLit
	returns := 0
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
			if len(n.Results) == 1 {
				lit, _ = ast.Unparen(n.Results[0]).(*ast.FuncLit)
			}
		}
		return true
	})
	if returns != 1 || lit == nil {
		return nil
	}
	return lit
}

// holderHandler reports whether function n, of type ft, is a handler that
// takes a value holding the writer (func(e *Event) error): one parameter
// holds the writer and none is the writer or the request, it returns
// nothing or an error, and it is handed on as a value (to a router) or
// is of a named handler type of that shape (ofHolderHandlerType).
func (an *Analysis) holderHandler(n ast.Node, ft *ast.FuncType) bool {
	if !an.handlerValues[n] && !an.ofHolderHandlerType(n) {
		return false
	}
	// One parameter holds the writer; others (shiori's deps before its
	// context) are neither the writer nor the request.
	holders := 0
	for _, f := range ft.Params.List {
		t := an.Info.TypeOf(f.Type)
		if _, isCarrier := carrierOf(t); isCarrier || isRequestPtr(t) {
			return false
		}
		if holdsWriter(t) {
			holders += max(len(f.Names), 1)
		}
	}
	if holders != 1 {
		return false
	}
	switch ft.Results.NumFields() {
	case 0:
		return true
	case 1:
		return isErrorType(an.Info.TypeOf(ft.Results.List[0].Type))
	}
	return false
}

// returnToFunnel splices the adapter's funnel at `return err` of a linked handler.
func (in *interp) returnToFunnel(st *state, ret *ast.ReturnStmt) {
	a := in.fn.Adapter
	if a == nil || len(ret.Results) < 1 || len(in.writers) != 1 {
		return
	}
	// The error comes last: `return nil, err` in middleware.
	res := ret.Results[len(ret.Results)-1]
	rs := in.fn.Type.Results
	if rs == nil || !isErrorType(in.info().TypeOf(rs.List[len(rs.List)-1].Type)) {
		return
	}
	var status ast.Expr // the status a handler of the status shape returns
	switch n := rs.NumFields(); {
	case a.StatusArg > 0 && n == 2 && len(ret.Results) == 2:
		// return http.StatusNotFound, nil: the adapter writes the status,
		// whatever the error.
		status = ret.Results[0]
	case a.StatusArg > 0:
		// return f(w, r, d) of a function that is not linked: its status
		// is not known here.
		call, ok := ast.Unparen(res).(*ast.CallExpr)
		if !ok || in.an.linkedCallee(call) {
			return
		}
		res = nil
	case n == len(ret.Results):
		if in.resOf(st, res) == summary.ResultZero {
			return // nil on this path: no error reaches the funnel
		}
	case len(ret.Results) == 1 && n > 1:
		// return f(ctx), with f's results: its last is the error, judged
		// where its value is known (a fact, a path of f spliced here).
		call, ok := ast.Unparen(res).(*ast.CallExpr)
		if !ok {
			return
		}
		if r, ok := st.callResult(call); ok && len(r) == n && r[n-1] == summary.ResultZero {
			return
		}
		if _, ok := in.errValue(st, call); !ok {
			return
		}
	default:
		return
	}
	// The error of a write (return c.JSON(...)) is not an error response,
	// and once the response is committed the error handler writes nothing.
	for n := st.ev; n != nil; n = n.prev {
		if k := n.ev.Kind; k == EvBody || (k == EvStatus && !n.ev.Deferred) || k == EvOpaque {
			return
		}
	}
	if res != nil {
		if a, ok := st.aux[in.identObj(res)]; ok && a.kind == auxWriteErr {
			return
		}
	}
	w := in.writerParamIdent()
	if w == nil {
		return
	}
	name := a.Name
	if pkg, fn, ok := strings.Cut(name, "."); ok && pkg == in.an.Pkg.Name() {
		name = fn
	}
	// errors.New(...) returned to a framework, or to an adapter's own code
	// after its call: splice takes only the paths that do not read the
	// error's status (readsPlainError), the fallback (500), and nothing
	// else judges what that sends. Nor what such code sends for an error
	// of a kind it knows by its type (a 401 for &UnauthorizedError{}).
	judge := (a.Model || a.Tail) && res != nil && in.plainError(res) && slices.ContainsFunc(a.Funnel.Paths, func(p summary.Path) bool { return !statusFromParam(p) })
	if v, ok := in.errValue(st, res); a.Tail && res != nil && ok && kindOnly(v) {
		judge = true
	}
	// Where the error was made, when elsewhere than this return.
	var errAt token.Pos
	var errWhere string
	if res != nil && a.StatusArg == 0 {
		if v, ok := in.errValue(st, res); ok {
			errAt, errWhere = v.At, v.Where
			if errAt.IsValid() && in.an.Fset.Position(errAt).Line == in.an.Fset.Position(res.Pos()).Line {
				errAt = token.NoPos
			}
		}
	}
	node := ast.Node(res)
	if a.StatusArg > 0 {
		node = ret
		if status != nil {
			node = status
		}
	}
	in.splice(st, site{node: node, writer: w, name: name, handler: a.Funnel.Handler, funnel: true, judge: judge, errAt: errAt, errWhere: errWhere,
		arg: func(p int) ast.Expr {
			switch {
			case p == a.ErrArg && res != nil:
				return res
			case p == a.StatusArg && status != nil:
				return status
			}
			return nil
		}}, &Summary{Fact: &a.Funnel})
}

// statusFromParam reports a funnel path whose status comes from its error.
func statusFromParam(p summary.Path) bool {
	for _, e := range p.Events {
		if e.Kind == summary.Status && e.Status.Param > 0 {
			return true
		}
	}
	return false
}

// plainError reports an error that no framework type can be: errors.New,
// or fmt.Errorf without %w, or a package variable set to one.
func (in *interp) plainError(e ast.Expr) bool {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		v, ok := in.info().Uses[id].(*types.Var)
		if !ok || v.Pkg() != in.an.Pkg || v.Parent() != in.an.Pkg.Scope() || in.an.reassignedGlobal(v) {
			return false
		}
		for _, init := range in.info().InitOrder {
			if len(init.Lhs) == 1 && init.Lhs[0] == v {
				return in.plainError(init.Rhs)
			}
		}
		return false
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	switch fullName(in.info(), call) {
	case "errors.New":
		return true
	case "fmt.Errorf":
		f, ok := constString(in.info(), call.Args[0])
		return ok && !strings.Contains(f, "%w")
	}
	return false
}

// writerParamIdent returns the name of the writer parameter, as declared.
func (in *interp) writerParamIdent() *ast.Ident {
	for _, f := range in.fn.Type.Params.List {
		for _, n := range f.Names {
			if in.writers[in.info().Defs[n]] {
				return n
			}
		}
	}
	return nil
}

func (in *interp) identObj(e ast.Expr) types.Object {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		return in.info().Uses[id]
	}
	return nil
}

// ofHolderHandlerType reports a function whose signature is that of a
// named function type of this package or one it imports that takes a
// value holding the writer (shiori's `type HttpHandler func(deps
// Dependencies, c WebContext)`): a handler by its type, also where the
// router that takes it is in another package.
func (an *Analysis) ofHolderHandlerType(n ast.Node) bool {
	var sig *types.Signature
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := an.Info.Defs[n.Name].(*types.Func); ok && n.Recv == nil {
			sig = fn.Type().(*types.Signature)
		}
	case *ast.FuncLit:
		sig, _ = an.Info.TypeOf(n).(*types.Signature)
	}
	if sig == nil {
		return false
	}
	if an.holderHandlerTypes == nil {
		an.holderHandlerTypes = []*types.Signature{}
		for _, pkg := range append([]*types.Package{an.Pkg}, an.Pkg.Imports()...) {
			scope := pkg.Scope()
			for _, name := range scope.Names() {
				tn, ok := scope.Lookup(name).(*types.TypeName)
				if !ok || tn.IsAlias() {
					continue
				}
				fs, ok := tn.Type().Underlying().(*types.Signature)
				if !ok {
					continue
				}
				holders := 0
				for v := range fs.Params().Variables() {
					if holdsWriter(v.Type()) {
						holders++
					}
				}
				if holders == 1 {
					an.holderHandlerTypes = append(an.holderHandlerTypes, fs)
				}
			}
		}
	}
	return slices.ContainsFunc(an.holderHandlerTypes, func(t *types.Signature) bool { return types.Identical(t, sig) })
}
