package engine

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/errcontract/errcontract/analyzer/framework"
)

// net/http's ServeMux answers a request that no pattern matches with its
// own text/plain 404, and a request whose path matches only patterns of
// other methods with a text/plain 405. Unlike chi's, a mux mounted under
// another (rootMux.Handle("/v1/", apiMux)) answers for itself: every
// request that reaches it and matches none of its patterns gets its 404.
// findServeMuxes records the muxes made in this package whose patterns
// are all known and leave those answers in place: each use of the mux
// variable in the function that makes it is Handle/HandleFunc with a
// constant pattern, or a hand-off as an http.Handler (an argument, a
// return, a Handler field), after which no one can add a pattern. A mux
// handed on as *http.ServeMux, or given a pattern that is not a constant,
// is left alone.

func (an *Analysis) findServeMuxes() {
	for _, fd := range an.declOrder {
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
				return true
			}
			call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
			id, ok2 := ast.Unparen(as.Lhs[0]).(*ast.Ident)
			if !ok || !ok2 || fullName(an.Info, call) != "net/http.NewServeMux" {
				return true
			}
			obj := an.Info.Defs[id]
			if obj == nil {
				obj = an.Info.Uses[id]
			}
			if obj == nil {
				return true
			}
			if nf, mna, ok := an.serveMuxAnswers(fd, obj); ok && (nf || mna) {
				an.Routers = append(an.Routers, RouterSite{Call: call, Stmt: as, Var: id, Name: id.Name, Router: &framework.ServeMux, NotFound: nf, MethodNotAllowed: mna})
			}
			return true
		})
	}
}

// serveMuxAnswers reports whether mux obj, made in fd, keeps its own 404
// and 405, when all its patterns are known (ok).
func (an *Analysis) serveMuxAnswers(fd *ast.FuncDecl, obj types.Object) (notFound, methodNotAllowed, ok bool) {
	ok = true
	catchAll, methodCatchAll, methods := false, false, false
	uses := 0
	an.eachUse(fd, obj, func(id *ast.Ident, stack []ast.Node) {
		uses++
		if len(stack) < 2 {
			ok = false
			return
		}
		switch p := stack[len(stack)-2].(type) {
		case *ast.SelectorExpr:
			var call *ast.CallExpr
			if len(stack) >= 3 {
				call, _ = stack[len(stack)-3].(*ast.CallExpr)
			}
			name := ""
			if call != nil && call.Fun == p && len(call.Args) > 0 {
				name = fullName(an.Info, call)
			}
			switch name {
			case "(*net/http.ServeMux).Handle", "(*net/http.ServeMux).HandleFunc":
				pat, known := constString(an.Info, call.Args[0])
				if !known {
					ok = false
					return
				}
				method, path, hasMethod := strings.Cut(pat, " ")
				if !hasMethod {
					path = method
				}
				path = strings.TrimSpace(path)
				if !strings.HasPrefix(path, "/") {
					ok = false // a host pattern
					return
				}
				methods = methods || hasMethod
				if path == "/" {
					if hasMethod {
						methodCatchAll = true
					} else {
						catchAll = true
					}
				}
			case "(*net/http.ServeMux).ServeHTTP":
			default:
				ok = false
			}
		case *ast.CallExpr:
			if !an.handlerArg(p, id) {
				ok = false
			}
		case *ast.KeyValueExpr:
			if t := an.Info.TypeOf(p.Key); t == nil || !isHTTPHandler(t) {
				ok = false
			}
		case *ast.ReturnStmt:
			// The result type of the function the return belongs to: a
			// literal inside fd may hand the mux on as *http.ServeMux.
			sig, _ := an.Info.Defs[fd.Name].Type().(*types.Signature)
			for i := len(stack) - 1; i >= 0; i-- {
				if lit, isLit := stack[i].(*ast.FuncLit); isLit {
					sig, _ = an.Info.TypeOf(lit).(*types.Signature)
					break
				}
			}
			if sig == nil || sig.Results().Len() != 1 || !isHTTPHandler(sig.Results().At(0).Type()) {
				ok = false
			}
		default:
			ok = false
		}
	})
	if !ok || uses == 0 || catchAll {
		return false, false, false
	}
	return !methodCatchAll, methods, true
}

// handlerArg reports whether id is passed to call where an http.Handler
// (the interface, not *http.ServeMux) is expected.
func (an *Analysis) handlerArg(call *ast.CallExpr, id *ast.Ident) bool {
	sig, ok := an.Info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok {
		return false
	}
	for i, a := range call.Args {
		if ast.Unparen(a) != id {
			continue
		}
		t := paramType(sig, i)
		return t != nil && isHTTPHandler(t) && types.IsInterface(t)
	}
	return false
}
