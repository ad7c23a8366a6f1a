package engine

import (
	"go/ast"
	"go/types"
	"strings"
)

// Streams: an io.Writer that was handed the response writer and writes
// to it, as compressors do:
//
//	gz := gzip.NewWriter(w)       // or a pooled one: gz.Reset(w)
//	gz.Write(data)                // the body is data, compressed
//
// A value takes the writer this way when the writer is passed as a plain
// io.Writer (it cannot set headers or the status through that) to a call
// we do not follow that returns, or is a method of, a type with Write.
// Its Write writes the body: data's own bytes through a bufio.Writer, or
// through any stream once the response set Content-Encoding (the client
// decodes them back); of unknown kind otherwise. Any other use of the
// stream escapes.

var ioWriter = func() *types.Interface {
	byteSlice := types.NewSlice(types.Typ[types.Byte])
	sig := types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewVar(0, nil, "p", byteSlice)),
		types.NewTuple(types.NewVar(0, nil, "n", types.Typ[types.Int]), types.NewVar(0, nil, "err", types.Universe.Lookup("error").Type())), false)
	return types.NewInterfaceType([]*types.Func{types.NewFunc(0, nil, "Write", sig)}, nil).Complete()
}()

// isPlainWriter: a parameter of exactly io.Writer's method set, through
// which a callee can only write bytes.
func isPlainWriter(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && it.NumMethods() == 1 && types.Identical(it, ioWriter)
}

// streamType: a concrete type (or pointer to one) with a Write method.
func streamType(t types.Type) bool {
	if t == nil || types.IsInterface(t) {
		return false
	}
	return types.Implements(t, ioWriter) || types.Implements(types.NewPointer(t), ioWriter)
}

// buffered: bufio.Writer, which passes the bytes on unchanged. Any other
// stream keeps their meaning only when the response declares the encoding
// it applies (see contentEncoded).
func buffered(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "bufio" && n.Obj().Name() == "Writer"
}

// contentEncoded reports whether the path set Content-Encoding on the
// response: the client then decodes what a stream writes (gzip, brotli,
// zstd, ...) back to the bytes given to it.
func contentEncoded(st *state) bool {
	for n := st.ev; n != nil; n = n.prev {
		if !strings.EqualFold(n.ev.Header, "Content-Encoding") {
			continue
		}
		switch n.ev.Kind {
		case EvHeader:
			return true
		case EvHeaderDel:
			return false
		}
	}
	return false
}

// ioMethod reports whether fn is the Write of io.Writer (text false) or
// the WriteString of io.StringWriter (text true).
func ioMethod(fn *types.Func) (text, ok bool) {
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 1 || sig.Results().Len() != 2 {
		return false, false
	}
	if !types.Identical(sig.Results().At(0).Type(), types.Typ[types.Int]) || !types.Identical(sig.Results().At(1).Type(), types.Universe.Lookup("error").Type()) {
		return false, false
	}
	p := sig.Params().At(0).Type()
	switch {
	case fn.Name() == "Write" && types.Identical(p, types.NewSlice(types.Typ[types.Byte])):
		return false, true
	case fn.Name() == "WriteString" && types.Identical(p, types.Typ[types.String]):
		return true, true
	}
	return false, false
}

// streamArg returns the writer a call hands over as a plain io.Writer.
func (in *interp) streamArg(st *state, call *ast.CallExpr) (ast.Expr, bool) {
	sig, _ := in.info().TypeOf(call.Fun).Underlying().(*types.Signature)
	if sig == nil {
		return nil, false
	}
	var w ast.Expr
	for i, a := range call.Args {
		if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
			return nil, false
		}
		aw, isW := in.writerOf(st, a)
		if !isW {
			if in.mentionsWriter(st, a) {
				return nil, false
			}
			continue
		}
		if w != nil || !isPlainWriter(sig.Params().At(i).Type()) {
			return nil, false
		}
		w = aw
	}
	return w, w != nil
}

// streamCtor is called where a call we do not follow takes the writer:
// `gz := gzip.NewWriter(w)`, bound by the assignment around it, hands the
// writer to a stream instead of letting it escape.
func (in *interp) streamCtor(st *state, call *ast.CallExpr) bool {
	if in.bindCall != call {
		return false
	}
	t := in.info().TypeOf(call)
	if tup, ok := t.(*types.Tuple); ok {
		if tup.Len() == 0 {
			return false
		}
		t = tup.At(0).Type()
	}
	if !streamType(t) {
		return false
	}
	w, ok := in.streamArg(st, call)
	if !ok {
		return false
	}
	in.expr(st, call.Fun)
	in.bound = &aux{kind: auxStream, writer: w, typ: streamKind(t)}
	return true
}

// streamOf returns the stream variable e names and the writer under it.
func (in *interp) streamOf(st *state, e ast.Expr) (types.Object, aux, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, aux{}, false
	}
	obj := in.info().Uses[id]
	a, ok := st.aux[obj]
	return obj, a, ok && a.kind == auxStream
}

// streamCall models a method call on a stream, or `s.Reset(w)` that makes
// a local value a stream; false when call is neither.
func (in *interp) streamCall(st *state, call *ast.CallExpr, sel *ast.SelectorExpr) bool {
	if sel == nil {
		return false
	}
	if m, ok := in.info().Selections[sel]; !ok || m.Kind() != types.MethodVal {
		return false
	}
	obj, a, isStream := in.streamOf(st, sel.X)
	fn, _ := in.info().Selections[sel].Obj().(*types.Func)
	if !isStream {
		// pooled.Reset(w): the local value now writes to w.
		id, ok := ast.Unparen(sel.X).(*ast.Ident)
		if !ok {
			return false
		}
		obj = in.info().Uses[id]
		if obj == nil || in.escaped[obj] || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() || !streamType(obj.Type()) {
			return false
		}
		w, ok := in.streamArg(st, call)
		if !ok {
			return false
		}
		st.aux[obj] = aux{kind: auxStream, writer: w, typ: streamKind(obj.Type())}
		return true
	}
	if text, ok := ioMethod(fn); ok {
		in.args(st, call.Args)
		ev := &Event{Kind: EvBody, Call: call, Writer: a.writer, Via: types.ExprString(sel.X) + " over the writer", BodyExpr: call.Args[0]}
		if a.typ == "pass" || contentEncoded(st) {
			if text {
				ev.Body = in.paramBody(st, call.Args[0], "text")
			} else {
				ev.Body = in.bytesBody(st, call.Args[0])
			}
		}
		in.emit(st, ev)
		return true
	}
	if takesPlainWriter(fn) {
		// Reset(w) again, or Reset(io.Discard) before the pool takes it
		// back: then it is no longer ours.
		if w, ok := in.streamArg(st, call); ok {
			a.writer = w
			st.aux[obj] = a
			return true
		}
		if !in.argsMentionWriter(st, call) {
			in.args(st, call.Args)
			delete(st.aux, obj)
			return true
		}
		return false
	}
	// Close, Flush and the like: the rest of what was written goes out.
	if !in.argsMentionWriter(st, call) {
		in.args(st, call.Args)
		return true
	}
	return false
}

// takesPlainWriter: a method with an io.Writer parameter (Reset).
func takesPlainWriter(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	for i := range sig.Params().Len() {
		if isPlainWriter(sig.Params().At(i).Type()) {
			return true
		}
	}
	return false
}

// streamKind is aux.typ of a stream: "pass" when the bytes keep their
// meaning whatever the headers say.
func streamKind(t types.Type) string {
	if buffered(t) {
		return "pass"
	}
	return ""
}

func (in *interp) argsMentionWriter(st *state, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if in.mentionsWriter(st, a) {
			return true
		}
	}
	return false
}
