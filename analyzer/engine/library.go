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

// A library's handler answers some requests on its own, and no run of the
// checker judges the library: what it sends reaches the wire from the
// program that uses it. Each such use becomes a Func of its own (Library),
// whose paths are the library's answers and whose reports go to the call
// that makes or serves the handler: net/http's file servers and gin's
// static routes (listed in framework.FileAnswers, since neither package
// is analysed), and the handlers of other modules (below).

// findLibraryAnswers records the calls of net/http's file servers, and
// the handlers of other libraries the program makes or names.
func (an *Analysis) findLibraryAnswers() {
	called := map[ast.Expr]bool{}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				called[ast.Unparen(call.Fun)] = true
			}
			return true
		})
	}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				// handlers.MethodHandler{"GET": h}: its ServeHTTP answers.
				if t := an.Info.TypeOf(x); t != nil && an.libraryPkg(namedPkg(t)) {
					an.libraryHandler(x, nil, types.TypeString(t, func(p *types.Package) string { return p.Name() }), an.serveHTTPSummary(t))
				}
				return true
			case *ast.SelectorExpr:
				// r.HandleFunc("/avatar/", proxy.Handler): a library's method as a handler.
				if fn, ok := an.Info.Uses[x.Sel].(*types.Func); ok && !called[x] && an.library(fn) && handlerSig(fn.Type().(*types.Signature)) {
					an.libraryHandler(x, nil, an.displayName(fn), an.summaryOf(fn))
				}
				// r.Use(auth.AdminOnly): a library's middleware as a value.
				if fn, ok := an.Info.Uses[x.Sel].(*types.Func); ok && !called[x] && an.library(fn) && isMiddlewareType(fn.Type()) {
					if hs := an.handlersOf(fn); hs != nil && len(hs.Results) == 1 {
						h := hs.Results[0].Handler
						an.libraryHandler(x, nil, "the handler of "+an.displayName(fn), &Summary{Fact: &h})
					}
				}
				return true
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			if fn, ok := typeutil.Callee(an.Info, call).(*types.Func); ok && an.library(fn) {
				// m.HTTPHandler(nil): the handler it makes.
				if hs := an.handlersOf(fn); hs != nil {
					for _, r := range hs.Results {
						h := r.Handler
						what := "the handler of "
						if r.Middleware {
							what = "the middleware of " // tollbooth.HTTPMiddleware(lmt)
						}
						an.libraryHandler(call, call, what+an.displayName(fn), &Summary{Fact: &h})
					}
				}
			}
			name := fullName(an.Info, call)
			fa, ok := framework.FileAnswers[name]
			if !ok {
				return true
			}
			via := types.ExprString(call.Fun) + " (on " + fa.When + ")"
			o := &Origin{Callee: via, Param: true, Library: true}
			text := "text/plain; charset=utf-8"
			evs := []*Event{
				{Kind: EvHeader, Call: call, Node: call, Writer: call, Via: via, Implicit: true, Header: "Content-Type", Value: text, ValueOK: true, Origin: o},
				{Kind: EvStatus, Call: call, Node: call, Writer: call, Via: via, Status: Set(fa.Statuses...), Origin: o},
				{Kind: EvBody, Call: call, Node: call, Writer: call, Via: via, Body: Body{Kind: BodyText, Desc: "text"}, Origin: o},
			}
			an.Funcs = append(an.Funcs, &Func{Node: call, Handler: true, Library: true, Paths: []*Path{{Events: evs, End: call.End()}}})
			return true
		})
	}
}

// libraryPkg reports a package of another module than the one analysed.
func (an *Analysis) libraryPkg(p *types.Package) bool {
	if an.Facts == nil || p == nil {
		return false
	}
	mod := an.Facts.Module()
	return mod != "" && p.Path() != mod && !strings.HasPrefix(p.Path(), mod+"/")
}

// Other libraries are analysed like the program, but nothing is reported
// in them: a handler a library function makes and returns is summarised
// as a fact of that function (summary.Handlers), and a program that calls
// it gets the handler's answers at the call. A value of a library's type
// with a ServeHTTP method (gorilla's handlers.MethodHandler{...}), and a
// library's function or method used as a handler value (p.Handler), get
// the answers of that method where the program makes or names them.

// isHandlerType reports http.Handler, http.HandlerFunc and
// func(http.ResponseWriter, *http.Request).
func isHandlerType(t types.Type) bool {
	if isHTTPHandler(t) {
		return true
	}
	sig, ok := t.Underlying().(*types.Signature)
	return ok && handlerSig(sig)
}

// handlersOf returns the handlers fn makes and returns, from this package
// or a dependency.
func (an *Analysis) handlersOf(fn *types.Func) *summary.Handlers {
	h := an.allHandlers(fn)
	if h == nil || !slices.ContainsFunc(h.Results, func(r summary.HandlerResult) bool { return r.ErrHandler }) {
		return h
	}
	out := &summary.Handlers{}
	for _, r := range h.Results {
		if !r.ErrHandler {
			out.Results = append(out.Results, r)
		}
	}
	if len(out.Results) == 0 {
		return nil
	}
	return out
}

// errHandlerResult returns what fn says of the handler it returns as its
// one result, a handler that returns its error to an adapter (ErrHandler).
func (an *Analysis) errHandlerResult(fn *types.Func) *summary.HandlerResult {
	if fn.Type().(*types.Signature).Results().Len() != 1 {
		return nil
	}
	if h := an.allHandlers(fn); h != nil && len(h.Results) == 1 && h.Results[0].ErrHandler {
		return &h.Results[0]
	}
	return nil
}

// madeHandlerKey names the handler every return of factory fn's body
// gives (HandlerResult.Key), or "".
func (an *Analysis) madeHandlerKey(fn *types.Func, body *ast.BlockStmt) string {
	key, same := "", true
	forReturns(body, func(ret *ast.ReturnStmt) {
		k := ""
		if len(ret.Results) == 1 {
			switch x := ast.Unparen(ret.Results[0]).(type) {
			case *ast.FuncLit:
				k = madeKey(fn)
			case *ast.Ident, *ast.SelectorExpr:
				if f, ok := usedObj(an.Info, x).(*types.Func); ok {
					k = f.FullName()
				}
			case *ast.CallExpr:
				if f, ok := typeutil.Callee(an.Info, x).(*types.Func); ok {
					if r := an.errHandlerResult(f); r != nil {
						k = r.Key
					}
				}
			}
		}
		if key == "" && same {
			key = k
		}
		same = same && k != "" && k == key
	})
	if !same {
		return ""
	}
	return key
}

// allHandlers is handlersOf with the handlers that return their error.
func (an *Analysis) allHandlers(fn *types.Func) *summary.Handlers {
	return memoFact(an, fn.Origin(), an.localHandlers, an.importedHands,
		func() *summary.Handlers { return an.computeHandlers(fn.Origin()) },
		func() (*summary.Handlers, bool) { return an.Facts.ImportHandlers(fn.Origin()) })
}

// computeHandlers summarises the handlers a function of this package
// returns: for each handler-typed result, the paths of the handler every
// return gives there, joined; a result some return gives a handler we
// cannot follow is left out.
func (an *Analysis) computeHandlers(fn *types.Func) *summary.Handlers {
	decl := an.funcDecls[fn]
	if decl == nil || decl.Body == nil {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	res := sig.Results()
	// A returned handler that hands the request to a parameter's handler
	// (a wrapper's next.ServeHTTP) records which one (HandsOn).
	saved := an.factoryParams
	an.factoryParams = map[types.Object]int{}
	for i := range sig.Params().Len() {
		an.factoryParams[sig.Params().At(i)] = i + 1
	}
	defer func() { an.factoryParams = saved }()
	var out summary.Handlers
	for i := range res.Len() {
		if isMiddlewareType(res.At(i).Type()) {
			if h := an.returnedMiddleware(decl.Body, i, res.Len()); h != nil {
				out.Results = append(out.Results, summary.HandlerResult{Result: i, Handler: *h, Middleware: true})
			}
			continue
		}
		if fw := carrierHandlerFramework(res.At(i).Type()); fw != nil {
			// A framework's handler (gin.HandlerFunc): for routes.go.
			h := an.joinReturns(decl.Body, i, res.Len(), func(e ast.Expr) *summary.Helper {
				if sum, _, _ := an.chainElem(fw, decl.Body, e, 0); sum != nil {
					return sum.Fact
				}
				return nil
			})
			if h != nil {
				out.Results = append(out.Results, summary.HandlerResult{Result: i, Handler: *h})
			}
			continue
		}
		if fw := errorHandlerFramework(res.At(i).Type()); fw != nil {
			// An app's error handler (echo's HTTPErrorHandler) that a
			// constructor makes: for the package that installs it.
			if h := an.returnedErrorHandler(decl.Body, i, res.Len(), res.At(i).Type().Underlying().(*types.Signature)); h != nil {
				out.Results = append(out.Results, summary.HandlerResult{Result: i, Handler: *h})
			}
			continue
		}
		if t := res.At(i).Type(); isErrHandlerSig(t) && namedOf(t) != nil {
			// A handler that returns its error (errchain.HandlerFunc): for
			// the package that registers it through its adapter.
			h := an.joinReturns(decl.Body, i, res.Len(), func(e ast.Expr) *summary.Helper {
				switch x := ast.Unparen(e).(type) {
				case *ast.FuncLit:
					if sig, ok := an.Info.TypeOf(x).(*types.Signature); ok {
						if sum := an.litSummary(x, sig); sum != nil {
							return sum.Fact
						}
					}
				case *ast.Ident, *ast.SelectorExpr:
					if fn, ok := usedObj(an.Info, x).(*types.Func); ok && isErrHandlerSig(fn.Type()) {
						if sum := an.summaryOf(fn); sum != nil {
							return sum.Fact
						}
					}
				case *ast.CallExpr:
					// return actionHandler("ref", ctrl.svc.Run): the
					// handler another factory makes.
					if fn, ok := typeutil.Callee(an.Info, x).(*types.Func); ok && res.Len() == 1 {
						if r := an.errHandlerResult(fn); r != nil {
							return &r.Handler
						}
					}
				}
				return nil
			})
			if h != nil {
				out.Results = append(out.Results, summary.HandlerResult{Result: i, Handler: *h, ErrHandler: true, Key: an.madeHandlerKey(fn, decl.Body)})
			}
			continue
		}
		if !isHandlerType(res.At(i).Type()) {
			continue
		}
		h := an.joinReturns(decl.Body, i, res.Len(), func(e ast.Expr) *summary.Helper {
			if sum := an.handlerSummary(decl.Body, e, 0); sum != nil {
				return sum.Fact
			}
			return nil
		})
		if h != nil {
			out.Results = append(out.Results, summary.HandlerResult{Result: i, Handler: *h})
		}
	}
	if len(out.Results) == 0 {
		return nil
	}
	return &out
}

// maxHandlerDepth bounds the conversions, variables and middleware that
// handlerSummary and middlewareOf follow from one expression: a
// middleware's closure's handler variable's conversion is six.
const maxHandlerDepth = 6

// isMiddlewareType reports func(http.Handler) http.Handler, named or not.
func isMiddlewareType(t types.Type) bool {
	sig, ok := t.Underlying().(*types.Signature)
	return ok && sig.Params().Len() == 1 && sig.Results().Len() == 1 && !sig.Variadic() &&
		isHTTPHandler(sig.Params().At(0).Type()) && isHandlerType(sig.Results().At(0).Type())
}

// returnedMiddleware joins what the middleware every return of body gives
// as result i of n makes of a request; nil when one cannot be followed.
func (an *Analysis) returnedMiddleware(body *ast.BlockStmt, i, n int) *summary.Helper {
	return an.joinReturns(body, i, n, func(e ast.Expr) *summary.Helper { return an.middlewareOf(body, e, 0) })
}

// usedObj is the object an identifier or a selector (pkg.F, v.M) names.
func usedObj(info *types.Info, e ast.Expr) types.Object {
	if sel, ok := e.(*ast.SelectorExpr); ok {
		return info.Uses[sel.Sel]
	}
	id, _ := e.(*ast.Ident)
	return info.Uses[id]
}

// joinReturns joins the paths follow gives for result i (of n) of every
// return of body, outside the function literals in it; a return of nil
// there has none. Nil when follow gives nil for a return, a return has
// another number of results, or no return gives paths.
func (an *Analysis) joinReturns(body *ast.BlockStmt, i, n int, follow func(ast.Expr) *summary.Helper) *summary.Helper {
	joined := summary.Helper{Writer: 0, Handler: true}
	ok, any := true, false
	ast.Inspect(body, func(nd ast.Node) bool {
		if _, isLit := nd.(*ast.FuncLit); isLit || !ok {
			return false
		}
		ret, isRet := nd.(*ast.ReturnStmt)
		if !isRet {
			return true
		}
		if len(ret.Results) != n {
			ok = false
			return false
		}
		if tv, has := an.Info.Types[ret.Results[i]]; has && tv.IsNil() {
			return false
		}
		h := follow(ret.Results[i])
		if h == nil {
			ok = false
			return false
		}
		joined.Paths = append(joined.Paths, h.Paths...)
		any = true
		return false
	})
	if !ok || !any {
		return nil
	}
	return &joined
}

// middlewareOf summarises the handler that middleware e returns, with
// HandsOn 1 where it hands the request to its argument: a function
// literal of that shape, a function or method of that shape (its
// Handlers fact), the middleware a function returns (tollbooth's
// HTTPMiddleware(lmt)), or a local variable set once to one of those.
func (an *Analysis) middlewareOf(body *ast.BlockStmt, e ast.Expr, depth int) *summary.Helper {
	if depth > maxHandlerDepth {
		return nil
	}
	info := an.Info
	switch x := ast.Unparen(e).(type) {
	case *ast.FuncLit:
		t := info.TypeOf(x)
		if t == nil || !isMiddlewareType(t) || len(x.Type.Params.List) != 1 || len(x.Type.Params.List[0].Names) != 1 {
			return nil
		}
		saved := an.factoryParams
		an.factoryParams = map[types.Object]int{info.Defs[x.Type.Params.List[0].Names[0]]: 1}
		defer func() { an.factoryParams = saved }()
		return an.returnedHandler(x.Body, depth)
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return an.middlewareOf(body, x.Args[0], depth+1)
		}
		fn, ok := typeutil.Callee(info, x).(*types.Func)
		if !ok || fn.Type().(*types.Signature).Results().Len() != 1 {
			return nil
		}
		if h := an.boundMiddleware(fn, x); h != nil {
			return h
		}
		if hs := an.handlersOf(fn); hs != nil && len(hs.Results) == 1 && hs.Results[0].Middleware {
			return &hs.Results[0].Handler
		}
	case *ast.SelectorExpr, *ast.Ident:
		switch obj := usedObj(info, x).(type) {
		case *types.Func:
			if !isMiddlewareType(obj.Type()) {
				return nil
			}
			if hs := an.handlersOf(obj); hs != nil && len(hs.Results) == 1 && !hs.Results[0].Middleware {
				return &hs.Results[0].Handler
			}
		case *types.Var:
			if v := onlyValue(info, body, obj); v != nil {
				return an.middlewareOf(body, v, depth+1)
			}
		}
	}
	return nil
}

// boundMiddleware specialises a middleware factory of this package to the
// constant arguments of a call (go-pkgz/auth's a.auth(false), whose
// handler never answers 401 when its flag is false): the middleware it
// returns, followed with those parameters bound. Nil when no argument is
// constant or the factory cannot be followed.
func (an *Analysis) boundMiddleware(fn *types.Func, call *ast.CallExpr) *summary.Helper {
	decl := an.funcDecls[fn.Origin()]
	if decl == nil || decl.Body == nil || an.bound != nil || call.Ellipsis.IsValid() {
		return nil
	}
	sig := fn.Type().(*types.Signature)
	if !isMiddlewareType(sig.Results().At(0).Type()) {
		return nil
	}
	assigned := assignedVars(an.Info, decl.Body)
	bound := map[types.Object]Status{}
	for i, a := range call.Args {
		if i >= sig.Params().Len() {
			break
		}
		p := sig.Params().At(i)
		tv, ok := an.Info.Types[a]
		if !ok || tv.Value == nil || assigned[p] {
			continue
		}
		switch tv.Value.Kind() {
		case constant.Bool:
			bound[p] = Single(b2i(constant.BoolVal(tv.Value)))
		case constant.Int:
			if v, ok := constant.Int64Val(tv.Value); ok {
				bound[p] = Single(int(v))
			}
		}
	}
	if len(bound) == 0 {
		return nil
	}
	// The parameters as declared: sig's are the instantiated ones.
	declSig := fn.Origin().Type().(*types.Signature)
	an.bound = map[types.Object]Status{}
	for i := range declSig.Params().Len() {
		if s, ok := bound[sig.Params().At(i)]; ok {
			an.bound[declSig.Params().At(i)] = s
		}
	}
	defer func() { an.bound = nil }()
	return an.returnedMiddleware(decl.Body, 0, 1)
}

// returnedHandler joins the handlers the returns of a function literal
// give (its one result), as handlerSummary follows them.
func (an *Analysis) returnedHandler(body *ast.BlockStmt, depth int) *summary.Helper {
	return an.joinReturns(body, 0, 1, func(e ast.Expr) *summary.Helper {
		if sum := an.handlerSummary(body, e, depth+1); sum != nil {
			return sum.Fact
		}
		return nil
	})
}

// handlerSummary summarises the handler e is: a function literal, a
// conversion to http.HandlerFunc, a function or method value, a value of
// a type with ServeHTTP, the handler a function returns, or a local
// variable set once to one of those in body.
func (an *Analysis) handlerSummary(body *ast.BlockStmt, e ast.Expr, depth int) *Summary {
	if depth > maxHandlerDepth {
		return nil
	}
	info := an.Info
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.FuncLit:
		if sig, ok := info.TypeOf(x).(*types.Signature); ok && handlerSig(sig) {
			return an.litSummary(x, sig)
		}
		return nil
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			if _, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok {
				return an.serveHTTPSummary(info.TypeOf(x))
			}
		}
		return nil
	case *ast.CompositeLit:
		return an.serveHTTPSummary(info.TypeOf(x))
	case *ast.CallExpr:
		if tv, ok := info.Types[x.Fun]; ok && tv.IsType() && len(x.Args) == 1 {
			return an.handlerSummary(body, x.Args[0], depth+1) // http.HandlerFunc(f)
		}
		if fn, ok := typeutil.Callee(info, x).(*types.Func); ok {
			if hs := an.handlersOf(fn); hs != nil && len(hs.Results) == 1 && !hs.Results[0].Middleware && fn.Type().(*types.Signature).Results().Len() == 1 {
				h := an.composeNext(body, x, hs.Results[0].Handler, depth)
				return &Summary{Fact: &h}
			}
			return nil
		}
		// a.auth(true)(next), mw(next): a middleware applied.
		if t := info.TypeOf(x.Fun); t != nil && isMiddlewareType(t) {
			if mw := an.middlewareOf(body, x.Fun, depth+1); mw != nil {
				h := an.composeNext(body, x, *mw, depth)
				return &Summary{Fact: &h}
			}
		}
		return nil
	case *ast.SelectorExpr, *ast.Ident:
		switch obj := usedObj(info, x).(type) {
		case *types.Func:
			if handlerSig(obj.Type().(*types.Signature)) {
				return an.summaryOf(obj)
			}
		case *types.Var:
			if v := onlyValue(info, body, obj); v != nil {
				return an.handlerSummary(body, v, depth+1)
			}
		}
	}
	return nil
}

// composeNext puts, in h (the handler a wrapper call makes), the paths of
// the handler given as the argument it hands requests on to, where it
// does: withSecurityHeaders(http.HandlerFunc(ah)) sets its headers, then
// answers as ah. A path whose argument cannot be followed is kept.
func (an *Analysis) composeNext(body *ast.BlockStmt, call *ast.CallExpr, h summary.Helper, depth int) summary.Helper {
	out := summary.Helper{Writer: h.Writer, Handler: h.Handler, Returns: h.Returns}
	inner := map[int]*Summary{}
	for _, p := range h.Paths {
		k := slices.IndexFunc(p.Events, func(e summary.Event) bool { return e.HandsOn > 0 })
		if k < 0 {
			out.Paths = append(out.Paths, p)
			continue
		}
		n := p.Events[k].HandsOn
		sum, done := inner[n]
		if !done {
			if n <= len(call.Args) && !call.Ellipsis.IsValid() {
				sum = an.handlerSummary(body, call.Args[n-1], depth+1)
			}
			inner[n] = sum
		}
		if sum == nil || len(sum.Fact.Paths) == 0 {
			out.Paths = append(out.Paths, p)
			continue
		}
		for _, q := range sum.Fact.Paths {
			c := p
			c.Events = slices.Concat(p.Events[:k], q.Events, p.Events[k+1:])
			out.Paths = append(out.Paths, c)
		}
	}
	return out
}

// serveHTTPSummary is the summary of t's ServeHTTP method (on t or *t).
func (an *Analysis) serveHTTPSummary(t types.Type) *Summary {
	if t == nil {
		return nil
	}
	if _, isPtr := t.(*types.Pointer); !isPtr {
		t = types.NewPointer(t)
	}
	sel := types.NewMethodSet(t).Lookup(nil, "ServeHTTP")
	if sel == nil {
		return nil
	}
	// Lookup with a nil package finds exported names only.
	fn, ok := sel.Obj().(*types.Func)
	if !ok || !handlerSig(fn.Type().(*types.Signature)) {
		return nil
	}
	return an.summaryOf(fn)
}

// onlyValue returns the value a local variable of body is given where it
// is declared, when nothing assigns it again or takes its address.
func onlyValue(info *types.Info, body *ast.BlockStmt, obj *types.Var) ast.Expr {
	if body == nil || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() ||
		assignedVars(info, body)[obj] || escapedVars(info, body)[obj] {
		return nil
	}
	var val ast.Expr
	ast.Inspect(body, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt: // h := func(w, r) {...}
			for i, l := range s.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && info.Defs[id] == obj && len(s.Lhs) == len(s.Rhs) {
					val = s.Rhs[i]
				}
			}
		case *ast.ValueSpec: // var h = ...
			for i, id := range s.Names {
				if info.Defs[id] == obj && i < len(s.Values) {
					val = s.Values[i]
				}
			}
		}
		return val == nil
	})
	return val
}

// exportHandlers exports the handlers this package's functions return.
func (an *Analysis) exportHandlers() {
	for _, d := range an.declOrder {
		fn, ok := an.Info.Defs[d.Name].(*types.Func)
		if !ok || d.Type.Results == nil {
			continue
		}
		has := false
		for _, f := range d.Type.Results.List {
			t := an.Info.TypeOf(f.Type)
			has = has || isHandlerType(t) || isMiddlewareType(t) || carrierHandlerType(t) || (isErrHandlerSig(t) && namedOf(t) != nil)
		}
		if !has {
			continue
		}
		if h := an.allHandlers(fn); h != nil {
			an.Facts.ExportHandlers(fn, h)
		}
	}
}

// libraryHandler records a library handler's answers as a Func reported
// at the expression at, where the program makes or names the handler.
func (an *Analysis) libraryHandler(at ast.Expr, call *ast.CallExpr, name string, sum *Summary) {
	if sum == nil || len(sum.Fact.Paths) == 0 {
		return
	}
	fn := &Func{Node: at, Handler: true, Library: true}
	in := &interp{an: an, fn: fn, writers: map[types.Object]bool{}}
	st := &state{env: map[types.Object]Status{}, aux: map[types.Object]aux{}}
	in.splice(st, site{node: at, call: call, writer: at, name: name, judge: true, library: true,
		arg: func(int) ast.Expr { return nil }}, sum)
	for _, x := range in.expand([]*state{st}) {
		in.finish(x, at.End())
	}
	fn.Paths = in.paths
	an.Funcs = append(an.Funcs, fn)
}
