package rules

import (
	"fmt"
	"go/ast"
	"go/types"
	"net/http"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/contract"
	"github.com/errcontract/errcontract/analyzer/engine"
	"github.com/errcontract/errcontract/analyzer/fix"
	"github.com/errcontract/errcontract/analyzer/framework"
)

// errorValue returns Go source for an Error object carrying msg: the
// package's own Error type when it has one, else a map literal.
func (c *checker) errorValue(f *fix.File, msg string) string {
	// A configured type, usable from this file.
	for _, want := range c.cfg.ErrorTypes {
		i := strings.LastIndex(want, ".")
		path, name := want[:i], want[i+1:]
		qual := ""
		if path != c.an.Pkg.Path() {
			if qual = f.ImportName(path); qual == "" {
				continue
			}
			qual += "."
		}
		if lit, ok := c.structLit(path, name, qual, msg); ok {
			return lit
		}
	}
	// A struct of this package whose JSON has the message key.
	scope := c.an.Pkg.Scope()
	for _, name := range scope.Names() {
		if lit, ok := c.structLit(c.an.Pkg.Path(), name, "", msg); ok {
			return lit
		}
	}
	return fmt.Sprintf("map[string]string{%q: %s}", c.cfg.MessageKey, msg)
}

// structLit builds T{Field: msg} when T is an Error object struct whose
// message field is a string and that needs no type arguments.
func (c *checker) structLit(path, name, qual, msg string) (string, bool) {
	var pkg *types.Package
	if path == c.an.Pkg.Path() {
		pkg = c.an.Pkg
	} else {
		for _, imp := range c.an.Pkg.Imports() {
			if imp.Path() == path {
				pkg = imp
			}
		}
	}
	if pkg == nil {
		return "", false
	}
	tn, ok := pkg.Scope().Lookup(name).(*types.TypeName)
	if !ok || tn.IsAlias() {
		return "", false
	}
	n, ok := tn.Type().(*types.Named)
	if !ok || n.TypeParams().Len() > 0 {
		return "", false
	}
	if _, ok := n.Underlying().(*types.Struct); !ok {
		return "", false
	}
	isErr, _, field := c.an.Shapes.IsErrorType(n)
	if !isErr || field == nil || !types.Identical(field.Type(), types.Typ[types.String]) {
		return "", false
	}
	if field.Pkg() != c.an.Pkg && !field.Exported() {
		return "", false
	}
	// The field must be directly in the struct, not promoted, for a keyed literal.
	st := n.Underlying().(*types.Struct)
	direct := false
	for i := range st.NumFields() {
		if st.Field(i) == field {
			direct = true
		}
	}
	if !direct {
		return "", false
	}
	return fmt.Sprintf("%s%s{%s: %s}", qual, name, field.Name(), msg), true
}

// frameworkCall returns the framework call that made ev, when ev is the
// effect of one call of a framework's table written by the user.
func frameworkCall(ev *engine.Event) (*framework.Framework, framework.Call, bool) {
	if ev.Framework == nil || ev.Origin != nil || ev.Call == nil || ev.Framework.Fix.ErrorJSON == "" {
		return nil, framework.Call{}, false
	}
	for name, m := range ev.Framework.Calls {
		if strings.HasSuffix(name, "."+callName(ev.Call)) {
			return ev.Framework, m, true
		}
	}
	return nil, framework.Call{}, false
}

func callName(call *ast.CallExpr) string {
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.Sel.Name
	}
	return ""
}

// chainRoot returns the carrier a (possibly fluent) framework call starts from.
func chainRoot(e ast.Expr) ast.Expr {
	for {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return e
		}
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return e
		}
		e = sel.X
	}
}

// fixFrameworkErrorJSON rewrites a framework call that sends a status with
// no body or a text body into the framework's JSON Error object idiom:
// c.AbortWithStatusJSON(404, Error{...}), c.JSON(404, Error{...}),
// c.Status(404).JSON(Error{...}).
func (c *checker) fixFrameworkErrorJSON(r *response, st, at *engine.Event, okClass func(contract.Class, int) bool) *analysis.SuggestedFix {
	fw, m, ok := frameworkCall(at)
	if !ok || st.StatusExpr == nil || !c.onlyClass(at.Node, okClass) {
		return nil
	}
	// A Content-Type the handler set stays (the frameworks' JSON calls set
	// theirs only when unset): a JSON body under it would break C5.
	if ct, set := r.headers["Content-Type"]; set && !ct.Implicit && ct.Call != at.Call && (!ct.ValueOK || !c.mediaOK(ct.Value)) {
		return nil
	}
	f := c.file(at.Call)
	if f == nil || !c.resultUnused(at.Call) {
		return nil
	}
	msg, keep, imports, ok := c.message(f, at)
	if !ok && m.ErrArg > 0 && m.ErrArg <= len(at.Call.Args) {
		// c.AbortWithError(400, err): the error's message.
		if a := at.Call.Args[m.ErrArg-1]; !c.an.Info.Types[a].IsNil() {
			msg, keep, imports, ok = f.Text(a)+".Error()", []ast.Node{a}, nil, true
		}
	}
	if !ok {
		v, known := st.Status.Only()
		if !known {
			return nil
		}
		msg, keep, imports = fmt.Sprintf("%q", http.StatusText(v)), nil, nil
	}
	// The framework's plain JSON call, or its aborting one when the call
	// replaced aborted the handler chain (gin's AbortWith...).
	idiom := fw.Fix.ErrorJSON
	if m.Aborts && fw.Fix.AbortErrorJSON != "" {
		idiom = fw.Fix.AbortErrorJSON
	}
	root := chainRoot(at.Call)
	text := fmt.Sprintf(idiom, f.Text(root), f.Text(st.StatusExpr), c.errorValue(f, msg))
	edits, ok := c.dropUses(f, at.Call, append(keep, root, st.StatusExpr)...)
	if !ok {
		return nil
	}
	edits = append(edits, imports...)
	return &analysis.SuggestedFix{Message: "Send the Error object as JSON",
		TextEdits: append(edits, analysis.TextEdit{Pos: at.Call.Pos(), End: at.Call.End(), NewText: []byte(text)})}
}

// fixRouter installs, after the statement that binds the router, a 404
// handler that writes the Error object as JSON. No 405 handler is
// offered: a handler of its own is not told which methods to list in
// Allow, so one would trade C1 or C2 for a missing Allow (B1).
func (c *checker) fixRouter(site engine.RouterSite) *analysis.SuggestedFix {
	if site.Stmt == nil || !site.NotFound || site.Router.Install == "" || !contract.Classify(c.cfg, 404).WantsErrorObject() {
		return nil // no 404 to replace, or bound in a composite literal: no statement to follow
	}
	f := c.file(site.Stmt)
	if f == nil {
		return nil
	}
	var edits []analysis.TextEdit
	httpName := f.ImportName("net/http")
	if httpName == "" {
		name, imp, ok := f.AddImport("net/http", "http", site.Stmt.Pos())
		if !ok {
			return nil
		}
		httpName, edits = name, append(edits, imp...)
	}
	jsonName, imp, ok := f.AddImport("encoding/json", "json", site.Stmt.Pos())
	if !ok {
		return nil
	}
	edits = append(edits, imp...)
	var pkgName string
	if site.Router.Pkg != "" {
		if pkgName = f.ImportName(site.Router.Pkg); pkgName == "" {
			return nil
		}
	}
	st := httpName + ".StatusNotFound"
	handler := strings.Join([]string{
		fmt.Sprintf("func(w %s.ResponseWriter, _ *%s.Request) {", httpName, httpName),
		fmt.Sprintf("\tw.Header().Set(%q, %q)", "Content-Type", c.cfg.MediaTypes[0]),
		fmt.Sprintf("	w.WriteHeader(%s)", st),
		fmt.Sprintf("	%s.NewEncoder(w).Encode(%s)", jsonName, c.errorValue(f, fmt.Sprintf("%s.StatusText(%s)", httpName, st))),
		"}"}, "\n")
	text := fmt.Sprintf(site.Router.Install, f.Text(site.Var), httpName, handler, pkgName)
	edits = append(edits, f.InsertAfter(site.Stmt, strings.Split(text, "\n")...))
	return &analysis.SuggestedFix{Message: "Answer unmatched requests with the Error object", TextEdits: edits}
}

// resultUnused reports whether a framework call that a fix replaces is
// used only for its effects or returned as an error, so that its
// replacement (which returns nothing or an error) still compiles:
// c.AbortWithError(...).SetType(...) is left alone.
func (c *checker) resultUnused(call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(c.an.Info, call).(*types.Func)
	if !ok {
		return false
	}
	res := fn.Type().(*types.Signature).Results()
	if res.Len() == 0 || (res.Len() == 1 && types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type())) {
		return true
	}
	var unused bool
	for _, file := range c.an.Files {
		if file.Pos() <= call.Pos() && call.End() <= file.End() {
			ast.Inspect(file, func(n ast.Node) bool {
				if es, ok := n.(*ast.ExprStmt); ok && ast.Unparen(es.X) == call {
					unused = true
				}
				return !unused
			})
		}
	}
	return unused
}

// message returns Go source for the message a text call sends, so that a
// fix keeps what the developer wrote: the string itself (a literal,
// err.Error(), msg), or fmt.Sprintf over a format and its values (gin's
// c.String(400, "bad id %s", err)). keep are the nodes the source reuses;
// imports adds fmt when needed.
func (c *checker) message(f *fix.File, b *engine.Event) (msg string, keep []ast.Node, imports []analysis.TextEdit, ok bool) {
	call := b.Call
	if b.Kind != engine.EvBody || b.BodyExpr == nil || call == nil {
		return "", nil, nil, false
	}
	i := -1
	for j, a := range call.Args {
		if a == b.BodyExpr {
			i = j
		}
	}
	if i < 0 {
		return "", nil, nil, false
	}
	rest := call.Args[i+1:]
	// []byte("Use HTTPS") (gin's c.Data, echo's c.Blob): the string inside.
	if conv, ok := ast.Unparen(b.BodyExpr).(*ast.CallExpr); ok && len(conv.Args) == 1 && len(rest) == 0 {
		if tv, ok := c.an.Info.Types[conv.Fun]; ok && tv.IsType() && isString(c.an.Info.TypeOf(conv.Args[0])) {
			return f.Text(conv.Args[0]), []ast.Node{conv.Args[0]}, nil, true
		}
	}
	if !isString(c.an.Info.TypeOf(b.BodyExpr)) {
		return "", nil, nil, false
	}
	if len(rest) == 0 {
		if call.Ellipsis.IsValid() {
			return "", nil, nil, false
		}
		return f.Text(b.BodyExpr), []ast.Node{b.BodyExpr}, nil, true
	}
	// A format and its values: only for a callee whose string parameter is
	// followed by its variadic one (String(code int, format string, values ...any)).
	sig, _ := c.an.Info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if sig == nil || !sig.Variadic() || sig.Params().Len() != i+2 {
		return "", nil, nil, false
	}
	fmtName, imp, ok := f.AddImport("fmt", "fmt", call.Pos())
	if !ok {
		return "", nil, nil, false
	}
	parts := []string{f.Text(b.BodyExpr)}
	keep = []ast.Node{b.BodyExpr}
	for _, a := range rest {
		parts = append(parts, f.Text(a))
		keep = append(keep, a)
	}
	dots := ""
	if call.Ellipsis.IsValid() {
		dots = "..."
	}
	return fmt.Sprintf("%s.Sprintf(%s%s)", fmtName, strings.Join(parts, ", "), dots), keep, imp, true
}

func isString(t types.Type) bool {
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// fixFrameworkStatusOnly rewrites a framework call that sends a structured
// body into the framework's status-only idiom: c.Status(500), c.NoContent(500).
func (c *checker) fixFrameworkStatusOnly(st, b *engine.Event, okClass func(contract.Class, int) bool, noBody bool) *analysis.SuggestedFix {
	fw, m, ok := frameworkCall(b)
	if !ok || st.StatusExpr == nil || !c.onlyClass(b.Node, okClass) {
		return nil
	}
	idiom := fw.Fix.StatusOnly
	if noBody {
		idiom = fw.Fix.NoBody
	}
	if m.Aborts && fw.Fix.AbortStatusOnly != "" {
		idiom = fw.Fix.AbortStatusOnly
	}
	if idiom == "" {
		return nil
	}
	f := c.file(b.Call)
	if f == nil {
		return nil
	}
	edits, ok := c.dropUses(f, b.Call, chainRoot(b.Call), st.StatusExpr)
	if !ok {
		return nil
	}
	text := fmt.Sprintf(idiom, f.Text(chainRoot(b.Call)), f.Text(st.StatusExpr))
	return &analysis.SuggestedFix{Message: "Send the status without a body",
		TextEdits: append(edits, analysis.TextEdit{Pos: b.Call.Pos(), End: b.Call.End(), NewText: []byte(text)})}
}

// fixAddBody completes a status-only error response: Content-Type before
// the status, the Error object after it.
func (c *checker) fixAddBody(r *response, vs []int) *analysis.SuggestedFix {
	st := r.status
	if st.Framework != nil {
		return c.fixFrameworkErrorJSON(r, st, st, func(k contract.Class, v int) bool { return k == contract.BodyRequired && v != 422 })
	}
	if st.ListStmt == nil || st.ListStmt != st.Stmt || st.StatusExpr == nil || st.Writer == nil || st.Origin != nil {
		return nil
	}
	// Every status written here must want the Error object, and none is 422
	// (whose validations we cannot invent).
	if !c.onlyClass(st.Node, func(k contract.Class, v int) bool { return k == contract.BodyRequired && v != 422 }) {
		return nil
	}
	if ct, ok := r.headers["Content-Type"]; ok && (!ct.ValueOK || !c.mediaOK(ct.Value)) {
		return nil
	}
	f := c.file(st.ListStmt)
	if f == nil {
		return nil
	}
	httpName := f.ImportName("net/http")
	if httpName == "" {
		return nil
	}
	jsonName, imp, ok := f.AddImport("encoding/json", "json", st.ListStmt.Pos())
	if !ok {
		return nil
	}
	w := f.Text(st.Writer)
	val := c.errorValue(f, fmt.Sprintf("%s.StatusText(%s)", httpName, f.Text(st.StatusExpr)))
	edits := append([]analysis.TextEdit(nil), imp...)
	if _, ok := r.headers["Content-Type"]; !ok {
		edits = append(edits, f.InsertBefore(st.ListStmt, headerLine(f, st.Writer, nil, "Content-Type", c.cfg.MediaTypes[0])))
	}
	edits = append(edits, f.InsertAfter(st.ListStmt, fmt.Sprintf("%s.NewEncoder(%s).Encode(%s)", jsonName, w, val)))
	return &analysis.SuggestedFix{Message: "Write the Error object as the " + join(vs) + " body", TextEdits: edits}
}

// fixHTTPError replaces http.Error / http.NotFound with a JSON Error object response.
func (c *checker) fixHTTPError(r *response, b *engine.Event, vs []int) *analysis.SuggestedFix {
	if (b.Via != "http.Error" && b.Via != "http.NotFound") || b.Origin != nil {
		return nil
	}
	if b.ListStmt == nil || b.ListStmt != b.Stmt || r.status == nil || r.status.Call != b.Call {
		return nil
	}
	if !c.onlyClass(b.Node, func(k contract.Class, v int) bool { return k.WantsErrorObject() && v != 422 }) {
		return nil
	}
	if es, ok := b.Stmt.(*ast.ExprStmt); !ok || ast.Unparen(es.X) != b.Call {
		return nil
	}
	f := c.file(b.Stmt)
	if f == nil {
		return nil
	}
	httpName := f.ImportName("net/http")
	if httpName == "" {
		return nil
	}
	w := f.Text(b.Writer)
	var status, msg string
	if b.Via == "http.Error" {
		status, msg = f.Text(b.Call.Args[2]), f.Text(b.Call.Args[1])
	} else {
		status = httpName + ".StatusNotFound"
		msg = fmt.Sprintf("%s.StatusText(%s)", httpName, status)
	}
	// The package's own error helper says it best, when it has one.
	if name, ok := c.an.ErrorHelper(); ok {
		if _, isSet := r.headers["Content-Type"]; !isSet || r.headers["Content-Type"].Call == b.Call {
			return &analysis.SuggestedFix{Message: "Send the Error object with " + name + " instead of " + b.Via,
				TextEdits: []analysis.TextEdit{f.Replace(b.Stmt, fmt.Sprintf("%s(%s, %s, %s)", name, w, status, msg))}}
		}
	}
	jsonName, imp, ok := f.AddImport("encoding/json", "json", b.Stmt.Pos())
	if !ok {
		return nil
	}
	var lines []string
	// http.Error's own text/plain goes away with it; one set by the user stays.
	if ct, ok := r.headers["Content-Type"]; !ok || ct.Call == b.Call {
		lines = append(lines, headerLine(f, b.Writer, nil, "Content-Type", c.cfg.MediaTypes[0]))
	} else if !ct.ValueOK || !c.mediaOK(ct.Value) {
		return nil // a Content-Type of its own: not ours to override
	}
	lines = append(lines,
		fmt.Sprintf("%s.WriteHeader(%s)", w, status),
		fmt.Sprintf("%s.NewEncoder(%s).Encode(%s)", jsonName, w, c.errorValue(f, msg)))
	edits := append([]analysis.TextEdit(nil), imp...)
	edits = append(edits, f.Replace(b.Stmt, lines...))
	return &analysis.SuggestedFix{Message: "Send the Error object as JSON instead of " + b.Via, TextEdits: edits}
}

// fixTextWrite turns a plain-text write on an error status
// (fmt.Fprintf(w, "bad id %s", id), io.WriteString(w, msg)) into the Error
// object carrying the same text, with a JSON Content-Type set before the
// status the handler wrote.
func (c *checker) fixTextWrite(r *response, b *engine.Event) *analysis.SuggestedFix {
	st := r.status
	if b.Origin != nil || b.Framework != nil || b.Call == nil || b.ListStmt == nil || b.ListStmt != b.Stmt ||
		st == nil || st.Origin != nil || st.ListStmt == nil || st.ListStmt != st.Stmt || st.Writer == nil || st.Framework != nil {
		return nil
	}
	if es, ok := b.Stmt.(*ast.ExprStmt); !ok || ast.Unparen(es.X) != b.Call {
		return nil
	}
	if !c.onlyClass(b.Node, func(k contract.Class, v int) bool { return k.WantsErrorObject() && v != 422 }) {
		return nil
	}
	if ct, ok := r.headers["Content-Type"]; ok && (!ct.ValueOK || !c.mediaOK(ct.Value)) {
		return nil // a Content-Type of its own: not ours to override
	}
	f := c.file(b.Stmt)
	if f == nil || c.file(st.Stmt) != f {
		return nil
	}
	// The status statement comes first in the same block, so every path
	// to the write passes the one Content-Type line the fix inserts.
	list := c.enclosingList(b.Stmt)
	if i, j := indexOf(list, st.ListStmt), indexOf(list, b.Stmt); i < 0 || i >= j {
		return nil
	}
	args := b.Call.Args[1:]
	if len(args) == 0 || b.Call.Ellipsis.IsValid() {
		return nil
	}
	var msg string
	switch name := calleeName(c.an.Info, b.Call); {
	case name == "fmt.Fprintf" || (name == "fmt.Fprint" && len(args) > 1):
		fmtName := f.ImportName("fmt")
		if fmtName == "" {
			return nil
		}
		verb := "Sprintf"
		if name == "fmt.Fprint" {
			verb = "Sprint"
		}
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = f.Text(a)
		}
		msg = fmt.Sprintf("%s.%s(%s)", fmtName, verb, strings.Join(parts, ", "))
	case (name == "fmt.Fprint" || name == "fmt.Fprintln" || name == "io.WriteString") && len(args) == 1 && isString(c.an.Info.TypeOf(args[0])):
		msg = f.Text(args[0])
	default:
		return nil
	}
	jsonName, imp, ok := f.AddImport("encoding/json", "json", b.Stmt.Pos())
	if !ok {
		return nil
	}
	keep := make([]ast.Node, 0, len(args)+1)
	keep = append(keep, b.Call.Args[0])
	for _, a := range args {
		keep = append(keep, a)
	}
	edits, ok := c.dropUses(f, b.Stmt, keep...)
	if !ok {
		return nil
	}
	edits = append(edits, imp...)
	if _, set := r.headers["Content-Type"]; !set {
		edits = append(edits, f.InsertBefore(st.ListStmt, headerLine(f, st.Writer, nil, "Content-Type", c.cfg.MediaTypes[0])))
	}
	edits = append(edits, f.Replace(b.Stmt, fmt.Sprintf("%s.NewEncoder(%s).Encode(%s)", jsonName, f.Text(b.Call.Args[0]), c.errorValue(f, msg))))
	return &analysis.SuggestedFix{Message: "Send the text as the Error object's message, as JSON", TextEdits: edits}
}

func calleeName(info *types.Info, call *ast.CallExpr) string {
	if fn, ok := typeutil.Callee(info, call).(*types.Func); ok {
		return fn.FullName()
	}
	return ""
}

// fixDropBody deletes a body write, or turns http.Error into WriteHeader,
// when nothing else depends on what the statement uses.
func (c *checker) fixDropBody(r *response, b *engine.Event, msg string) *analysis.SuggestedFix {
	es, ok := b.Stmt.(*ast.ExprStmt)
	if !ok || b.ListStmt != b.Stmt || ast.Unparen(es.X) != b.Call || b.Origin != nil {
		return nil
	}
	f := c.file(es)
	if f == nil {
		return nil
	}
	var keep ast.Node // part of the statement that stays
	var replacement string
	if b.Via == "http.Error" || b.Via == "http.NotFound" {
		if r.status == nil || r.status.Call != b.Call {
			return nil
		}
		status := f.ImportName("net/http") + ".StatusNotFound"
		if b.Via == "http.Error" {
			keep = b.Call.Args[2]
			status = f.Text(keep)
		}
		replacement = fmt.Sprintf("%s.WriteHeader(%s)", f.Text(b.Writer), status)
	}
	edits, ok := c.dropUses(f, es, keep)
	if !ok {
		return nil
	}
	if replacement != "" {
		edits = append(edits, f.Replace(es, replacement))
	} else {
		edits = append(edits, f.DeleteLine(es))
	}
	return &analysis.SuggestedFix{Message: msg, TextEdits: edits}
}

// dropUses checks that removing the node removed (but the nodes in keep)
// leaves no local variable unused, and returns the edits that remove the
// imports only it used.
func (c *checker) dropUses(f *fix.File, removed ast.Node, keep ...ast.Node) ([]analysis.TextEdit, bool) {
	kept := func(id *ast.Ident) bool {
		for _, k := range keep {
			if k != nil && id.Pos() >= k.Pos() && id.End() <= k.End() {
				return true
			}
		}
		return false
	}
	objs := map[types.Object]bool{}
	ast.Inspect(removed, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && !kept(id) {
			if obj := c.an.Info.Uses[id]; obj != nil {
				objs[obj] = true
			}
		}
		return true
	})
	remaining := map[types.Object]int{}
	ast.Inspect(f.AST, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		inRemoved := id.Pos() >= removed.Pos() && id.End() <= removed.End()
		if obj := c.an.Info.Uses[id]; objs[obj] && (!inRemoved || kept(id)) {
			remaining[obj]++
		}
		return true
	})
	var edits []analysis.TextEdit
	for obj := range objs {
		if remaining[obj] > 0 {
			continue
		}
		switch obj := obj.(type) {
		case *types.Var:
			if obj.Parent() != nil && obj.Parent() != c.an.Pkg.Scope() && !obj.IsField() && !c.isParam(obj) {
				return nil, false // a local that would be declared and not used
			}
		case *types.PkgName:
			e, ok := removeImport(f, obj)
			if !ok {
				return nil, false
			}
			edits = append(edits, e)
		}
	}
	return edits, true
}

func removeImport(f *fix.File, pn *types.PkgName) (analysis.TextEdit, bool) {
	for _, d := range f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok {
			continue
		}
		for _, spec := range gd.Specs {
			is, ok := spec.(*ast.ImportSpec)
			if !ok {
				continue
			}
			path, _ := strconv.Unquote(is.Path.Value)
			if path != pn.Imported().Path() {
				continue
			}
			if len(gd.Specs) == 1 {
				return f.DeleteLine(gd), true
			}
			return f.DeleteLine(is), true
		}
	}
	return analysis.TextEdit{}, false
}

// fixReturn adds a return at the end of the branch that wrote the error
// response, when the function returns nothing.
func (c *checker) fixReturn(r *response, next *engine.Event) *analysis.SuggestedFix {
	st := r.closed
	if r.fn.HasResults || st.ListStmt == nil {
		return nil
	}
	list := c.enclosingList(st.ListStmt)
	if len(list) == 0 {
		return nil
	}
	last := list[len(list)-1]
	if next.Pos() >= list[0].Pos() && next.Pos() < last.End() {
		return nil // the later write is in the same block: a return would orphan it
	}
	switch last.(type) {
	case *ast.ReturnStmt, *ast.BranchStmt:
		return nil
	}
	f := c.file(last)
	if f == nil {
		return nil
	}
	return &analysis.SuggestedFix{Message: "Return after the error response",
		TextEdits: []analysis.TextEdit{f.InsertAfter(last, "return")}}
}

// isParam reports whether v is a parameter or result (never "unused").
func (c *checker) isParam(v *types.Var) bool {
	if c.params == nil {
		c.params = map[types.Object]bool{}
		for _, f := range c.an.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if ft, ok := n.(*ast.FuncType); ok {
					for _, fl := range []*ast.FieldList{ft.Params, ft.Results} {
						if fl == nil {
							continue
						}
						for _, field := range fl.List {
							for _, name := range field.Names {
								c.params[c.an.Info.Defs[name]] = true
							}
						}
					}
				}
				return true
			})
		}
	}
	return c.params[v]
}
