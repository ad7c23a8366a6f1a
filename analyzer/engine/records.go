package engine

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// Response records keep what a response will be in fields of a value that
// does not hold the writer, and a method of theirs that is given the
// writer sends it:
//
//	func NewResponse(data any, status int) *Response { return &Response{Data: data, statusCode: status} }
//	func (r *Response) SendJSON(c WebContext) error { ...WriteHeader(r.statusCode); json...Encode(r.GetData()) }
//	return NewResponse(body, http.StatusNotFound).SendJSON(c)
//
// They are followed with the machinery of error values: a record type
// carries a status (carriesStatus), so its literals are values with
// fields and its constructors export facts of the fields they set; the
// sending method's summary reads recv.field (a status, or the data in a
// body field), and each call resolves them from the value it is called
// on.

// sentBySelf reports a response record: a struct type of the program that
// does not hold the writer but declares a method that takes it (or a value
// that holds it).
func sentBySelf(t types.Type) bool {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "net/http" || framework.Internal(n.Obj().Pkg().Path()) {
		return false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok || holdsWriter(n) {
		return false
	}
	for m := range n.Methods() {
		if writerIndex(m.Type().(*types.Signature)) >= 0 {
			return true
		}
	}
	return false
}

// recordBody resolves a body read from a record's interface field, r.Data
// or a getter that returns it (r.GetData()): in the record's own method it
// stays recv.field for each call to resolve; elsewhere it is what the
// value's maker stored there.
func (in *interp) recordBody(st *state, e ast.Expr, mode string) (Body, bool) {
	x, f, ok := in.recordField(e)
	if !ok {
		return Body{}, false
	}
	if in.isRecv(x) {
		if in.storesRecvField(f.Name()) {
			return Body{}, true
		}
		return Body{Param: summary.Receiver, Field: fieldKey(in.info().TypeOf(x), f), Mode: mode}, true
	}
	return in.storedPayload(st, x, f.Name(), mode), true
}

// storedPayload is the body a record value x holds in interface field
// name, sent in mode: a parameter of the function being summarised, an
// expression of this function, or unknown.
func (in *interp) storedPayload(st *state, x ast.Expr, name, mode string) Body {
	if !in.sealedRecord(x) {
		return Body{}
	}
	v, ok := in.errValue(st, x)
	if !ok {
		return Body{}
	}
	p, ok := v.Payloads[name]
	switch {
	case !ok:
		return Body{}
	case p.param > 0:
		return Body{Param: p.param, Mode: mode}
	case p.expr != nil:
		return in.paramBody(st, p.expr, mode)
	}
	return Body{}
}

// recordField reports e as a read of an interface field of a record value:
// x.F, or x.M() where M is a method of the package whose body is `return
// r.F`. It returns x and the field.
func (in *interp) recordField(e ast.Expr) (ast.Expr, *types.Var, bool) {
	info := in.info()
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && len(call.Args) == 0 {
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		fn, isFn := typeutil.Callee(info, call).(*types.Func)
		if !ok || !isFn {
			return nil, nil, false
		}
		f := in.an.getterField(fn)
		if f == nil {
			return nil, nil, false
		}
		return sel.X, f, sentBySelf(info.TypeOf(sel.X))
	}
	sel, ok := e.(*ast.SelectorExpr)
	if !ok {
		return nil, nil, false
	}
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 || !sentBySelf(s.Recv()) {
		return nil, nil, false
	}
	f := s.Obj().(*types.Var)
	if !types.IsInterface(f.Type()) || isErrorType(f.Type()) {
		return nil, nil, false
	}
	return sel.X, f, true
}

// getterField returns the interface field a method of this package returns
// as it is (`func (r *Response) GetData() any { return r.Data }`), or nil.
func (an *Analysis) getterField(fn *types.Func) *types.Var {
	d := an.funcDecls[fn.Origin()]
	if d == nil || d.Recv == nil || len(d.Recv.List) != 1 || len(d.Recv.List[0].Names) != 1 || d.Body == nil || len(d.Body.List) != 1 {
		return nil
	}
	ret, ok := d.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	sel, ok := ast.Unparen(ret.Results[0]).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok || an.Info.Uses[id] == nil || an.Info.Uses[id] != an.Info.Defs[d.Recv.List[0].Names[0]] {
		return nil
	}
	s, ok := an.Info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal || len(s.Index()) != 1 {
		return nil
	}
	f := s.Obj().(*types.Var)
	if !types.IsInterface(f.Type()) || isErrorType(f.Type()) {
		return nil
	}
	return f
}

// fieldName is the field's name in key "import/path.Type.Field".
func fieldName(key string) string { return key[strings.LastIndex(key, ".")+1:] }

// sealedRecord reports whether the fields of record value a are still
// those it was made with where it is sent: a call chain or literal, or a
// variable that is only assigned, read, given to calls as a value, and
// called with methods that send it or read it (unsealedRecords). A record
// given where a writer is wanted (next.ServeHTTP(rec, r): a buffering
// writer), assigned through (rec.status = 404), given by address, called
// with another method (rec.SetStatus(200)) or captured by a closure is
// not followed. A call that takes the record as a value is assumed not to
// change its fields.
func (in *interp) sealedRecord(a ast.Expr) bool {
	id, ok := ast.Unparen(a).(*ast.Ident)
	if !ok {
		return true
	}
	obj := in.info().Uses[id]
	if obj == nil || in.escaped[obj] {
		return false
	}
	if in.unsealed == nil {
		in.unsealed = in.unsealedRecords()
	}
	return !in.unsealed[obj]
}

// unsealedRecords returns the variables of a record type with a use
// other than being assigned, having a field read, being given to a call
// that does not want a writer, or being the receiver of a method that
// takes the writer or of a getter.
func (in *interp) unsealedRecords() map[types.Object]bool {
	info := in.info()
	ok := map[*ast.Ident]bool{} // uses that keep the value as it was made
	out := map[types.Object]bool{}
	if in.fn.Body == nil {
		return out
	}
	record := func(e ast.Expr) *ast.Ident {
		id, isID := ast.Unparen(e).(*ast.Ident)
		if !isID || info.Uses[id] == nil || !sentBySelf(info.Uses[id].Type()) {
			return nil
		}
		return id
	}
	ast.Inspect(in.fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a use inside a closure is not marked, so it unseals
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if id := record(l); id != nil {
					ok[id] = true // rebound: the new value is what is followed
				}
			}
		case *ast.CallExpr:
			// Given to a call as a value to send or read
			// (render.Render(w, r, rec)), it is the same record; given
			// where a writer is wanted (next.ServeHTTP(rec, r)), the
			// call writes into it.
			if sig, isSig := info.TypeOf(n.Fun).Underlying().(*types.Signature); isSig {
				for i, a := range n.Args {
					id := record(a)
					if id == nil || i >= sig.Params().Len() && !sig.Variadic() {
						continue
					}
					t := sig.Params().At(min(i, sig.Params().Len()-1)).Type()
					if sig.Variadic() && i >= sig.Params().Len()-1 {
						if sl, isSl := t.(*types.Slice); isSl {
							t = sl.Elem()
						}
					}
					if _, carrier := carrierOf(t); !carrier && !holdsWriter(t) {
						ok[id] = true
					}
				}
			}
			sel, isSel := ast.Unparen(n.Fun).(*ast.SelectorExpr)
			if !isSel {
				break
			}
			id := record(sel.X)
			fn, isFn := typeutil.Callee(info, n).(*types.Func)
			if id != nil && isFn && (writerIndex(fn.Type().(*types.Signature)) >= 0 || in.an.getterField(fn) != nil) {
				ok[id] = true
			}
		case *ast.SelectorExpr:
			if s, isField := info.Selections[n]; isField && s.Kind() == types.FieldVal {
				if id := record(n.X); id != nil {
					ok[id] = true // a read; a store is unmarked below
				}
			}
		}
		return true
	})
	// Stores into a field, and its address taken, change the value.
	ast.Inspect(in.fn.Body, func(n ast.Node) bool {
		for _, t := range storeTargets(n) {
			if sel, isSel := ast.Unparen(t).(*ast.SelectorExpr); isSel {
				if id := record(sel.X); id != nil {
					out[info.Uses[id]] = true
				}
			}
		}
		return true
	})
	ast.Inspect(in.fn.Body, func(n ast.Node) bool {
		if id, isID := n.(*ast.Ident); isID && !ok[id] {
			if obj := info.Uses[id]; obj != nil && record(id) != nil && obj.Parent() != obj.Pkg().Scope() {
				out[obj] = true
			}
		}
		return true
	})
	return out
}

// storesRecvField reports whether the method being summarised assigns
// field name of its receiver (t.statusCode = http.StatusOK): a read of it
// is then not the value the caller's record holds.
func (in *interp) storesRecvField(name string) bool {
	if in.recvStores == nil {
		in.recvStores = map[string]bool{}
		if in.fn.Body != nil && in.recv != nil {
			ast.Inspect(in.fn.Body, func(n ast.Node) bool {
				for _, t := range storeTargets(n) {
					if sel, isSel := ast.Unparen(t).(*ast.SelectorExpr); isSel {
						if id, isID := ast.Unparen(sel.X).(*ast.Ident); isID && in.info().Uses[id] == in.recv {
							in.recvStores[sel.Sel.Name] = true
						}
					}
				}
				return true
			})
		}
	}
	return in.recvStores[name]
}

// storeTargets returns what node n may store into: the left of an
// assignment, the operand of ++ or --, an operand whose address is taken.
func storeTargets(n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.AssignStmt:
		return n.Lhs
	case *ast.IncDecStmt:
		return []ast.Expr{n.X}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			return []ast.Expr{n.X}
		}
	}
	return nil
}
