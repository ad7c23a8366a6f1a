package engine

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A JSON renderer that encodes into a local buffer and writes its bytes
// (go-pkgz/rest's RenderJSON):
//
//	buf := &bytes.Buffer{}
//	enc := json.NewEncoder(buf)
//	enc.SetEscapeHTML(true)
//	if err := enc.Encode(data); err != nil { ... }
//	w.Write(buf.Bytes())
//
// sends the JSON of data. After one Encode the buffer holds that body
// (auxMarshaled on the buffer's variable); any other write into it, or a
// hand-off of it to another call, forgets what it holds.

// bufferOf returns buf for json.NewEncoder(buf) over a local bytes.Buffer.
func (in *interp) bufferOf(e ast.Expr) ast.Expr {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || fullName(in.info(), call) != "encoding/json.NewEncoder" {
		return nil
	}
	if in.localBuffer(call.Args[0]) != nil {
		return call.Args[0]
	}
	return nil
}

// localBuffer returns the local variable of type bytes.Buffer or
// *bytes.Buffer that e names (buf or &buf), or nil.
func (in *interp) localBuffer(e ast.Expr) types.Object {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := in.info().Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || in.escaped[v] {
		return nil
	}
	n, ok := types.Unalias(derefType(v.Type())).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "bytes" || n.Obj().Name() != "Buffer" {
		return nil
	}
	return v
}

// bufEncoderOf returns the buffer that encoder expression x writes into.
func (in *interp) bufEncoderOf(st *state, x ast.Expr) types.Object {
	if b := in.bufferOf(x); b != nil {
		return in.localBuffer(b)
	}
	if id, ok := ast.Unparen(x).(*ast.Ident); ok {
		if a, ok := st.aux[in.info().Uses[id]]; ok && a.kind == auxBufEncoder {
			return in.localBuffer(a.writer)
		}
	}
	return nil
}

// encodeInto records the JSON of v in buf, unless buf holds bytes already.
func (in *interp) encodeInto(st *state, buf types.Object, v ast.Expr) {
	if _, held := st.aux[buf]; held {
		delete(st.aux, buf) // a second document: not one JSON value
		return
	}
	st.aux[buf] = aux{kind: auxMarshaled, body: in.paramBody(st, v, "json")}
}

// bufferBody resolves buf.Bytes() or buf.String() of a buffer that holds
// one encoded value.
func (in *interp) bufferBody(st *state, call *ast.CallExpr) (Body, bool) {
	switch fullName(in.info(), call) {
	case "(*bytes.Buffer).Bytes", "(*bytes.Buffer).String":
	default:
		return Body{}, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return Body{}, false
	}
	buf := in.localBuffer(sel.X)
	if buf == nil {
		return Body{}, false
	}
	if a, ok := st.aux[buf]; ok && a.kind == auxMarshaled {
		return a.body, true
	}
	return Body{}, false
}

// touchBuffers forgets what a buffer holds when call may change it: a
// method other than a read, or a hand-off as an argument.
func (in *interp) touchBuffers(st *state, call *ast.CallExpr, name string) {
	switch name {
	case "(*bytes.Buffer).Bytes", "(*bytes.Buffer).String", "(*bytes.Buffer).Len",
		"encoding/json.NewEncoder", "(*encoding/json.Encoder).Encode":
		return
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if buf := in.localBuffer(sel.X); buf != nil {
			delete(st.aux, buf)
		}
	}
	for _, a := range call.Args {
		if buf := in.localBuffer(a); buf != nil {
			delete(st.aux, buf)
		}
	}
}
