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

// Functions that return an encoded body: miniflux's
//
//	func generateJSONError(err error) []byte {
//		b, _ := json.Marshal(errorMsg{ErrorMessage: err.Error()})
//		return b
//	}
//
// is written with w.Write(generateJSONError(err)) or stored in a builder;
// the bytes are the JSON of errorMsg, so the body is judged by that type.

// encodedOf returns the Encoded fact of fn, from this package or a dependency.
func (an *Analysis) encodedOf(fn *types.Func) *summary.Encoded {
	if fn == nil {
		return nil
	}
	return memoFact(an, fn, an.localEnc, an.importedEnc,
		func() *summary.Encoded { return an.computeEncoded(fn) },
		func() (*summary.Encoded, bool) { return an.Facts.ImportEncoded(fn) })
}

// encodesShape: a first result of []byte or string, alone or with an error.
func encodesShape(sig *types.Signature) bool {
	res := sig.Results()
	switch res.Len() {
	case 1:
	case 2:
		if !types.Identical(res.At(1).Type(), errorIface) && !types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type()) {
			return false
		}
	default:
		return false
	}
	switch t := res.At(0).Type().Underlying().(type) {
	case *types.Basic:
		return t.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := t.Elem().Underlying().(*types.Basic)
		return ok && b.Kind() == types.Byte
	}
	return false
}

// computeEncoded summarises a function of this package whose every return
// gives the JSON encoding of one kind of value: a variable set once from
// json.Marshal, json.Marshal itself, or another such function. A nil
// result is allowed beside a non-nil error, or where the only error
// tested is json.Marshal's, which a value json accepts never returns.
func (an *Analysis) computeEncoded(fn *types.Func) *summary.Encoded {
	decl := an.funcDecls[fn]
	if decl == nil || decl.Body == nil || !encodesShape(fn.Type().(*types.Signature)) {
		return nil
	}
	in := &interp{an: an, fn: &Func{Type: decl.Type, Body: decl.Body}, writers: map[types.Object]bool{}, summarising: true}
	in.setup()
	st := &state{env: map[types.Object]Status{}, aux: map[types.Object]aux{}}
	info := an.Info
	marshaled := map[types.Object]Body{}
	marshalErr := map[types.Object]bool{}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return true
		}
		call, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
		if !ok || !isMarshal(info, call) {
			return true
		}
		if id, ok := as.Lhs[0].(*ast.Ident); ok {
			if obj := info.Defs[id]; obj != nil && !in.reassigned[obj] {
				marshaled[obj] = in.paramBody(st, call.Args[0], "json")
			}
		}
		if id, ok := as.Lhs[1].(*ast.Ident); ok {
			if obj := info.ObjectOf(id); obj != nil {
				marshalErr[obj] = true
			}
		}
		return true
	})
	var out *Body
	ok := true
	var stack []ast.Node
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return false
		}
		if _, isLit := n.(*ast.FuncLit); isLit || !ok {
			return false
		}
		stack = append(stack, n)
		ret, isRet := n.(*ast.ReturnStmt)
		if !isRet {
			return true
		}
		b, found := an.returnedEncoding(in, st, ret, marshaled)
		if !found {
			if tv, has := info.Types[firstOrNil(ret)]; has && tv.IsNil() && (errReturned(info, ret) || underMarshalErr(info, stack, marshalErr)) {
				return true // no body, and no caller writes it
			}
			ok = false
			return false
		}
		switch {
		case out == nil:
			out = &b
		case out.Kind != b.Kind || out.Param != b.Param || out.Mode != b.Mode:
			ok = false
		case out.Validations != b.Validations:
			out.Validations = Maybe
		}
		return true
	})
	if !ok || out == nil || (out.Kind == BodyUnknown && out.Param == 0) {
		return nil
	}
	return &summary.Encoded{Body: bodyValue(*out)}
}

func firstOrNil(ret *ast.ReturnStmt) ast.Expr {
	if len(ret.Results) == 0 {
		return nil
	}
	return ret.Results[0]
}

// returnedEncoding classifies the first result of ret as an encoding.
func (an *Analysis) returnedEncoding(in *interp, st *state, ret *ast.ReturnStmt, marshaled map[types.Object]Body) (Body, bool) {
	r := firstOrNil(ret)
	if r == nil {
		return Body{}, false
	}
	r = ast.Unparen(r)
	// string(b): the same bytes.
	if conv, ok := r.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := an.Info.Types[conv.Fun]; ok && tv.IsType() {
			r = ast.Unparen(conv.Args[0])
		}
	}
	switch r := r.(type) {
	case *ast.Ident:
		b, ok := marshaled[an.Info.Uses[r]]
		return b, ok
	case *ast.CallExpr:
		if isMarshal(an.Info, r) {
			return in.paramBody(st, r.Args[0], "json"), len(ret.Results) == 1
		}
		return in.encodedCall(st, r)
	}
	return Body{}, false
}

// encodedCall resolves a call of a function with an Encoded fact: the
// body it returns, with the caller's argument for a parameter it encodes.
func (in *interp) encodedCall(st *state, call *ast.CallExpr) (Body, bool) {
	fn, _ := typeutil.Callee(in.info(), call).(*types.Func)
	if fn == nil {
		return Body{}, false
	}
	f := in.an.encodedOf(fn)
	if f == nil {
		return Body{}, false
	}
	b := f.Body
	if b.Param == 0 {
		return Body{Kind: BodyKind(b.Kind), Validations: Tri(b.Validations), Desc: b.Desc, Unsure: b.Unsure}, true
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil {
		// Parameters are counted without the receiver: x.M(a), not (*T).M(x, a).
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); !ok || in.info().Selections[sel] == nil || in.info().Selections[sel].Kind() != types.MethodVal {
			return Body{}, false
		}
	}
	a := argFor(call, sig, b.Param)
	if a == nil {
		return Body{}, false
	}
	return in.paramBody(st, a, b.Mode), true
}

func isMarshal(info *types.Info, call *ast.CallExpr) bool {
	switch fullName(info, call) {
	case "encoding/json.Marshal", "encoding/json.MarshalIndent":
		return len(call.Args) > 0
	}
	return false
}

// errReturned: the return gives a non-nil error beside its first result.
func errReturned(info *types.Info, ret *ast.ReturnStmt) bool {
	if len(ret.Results) != 2 {
		return false
	}
	tv, ok := info.Types[ret.Results[1]]
	return ok && !tv.IsNil()
}

// underMarshalErr: the return sits in `if err != nil` on json.Marshal's error.
func underMarshalErr(info *types.Info, stack []ast.Node, marshalErr map[types.Object]bool) bool {
	for i := len(stack) - 1; i > 0; i-- {
		ifs, ok := stack[i-1].(*ast.IfStmt)
		if !ok || ifs.Body != stack[i] {
			continue
		}
		be, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
		if !ok || be.Op.String() != "!=" {
			continue
		}
		if id, ok := ast.Unparen(be.X).(*ast.Ident); ok && marshalErr[info.Uses[id]] {
			if tv, ok := info.Types[be.Y]; ok && tv.IsNil() {
				return true
			}
		}
	}
	return false
}

// exportEncoded exports the Encoded facts of this package's functions.
func (an *Analysis) exportEncoded() {
	// Only a package that imports encoding/json can encode here; the check
	// keeps the cost off the many packages whose functions return strings.
	if an.Facts == nil || !slices.ContainsFunc(an.Pkg.Imports(), func(p *types.Package) bool { return p.Path() == "encoding/json" }) {
		return
	}
	for _, d := range an.declOrder {
		fn, _ := an.Info.Defs[d.Name].(*types.Func)
		if fn == nil || !encodesShape(fn.Type().(*types.Signature)) {
			continue
		}
		if f := an.encodedOf(fn); f != nil {
			an.Facts.ExportEncoded(fn, f)
		}
	}
}

// encodedExpr resolves e when it is an encoding: a call of an Encoded
// function, or a variable that holds json.Marshal's output or such a call's.
func (in *interp) encodedExpr(st *state, e ast.Expr) (Body, bool) {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		if b, ok := in.bufferBody(st, e); ok {
			return b, true // buf.Bytes() after json.NewEncoder(buf).Encode(v)
		}
		return in.encodedCall(st, e)
	case *ast.Ident:
		if a, ok := st.aux[in.info().Uses[e]]; ok && a.kind == auxMarshaled {
			return a.body, true
		}
	case *ast.BinaryExpr:
		// e.JSON() + "\n": white space around JSON leaves it JSON.
		if e.Op != token.ADD {
			break
		}
		if s, ok := constString(in.info(), e.Y); ok && strings.TrimSpace(s) == "" {
			return in.encodedExpr(st, e.X)
		}
		if s, ok := constString(in.info(), e.X); ok && strings.TrimSpace(s) == "" {
			return in.encodedExpr(st, e.Y)
		}
	}
	return Body{}, false
}
