package engine

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"net/textproto"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// fullName is the callee's full name ("net/http.Error",
// "(net/http.ResponseWriter).WriteHeader", or for a package-level function
// variable "github.com/go-chi/render.Respond"), or "" for dynamic calls.
func fullName(info *types.Info, call *ast.CallExpr) string {
	switch fn := typeutil.Callee(info, call).(type) {
	case *types.Func:
		return fn.Origin().FullName()
	case *types.Var:
		if fn.Pkg() != nil && fn.Parent() == fn.Pkg().Scope() {
			return fn.Pkg().Path() + "." + fn.Name()
		}
	}
	return ""
}

// writerOf returns the writer expression e denotes, if any: a writer or
// carrier parameter, an alias, or a framework's way to the underlying
// writer (gin's c.Writer, echo's c.Response(), fiber's c.Status(s)).
func (in *interp) writerOf(st *state, e ast.Expr) (ast.Expr, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if sel, ok := in.info().Selections[x]; ok && sel.Kind() == types.FieldVal {
			key := "(" + types.TypeString(sel.Recv(), nil) + ")." + x.Sel.Name
			if framework.WriterOf(key) != nil {
				return in.writerOf(st, x.X)
			}
			// e.RequestEvent, the embedded value through which e holds
			// the writer (a hook's event around the request's): the same
			// writer, as holdsWriter counts one along the embedding.
			if v, ok := sel.Obj().(*types.Var); ok && v.Embedded() && holdsWriter(sel.Type()) && holdsWriter(sel.Recv()) {
				return in.writerOf(st, x.X)
			}
			// e.Response, where e holds the writer: the field is the writer.
			if IsResponseWriter(sel.Type()) && holdsWriter(sel.Recv()) {
				if _, ok := in.writerOf(st, x.X); ok {
					return x, true
				}
			}
		}
		return nil, false
	case *ast.TypeAssertExpr:
		// w.(http.Flusher), w.(interface{ Written() bool }): the same writer.
		if x.Type != nil {
			return in.writerOf(st, x.X)
		}
		return nil, false
	case *ast.UnaryExpr:
		if lit, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok && x.Op == token.AND {
			return in.writerOf(st, lit)
		}
		return nil, false
	case *ast.CompositeLit:
		// &statusWriter{ResponseWriter: w}: a value that holds our writer.
		if v := writerFieldValue(in.info(), x); v != nil {
			return in.writerOf(st, v)
		}
		return nil, false
	case *ast.CallExpr:
		if w, ok := in.returnedHolder(st, x); ok {
			return w, true
		}
		// rw.(Unwrapper).Unwrap(): a wrapper hands back the writer it wraps,
		// which writes to the same response.
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && len(x.Args) == 0 && IsResponseWriter(in.info().TypeOf(x)) {
			if s := in.info().Selections[sel]; s != nil && s.Kind() == types.MethodVal && types.IsInterface(s.Recv()) {
				if w, ok := in.writerOf(st, sel.X); ok {
					return w, true
				}
			}
		}
		if _, m, ok := framework.Lookup(fullName(in.info(), x)); ok && (m.Returns == "writer" || m.Returns == "carrier") {
			if m.Writer > 0 && m.Writer <= len(x.Args) {
				return in.writerOf(st, x.Args[m.Writer-1])
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && m.Writer == 0 {
				return in.writerOf(st, sel.X)
			}
		}
		return nil, false
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, false
	}
	obj := in.info().Uses[id]
	if in.writers[obj] {
		return id, true
	}
	if a, ok := st.aux[obj]; ok && a.kind == auxWriter {
		return a.writer, true
	}
	return nil, false
}

// writerFieldValue returns the value a composite literal of a type that
// holds the writer gives its writer field, or nil.
func writerFieldValue(info *types.Info, lit *ast.CompositeLit) ast.Expr {
	t := info.TypeOf(lit)
	if !holdsWriter(t) {
		return nil
	}
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	for i, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() && IsResponseWriter(f.Type()) {
					return kv.Value
				}
			}
		} else if i < st.NumFields() && IsResponseWriter(st.Field(i).Type()) {
			return el
		}
	}
	return nil
}

// headerOf reports whether e denotes the writer's header map: w.Header() or an alias.
func (in *interp) headerOf(st *state, e ast.Expr) (ast.Expr, bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		name := fullName(in.info(), call)
		_, m, isModel := framework.Lookup(name)
		if name == "(net/http.ResponseWriter).Header" || (isModel && m.Returns == "header") {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				return in.writerOf(st, sel.X)
			}
		}
	}
	if id, ok := e.(*ast.Ident); ok {
		if a, ok := st.aux[in.info().Uses[id]]; ok && a.kind == auxHeader {
			return a.writer, true
		}
	}
	// b.headers, an http.Header field of a builder: its headers go to the
	// writer's (see holders.go).
	if sel, ok := e.(*ast.SelectorExpr); ok && isHeaderType(in.info().TypeOf(sel)) {
		if s, ok := in.info().Selections[sel]; ok && s.Kind() == types.FieldVal && holdsWriter(s.Recv()) {
			return in.writerOf(st, sel.X)
		}
	}
	return nil, false
}

func isHeaderType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Header"
}

// encoderOf reports whether e is json.NewEncoder(w) or an alias of one.
func (in *interp) encoderOf(st *state, e ast.Expr) (ast.Expr, bool) {
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok && fullName(in.info(), call) == "encoding/json.NewEncoder" && len(call.Args) == 1 {
		return in.writerOf(st, call.Args[0])
	}
	if id, ok := e.(*ast.Ident); ok {
		if a, ok := st.aux[in.info().Uses[id]]; ok && a.kind == auxEncoder {
			return a.writer, true
		}
	}
	return nil, false
}

// mentionsWriter reports whether n uses the writer or something derived from it.
func (in *interp) mentionsWriter(st *state, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok {
			obj := in.info().Uses[id]
			if in.writers[obj] {
				found = true
			} else if a, ok := st.aux[obj]; ok && (a.kind == auxWriter || a.kind == auxHeader || a.kind == auxEncoder || a.kind == auxStream) {
				found = true
			}
		}
		return !found
	})
	return found
}

// expr evaluates e for its effects on the response, in evaluation order.
func (in *interp) expr(st *state, e ast.Expr) {
	if e == nil {
		return
	}
	switch e := e.(type) {
	case *ast.CallExpr:
		in.call(st, e)
	case *ast.FuncLit:
		// A closure that captures the writer may write whenever it is
		// called, unless it only reads the request or the response's state
		// (Artalk's `paramVal := func() string { return c.Query(k) }()`).
		if in.mentionsWriter(st, e.Body) && !in.readOnlyClosure(st, e) {
			in.emit(st, &Event{Kind: EvOpaque, Node: e, Via: "closure"})
		}
	case *ast.Ident:
		if in.mentionsWriter(st, e) {
			in.emit(st, &Event{Kind: EvOpaque, Node: e, Via: "use of the writer"})
		}
	case *ast.ParenExpr:
		in.expr(st, e.X)
	case *ast.SelectorExpr:
		if _, ok := in.committedGuard(st, e); ok != nil {
			return // r.Committed: a read of the response's state
		}
		// c.Request, c.Keys: a field of a framework carrier is a read; only
		// its writer (c.Writer) escaping matters.
		if in.carrierFramework(st, e.X) != nil {
			if _, isW := in.writerOf(st, e); isW {
				in.emit(st, &Event{Kind: EvOpaque, Node: e, Via: "use of the writer"})
			}
			return
		}
		// e.Request, sw.code: the other fields of a value that holds the
		// writer are reads; the field that holds it escapes.
		if sel := in.info().Selections[e]; sel != nil && sel.Kind() == types.FieldVal && holdsWriter(sel.Recv()) {
			if _, isHolder := in.writerOf(st, e.X); isHolder {
				if _, isW := in.writerOf(st, e); isW {
					in.emit(st, &Event{Kind: EvOpaque, Node: e, Via: "use of the writer"})
				}
				return
			}
		}
		if _, isW := in.writerOf(st, e.X); isW {
			// w.(Unwrapper).Unwrap, w.Flush: a method we do not model.
			in.emit(st, &Event{Kind: EvOpaque, Node: e, Via: "use of the writer"})
			return
		}
		in.expr(st, e.X)
	case *ast.IndexExpr:
		in.expr(st, e.X)
		in.expr(st, e.Index)
	case *ast.IndexListExpr:
		in.expr(st, e.X)
	case *ast.SliceExpr:
		in.expr(st, e.X)
		in.expr(st, e.Low)
		in.expr(st, e.High)
		in.expr(st, e.Max)
	case *ast.StarExpr:
		in.expr(st, e.X)
	case *ast.UnaryExpr:
		in.expr(st, e.X)
	case *ast.BinaryExpr:
		// r != nil, where r holds the writer (echo v5's
		// `r, _ := echo.UnwrapResponse(c.Response())`): a test, not a use.
		if e.Op == token.EQL || e.Op == token.NEQ {
			for _, x := range []ast.Expr{e.X, e.Y} {
				if tv, ok := in.info().Types[x]; ok && tv.IsNil() {
					return
				}
			}
		}
		in.expr(st, e.X)
		in.expr(st, e.Y)
	case *ast.KeyValueExpr:
		in.expr(st, e.Key)
		in.expr(st, e.Value)
	case *ast.CompositeLit:
		for _, el := range e.Elts {
			in.expr(st, el)
		}
	case *ast.TypeAssertExpr:
		if _, isW := in.writerOf(st, e); isW {
			return // w.(http.Flusher): the same writer, judged where it goes
		}
		in.expr(st, e.X)
	}
}

func (in *interp) args(st *state, args []ast.Expr) {
	for _, a := range args {
		in.expr(st, a)
	}
}

// call models one call. Calls it does not know that take the writer make the
// path opaque.
func (in *interp) call(st *state, call *ast.CallExpr) {
	info := in.info()
	name := fullName(info, call)
	sel, _ := ast.Unparen(call.Fun).(*ast.SelectorExpr)

	if fw, m, ok := framework.Lookup(name); ok && in.frameworkCall(st, call, sel, fw, m) {
		return
	}
	if in.defaultErrorHandlerCall(st, call) {
		return
	}
	if name == "context.WithValue" && in.contextStatus(st, call) {
		return
	}
	if _, ok := in.committedGuard(st, call); ok != nil {
		return // c.Writer.Written(): a read of the response's state
	}
	if isErrorsAs(info, call) && in.bindErrorsAs(st, call) {
		return
	}
	if in.runParam(st, call) {
		return
	}
	// w.WriteString(s) on a writer that has it (gin's c.Writer, a wrapper):
	// what io.WriteString(w, s) calls.
	if sel != nil && len(call.Args) == 1 && isWriteString(typeutil.Callee(info, call)) {
		if w, ok := in.writerOf(st, sel.X); ok {
			in.args(st, call.Args)
			in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: types.ExprString(sel),
				Body: in.paramBody(st, call.Args[0], "text"), BodyExpr: call.Args[0]})
			return
		}
	}
	switch name {
	case "(net/http.ResponseWriter).WriteHeader", "(net/http.ResponseWriter).Write":
		if w, ok := in.writerOf(st, sel.X); ok && len(call.Args) == 1 {
			in.args(st, call.Args)
			if name == "(net/http.ResponseWriter).WriteHeader" {
				in.emit(st, &Event{Kind: EvStatus, Call: call, Writer: w, Via: types.ExprString(sel),
					Status: in.status(st, call.Args[0]), StatusExpr: call.Args[0]})
			} else {
				in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: types.ExprString(sel),
					Body: in.bytesBody(st, call.Args[0]), BodyExpr: call.Args[0]})
			}
			return
		}
	case "(net/http.Flusher).Flush":
		// w.(http.Flusher).Flush(), gin's c.Writer.Flush().
		if w, ok := in.writerOf(st, sel.X); ok {
			in.emit(st, &Event{Kind: EvFlush, Call: call, Writer: w, Via: "Flush"})
			return
		}
	case "(*net/http.ResponseController).Flush", "(*net/http.ResponseController).Hijack":
		// http.NewResponseController(w).Flush(): a flush of w; .Hijack():
		// the connection is taken over, what follows is not followed.
		if onNewController(info, call) {
			c := ast.Unparen(sel.X).(*ast.CallExpr)
			if w, ok := in.writerOf(st, c.Args[0]); ok {
				if name == "(*net/http.ResponseController).Hijack" {
					in.emit(st, &Event{Kind: EvOpaque, Call: call, Writer: w, Via: "Hijack"})
				} else {
					in.emit(st, &Event{Kind: EvFlush, Call: call, Writer: w, Via: "Flush"})
				}
				return
			}
		}
	case "net/http.NewResponseController":
		// rc := http.NewResponseController(w), kept for its deadlines:
		// a read of the writer where nothing can flush or hijack through
		// a controller (see controllersQuiet).
		if len(call.Args) == 1 && in.an.controllersQuiet() {
			if _, ok := in.writerOf(st, call.Args[0]); ok {
				return
			}
		}
	case "(net/http.ResponseWriter).Header":
		if w, ok := in.writerOf(st, sel.X); ok {
			// The header map escapes to whatever takes it.
			in.emit(st, &Event{Kind: EvHeadersUnknown, Call: call, Writer: w})
			return
		}
	case "(net/http.Header).Set", "(net/http.Header).Add", "(net/http.Header).Del":
		if w, ok := in.headerOf(st, sel.X); ok {
			in.args(st, call.Args)
			ev := &Event{Kind: EvHeader, Call: call, Writer: w, Via: "Header()." + sel.Sel.Name}
			if name == "(net/http.Header).Del" {
				ev.Kind = EvHeaderDel
			}
			if key, ok := constString(info, call.Args[0]); ok {
				ev.Header = textproto.CanonicalMIMEHeaderKey(key)
			} else {
				// Unknown here; a caller may resolve a name that is a parameter.
				ev.Kind, ev.headerFromParam = EvHeadersUnknown, in.paramIndex(call.Args[0])
				if name == "(net/http.Header).Set" {
					ev.ValueArg = call.Args[1]
					ev.Value, ev.ValueOK = constString(info, call.Args[1])
					ev.valueFromParam = in.paramIndex(call.Args[1])
				}
			}
			if ev.Kind == EvHeader {
				ev.ValueArg = call.Args[1]
				ev.Value, ev.ValueOK = constString(info, call.Args[1])
				ev.valueFromParam = in.paramIndex(call.Args[1])
			}
			in.emit(st, ev)
			return
		}
	case "(net/http.Header).Get", "(net/http.Header).Values", "(net/http.Header).Clone", "(net/http.Header).Write", "(net/http.Header).WriteSubset":
		if _, ok := in.headerOf(st, sel.X); ok {
			in.args(st, call.Args)
			return
		}
	case "net/http.Error", "net/http.NotFound":
		if w, ok := in.writerOf(st, call.Args[0]); ok {
			in.args(st, call.Args[1:])
			status := Single(404)
			var statusExpr ast.Expr
			if name == "net/http.Error" {
				statusExpr = call.Args[2]
				status = in.status(st, statusExpr)
			}
			via := "http.Error"
			if name == "net/http.NotFound" {
				via = "http.NotFound"
			}
			in.emit(st, &Event{Kind: EvHeader, Call: call, Writer: w, Via: via, Implicit: true,
				Header: "Content-Type", Value: "text/plain; charset=utf-8", ValueOK: true})
			in.emit(st, &Event{Kind: EvStatus, Call: call, Writer: w, Via: via, Status: status, StatusExpr: statusExpr})
			in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: via, Body: Body{Kind: BodyText, Desc: "text"}})
			return
		}
	case "net/http.Redirect":
		if w, ok := in.writerOf(st, call.Args[0]); ok {
			in.args(st, call.Args[1:])
			in.emit(st, &Event{Kind: EvStatus, Call: call, Writer: w, Via: "http.Redirect",
				Status: in.status(st, call.Args[3]), StatusExpr: call.Args[3]})
			in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: "http.Redirect", Implicit: true})
			return
		}
	case "net/http.SetCookie":
		if w, ok := in.writerOf(st, call.Args[0]); ok {
			in.args(st, call.Args[1:])
			in.emit(st, &Event{Kind: EvHeader, Call: call, Writer: w, Via: "http.SetCookie", Header: "Set-Cookie"})
			return
		}
	case "(github.com/gorilla/sessions.Store).Save":
		// gorilla/sessions' stores save a session as a cookie (their own
		// Save methods are followed; the interface has no body): a
		// Set-Cookie header, nothing else.
		if w, ok := in.writerOf(st, call.Args[1]); ok && len(call.Args) == 3 {
			in.expr(st, call.Args[0])
			in.expr(st, call.Args[2])
			in.emit(st, &Event{Kind: EvHeader, Call: call, Writer: w, Via: "sessions.Store.Save", Header: "Set-Cookie"})
			return
		}
	case "net/http.MaxBytesReader":
		if _, ok := in.writerOf(st, call.Args[0]); ok {
			in.args(st, call.Args[1:]) // only reads the writer to close the connection
			return
		}
	case "fmt.Fprint", "fmt.Fprintf", "fmt.Fprintln":
		if w, ok := in.writerOf(st, call.Args[0]); ok {
			in.args(st, call.Args[1:])
			in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: "fmt." + sel.Sel.Name,
				Body: in.fmtBody(st, name, call.Args[1:]), BodyExpr: firstOr(call.Args[1:])})
			return
		}
	case "io.WriteString":
		if w, ok := in.writerOf(st, call.Args[0]); ok {
			in.args(st, call.Args[1:])
			b := in.paramBody(st, call.Args[1], "text")
			in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: "io.WriteString", Body: b, BodyExpr: call.Args[1]})
			return
		}
	case "(*html/template.Template).Execute", "(*html/template.Template).ExecuteTemplate",
		"(*text/template.Template).Execute", "(*text/template.Template).ExecuteTemplate":
		// A template rendered to the writer: a body whose bytes the
		// template decides (HTML, or JSON from a text template), judged
		// by the Content-Type set before it, or sniffed without one.
		if w, ok := in.writerOf(st, call.Args[0]); ok {
			in.args(st, call.Args[1:])
			in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: "template." + sel.Sel.Name})
			return
		}
	case "io.Copy", "io.CopyN", "io.CopyBuffer":
		if w, ok := in.writerOf(st, call.Args[0]); ok {
			in.args(st, call.Args[1:])
			in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: "io." + sel.Sel.Name})
			return
		}
	case "maps.Copy":
		// maps.Copy(w.Header(), b.headers): a builder's headers, already
		// taken as the writer's own.
		if len(call.Args) == 2 {
			_, dst := in.headerOf(st, call.Args[0])
			_, src := in.headerOf(st, call.Args[1])
			if dst && src {
				return
			}
		}
	case "encoding/json.NewEncoder":
		if _, ok := in.writerOf(st, call.Args[0]); ok {
			return // bound by the assignment or the Encode call around it
		}
	case "(*encoding/json.Encoder).Encode":
		if buf := in.bufEncoderOf(st, sel.X); buf != nil && len(call.Args) == 1 {
			in.args(st, call.Args)
			in.encodeInto(st, buf, call.Args[0])
			return
		}
		if w, ok := in.encoderOf(st, sel.X); ok {
			in.args(st, call.Args)
			in.emit(st, &Event{Kind: EvBody, Call: call, Writer: w, Via: "json.NewEncoder(w).Encode",
				Body: in.paramBody(st, call.Args[0], "json"), BodyExpr: call.Args[0]})
			return
		}
	case "(*encoding/json.Encoder).SetIndent", "(*encoding/json.Encoder).SetEscapeHTML":
		if _, ok := in.encoderOf(st, sel.X); ok {
			return
		}
	}

	in.touchBuffers(st, call, name)
	if in.carrierRead(st, call) || in.holderGetter(st, call, sel) {
		return
	}
	if in.an.linkedCallee(call) {
		// Another handler linked to a funnel (return s.getItem(w, r, v)
		// in a dispatcher): judged at its own returns.
		for _, a := range call.Args {
			if _, isW := in.writerOf(st, a); isW {
				in.emit(st, &Event{Kind: EvOpaque, Call: call, Node: a, Via: calleeDesc(info, call), Delegate: true})
			} else {
				in.expr(st, a)
			}
		}
		return
	}
	if sel != nil && in.an.continues(call) {
		// e.Next() on the value that holds the writer: the next handler
		// of the chain answers, and is checked on its own.
		if _, ok := in.writerOf(st, sel.X); ok {
			in.emit(st, &Event{Kind: EvOpaque, Call: call, Node: sel.X, Via: calleeDesc(info, call), Delegate: true})
			return
		}
	}
	if in.spliceCall(st, call) || in.ranInPlace(st, call) || in.spliceClosureCall(st, call) || in.spliceFuncValueCall(st, call) || in.spliceErrorAlts(st, call) {
		return
	}
	// Another method of a framework carrier: a read, unless listed as a write.
	if sel != nil {
		if fw := in.carrierFramework(st, sel.X); fw != nil {
			in.args(st, call.Args)
			if fw.WritesVia(sel.Sel.Name) {
				in.emit(st, &Event{Kind: EvOpaque, Call: call, Via: types.ExprString(call.Fun)})
			}
			return
		}
	}
	if in.streamCall(st, call, sel) || in.streamCtor(st, call) {
		return
	}
	// Not a call we model.
	in.expr(st, call.Fun)
	sig, _ := in.info().TypeOf(call.Fun).Underlying().(*types.Signature)
	for i, a := range call.Args {
		if sig != nil && isContextParam(sig, i) && in.carrierFramework(st, a) != nil {
			// store.FromContext(c): a *gin.Context passed as a
			// context.Context only gives its values; nothing is written.
			continue
		}
		if _, isW := in.writerOf(st, a); isW {
			// The writer itself goes where we cannot follow: name the
			// callee, and say when it is another handler (middleware's
			// next.ServeHTTP(w, r)), which is checked on its own.
			_, answered := framework.FileAnswers[name]
			in.emit(st, &Event{Kind: EvOpaque, Call: call, Node: a, Via: calleeDesc(info, call), Delegate: delegates(info, call) || handsToLiteral(info, call), next: handlerVar(info, call), Answered: answered})
			continue
		}
		in.expr(st, a)
	}
}

// ifacePrefix marks a type condition on an interface type (summary.Cond.Type):
// the error implements it.
const ifacePrefix = "implements "

// methodIface: t is a named interface with methods other than error's
// (web.HTTPErrorProcessor), which a type implements or not.
func methodIface(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	return ok && typeKey(t) != "" && !it.Empty() && !types.Identical(it, errorIface) && !isErrorType(t)
}

// implHolds decides err.(I) for an error of known type: a type whose
// values implement I passes; one whose pointers do not either fails; one
// only its pointers implement is undecided (the value may be either).
func implHolds(v ErrVal, iface types.Type) (holds, decided bool) {
	it, ok := iface.Underlying().(*types.Interface)
	if !ok || v.T == nil {
		return false, false
	}
	t := v.T
	if _, isPtr := types.Unalias(t).(*types.Pointer); isPtr {
		return types.Implements(t, it), true
	}
	if types.Implements(t, it) {
		return true, true
	}
	if !types.Implements(types.NewPointer(t), it) {
		return false, true
	}
	return false, false
}

// assertHolds decides err.(t) for an error of kind v: another named type
// fails; the same one holds for *T where only *T is an error (its Error
// method has a pointer receiver), and is left undecided otherwise.
func assertHolds(v ErrVal, t types.Type) (holds, decided bool) {
	if t == nil || types.IsInterface(t) {
		return false, false
	}
	if v.Type != typeKey(t) {
		return false, true
	}
	p, isPtr := types.Unalias(t).(*types.Pointer)
	if !isPtr {
		return false, false
	}
	return true, !types.Implements(p.Elem(), errorIface)
}

// calleeDesc names the callee of a call we do not follow, for the coverage report.
func calleeDesc(info *types.Info, call *ast.CallExpr) string {
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
		if sig := fn.Type().(*types.Signature); sig.Recv() != nil {
			return types.TypeString(derefType(sig.Recv().Type()), (*types.Package).Name) + "." + fn.Name()
		}
		if fn.Pkg() != nil {
			return fn.Pkg().Name() + "." + fn.Name()
		}
	}
	return types.ExprString(call.Fun)
}

// delegates reports whether call hands the response to another handler:
// an http.Handler's ServeHTTP, or a call of a function value of the
// handler's shape (next(w, r)).
func delegates(info *types.Info, call *ast.CallExpr) bool {
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
		sig := fn.Type().(*types.Signature)
		// h.ServeHTTP(w, r) of an interface of the shape that returns its
		// error to an adapter (caddy's AdminHandler): a handler value too.
		iface := sig.Recv() != nil && types.IsInterface(sig.Recv().Type()) && isErrHandlerSig(sig) && writerRequestAt(sig) == 0
		return (fn.Name() == "ServeHTTP" && handlerSig(sig)) || iface
	}
	// A handler value, or one of the shape that returns its error to an
	// adapter (h(w, r) in the adapter): checked on its own. One that takes
	// parameters before the writer is a handler only where an adapter
	// links it (linkedCallee): otherwise a helper's value, not followed.
	t := info.TypeOf(call.Fun)
	sig, ok := t.Underlying().(*types.Signature)
	return ok && (handlerSig(sig) || (isErrHandlerSig(t) && writerRequestAt(sig) == 0) || frameworkHandlerSig(sig))
}

// isWriteString reports a method of io.StringWriter's shape,
// WriteString(string) (int, error).
func isWriteString(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Name() != "WriteString" {
		return false
	}
	sig := fn.Type().(*types.Signature)
	return sig.Recv() != nil && sig.Params().Len() == 1 && types.Identical(sig.Params().At(0).Type(), types.Typ[types.String]) &&
		sig.Results().Len() == 2 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.Int]) && isErrorType(sig.Results().At(1).Type())
}

// frameworkHandlerSig reports whether sig is a framework's handler shape,
// func(echo.Context) error or func(*gin.Context): middleware's next(c)
// runs the route's handler, which is checked on its own.
func frameworkHandlerSig(sig *types.Signature) bool {
	if sig.Params().Len() != 1 {
		return false
	}
	fw, ok := carrierOf(sig.Params().At(0).Type())
	if !ok || fw == nil {
		return false
	}
	res := sig.Results()
	if fw.ErrorHandler == nil {
		return res.Len() == 0
	}
	return res.Len() == 1 && isErrorType(res.At(0).Type())
}

// handlerVar is the variable next of a delegating call next.ServeHTTP(w,
// r) or next(w, r), or nil.
func handlerVar(info *types.Info, call *ast.CallExpr) types.Object {
	x := ast.Unparen(call.Fun)
	if sel, ok := x.(*ast.SelectorExpr); ok && sel.Sel.Name == "ServeHTTP" {
		x = ast.Unparen(sel.X)
	}
	if id, ok := x.(*ast.Ident); ok {
		if v, ok := info.Uses[id].(*types.Var); ok {
			return v
		}
	}
	return nil
}

// handlerSig reports whether sig is func(http.ResponseWriter, *http.Request).
func handlerSig(sig *types.Signature) bool { return sig.Results().Len() == 0 && writerRequest(sig) }

// writerRequest reports whether sig's parameters are exactly
// (http.ResponseWriter, *http.Request).
func writerRequest(sig *types.Signature) bool {
	return sig.Params().Len() == 2 && IsResponseWriter(sig.Params().At(0).Type()) && isRequestPtr(sig.Params().At(1).Type())
}

// carrierRead reports whether call is a chain of methods without
// arguments, rooted at a framework carrier and ending in a value of basic
// type: c.Response().StatusCode(), c.Context().RemoteAddr().String(). It
// reads the response's state; it does not write it, even where a link
// (c.Response()) could be used to.
func (in *interp) carrierRead(st *state, call *ast.CallExpr) bool {
	if !basicResults(in.info().TypeOf(call)) {
		return false
	}
	for x := call; ; {
		sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
		if !ok || len(x.Args) != 0 {
			return false
		}
		if s := in.info().Selections[sel]; s == nil || s.Kind() != types.MethodVal {
			return false
		}
		if in.carrierFramework(st, sel.X) != nil {
			return x != call // a method of the carrier itself is modelled, or opaque
		}
		if _, isW := in.writerOf(st, sel.X); isW && x == call && in.carrierFramework(st, rootIdent(sel.X)) != nil {
			return true // c.Writer.Status(), c.Writer.Written(): the writer's state
		}
		if x, ok = ast.Unparen(sel.X).(*ast.CallExpr); !ok {
			return false
		}
	}
}

// rootIdent returns the identifier a selector chain starts from, or e.
func rootIdent(e ast.Expr) ast.Expr {
	for {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		if !ok {
			return e
		}
		e = sel.X
	}
}

// basicResults reports whether t, a call's type, is a value (or tuple of
// values) of basic type or []byte: nothing a response can be written to.
func basicResults(t types.Type) bool {
	if t == nil {
		return false
	}
	if tup, ok := t.(*types.Tuple); ok {
		for i := range tup.Len() {
			if !basicResults(tup.At(i).Type()) {
				return false
			}
		}
		return tup.Len() > 0
	}
	if sl, ok := t.Underlying().(*types.Slice); ok {
		t = sl.Elem()
	}
	_, ok := t.Underlying().(*types.Basic)
	return ok
}

// isContextParam reports whether argument i of a call with signature sig
// is received as a context.Context.
func isContextParam(sig *types.Signature, i int) bool { return isContext(paramType(sig, i)) }

// isContext reports context.Context.
func isContext(t types.Type) bool {
	if t == nil {
		return false
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "context" && named.Obj().Name() == "Context"
}

func firstOr(args []ast.Expr) ast.Expr {
	if len(args) > 0 {
		return args[0]
	}
	return nil
}

// fmtBody classifies what fmt.Fprint* writes.
func (in *interp) fmtBody(st *state, name string, args []ast.Expr) Body {
	info := in.info()
	if name == "fmt.Fprintf" {
		if len(args) == 0 {
			return Body{}
		}
		f, ok := constString(info, args[0])
		if ok && (f == "%s" || f == "%s\n") && len(args) == 2 && isBytesOrString(info.TypeOf(args[1])) {
			// fmt.Fprintf(w, "%s", b): the bytes of b, as w.Write(b)
			// writes them (gophish's JSONResponse over json.MarshalIndent).
			return in.bytesBody(st, args[1])
		}
		if !ok || strings.HasPrefix(strings.TrimSpace(f), "%") {
			// The text starts with an argument: it may well be JSON.
			return Body{}
		}
		return in.an.Shapes.ClassifyText(f)
	}
	if len(args) == 1 && isStringType(info.TypeOf(args[0])) {
		if _, isConst := constString(info, args[0]); !isConst {
			// fmt.Fprint(w, string(b)): one string operand prints as it is.
			return in.bytesBody(st, args[0])
		}
	}
	for _, a := range args {
		t := info.TypeOf(a)
		if t == nil {
			return Body{}
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
			s, ok := constString(info, a)
			if !ok {
				return Body{} // a string of unknown content may be JSON
			}
			if k := in.an.Shapes.ClassifyText(s); k.Kind != BodyText {
				return k
			}
		}
	}
	return Body{Kind: BodyText, Desc: "text"}
}

// isBytesOrString: t is a string or a []byte, which %s prints as they are.
func isBytesOrString(t types.Type) bool {
	if t == nil {
		return false
	}
	if isStringType(t) {
		return true
	}
	sl, ok := t.Underlying().(*types.Slice)
	if !ok {
		return false
	}
	b, ok := sl.Elem().Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// bytesBody classifies the argument of w.Write.
func (in *interp) bytesBody(st *state, e ast.Expr) Body {
	info := in.info()
	e = ast.Unparen(e)
	if conv, ok := e.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := info.Types[conv.Fun]; ok && tv.IsType() {
			if s, ok := constString(info, conv.Args[0]); ok {
				return in.an.Shapes.ClassifyText(s)
			}
			e = ast.Unparen(conv.Args[0]) // []byte(s): the bytes of s
		}
	}
	if b, ok := in.encodedExpr(st, e); ok {
		return b
	}
	if t := info.TypeOf(e); t != nil && isStringType(t) && in.paramIndex(e) == 0 {
		return in.paramBody(st, e, "text") // the bytes of a string: []byte(msg)
	}
	if b, ok := in.storedBody(st, e, "bytes"); ok {
		return b
	}
	if p := in.paramIndex(e); p > 0 {
		return Body{Param: p, Mode: "bytes"}
	}
	return Body{}
}

// paramIndex returns the 1-based index of the parameter e names, if e is
// an unchanged parameter.
func (in *interp) paramIndex(e ast.Expr) int {
	id, ok := ast.Unparen(in.unfold(e)).(*ast.Ident)
	if !ok {
		return 0
	}
	obj := in.info().Uses[id]
	if in.escaped[obj] {
		return 0
	}
	if in.reassigned[obj] {
		// `switch e := err.(type) { ... err = wrap(err) }`: the switch
		// still reads the caller's value.
		if at, ok := in.firstAssign[obj]; !ok || id.Pos() >= at {
			return 0
		}
	}
	return in.params[obj]
}

// status resolves a status expression to its possible values.
func (in *interp) status(st *state, e ast.Expr) Status {
	info := in.info()
	e = ast.Unparen(e)
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.Bool {
			// Booleans ride along as 0/1, so that flags like found=true prune paths.
			if constant.BoolVal(tv.Value) {
				return Single(1)
			}
			return Single(0)
		}
		if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return Single(int(v))
		}
		return Status{}
	}
	switch e := e.(type) {
	case *ast.Ident:
		obj := info.Uses[e]
		if v, ok := st.env[obj]; ok && obj != nil && !nilable(obj.Type()) {
			return v
		}
		if p := in.paramIndex(e); p > 0 {
			return Status{Param: p}
		}
		if s, ok := in.an.bound[obj]; ok && obj != nil {
			return s // a factory's constant argument (see boundMiddleware)
		}
		if s, ok := in.codeOperand(e); ok {
			return s
		}
	case *ast.SelectorExpr:
		// errcode.ErrorCodeDenied, x.Descriptor().HTTPStatusCode: a
		// registered code (engine/registry.go).
		if s, ok := in.codeOperand(e); ok {
			return s
		}
		if s, ok := in.descriptorStatus(st, e); ok {
			return s
		}
		// p.Status, ae.Code: a field of a parameter or of an error value.
		if s, ok := in.fieldOf(st, e); ok {
			return s
		}
	case *ast.CallExpr:
		// sc.StatusCode(): a method of an error we follow.
		if s, ok := in.methodCallStatus(st, e); ok {
			return s
		}
		if s, ok := in.funcStatus(e); ok {
			return s // redirectStatus(e): one of its constants
		}
	case *ast.IndexExpr:
		if id, ok := ast.Unparen(e.X).(*ast.Ident); ok {
			obj := info.Uses[id]
			if a, ok := st.aux[obj]; ok && a.kind == auxMapLit {
				return a.status
			}
			if s, ok := in.an.packageMap(obj); ok {
				return s
			}
		}
	}
	return Status{}
}

// mapLitStatuses returns the values of a map literal whose values are all constant ints.
func mapLitStatuses(info *types.Info, e ast.Expr) (Status, bool) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return Status{}, false
	}
	if _, ok := info.TypeOf(lit).Underlying().(*types.Map); !ok {
		return Status{}, false
	}
	var vals []int
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return Status{}, false
		}
		tv, ok := info.Types[kv.Value]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
			return Status{}, false
		}
		v, _ := constant.Int64Val(tv.Value)
		vals = append(vals, int(v))
	}
	return Set(vals...), len(vals) > 0
}

func constString(info *types.Info, e ast.Expr) (string, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}

func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

func isStringType(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isBoolType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsBoolean != 0
}

func isIntType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// localVar returns the variable an identifier on the left of an assignment names.
func (in *interp) localVar(id *ast.Ident) types.Object {
	if obj := in.info().Defs[id]; obj != nil {
		return obj
	}
	return in.info().Uses[id]
}

// forget drops what we knew of the variable id.
func (in *interp) forget(st *state, id *ast.Ident) {
	obj := in.localVar(id)
	delete(st.env, obj)
	delete(st.aux, obj)
}

func (in *interp) bindZero(st *state, id *ast.Ident) {
	obj := in.localVar(id)
	in.forget(st, id)
	if obj != nil && (isIntType(obj.Type()) || isBoolType(obj.Type()) || in.trackable(obj)) && !in.escaped[obj] && obj.Parent() != obj.Pkg().Scope() {
		st.env[obj] = Single(0) // `var b []byte`: nil
	}
}

// assign models lhs tok rhs.
func (in *interp) assign(st *state, lhs, rhs []ast.Expr, tok token.Token) {
	info := in.info()
	in.sinkAppend(st, lhs, rhs)
	if tok == token.INC || tok == token.DEC {
		in.expr(st, lhs[0])
		if id, ok := ast.Unparen(lhs[0]).(*ast.Ident); ok {
			in.forget(st, id)
		}
		return
	}
	// Header map assignment: w.Header()["X"] = v.
	if len(lhs) == 1 && len(rhs) == 1 {
		if ix, ok := ast.Unparen(lhs[0]).(*ast.IndexExpr); ok {
			if w, ok := in.headerOf(st, ix.X); ok {
				in.expr(st, rhs[0])
				ev := &Event{Kind: EvHeader, Node: lhs[0], Writer: w, Via: "Header()[...]"}
				if key, ok := constString(info, ix.Index); ok {
					ev.Header = key // a direct map write is not canonicalised
				} else {
					ev.Kind = EvHeadersUnknown
				}
				if lit, ok := ast.Unparen(rhs[0]).(*ast.CompositeLit); ok && len(lit.Elts) == 1 {
					ev.ValueArg = lit.Elts[0]
					ev.Value, ev.ValueOK = constString(info, lit.Elts[0])
				} else if tv, ok := info.Types[rhs[0]]; ok && tv.IsNil() {
					ev.Kind = EvHeaderDel
				}
				in.emit(st, ev)
				return
			}
		}
	}

	// Evaluate the right-hand sides first, recording what each holds.
	type val struct {
		status Status
		aux    *aux
		res    uint8 // whether a nilable value is nil
	}
	vals := make([]val, len(lhs))
	if len(rhs) == 1 && len(lhs) > 1 {
		// Tuple assignment: v, err := f(); _, err := w.Write(b); v, ok := m[k].
		r := ast.Unparen(rhs[0])
		before := st.ev
		in.bindCall, _ = r.(*ast.CallExpr)
		in.expr(st, r)
		if in.bound != nil {
			vals[0].aux = in.bound // zw, err := zstd.NewWriter(w)
		}
		in.bindCall, in.bound = nil, nil
		if call, ok := r.(*ast.CallExpr); ok {
			switch fullName(info, call) {
			case "encoding/json.Marshal", "encoding/json.MarshalIndent":
				b := in.paramBody(st, call.Args[0], "json")
				vals[0].aux = &aux{kind: auxMarshaled, body: b}
				// Encoding a value of a type json accepts does not fail.
				vals[len(vals)-1].aux = &aux{kind: auxWriteErr}
			default:
				if b, ok := in.encodedCall(st, call); ok && len(lhs) == 2 {
					vals[0].aux = &aux{kind: auxMarshaled, body: b} // b, err := encode(v)
				}
			}
			if st.ev != before && st.ev.ev.Kind == EvBody && !in.splicedLast(st, call) {
				vals[len(vals)-1].aux = &aux{kind: auxWriteErr}
			}
		}
		if _, ok := r.(*ast.IndexExpr); ok && len(lhs) == 2 {
			vals[0].status = in.status(st, r)
		}
		if call, ok := r.(*ast.CallExpr); ok {
			// sub, err := c.core.GetSubscriber(id): err is the error the
			// function's fact describes, when it is not nil.
			if sig, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature); ok && sig.Results().Len() == len(lhs) {
				i := errResult(sig.Results())
				if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
					// A generic function's fact is of its origin's results:
					// readJSON[T](r) (*T, error) has its error last.
					i = errResult(fn.Origin().Type().(*types.Signature).Results())
				}
				if i > 0 && vals[i].aux == nil {
					if v, ok := in.errValue(st, call); ok {
						vals[i].aux = &aux{kind: auxErrVal, err: v}
					}
				}
				// u, err := users.Get(id): an error made in another package.
				if last := len(lhs) - 1; vals[last].aux == nil && in.an.ownUnexportedStatusType() && isErrorType(sig.Results().At(last).Type()) {
					if pkg := in.errSource(call); pkg != "" {
						vals[last].aux = &aux{kind: auxForeignErr, typ: pkg}
					}
				}
			}
			// code, errCode := errStatus(err): constants per result.
			for i, s := range in.resultStatuses(call, len(lhs)) {
				if s.Known && !vals[i].status.Known {
					vals[i].status = s
				}
			}
			defer in.bindResults(st, call, in.lhsObjs(lhs))
			// r, _ := echo.UnwrapResponse(c.Response()): the writer again.
			if w, ok := in.writerOf(st, call); ok {
				vals[0].aux = &aux{kind: auxWriter, writer: w}
			}
		}
		if key, typ, holder, ok := in.typeAssertField(st, r); ok && len(lhs) == 2 {
			// data, ok := b.body.([]byte): the value a builder stored.
			vals[0].aux = &aux{kind: auxFieldVal, writer: holder, typ: key}
			if is, known := fieldIs(st, key, typ); known {
				vals[1].status = Single(b2i(is))
			} else {
				vals[1].aux = &aux{kind: auxFieldTest, writer: holder, typ: key, fc: summary.FieldCond{Field: key, Type: typ}}
			}
		} else if ta, ok := r.(*ast.TypeAssertExpr); ok && ta.Type != nil {
			if d, ok := in.dynOf(st, ta.X); ok && len(lhs) == 2 {
				// s, ok := message.(string) on a value assigned here.
				if holds, decided := dynHolds(d, info.TypeOf(ta.Type)); decided {
					vals[1].status = Single(b2i(holds))
					if holds && d.val != nil && types.IsInterface(info.TypeOf(ta.Type)) {
						vals[0].aux = &d
					}
				}
			} else if w, ok := in.writerOf(st, ta); ok {
				vals[0].aux = &aux{kind: auxWriter, writer: w}
				if tracker(info.TypeOf(ta.Type)) && len(lhs) == 2 {
					vals[1].status = Single(1) // t, ok := w.(WriteTracker): see tracker
				}
			} else if id, ok := ast.Unparen(lhs[0]).(*ast.Ident); ok && id.Name != "_" {
				if obj := in.localVar(id); obj != nil {
					// The subject is read in st (errs[0] of a bound errs).
					tmp := &state{aux: maps.Clone(st.aux), env: st.env}
					delete(tmp.aux, obj)
					in.bindAssert(tmp, obj, ta.X)
					if a, ok := tmp.aux[obj]; ok {
						vals[0].aux = &a
					}
				}
			}
			// e, ok := err.(*T) with err's kind known on this path (one of
			// a call's kinds of error): ok is known too.
			if v, known := in.errValue(st, ta.X); known && len(lhs) == 2 && v.Param == 0 && v.Type != "" {
				if is, decided := assertHolds(v, info.TypeOf(ta.Type)); decided {
					vals[1].status = Single(b2i(is))
				}
			} else if t := info.TypeOf(ta.Type); len(lhs) == 2 && isErrorType(info.TypeOf(ta.X)) && t != nil && methodIface(t) {
				// hp, ok := err.(HTTPErrorProcessor) of the caller's error:
				// a condition on it that its type decides.
				if p := in.paramIndex(ta.X); p > 0 {
					vals[1].aux = &aux{kind: auxTypeTest, param: p, typ: ifacePrefix + typeKey(t)}
				}
			} else if t := info.TypeOf(ta.Type); len(lhs) == 2 && isErrorType(info.TypeOf(ta.X)) && t != nil && !types.IsInterface(t) && typeKey(t) != "" {
				// Of the caller's error, ok is a condition on it; of a
				// local error of no known value, where it fails, that
				// error is not of the type.
				if p := in.paramIndex(ta.X); p > 0 {
					vals[1].aux = &aux{kind: auxTypeTest, param: p, typ: typeKey(t)}
				} else if obj := in.identObj(ta.X); obj != nil && in.trackable(obj) {
					vals[1].aux = &aux{kind: auxTypeTest, subj: obj, typ: typeKey(t)}
				}
			}
		}
	} else {
		for i, r := range rhs {
			if i >= len(lhs) {
				break
			}
			before := st.ev
			if tok == token.ASSIGN || tok == token.DEFINE {
				vals[i].status = in.status(st, r)
			}
			if w, ok := in.writerOf(st, r); ok {
				in.holderExpr(st, r) // b := resp.New(w, r): the builder's first stores
				vals[i].aux = &aux{kind: auxWriter, writer: w}
				continue
			}
			if w, ok := in.encoderOf(st, r); ok {
				vals[i].aux = &aux{kind: auxEncoder, writer: w}
				continue
			}
			if b := in.bufferOf(r); b != nil {
				vals[i].aux = &aux{kind: auxBufEncoder, writer: b} // enc := json.NewEncoder(buf)
				continue
			}
			if w, ok := in.headerOf(st, r); ok {
				vals[i].aux = &aux{kind: auxHeader, writer: w}
				continue
			}
			if s, ok := mapLitStatuses(info, r); ok {
				vals[i].aux = &aux{kind: auxMapLit, status: s}
			} else if b, ok := in.encodedExpr(st, r); ok {
				vals[i].aux = &aux{kind: auxMarshaled, body: b} // b := errorJSON(err)
			} else if a, ok := in.asConverted(st, r); ok {
				vals[i].aux = &a
			} else if a, ok := in.methodResult(st, r); ok {
				vals[i].aux = &a // d := hp.HTTPError(): read as d.HTTPCode
			} else if v, ok := in.errValue(st, r); ok {
				vals[i].aux = &aux{kind: auxErrVal, err: v}
			} else if d, ok := in.dynAssigned(st, lhs[i], r); ok {
				vals[i].aux = &d // message = errorMessage{...} into an any
			} else if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && in.an.ownUnexportedStatusType() && isErrorType(info.TypeOf(r)) {
				if pkg := in.errSource(call); pkg != "" {
					vals[i].aux = &aux{kind: auxForeignErr, typ: pkg} // err := store.Save(v)
				}
			}
			if len(lhs) == len(rhs) {
				in.bindCall, _ = ast.Unparen(r).(*ast.CallExpr)
			}
			in.expr(st, r)
			if in.bound != nil {
				vals[i].aux = in.bound // gz := gzip.NewWriter(w)
			}
			in.bindCall, in.bound = nil, nil
			if tok == token.ASSIGN || tok == token.DEFINE {
				vals[i].res = in.resOf(st, r)
			}
			if call, _ := ast.Unparen(r).(*ast.CallExpr); st.ev != before && st.ev.ev.Kind == EvBody && !in.splicedLast(st, call) {
				vals[i].aux = &aux{kind: auxWriteErr}
			}
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok && fullName(info, call) == "(*encoding/json.Encoder).Encode" {
				// enc.Encode(v) into a buffer: its failure is as improbable
				// as a failed write, and what follows it is not judged.
				vals[i].aux = &aux{kind: auxWriteErr}
			}
			if call, ok := ast.Unparen(r).(*ast.CallExpr); ok {
				defer in.bindResults(st, call, in.lhsObjs(lhs[i:i+1]))
			}
		}
	}
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			if key, f, ok := in.holderField(st, l); ok && len(lhs) == len(rhs) && tok == token.ASSIGN {
				// b.status = s: a builder's state, sent when it is flushed.
				w, _ := in.writerOf(st, ast.Unparen(l).(*ast.SelectorExpr).X)
				in.setField(st, l, w, key, f, rhs[i])
				continue
			}
			in.expr(st, l)
			if len(lhs) == len(rhs) && in.embedWriter(st, l, rhs[i]) {
				continue
			}
			in.escape(st, l, vals[i].aux)
			continue
		}
		if id.Name == "_" {
			continue
		}
		obj := in.localVar(id)
		in.forget(st, id)
		if obj == nil || in.escaped[obj] || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() {
			in.escape(st, l, vals[i].aux)
			continue
		}
		if vals[i].aux != nil {
			st.aux[obj] = *vals[i].aux
		}
		if (isIntType(obj.Type()) || isBoolType(obj.Type())) && (vals[i].status.Known || vals[i].status.Param > 0) && (tok == token.ASSIGN || tok == token.DEFINE) {
			st.env[obj] = vals[i].status
		}
		if vals[i].res != summary.ResultUnknown && in.trackable(obj) {
			st.env[obj] = Single(b2i(vals[i].res == summary.ResultNonZero))
		}
	}
}

// splicedLast reports whether call is a helper just spliced on st: its
// error result is what the helper returns (see bindResults), not the error
// of its last write.
func (in *interp) splicedLast(st *state, call *ast.CallExpr) bool {
	return call != nil && st.last != nil && st.last.call == call
}

// lhsObjs returns the local variables an assignment binds, nil for _ and
// for anything else.
func (in *interp) lhsObjs(lhs []ast.Expr) []types.Object {
	out := make([]types.Object, len(lhs))
	for i, l := range lhs {
		if id, ok := ast.Unparen(l).(*ast.Ident); ok && id.Name != "_" {
			out[i] = in.localVar(id)
		}
	}
	return out
}

// embedWriter binds `event.RequestEvent = e`: a local value whose type
// holds the writer through the embedded field assigned, set to our
// writer, is an alias of it (a hook's event around the request's).
func (in *interp) embedWriter(st *state, l, r ast.Expr) bool {
	sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := in.info().Selections[sel]
	id, isID := ast.Unparen(sel.X).(*ast.Ident)
	if s == nil || s.Kind() != types.FieldVal || !isID || len(s.Index()) != 1 {
		return false
	}
	f := s.Obj().(*types.Var)
	obj := in.localVar(id)
	if !f.Embedded() || obj == nil || in.escaped[obj] || !holdsWriter(obj.Type()) || !holdsWriter(f.Type()) {
		return false
	}
	w, ok := in.writerOf(st, r)
	if !ok {
		return false
	}
	st.aux[obj] = aux{kind: auxWriter, writer: w}
	return true
}

// handsToLiteral reports a call that takes, beside the writer, a function
// literal whose parameter holds the writer: the callee runs it with the
// response (a hook's Trigger(event, func(e *Event) error {...})), and the
// literal is checked as a handler of its own.
func handsToLiteral(info *types.Info, call *ast.CallExpr) bool {
	for _, a := range call.Args {
		lit, ok := ast.Unparen(a).(*ast.FuncLit)
		if !ok {
			continue
		}
		for _, f := range lit.Type.Params.List {
			if holdsWriter(info.TypeOf(f.Type)) {
				return true
			}
		}
	}
	return false
}

// escape marks the path opaque when the writer, its header or an encoder on
// it is stored where we cannot follow it (a field, a global, a captured var).
func (in *interp) escape(st *state, at ast.Expr, a *aux) {
	if a != nil && (a.kind == auxWriter || a.kind == auxEncoder || a.kind == auxHeader || a.kind == auxStream) {
		in.emit(st, &Event{Kind: EvOpaque, Node: at, Via: "stored writer"})
	}
}

// frameworkCall models a call from a framework's table.
func (in *interp) frameworkCall(st *state, call *ast.CallExpr, sel *ast.SelectorExpr, fw *framework.Framework, m framework.Call) bool {
	var w ast.Expr
	switch {
	case m.Writer == 0:
		if sel == nil {
			return false
		}
		// A fluent chain: c.Status(400).JSON(v) runs c.Status(400) first.
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			if _, im, ok := framework.Lookup(fullName(in.info(), inner)); ok && im.Returns == "carrier" {
				in.call(st, inner)
			}
		}
		var ok bool
		if w, ok = in.writerOf(st, sel.X); !ok {
			return false
		}
	case m.Writer > 0:
		if m.Writer > len(call.Args) {
			return false
		}
		var ok bool
		if w, ok = in.writerOf(st, call.Args[m.Writer-1]); !ok {
			return false
		}
	default:
		// render.Status(r, s): recorded for this function's response.
		if id := in.writerParamIdent(); id != nil {
			w = id
		}
	}
	if m.Returns == "writer" || m.Returns == "header" {
		return true // the call around this one uses what it returns
	}
	for i, a := range call.Args {
		if i+1 != m.Writer {
			in.expr(st, a)
		}
	}
	if m.Through != "" && in.an.assignsGlobal(m.Through) {
		in.emit(st, &Event{Kind: EvOpaque, Call: call, Writer: w, Via: m.Through + " replaced"})
		return true
	}
	arg := func(i int) ast.Expr {
		if i > 0 && i <= len(call.Args) && !call.Ellipsis.IsValid() {
			return call.Args[i-1]
		}
		return nil
	}
	via := types.ExprString(call.Fun)
	collected := false
	for _, eff := range m.Effects {
		if eff.Kind == framework.Collect && in.an.errorsUnread(fw) {
			collected = true
		}
	}
	for _, eff := range m.Effects {
		ev := &Event{Call: call, Writer: w, Via: via, Framework: fw, IfUnset: eff.IfUnset, Collected: collected}
		switch eff.Kind {
		case framework.SetHeader:
			ev.Kind = EvHeader
			ev.Header, ev.Value, ev.ValueOK = eff.Header, eff.Value, eff.ValueArg == 0
			ev.Implicit = eff.Header != "" && eff.ValueArg == 0
			if eff.Header == "" {
				key, ok := constString(in.info(), arg(1))
				if !ok {
					ev.Kind = EvHeadersUnknown
				}
				ev.Header = textproto.CanonicalMIMEHeaderKey(key)
			}
			if a := arg(eff.ValueArg); a != nil {
				ev.ValueArg = a
				ev.Value, ev.ValueOK = constString(in.info(), a)
				ev.valueFromParam = in.paramIndex(a)
			}
		case framework.SetStatus, framework.DeferStatus:
			ev.Kind = EvStatus
			ev.Deferred = eff.Kind == framework.DeferStatus
			// gin's AbortWithStatus, AbortWithError: WriteHeaderNow.
			ev.Now = m.Aborts && m.StatusOnly && eff.Kind == framework.SetStatus
			ev.Status = Single(eff.Status)
			if a := arg(eff.StatusArg); a != nil {
				ev.StatusExpr = a
				ev.Status = in.status(st, a)
			} else if eff.StatusArg > 0 && (eff.Status == 0 || call.Ellipsis.IsValid()) {
				ev.Status = Status{}
			}
		case framework.WriteBody:
			ev.Kind = EvBody
			a := arg(eff.BodyArg)
			ev.BodyExpr = a
			switch {
			case eff.Mode == "html" || eff.Mode == "xml":
				ev.Body = Body{Kind: BodyText, Desc: strings.ToUpper(eff.Mode)}
			case a == nil && eff.BodyArg == 0:
				ev.Body = Body{Kind: BodyText, Desc: "text"}
			case a == nil:
				ev.Body = Body{}
			case eff.Mode == "bytes":
				ev.Body = in.bytesBody(st, a)
			default:
				ev.Body = in.paramBody(st, a, eff.Mode) // a string of unknown content: Unsure text
			}
		case framework.Opaque:
			ev.Kind = EvOpaque
		case framework.Collect:
			if collected {
				continue // nothing renders it: the status goes out alone
			}
			// The status and headers are out; the body is whatever
			// middleware renders from c.Errors, known where the route's
			// chain is (routes.go).
			ev.Kind, ev.Via, ev.Body, ev.Pending = EvBody, via+": the body is left to middleware", Body{Kind: BodyUnknown}, true
		case framework.Next:
			ev.Kind = EvNext
		case framework.RenderValue:
			if in.renderValue(st, call, w, arg(eff.BodyArg)) {
				continue
			}
			ev.Kind = EvOpaque
		}
		in.emit(st, ev)
	}
	return true
}

// carrierFramework returns the framework of e when e is a framework
// carrier parameter (not an http.ResponseWriter).
func (in *interp) carrierFramework(st *state, e ast.Expr) *framework.Framework {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	if _, ok := in.writerOf(st, id); !ok {
		return nil
	}
	fw, _ := carrierOf(in.info().TypeOf(id))
	return fw
}

// onNewController reports a method call on http.NewResponseController(w)
// itself, which acts on that w alone.
func onNewController(info *types.Info, call *ast.CallExpr) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	c, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	return ok && len(c.Args) == 1 && fullName(info, c) == "net/http.NewResponseController"
}

// controllersQuiet reports whether no *http.ResponseController made in
// this package can write: the package never hijacks or flushes one it
// keeps (http.NewResponseController(w).Flush() and .Hijack() act on that
// w, and call models them there), never hands one to another package's
// function and never exports one (a field, a variable, the result of a
// function or method). Its deadline methods then are all a controller is
// used for, and they send nothing.
func (an *Analysis) controllersQuiet() bool {
	if an.quietControllers != nil {
		return *an.quietControllers
	}
	quiet := true
	isRC := func(t types.Type) bool {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return false
		}
		n, ok := types.Unalias(p.Elem()).(*types.Named)
		return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "ResponseController"
	}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !quiet || !ok {
				return quiet
			}
			switch fullName(an.Info, call) {
			case "(*net/http.ResponseController).Flush", "(*net/http.ResponseController).Hijack":
				if !onNewController(an.Info, call) {
					quiet = false
				}
			}
			if fn, ok := typeutil.Callee(an.Info, call).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg() != an.Pkg {
				for _, a := range call.Args {
					if isRC(an.Info.TypeOf(a)) {
						quiet = false
					}
				}
			}
			return quiet
		})
	}
	for _, name := range an.Pkg.Scope().Names() {
		if !quiet {
			break
		}
		switch o := an.Pkg.Scope().Lookup(name).(type) {
		case *types.Var:
			quiet = !(o.Exported() && isRC(o.Type()))
		case *types.Func:
			r := o.Type().(*types.Signature).Results()
			for i := 0; o.Exported() && i < r.Len(); i++ {
				quiet = quiet && !isRC(r.At(i).Type())
			}
		case *types.TypeName:
			if st, ok := o.Type().Underlying().(*types.Struct); ok {
				for i := 0; i < st.NumFields(); i++ {
					quiet = quiet && !(st.Field(i).Exported() && isRC(st.Field(i).Type()))
				}
			}
			if n, ok := types.Unalias(o.Type()).(*types.Named); ok {
				for m := range n.Methods() {
					r := m.Type().(*types.Signature).Results()
					for i := 0; m.Exported() && i < r.Len(); i++ {
						quiet = quiet && !isRC(r.At(i).Type())
					}
				}
			}
		}
	}
	an.quietControllers = &quiet
	return quiet
}

// contextStatus models context.WithValue(ctx, key, s) where key is the
// context key a framework keeps its deferred status under: what the
// framework's own status call does (render.Status(r, s)), recorded for
// this function's response on this path. The new context is not followed
// to the request the body is written with: a context made and not used
// would give a status that is never sent, and none was seen.
func (in *interp) contextStatus(st *state, call *ast.CallExpr) bool {
	if len(call.Args) != 3 || call.Ellipsis.IsValid() {
		return false
	}
	v, ok := usedObj(in.info(), ast.Unparen(call.Args[1])).(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() {
		return false
	}
	fw := framework.StatusKey(v.Pkg().Path() + "." + v.Name())
	if fw == nil {
		return false
	}
	in.expr(st, call.Args[0])
	ev := &Event{Kind: EvStatus, Call: call, Deferred: true, Via: "context.WithValue", Framework: fw,
		StatusExpr: call.Args[2], Status: in.status(st, call.Args[2])}
	if id := in.writerParamIdent(); id != nil {
		ev.Writer = id
	}
	in.emit(st, ev)
	return true
}

// renderValue runs the Render(w, r) method of v, as go-chi/render's
// Render does before it responds: the method's summary, spliced with v as
// its receiver and the call's own writer and request. It reports false
// when the method is unknown (v's dynamic type cannot be told, or the
// method has no summary) or may fail, in which case Render returns the
// error without responding.
func (in *interp) renderValue(st *state, call *ast.CallExpr, w ast.Expr, v ast.Expr) bool {
	if v == nil || len(call.Args) < 2 {
		return false
	}
	t := in.info().TypeOf(v)
	if t == nil {
		return false
	}
	if types.IsInterface(t) {
		ev, ok := in.errValue(st, v)
		if !ok || ev.T == nil {
			return false
		}
		t = ev.T
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Render")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sum := in.an.summaryOf(fn)
	if sum == nil || sum.Fact.Writer != 0 {
		return false
	}
	for _, p := range sum.Fact.Paths {
		if len(p.Results) != 1 || p.Results[0] != summary.ResultZero {
			return false
		}
	}
	in.splice(st, site{node: call, call: call, writer: w, name: in.an.displayName(fn),
		arg: func(p int) ast.Expr {
			switch p {
			case summary.Receiver:
				return v
			case 1, 2: // Render(w, r) gets the call's own
				return call.Args[p-1]
			}
			return nil
		}}, sum)
	return true
}

// readOnlyClosure reports whether lit, which captures the writer, writes
// nothing to the response on any path: its body, interpreted with the same
// writers, emits no event. A closure that uses a variable derived from the
// writer (an encoder, the header map) is not looked into.
func (in *interp) readOnlyClosure(st *state, lit *ast.FuncLit) bool {
	fn := in.runLiteral(st, lit)
	if fn == nil || fn.Incomplete {
		return false
	}
	for _, p := range fn.Paths {
		if len(p.Events) > 0 {
			return false
		}
	}
	return true
}

// runLiteral interprets a literal that captures the writer, with the same
// writers; nil when it uses a variable derived from the writer outside it
// (an encoder, the header map), or is nested too deep.
func (in *interp) runLiteral(st *state, lit *ast.FuncLit) *Func {
	derived := false
	ast.Inspect(lit.Body, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok {
			if _, ok := st.aux[in.info().Uses[id]]; ok && !in.writers[in.info().Uses[id]] {
				derived = true
			}
		}
		return !derived
	})
	if derived || in.depth >= maxClosureDepth {
		return nil
	}
	fn := &Func{Node: lit, Type: lit.Type, Body: lit.Body}
	sub := &interp{an: in.an, fn: fn, writers: in.writers, depth: in.depth + 1, summarising: in.summarising}
	sub.run()
	return fn
}

// maxClosureDepth bounds the closures looked into inside one another.
const maxClosureDepth = 3

// A function literal called where it is written, `handleError(w, r,
// func() error {...}())`, runs there: before a statement that calls one
// (outside other literals), each state forks into one per path of the
// literal, followed from that state with the same writers, and the
// statement reads the call's results from it as from a helper's path.
// A literal with parameters, too large or that gives up is left to call
// (an escape where it captures the writer).

// inlineLiterals runs the literals statement s calls where they are written.
func (in *interp) inlineLiterals(s ast.Stmt, cur []*state) []*state {
	switch s.(type) {
	case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt:
	default:
		return cur
	}
	var calls []*ast.CallExpr
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if _, done := in.valueOf[n]; done {
				return true
			}
			if lit := in.litCalled(n); lit != nil && inPlaceArgs(in.info(), n, lit) {
				calls = append(calls, n)
			}
		}
		return true
	})
	for _, call := range calls {
		lit := in.litCalled(call)
		rets := litReturns(lit)
		params := in.heldLiteralParams(call, lit)
		var next []*state
		for _, st := range cur {
			fn := in.runInPlace(st, lit, call.Args)
			if fn == nil {
				next = append(next, st)
				continue
			}
			for _, p := range fn.Paths {
				x := st.clone()
				// Each path gets its own events: a caller's rules may mark them.
				var evs []*Event
				atCall := len(params) > 0 && in.dependsOn(p.Events, params)
				for _, e := range p.Events {
					c := *e
					if atCall {
						in.atLiteralCall(&c, e, call)
					}
					evs = append(evs, &c)
					x.push(&c)
				}
				x.last = &lastSplice{call: call, res: p.Results, err: p.Err, errorish: errorishPath(evs), alt: -1}
				x.calls = &callRes{call: call, res: p.Results, err: p.Err, val: rets[p.End], notType: p.NotType, prev: x.calls}
				// What the path assumed of this function's parameters
				// (it reads them as its own) holds on from here.
				for obj, i := range in.params {
					if i-1 < len(p.Params) && p.Params[i-1] != summary.ResultUnknown && !in.reassigned[obj] {
						x.env[obj] = Single(b2i(p.Params[i-1] == summary.ResultNonZero))
					}
				}
				for _, c := range p.Conds {
					x.conds = &paramCond{param: c.Param, op: opOf(c.Op), val: c.Value, sentinel: c.Sentinel, field: c.Field, typ: c.Type, as: c.As, prev: x.conds}
				}
				if !condsSatisfiable(x.conds) {
					continue
				}
				next = append(next, x)
			}
		}
		cur = next
	}
	return cur
}

// A literal held in a variable and called with arguments is a helper of
// the function around it (`renderError := func(err error, msg string,
// code int) { ... }; renderError(err, "", http.StatusForbidden)`): a path
// of it that writes what its arguments say is judged at each call, as a
// helper's is, rather than once inside it with the statuses of every call
// merged. A path that writes nothing of its arguments stays where it is
// written, reported once.

// heldLiteralParams returns the parameters of lit when call calls it
// through a variable, nil otherwise.
func (in *interp) heldLiteralParams(call *ast.CallExpr, lit *ast.FuncLit) map[types.Object]bool {
	if _, held := ast.Unparen(call.Fun).(*ast.Ident); !held {
		return nil
	}
	var out map[types.Object]bool
	for _, f := range lit.Type.Params.List {
		for _, n := range f.Names {
			if obj := in.info().Defs[n]; obj != nil {
				if out == nil {
					out = map[types.Object]bool{}
				}
				out[obj] = true
			}
		}
	}
	return out
}

// dependsOn reports whether an event's status, body or header value is
// written from one of params.
func (in *interp) dependsOn(evs []*Event, params map[types.Object]bool) bool {
	uses := func(x ast.Expr) bool {
		found := false
		if x != nil {
			ast.Inspect(x, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && params[in.info().Uses[id]] {
					found = true
				}
				return !found
			})
		}
		return found
	}
	for _, e := range evs {
		if uses(e.StatusExpr) || uses(e.BodyExpr) || uses(e.ValueArg) {
			return true
		}
	}
	return false
}

// atLiteralCall moves c, a copy of e, a step of a held literal, to the
// literal's call, as a helper's step is at its call.
func (in *interp) atLiteralCall(c, e *Event, call *ast.CallExpr) {
	p := in.an.Fset.Position(e.Pos())
	o := &Origin{}
	if e.Origin != nil {
		*o = *e.Origin // what a helper called inside said of the step
	}
	o.Callee, o.Where, o.Via, o.Orig, o.Param = types.ExprString(call.Fun), fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line), e.Via, e, true
	c.Origin = o
	c.Call, c.Node, c.Via = call, call, types.ExprString(call.Fun)
	c.Stmt, c.ListStmt = nil, nil
}

// inPlaceArgs reports whether call gives lit one argument per parameter
// (no variadic spread): what running it in place binds.
func inPlaceArgs(info *types.Info, call *ast.CallExpr, lit *ast.FuncLit) bool {
	sig, ok := info.TypeOf(lit).(*types.Signature)
	if !ok || sig.Variadic() || call.Ellipsis.IsValid() || len(call.Args) != sig.Params().Len() {
		return false
	}
	for _, f := range lit.Type.Params.List {
		if len(f.Names) == 0 {
			return false // nothing to bind the argument to
		}
	}
	return true
}

// litReturns maps the returns of a literal of one result, by position, to
// the expression each returns.
func litReturns(lit *ast.FuncLit) map[token.Pos]ast.Expr {
	out := map[token.Pos]ast.Expr{}
	if lit.Type.Results.NumFields() != 1 {
		return out
	}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 {
				out[n.Pos()] = n.Results[0]
			}
		}
		return true
	})
	return out
}

// maxInPlacePaths bounds the paths a literal run in place forks a state
// into (each state of the statement that calls it).
const maxInPlacePaths = 32

// runInPlace follows lit, called where it is written, from st; nil when it
// cannot be followed whole.
func (in *interp) runInPlace(st *state, lit *ast.FuncLit, args []ast.Expr) *Func {
	if in.depth >= maxClosureDepth {
		return nil
	}
	seed := st
	if len(args) > 0 {
		// The literal's parameters are its locals, bound to the call's
		// arguments as by `code, text := 401, msg`; an argument that
		// uses the writer is not followed here.
		for _, a := range args {
			if in.mentionsWriter(st, a) {
				return nil
			}
		}
		var lhs []ast.Expr
		for _, f := range lit.Type.Params.List {
			for _, name := range f.Names {
				lhs = append(lhs, name)
			}
		}
		seed = st.clone()
		seed.ev = nil
		in.assign(seed, lhs, args, token.DEFINE)
	}
	// Its own parameters are no parameters of the summary being made.
	ft := &ast.FuncType{Func: lit.Type.Func, Params: &ast.FieldList{}, Results: lit.Type.Results}
	fn := &Func{Node: lit, Type: ft, Body: lit.Body, HasResults: lit.Type.Results.NumFields() > 0}
	params := map[types.Object]int{}
	for obj, i := range in.params {
		if !in.reassigned[obj] {
			params[obj] = i
		}
	}
	sub := &interp{an: in.an, fn: fn, writers: in.writers, depth: in.depth + 1, summarising: in.summarising,
		recv: in.recv, recvShift: in.recvShift, seed: seed, seedParams: params}
	sub.run()
	if fn.Incomplete || len(fn.Paths) == 0 || len(fn.Paths) > maxInPlacePaths {
		return nil
	}
	return fn
}

// ranInPlace reports a literal's call that inlineLiterals ran on this path.
func (in *interp) ranInPlace(st *state, call *ast.CallExpr) bool {
	if _, done := in.valueOf[call]; done {
		return true // its value was the return's, already run
	}
	lit := in.litCalled(call)
	if lit == nil || st.callRec(call) != nil {
		return lit != nil
	}
	if _, isID := ast.Unparen(call.Fun).(*ast.Ident); isID && in.mentionsWriter(st, lit.Body) {
		// A held literal not run here (too large): an escape, as the
		// literal itself would have been where it is defined.
		in.emit(st, &Event{Kind: EvOpaque, Call: call, Via: "closure"})
		return true
	}
	return false
}

// litCalled returns the literal call calls in place: written there, or
// held in a local variable that is only ever called (heldLiteral).
func (in *interp) litCalled(call *ast.CallExpr) *ast.FuncLit {
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.FuncLit:
		return f
	case *ast.Ident:
		if v, ok := in.info().Uses[f].(*types.Var); ok {
			return in.heldLits()[v]
		}
	}
	return nil
}

// heldLiteral returns the literal s defines a variable to, when that
// variable is only ever called, with no arguments, in this function.
func (in *interp) heldLiteral(s *ast.AssignStmt) *ast.FuncLit {
	if s.Tok != token.DEFINE || len(s.Lhs) != 1 || len(s.Rhs) != 1 {
		return nil
	}
	id, ok := s.Lhs[0].(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := in.info().Defs[id].(*types.Var)
	if !ok {
		return nil
	}
	return in.heldLits()[v]
}

// heldLits indexes the variables of this function defined to a literal of
// no parameters and only ever called with no arguments (computed once).
func (in *interp) heldLits() map[*types.Var]*ast.FuncLit {
	if in.held != nil {
		return in.held
	}
	in.held = map[*types.Var]*ast.FuncLit{}
	info := in.info()
	calls := map[*ast.Ident]bool{}
	// The calls inlineLiterals runs: in a statement of a list of this
	// function's own blocks, outside literals.
	inList := func(list []ast.Stmt) {
		for _, st := range list {
			switch st.(type) {
			case *ast.ExprStmt, *ast.AssignStmt, *ast.ReturnStmt:
			default:
				continue
			}
			ast.Inspect(st, func(m ast.Node) bool {
				if _, ok := m.(*ast.FuncLit); ok {
					return false
				}
				if c, ok := m.(*ast.CallExpr); ok {
					if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && !c.Ellipsis.IsValid() {
						calls[id] = true
					}
				}
				return true
			})
		}
	}
	ast.Inspect(in.fn.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			inList(n.List)
		case *ast.CaseClause:
			inList(n.Body)
		case *ast.CommClause:
			inList(n.Body)
		}
		as, ok := n.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		lit, ok := ast.Unparen(as.Rhs[0]).(*ast.FuncLit)
		id, isID := as.Lhs[0].(*ast.Ident)
		if ok && isID && !in.info().TypeOf(lit).(*types.Signature).Variadic() {
			if v, ok := info.Defs[id].(*types.Var); ok {
				in.held[v] = lit
			}
		}
		return true
	})
	if len(in.held) == 0 {
		return in.held
	}
	// Any other use (passed on, assigned, deferred) is a way out of
	// sight: not followed in place.
	ast.Inspect(in.fn.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			if v, ok := info.Uses[id].(*types.Var); ok && in.held[v] != nil && !calls[id] {
				delete(in.held, v)
			}
		}
		return true
	})
	return in.held
}

// runParam records a call of a function parameter that takes no writer
// (withID's f(id)): a caller passing a literal that writes the response
// splices the literal's paths there (see spliceCall).
func (in *interp) runParam(st *state, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := in.info().Uses[id].(*types.Var)
	if !ok || in.params[v] == 0 {
		return false
	}
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok || writerIndex(sig) != noWriter {
		return false
	}
	in.args(st, call.Args)
	in.emit(st, &Event{Kind: EvRun, Call: call, Run: in.params[v]})
	return true
}

// holderGetter reports c.Request(), c.GetAccount(), c.UserIsLogged(): a
// method that takes nothing and gives a value, no error and no writer, of
// an interface that holds the writer through an accessor (writerAccessor).
// The interface's methods have no body to follow; such a getter is taken
// to read the request's state. Any other method of it (a setter, one that
// returns an error) is an escape.
func (in *interp) holderGetter(st *state, call *ast.CallExpr, sel *ast.SelectorExpr) bool {
	if sel == nil || len(call.Args) != 0 || writerAccessor(in.info().TypeOf(sel.X)) == nil {
		return false
	}
	if _, ok := in.writerOf(st, sel.X); !ok {
		return false
	}
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok {
		return false
	}
	res := fn.Type().(*types.Signature).Results()
	if res.Len() == 0 {
		return false
	}
	for v := range res.Variables() {
		if isErrorType(v.Type()) || IsResponseWriter(v.Type()) || holdsWriter(v.Type()) {
			return false
		}
	}
	return true
}
