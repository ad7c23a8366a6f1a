package engine

// Error sinks: a field where handlers collect errors, sent by the code
// that runs them once they return.
//
//	type Context struct { Errors errcode.Errors; ... }
//	func (app *App) dispatcher(...) http.Handler {
//		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
//			ctx := app.context(w, r)
//			defer func() {
//				if ctx.Errors.Len() > 0 { errcode.ServeJSON(w, ctx.Errors) }
//			}()
//			dispatch(ctx, r).ServeHTTP(w, r)
//		})
//	}
//	func (h *blobHandler) GetBlob(w http.ResponseWriter, r *http.Request) {
//		h.Errors = append(h.Errors, errcode.ErrorCodeBlobUnknown.WithDetail(dgst))
//	}
//
// A field whose type is a list of errors (a slice type that is an error)
// and that a deferred call hands to a summarised funnel together with a
// writer is a sink (summary.Sink, a fact on the field). A handler's path
// that appends to a sink, and writes nothing itself, ends with that
// funnel's paths, given the first error appended: the funnel is taken to
// send the status of the first error it collects (see errParam), and it
// writes to the writer the handler was given. In the function that
// defers the call, appending and then calling the funnel on the field
// gives the funnel that first error too.

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/summary"
)

type sinkInfo struct {
	fact *summary.Sink
	// home is the body of the function whose deferred call sends the
	// sink: its own paths run that call.
	home *ast.BlockStmt
}

// sinkRec is an error appended to a sink on a path, the first one.
type sinkRec struct {
	field *types.Var
	err   ast.Expr // nil when not known (append(x.S, more...))
	stmt  ast.Stmt
	prev  *sinkRec
}

// findSinks finds the fields this package's deferred calls send through a
// funnel, and exports the facts of those it declares.
func (an *Analysis) findSinks() {
	an.sinks = map[*types.Var]*sinkInfo{}
	for _, f := range an.Files {
		var bodies []*ast.BlockStmt // the functions around the node
		var visit func(n ast.Node) bool
		visit = func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Body == nil {
					return false
				}
				bodies = append(bodies, n.Body)
				ast.Inspect(n.Body, visit)
				bodies = bodies[:len(bodies)-1]
				return false
			case *ast.FuncLit:
				bodies = append(bodies, n.Body)
				ast.Inspect(n.Body, visit)
				bodies = bodies[:len(bodies)-1]
				return false
			case *ast.DeferStmt:
				if len(bodies) == 0 {
					return false
				}
				home := bodies[len(bodies)-1]
				ast.Inspect(n.Call, func(m ast.Node) bool {
					if call, ok := m.(*ast.CallExpr); ok {
						an.sinkCall(call, home)
					}
					return true
				})
				return false
			}
			return true
		}
		ast.Inspect(f, visit)
	}
	if an.Facts == nil {
		return
	}
	var fields []*types.Var
	for v := range an.sinks {
		if v.Pkg() == an.Pkg {
			fields = append(fields, v)
		}
	}
	sort.Slice(fields, func(i, j int) bool { return fields[i].Pos() < fields[j].Pos() })
	for _, v := range fields {
		an.Facts.ExportObject(v, an.sinks[v].fact)
	}
}

// sinkCall records the sink a deferred call funnel(w, x.S) sends.
func (an *Analysis) sinkCall(call *ast.CallExpr, home *ast.BlockStmt) {
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	if !ok {
		return
	}
	for i, a := range call.Args {
		field := sinkField(an.Info, a)
		if field == nil {
			continue
		}
		sum := an.summaryOf(fn)
		if sum == nil || sum.Fact.Writer < 0 || sum.Fact.Writer >= len(call.Args) || sum.Fact.Writer == i {
			return
		}
		if t := an.Info.TypeOf(call.Args[sum.Fact.Writer]); t == nil || !IsResponseWriter(t) {
			return
		}
		an.sinks[field] = &sinkInfo{home: home, fact: &summary.Sink{Writer: sum.Fact.Writer + 1, ErrArg: i + 1,
			Funnel: *sum.Fact, Name: fn.Pkg().Name() + "." + fn.Name()}}
		return
	}
}

// sinkField returns the field x.S names when its type is a list of errors.
func sinkField(info *types.Info, e ast.Expr) *types.Var {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	v, ok := s.Obj().(*types.Var)
	if !ok || !errorList(v.Type()) {
		return nil
	}
	return v
}

// sinkOf returns what this package or a fact says of a field as a sink.
func (an *Analysis) sinkOf(v *types.Var) *sinkInfo {
	if an.sinks == nil {
		return nil
	}
	if s, ok := an.sinks[v]; ok {
		return s
	}
	var s *sinkInfo
	if f := new(summary.Sink); v.Pkg() != an.Pkg && an.Facts != nil && an.Facts.ImportObject(v, f) {
		s = &sinkInfo{fact: f}
	}
	an.sinks[v] = s
	return s
}

// sinkAppend records `x.S = append(x.S, err, ...)` on a sink: the first
// error appended on the path.
func (in *interp) sinkAppend(st *state, lhs, rhs []ast.Expr) {
	if len(lhs) != 1 || len(rhs) != 1 {
		return
	}
	field := sinkField(in.info(), lhs[0])
	if field == nil || in.an.sinkOf(field) == nil {
		return
	}
	call, ok := ast.Unparen(rhs[0]).(*ast.CallExpr)
	if !ok || len(call.Args) < 2 {
		return
	}
	if b, ok := in.info().Uses[calleeIdent(call)].(*types.Builtin); !ok || b.Name() != "append" || sinkField(in.info(), call.Args[0]) != field {
		return
	}
	for r := st.sinks; r != nil; r = r.prev {
		if r.field == field {
			return // the first error decides
		}
	}
	rec := &sinkRec{field: field, err: call.Args[1], prev: st.sinks}
	if call.Ellipsis.IsValid() {
		rec.err = nil
	}
	if n := len(in.stmts); n > 0 {
		rec.stmt = in.stmts[n-1].stmt
	}
	st.sinks = rec
}

func calleeIdent(call *ast.CallExpr) *ast.Ident {
	id, _ := ast.Unparen(call.Fun).(*ast.Ident)
	return id
}

// sinkElem returns the first error appended on this path to the sink e
// names, if any.
func (in *interp) sinkElem(st *state, e ast.Expr) ast.Expr {
	field := sinkField(in.info(), e)
	if field == nil {
		return nil
	}
	for r := st.sinks; r != nil; r = r.prev {
		if r.field == field {
			return r.err
		}
	}
	return nil
}

// sendSinks ends a handler's path that appended to a sink and wrote
// nothing itself with the sink's funnel, as the code that runs the
// handler does once it returns.
func (in *interp) sendSinks(st *state) {
	if st.sinks == nil || !in.fn.Handler {
		return
	}
	for n := st.ev; n != nil; n = n.prev {
		if k := n.ev.Kind; k == EvBody || k == EvStatus || k == EvOpaque {
			return
		}
	}
	w := in.writerParamIdent()
	if w == nil {
		return
	}
	var first *sinkRec
	for r := st.sinks; r != nil; r = r.prev {
		first = r
	}
	s := in.an.sinkOf(first.field)
	if s == nil || s.home == in.fn.Body || first.err == nil {
		return
	}
	if first.stmt != nil {
		in.pushStmt(first.stmt, false)
		defer in.popStmt()
	}
	in.splice(st, site{node: first.err, writer: w, name: s.fact.Name, funnel: true,
		arg: func(p int) ast.Expr {
			if p == s.fact.ErrArg {
				return first.err
			}
			return nil
		}}, &Summary{Fact: &s.fact.Funnel})
}
