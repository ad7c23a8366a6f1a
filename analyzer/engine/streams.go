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
// Its Write writes the body; the bytes are data's own for a compressor or
// buffer, which the client gets back by Content-Encoding, and of unknown
// kind for any other wrapper. Any other use of the stream escapes.

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

// passThrough: a stream that keeps the bytes' meaning, as a compressor
// (undone by the client per Content-Encoding) or a buffer does.
func passThrough(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	path := n.Obj().Pkg().Path()
	if path == "bufio" || strings.HasPrefix(path, "compress/") {
		return true
	}
	for _, s := range []string{"compress", "brotli", "zstd", "snappy", "lz4", "gzip"} {
		if strings.Contains(path, s) {
			return true
		}
	}
	return false
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
	switch sel.Sel.Name {
	case "Write", "WriteString":
		if len(call.Args) != 1 {
			break
		}
		in.args(st, call.Args)
		ev := &Event{Kind: EvBody, Call: call, Writer: a.writer, Via: types.ExprString(sel.X) + " over the writer", BodyExpr: call.Args[0]}
		if a.typ == "pass" {
			if sel.Sel.Name == "Write" {
				ev.Body = in.bytesBody(st, call.Args[0])
			} else {
				ev.Body = in.paramBody(st, call.Args[0], "text")
			}
		}
		in.emit(st, ev)
		return true
	case "Reset":
		// Reset(io.Discard) before the pool takes it back: no longer ours.
		if _, ok := in.streamArg(st, call); !ok && !in.argsMentionWriter(st, call) {
			in.args(st, call.Args)
			delete(st.aux, obj)
			return true
		}
	}
	// Close, Flush and the like: the rest of what was written goes out.
	if !in.argsMentionWriter(st, call) {
		in.args(st, call.Args)
		return true
	}
	return false
}

// streamKind is aux.typ of a stream: "pass" when the bytes keep their meaning.
func streamKind(t types.Type) string {
	if passThrough(t) {
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
