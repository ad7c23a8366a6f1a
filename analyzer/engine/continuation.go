package engine

import (
	"go/ast"
	"go/types"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// A chain of handlers that share one value holding the writer (a hook's
// event: pocketbase's e.Next()) runs the next handler through a method of
// that value; calling it hands the response on, as next.ServeHTTP(w, r)
// does, and that handler is checked on its own. Such a method is known by
// its body, not its name: it takes nothing, returns an error, and every
// return gives back nil or the result of calling a function its receiver
// holds in a field (summary.Continuation, a fact on the method).

// findContinuations records, and exports, this package's continuations.
// It runs for every package: the chain's event type usually lives in a
// package that writes no response.
func (an *Analysis) findContinuations() {
	for _, f := range an.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil || fd.Recv == nil || len(fd.Recv.List[0].Names) != 1 {
				continue
			}
			fn, ok := an.Info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			sig := fn.Type().(*types.Signature)
			if sig.Params().Len() != 0 || sig.Results().Len() != 1 || !isErrorType(sig.Results().At(0).Type()) {
				continue
			}
			if field := continuationField(an.Info, fd); field != "" {
				c := &summary.Continuation{Field: field}
				an.continuations[fn] = c
				if an.Facts != nil {
					an.Facts.ExportObject(fn, c)
				}
			}
		}
	}
}

// continuationField returns the function field that every non-nil return
// of method fd calls on its receiver, or "".
func continuationField(info *types.Info, fd *ast.FuncDecl) string {
	recv := info.Defs[fd.Recv.List[0].Names[0]]
	field, ok := "", recv != nil
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			if tv, has := info.Types[n.Results[0]]; has && tv.IsNil() {
				return false
			}
			call, isCall := ast.Unparen(n.Results[0]).(*ast.CallExpr)
			if !isCall {
				ok = false
				return false
			}
			sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !isSel {
				ok = false
				return false
			}
			id, isID := ast.Unparen(sel.X).(*ast.Ident)
			s := info.Selections[sel]
			if !isID || info.Uses[id] != recv || s == nil || s.Kind() != types.FieldVal {
				ok = false
				return false
			}
			if _, isFunc := s.Type().Underlying().(*types.Signature); !isFunc || (field != "" && field != sel.Sel.Name) {
				ok = false
				return false
			}
			field = sel.Sel.Name
		}
		return ok
	})
	if !ok {
		return ""
	}
	return field
}

// continues reports whether call runs a continuation (see above).
func (an *Analysis) continues(call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := an.Info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return false
	}
	fn = fn.Origin()
	if _, local := an.continuations[fn]; local {
		return true
	}
	return fn.Pkg() != an.Pkg && an.Facts != nil && an.Facts.ImportObject(fn, new(summary.Continuation))
}
