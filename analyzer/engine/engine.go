// Package engine follows every path through each function that writes an
// HTTP response and records, in order, the headers set, the status written
// and the body written with its kind. The rules package judges the paths.
//
// The engine is path-sensitive on purpose: a status held in a local
// variable has one value on each path, and conditions over known statuses
// prune infeasible branches. Loops run once; goto and very branchy
// functions are given up (Func.Incomplete), so that rules stay silent.
package engine

import (
	"go/ast"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"github.com/errcontract/errcontract/analyzer/config"
	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// Analysis is the engine's result for one package.
type Analysis struct {
	Fset   *token.FileSet
	Pkg    *types.Package
	Info   *types.Info
	Config *config.Config
	Shapes *Shapes
	Files  []*ast.File
	Funcs  []*Func

	// Facts imports and exports helper summaries; nil analyses the package alone.
	Facts Facts
	// Challengers are the calls of middleware that answer 401 with their
	// own challenge (echo's middleware.BasicAuth).
	Challengers []ChallengerSite

	pkgMaps  map[types.Object]Status // package-level map literals of statuses, never reassigned
	local    map[*types.Func]*sumState
	imported map[*types.Func]*Summary

	funcDecls map[*types.Func]*ast.FuncDecl
	declOrder []*ast.FuncDecl // funcDecls in source order
	adapters  map[types.Object]*summary.Adapter
	customEH  map[*framework.Framework]bool
	methods   map[*types.Func]*summary.StatusMethod
	// assignedGlobals holds the variables assigned anywhere in the package.
	assignedGlobals map[types.Object]bool
	statusTypes     []string                      // this package's error types with an int field
	linked          map[ast.Node]*summary.Adapter // handlers passed to adapters
	localErrs       map[types.Object]*summary.ErrorValue
	importedErrs    map[types.Object]*summary.ErrorValue
}

// WritesResponses reports whether pkg could write an HTTP response: the
// engine skips packages that do not import net/http.
func WritesResponses(pkg *types.Package) bool {
	if framework.Internal(pkg.Path()) {
		return false // the frameworks' own code is modelled, not analysed
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == "net/http" || framework.Internal(imp.Path()) {
			return true
		}
	}
	return false
}

// carrierOf returns the framework a carrier type belongs to (nil for
// http.ResponseWriter) and whether t carries a response at all.
func carrierOf(t types.Type) (*framework.Framework, bool) {
	if t == nil {
		return nil, false
	}
	if IsResponseWriter(t) {
		return nil, true
	}
	if f := framework.CarrierOf(types.TypeString(types.Unalias(t), nil)); f != nil {
		return f, true
	}
	return nil, false
}

// Generated reports whether f carries the "Code generated ... DO NOT EDIT." marker.
func Generated(f *ast.File) bool { return ast.IsGenerated(f) }

// Analyze runs the engine over files.
func Analyze(fset *token.FileSet, pkg *types.Package, info *types.Info, files []*ast.File, cfg *config.Config, facts Facts) *Analysis {
	an := &Analysis{Fset: fset, Pkg: pkg, Info: info, Config: cfg, Shapes: NewShapes(cfg), Facts: facts,
		local: map[*types.Func]*sumState{}, imported: map[*types.Func]*Summary{},
		funcDecls: map[*types.Func]*ast.FuncDecl{}, localErrs: map[types.Object]*summary.ErrorValue{},
		importedErrs: map[types.Object]*summary.ErrorValue{},
		adapters:     map[types.Object]*summary.Adapter{}, linked: map[ast.Node]*summary.Adapter{},
		customEH: map[*framework.Framework]bool{}, methods: map[*types.Func]*summary.StatusMethod{}}
	for _, f := range files {
		if !cfg.IncludeGenerated && Generated(f) {
			continue
		}
		if strings.HasSuffix(fset.File(f.Pos()).Name(), ".s") {
			continue
		}
		an.Files = append(an.Files, f)
	}
	an.statusTypes = statusErrorTypes(pkg)
	if facts != nil && len(an.statusTypes) > 0 {
		facts.ExportStatusErrors(an.statusTypes)
	}
	if !WritesResponses(pkg) {
		// No response is written here, but errors that carry a status may
		// be made here and written elsewhere.
		if facts != nil {
			for _, f := range an.Files {
				for _, d := range f.Decls {
					if fd, ok := d.(*ast.FuncDecl); ok {
						if obj, ok := info.Defs[fd.Name].(*types.Func); ok {
							an.funcDecls[obj] = fd
							an.declOrder = append(an.declOrder, fd)
						}
					}
				}
			}
			an.exportErrorFacts()
		}
		return an
	}
	an.pkgMaps = packageMaps(info, pkg, files)
	// Functions declared with one writer parameter are summarised on demand,
	// callees first; their order in the file does not matter.
	var decls []*sumState
	for _, f := range an.Files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, _ := info.Defs[fd.Name].(*types.Func)
			if obj == nil {
				continue
			}
			an.funcDecls[obj] = fd
			an.declOrder = append(an.declOrder, fd)
			if len(writerParams(info, fd.Type)) != 1 {
				continue
			}
			s := &sumState{decl: fd, fn: an.newFunc(fd, fd.Type, fd.Body)}
			an.local[obj] = s
			decls = append(decls, s)
		}
	}
	an.findAdapters()
	an.linkHandlers()
	an.findChallengers()
	for _, s := range decls {
		if a := an.linked[s.decl]; a != nil && !s.done {
			s.fn.Adapter, s.fn.Handler = a, true
		}
	}
	for _, s := range decls {
		if !s.done {
			an.analyzeDecl(s)
		}
		if s.sum != nil && facts != nil {
			facts.ExportHelper(info.Defs[s.decl.Name].(*types.Func), s.sum.Fact)
		}
	}
	if facts != nil {
		an.exportErrorFacts()
	}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			var ft *ast.FuncType
			var body *ast.BlockStmt
			switch n := n.(type) {
			case *ast.FuncDecl:
				if obj, ok := info.Defs[n.Name].(*types.Func); ok && an.local[obj] != nil {
					return true // analysed above
				}
				ft, body = n.Type, n.Body
			case *ast.FuncLit:
				ft, body = n.Type, n.Body
			default:
				return true
			}
			if body == nil {
				return false
			}
			writers := writerParams(info, ft)
			if len(writers) != 1 {
				return true // none, or several responses at once: not ours
			}
			fn := an.newFunc(n, ft, body)
			in := &interp{an: an, fn: fn, writers: writers}
			in.run()
			an.Funcs = append(an.Funcs, fn)
			return true
		})
	}
	return an
}

// IsResponseWriter reports whether t is net/http.ResponseWriter.
func IsResponseWriter(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "ResponseWriter"
}

func isRequestPtr(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Request"
}

func writerParams(info *types.Info, ft *ast.FuncType) map[types.Object]bool {
	ws := map[types.Object]bool{}
	for _, field := range ft.Params.List {
		if _, ok := carrierOf(info.TypeOf(field.Type)); !ok {
			continue
		}
		for _, name := range field.Names {
			if obj := info.Defs[name]; obj != nil {
				ws[obj] = true
			}
		}
	}
	return ws
}

// isHandlerShape reports the shapes a server calls directly: the
// http.HandlerFunc signature (ResponseWriter, *Request), a gin handler
// (*gin.Context), and handlers returning an error to their framework
// (echo.Context, *fiber.Ctx); the framework is returned for the latter.
func isHandlerShape(info *types.Info, ft *ast.FuncType) (bool, *framework.Framework) {
	var params, results []types.Type
	for _, f := range ft.Params.List {
		t := info.TypeOf(f.Type)
		for range max(len(f.Names), 1) {
			params = append(params, t)
		}
	}
	if ft.Results != nil {
		for _, f := range ft.Results.List {
			for range max(len(f.Names), 1) {
				results = append(results, info.TypeOf(f.Type))
			}
		}
	}
	if len(params) == 2 && len(results) == 0 && IsResponseWriter(params[0]) && isRequestPtr(params[1]) {
		return true, nil
	}
	if len(params) != 1 {
		return false, nil
	}
	fw, ok := carrierOf(params[0])
	if !ok || fw == nil {
		return false, nil
	}
	if fw.ErrorHandler == nil {
		return len(results) == 0, fw
	}
	return len(results) == 1 && types.Identical(results[0], types.Universe.Lookup("error").Type()), fw
}

// newFunc prepares the engine's record of one function.
func (an *Analysis) newFunc(n ast.Node, ft *ast.FuncType, body *ast.BlockStmt) *Func {
	fn := &Func{Node: n, Type: ft, Body: body, HasResults: ft.Results != nil && len(ft.Results.List) > 0}
	var fw *framework.Framework
	fn.Handler, fw = isHandlerShape(an.Info, ft)
	if a := an.linked[n]; a != nil {
		fn.Adapter, fn.Handler = a, true
	} else if fn.Handler && fw != nil && fw.ErrorHandler != nil && !an.customErrorHandler(fw) {
		fn.Adapter = &summary.Adapter{Funnel: *fw.ErrorHandler, ErrArg: fw.ErrorHandlerErrArg,
			Name: fw.Name + " default error handler", Model: true}
	}
	return fn
}

// customErrorHandler reports whether the package installs its own error
// handler for fw: then returned errors go where we cannot see.
func (an *Analysis) customErrorHandler(fw *framework.Framework) bool {
	if v, ok := an.customEH[fw]; ok {
		return v
	}
	found := false
	match := func(sel *types.Selection) bool {
		if sel == nil || sel.Kind() != types.FieldVal {
			return false
		}
		key := "(" + types.TypeString(derefType(sel.Recv()), nil) + ")." + sel.Obj().Name()
		for _, c := range fw.CustomErrorHandler {
			if c == key {
				return true
			}
		}
		return false
	}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if match(an.Info.Selections[n]) {
					found = true
				}
			case *ast.CompositeLit:
				t := an.Info.TypeOf(n)
				for _, elt := range n.Elts {
					if kv, ok := elt.(*ast.KeyValueExpr); ok && t != nil {
						if id, ok := kv.Key.(*ast.Ident); ok {
							key := "(" + types.TypeString(derefType(t), nil) + ")." + id.Name
							for _, c := range fw.CustomErrorHandler {
								if c == key {
									found = true
								}
							}
						}
					}
				}
			}
			return !found
		})
	}
	an.customEH[fw] = found
	return found
}

func derefType(t types.Type) types.Type {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// packageMaps finds package-level variables initialised with a map literal
// of constant statuses and never assigned again in the package.
func packageMaps(info *types.Info, pkg *types.Package, files []*ast.File) map[types.Object]Status {
	out := map[types.Object]Status{}
	for _, init := range info.InitOrder {
		if len(init.Lhs) != 1 {
			continue
		}
		if s, ok := mapLitStatuses(info, init.Rhs); ok {
			out[init.Lhs[0]] = s
		}
	}
	if len(out) == 0 {
		return out
	}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			var targets []ast.Expr
			switch n := n.(type) {
			case *ast.AssignStmt:
				targets = n.Lhs
			case *ast.IncDecStmt:
				targets = []ast.Expr{n.X}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					targets = []ast.Expr{n.X}
				}
			}
			for _, t := range targets {
				t = ast.Unparen(t)
				if ix, ok := t.(*ast.IndexExpr); ok {
					t = ast.Unparen(ix.X) // m[k] = v changes the map's values
				}
				if id, ok := t.(*ast.Ident); ok {
					delete(out, info.Uses[id])
				}
			}
			return true
		})
	}
	return out
}

func (an *Analysis) packageMap(obj types.Object) (Status, bool) {
	s, ok := an.pkgMaps[obj]
	return s, ok
}

// exportErrorFacts exports the status-carrying error values this package
// defines: constructors and package variables of error-like types.
func (an *Analysis) exportErrorFacts() {
	for _, d := range an.declOrder {
		if d.Recv == nil || d.Name.Name == "Error" || d.Type.Params.NumFields() != 0 {
			continue
		}
		fn := an.Info.Defs[d.Name].(*types.Func)
		if m := an.statusMethodOf(fn); m != nil {
			an.Facts.ExportStatusMethod(fn, m)
		}
	}
	var objs []types.Object
	for _, d := range an.declOrder {
		obj := an.Info.Defs[d.Name].(*types.Func)
		if d.Recv == nil && carriesError(obj.Type().(*types.Signature).Results()) {
			objs = append(objs, obj)
		}
	}
	scope := an.Pkg.Scope()
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok && errorLike(v.Type()) {
			objs = append(objs, v)
		}
	}
	if len(objs) == 0 || !an.hasStatusErrorType() {
		return
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
	for _, obj := range objs {
		if f := an.errorFactOf(obj); f != nil && (len(f.Fields) > 0 || f.Wraps > 0) {
			an.Facts.ExportError(obj, f)
		}
	}

}

func carriesError(res *types.Tuple) bool {
	return res.Len() > 0 && errorLike(res.At(0).Type())
}

// errorLike: the error interface or a pointer to a named struct.
func errorLike(t types.Type) bool {
	if types.Identical(t, types.Universe.Lookup("error").Type()) {
		return true
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Struct)
	return ok && typeKey(t) != ""
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// hasStatusErrorType reports whether the package or its imports define an
// error type with an int field: only then can an error value carry a status.
func (an *Analysis) hasStatusErrorType() bool {
	if len(an.statusTypes) > 0 {
		return true
	}
	for _, imp := range an.Pkg.Imports() {
		if an.Facts != nil {
			if an.Facts.ImportStatusErrors(imp) {
				return true
			}
		} else if len(statusErrorTypes(imp)) > 0 {
			return true
		}
	}
	return false
}

// statusErrorTypes returns the names of the error types p declares with an
// int field, sorted.
func statusErrorTypes(p *types.Package) []string {
	var out []string
	scope := p.Scope()
	for _, name := range scope.Names() { // sorted
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok || !(types.Implements(tn.Type(), errorIface) || types.Implements(types.NewPointer(tn.Type()), errorIface)) {
			continue
		}
		for i := range st.NumFields() {
			if isIntType(st.Field(i).Type()) {
				out = append(out, name)
				break
			}
		}
	}
	return out
}

// ChallengerSite is a call of a middleware that answers 401 itself.
type ChallengerSite struct {
	Call      *ast.CallExpr
	Scheme    string
	Realm     string   // the realm it sends
	RealmExpr ast.Expr // the literal that sets it, if any
}

// findChallengers records the calls of challenging middleware whose realm is known.
func (an *Analysis) findChallengers() {
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			_, ch, ok := framework.ChallengerOf(fullName(an.Info, call))
			if !ok {
				return true
			}
			site := ChallengerSite{Call: call, Scheme: ch.Scheme, Realm: ch.Default}
			if ch.ConfigArg > 0 {
				if ch.ConfigArg > len(call.Args) {
					return true
				}
				lit, ok := ast.Unparen(call.Args[ch.ConfigArg-1]).(*ast.CompositeLit)
				if !ok {
					return true // a config built elsewhere: its realm is unknown
				}
				for _, elt := range lit.Elts {
					kv, ok := elt.(*ast.KeyValueExpr)
					if !ok {
						return true
					}
					if id, ok := kv.Key.(*ast.Ident); ok && id.Name == ch.Field {
						v, ok := constString(an.Info, kv.Value)
						if !ok {
							return true
						}
						if v != "" {
							site.Realm = v
						}
						site.RealmExpr = kv.Value
					}
				}
			}
			an.Challengers = append(an.Challengers, site)
			return true
		})
	}
}
