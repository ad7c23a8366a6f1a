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
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

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
	// routed holds the functions judged at a route registered here (see Routed).
	routed map[string]bool
	// Challengers are the calls of middleware that answer 401 with their
	// own challenge (echo's middleware.BasicAuth).
	Challengers []ChallengerSite
	// Routers are the routers made here that keep their own 404 or 405.
	Routers []RouterSite
	// TypedBodies, set by the rules, holds per path the bodies of unknown
	// content that go out under a Content-Type that is not JSON: judged
	// whatever the bytes are, so not a coverage gap.
	TypedBodies map[*Path]map[*Event]bool

	pkgMaps  map[types.Object]Status // package-level map literals of statuses, never reassigned
	local    map[*types.Func]*sumState
	imported map[*types.Func]*Summary
	// stack holds the functions whose summaries are being computed, callers
	// first: a call back into one of them closes a cycle.
	stack []*sumState

	funcDecls map[*types.Func]*ast.FuncDecl
	declOrder []*ast.FuncDecl // funcDecls in source order
	adapters  map[types.Object]*summary.Adapter
	// The error chains' error handlers (chains.go): of this package's
	// functions, what they are or make; what the package installs.
	chainFuncs, chainMakers map[*types.Func]*summary.Adapter
	chains                  []chainInstall
	chainsDone, chainsBusy  bool
	predicates              map[*types.Func]*summary.Predicate // predicates.go
	made                    map[*ast.FuncLit]*types.Func       // coverage.go madeBy
	kinds                   map[*types.Func]string             // predicates.go kindOf
	// appHandlers are the error handlers of the apps this package's
	// framework handlers return errors to (see errhandler.go).
	appHandlers map[*framework.Framework]*summary.Adapter
	// cfgFunnel is the configured error handler (configFunnel).
	cfgFunnel     *summary.Adapter
	cfgFunnelDone bool
	// collected is set once every function of the package is known, so
	// that summaries can be computed.
	collected bool
	methods   map[*types.Func]*summary.StatusMethod
	// byMethod: whether a type ("import/path.Name") has a status method.
	byMethod map[string]bool
	// registries: error-code registries declared here (engine/registry.go);
	// keyTypes: which named int types are their codes.
	registries *registryState
	keyTypes   map[*types.Named]bool
	// sinks: fields where handlers collect errors (engine/sinks.go).
	sinks map[*types.Var]*sinkInfo
	// continuations: methods that run the next handler (continuation.go).
	continuations map[*types.Func]*summary.Continuation
	// closures: summaries of local function literals that take the writer
	// (spliceClosureCall).
	closures map[*ast.FuncLit]*Summary
	// valueFuncs: the package's functions whose value is taken, by
	// signature (see funcvalues.go); built on first use.
	valueFuncs *typeutil.Map
	// holderHandlerTypes: the signatures of the named function types,
	// here and in the imports, that take a value holding the writer
	// (see ofHolderHandlerType); built on first use.
	holderHandlerTypes []*types.Signature
	// bound holds, while a factory is specialised to a call's constant
	// arguments (boundMiddleware), the values of its parameters.
	bound map[types.Object]Status
	// assignedGlobals holds the variables assigned anywhere in the package.
	assignedGlobals map[types.Object]bool
	// sentinels: this package's plain error variables and their constructor (sentinelsMade);
	// reach: where the code hands each unexported one on (sentinels.go).
	sentinels     map[*types.Var]string
	reach         map[*types.Var]*sentinelReach
	statusTypes   []string                      // this package's error types with an int field
	linked        map[ast.Node]*summary.Adapter // handlers passed to adapters
	foreign       []foreignLink                 // handlers of other packages passed to adapters
	handlerValues map[ast.Node]bool             // functions of this package handed on as values
	handOn        map[*ast.CallExpr]bool        // calls that hand the response to a linked function (see dispatchers.go)
	caseChains    map[*ast.SwitchStmt]*ast.IfStmt
	readers       []string // frameworks whose error lists this package or its imports read
	engines       map[*framework.Framework]bool
	localErrs     map[types.Object]*summary.ErrorValue
	importedErrs  map[types.Object]*summary.ErrorValue
	localEnc      map[*types.Func]*summary.Encoded
	localHandlers map[*types.Func]*summary.Handlers
	// quietControllers: whether no response controller made here can
	// write (controllersQuiet), once computed.
	quietControllers *bool
	// factoryParams numbers the parameters of the function whose returned
	// handlers computeHandlers summarises (1-based).
	factoryParams map[types.Object]int
	importedHands map[*types.Func]*summary.Handlers
	importedEnc   map[*types.Func]*summary.Encoded
}

// WritesResponses reports whether pkg could write an HTTP response: the
// engine skips packages that import neither net/http, nor a framework,
// nor a router (whose own answers a router made there sends), nor a
// package of the program that declares a type through which one writes
// (see declaresWriterType): handlers of the app's context type often
// import only the package that declares it.
func WritesResponses(pkg *types.Package) bool {
	if framework.Internal(pkg.Path()) {
		return false // the frameworks' own code is modelled, not analysed
	}
	for _, imp := range pkg.Imports() {
		if imp.Path() == "net/http" || framework.Internal(imp.Path()) || framework.RouterPackage(imp.Path()) {
			return true
		}
	}
	return slices.ContainsFunc(pkg.Imports(), declaresWriterType)
}

// declaresWriterType reports whether a package declares an exported
// struct type that holds the writer or embeds a framework's carrier: a
// value of it is the writer (holdsWriter, embeddedCarrier).
func declaresWriterType(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() {
			continue
		}
		if _, ok := tn.Type().Underlying().(*types.Struct); ok && recvWriter(tn.Type()) {
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
	if f := embeddedCarrier(t); f != nil {
		return f, true
	}
	return nil, false
}

// CarrierOf returns the framework whose carrier t is (see carrierOf), or
// nil for a writer or any other type.
func CarrierOf(t types.Type) *framework.Framework {
	f, _ := carrierOf(t)
	return f
}

// embeddedCarrier returns the framework of a struct type of the program
// (or a pointer to one) that embeds one of its carriers and holds no
// writer of its own: the app's request context (type Ctx struct{
// echo.Context; user *User }). Its promoted methods are the framework's,
// so a value of it is that carrier; its own methods are helpers whose
// writer is the receiver.
func embeddedCarrier(t types.Type) *framework.Framework {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || framework.Internal(n.Obj().Pkg().Path()) {
		return nil
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var found *framework.Framework
	for f := range st.Fields() {
		if IsResponseWriter(f.Type()) {
			return nil
		}
		if !f.Embedded() {
			continue
		}
		if fw := framework.CarrierOf(types.TypeString(types.Unalias(f.Type()), nil)); fw != nil {
			if found != nil {
				return nil // two: which one answers is not known
			}
			found = fw
		}
	}
	return found
}

// Generated reports whether f carries the "Code generated ... DO NOT EDIT." marker.
func Generated(f *ast.File) bool { return ast.IsGenerated(f) }

// Analyze runs the engine over files.
func Analyze(fset *token.FileSet, pkg *types.Package, info *types.Info, files []*ast.File, cfg *config.Config, facts Facts) *Analysis {
	an := &Analysis{Fset: fset, Pkg: pkg, Info: info, Config: cfg, Shapes: NewShapes(cfg), Facts: facts,
		local: map[*types.Func]*sumState{}, imported: map[*types.Func]*Summary{},
		funcDecls: map[*types.Func]*ast.FuncDecl{}, localErrs: map[types.Object]*summary.ErrorValue{},
		continuations: map[*types.Func]*summary.Continuation{},
		importedErrs:  map[types.Object]*summary.ErrorValue{},
		localEnc:      map[*types.Func]*summary.Encoded{}, importedEnc: map[*types.Func]*summary.Encoded{},
		localHandlers: map[*types.Func]*summary.Handlers{}, importedHands: map[*types.Func]*summary.Handlers{},
		adapters: map[types.Object]*summary.Adapter{}, chainFuncs: map[*types.Func]*summary.Adapter{}, chainMakers: map[*types.Func]*summary.Adapter{}, kinds: map[*types.Func]string{}, linked: map[ast.Node]*summary.Adapter{}, handOn: map[*ast.CallExpr]bool{},
		caseChains:  map[*ast.SwitchStmt]*ast.IfStmt{},
		appHandlers: map[*framework.Framework]*summary.Adapter{}, methods: map[*types.Func]*summary.StatusMethod{}, byMethod: map[string]bool{},
		closures: map[*ast.FuncLit]*Summary{}, keyTypes: map[*types.Named]bool{}}
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
	if facts != nil && !framework.Internal(pkg.Path()) {
		// The frameworks' own readers (gin's logger) render nothing.
		if r := an.errorReaders(); len(r) > 0 {
			facts.ExportErrorReaders(r)
		}
	}
	an.findRegistries()
	an.findContinuations()
	an.findPredicates(files)
	an.exportSentinels()
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
			an.exportEncoded()
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
			if len(writerParams(info, fd.Recv, fd.Type)) != 1 {
				continue
			}
			s := &sumState{decl: fd, fn: an.newFunc(fd, fd.Type, fd.Body)}
			an.local[obj] = s
			decls = append(decls, s)
		}
	}
	an.collected = true
	called := an.onlyCalled()
	for _, s := range decls {
		// An unexported function of a handler's shape that is only ever
		// called is a helper: its breaks are judged at its call sites.
		if obj := info.Defs[s.decl.Name]; s.fn.Handler && !obj.Exported() && called[obj] {
			s.demoted, s.fn.Handler, s.fn.fw = true, false, nil
		}
		an.setFunnel(s.fn)
	}
	an.findAdapters()
	an.exportChains()
	an.linkHandlers()
	an.findDispatchers()
	an.findChallengers()
	an.findRouters()
	an.findServeMuxes()
	an.findLibraryAnswers()
	an.findSinks()
	for _, s := range decls {
		if a := an.linked[s.decl]; a != nil && !s.done {
			s.fn.Adapter, s.fn.Handler = a, true
		} else if !s.done && an.holderHandler(s.decl, s.decl.Type) && (an.handlerValues[s.decl] || info.Defs[s.decl.Name].Exported() || !called[info.Defs[s.decl.Name]]) {
			// (One of a handler type that is unexported and only ever
			// called, pocketbase's failureRedirect(e), stays a helper.)
			s.fn.Handler = true
			an.setFunnel(s.fn)
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
		an.exportEncoded()
		an.exportHandlers()
	}
	an.findRoutes()
	an.judgeForeign()
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			var ft *ast.FuncType
			var body *ast.BlockStmt
			var recv *ast.FieldList
			switch n := n.(type) {
			case *ast.FuncDecl:
				if obj, ok := info.Defs[n.Name].(*types.Func); ok && an.local[obj] != nil {
					return true // analysed above
				}
				ft, body, recv = n.Type, n.Body, n.Recv
			case *ast.FuncLit:
				ft, body = n.Type, n.Body
			default:
				return true
			}
			if body == nil {
				return false
			}
			writers := writerParams(info, recv, ft)
			if len(writers) != 1 {
				return true // none, or several responses at once: not ours
			}
			fn := an.newFunc(n, ft, body)
			in := &interp{an: an, fn: fn, writers: writers}
			in.run()
			an.Funcs = append(an.Funcs, fn)
			an.judgePanics(fn)
			return true
		})
	}
	return an
}

// judgePanics adds, for each deferred closure of fn that recovers a panic
// and writes the response (supabase's recoverer sends a 500 through its
// funnel), a Func whose paths are that closure's writes from a response
// nothing was written to: the common case of a panic, and the only one
// where what the closure sends reaches the wire as it wrote it. A helper's
// summary keeps none of this, and its callers' paths are unchanged.
func (an *Analysis) judgePanics(fn *Func) {
	for _, p := range fn.panics {
		pf := &Func{Node: p.lit, Type: p.lit.Type, Body: p.lit.Body, Handler: fn.Handler, Panic: true}
		in := &interp{an: an, fn: pf, writers: p.writers, depth: 1}
		in.run()
		an.Funcs = append(an.Funcs, pf)
	}
	fn.panics = nil
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

// writerParams returns the parameters through which a function writes a
// response: those of a writer or carrier type; failing those, those of a
// type that holds the writer (see holdsWriter); failing those, a receiver
// that holds it. recv may be nil.
func writerParams(info *types.Info, recv *ast.FieldList, ft *ast.FuncType) map[types.Object]bool {
	direct, held := map[types.Object]bool{}, map[types.Object]bool{}
	for _, field := range ft.Params.List {
		t := info.TypeOf(field.Type)
		_, isCarrier := carrierOf(t)
		for _, name := range field.Names {
			if obj := info.Defs[name]; obj != nil && isCarrier {
				direct[obj] = true
			} else if obj != nil && holdsWriter(t) {
				held[obj] = true
			}
		}
	}
	switch {
	case len(direct) > 0:
		return direct
	case len(held) > 0:
		return held
	case recv != nil && len(recv.List) == 1 && len(recv.List[0].Names) == 1 && recvWriter(info.TypeOf(recv.List[0].Type)):
		if obj := info.Defs[recv.List[0].Names[0]]; obj != nil {
			return map[types.Object]bool{obj: true}
		}
	}
	return direct
}

// noWriter is writerIndex's answer for a function that writes no response.
const noWriter = -2

// writerIndex is writerParams for a signature: the index of the first
// writer parameter, summary.Receiver for the receiver, or noWriter.
func writerIndex(sig *types.Signature) int {
	for i := range sig.Params().Len() {
		if _, ok := carrierOf(sig.Params().At(i).Type()); ok {
			return i
		}
	}
	for i := range sig.Params().Len() {
		if holdsWriter(sig.Params().At(i).Type()) {
			return i
		}
	}
	if sig.Recv() != nil && recvWriter(sig.Recv().Type()) {
		return summary.Receiver
	}
	return noWriter
}

// recvWriter reports a receiver type through which a method writes: one
// that holds the writer, or the app's context that embeds a carrier.
func recvWriter(t types.Type) bool { return holdsWriter(t) || embeddedCarrier(t) != nil }

// holdsWriter reports whether t (or *t) is a struct type of the program
// with exactly one field, named or embedded, of type http.ResponseWriter:
// a request-context object (type Event struct{ Response
// http.ResponseWriter; ... }) or a wrapper that embeds the writer (type
// statusWriter struct{ http.ResponseWriter; code int }). A value of such
// a type is the writer: the field is followed as the writer itself, the
// other fields are reads, and its methods are helpers whose writer is the
// receiver.
//
// So does a named interface type of the program with a method that gives
// the writer, `ResponseWriter() http.ResponseWriter` (writerAccessor): a
// request-context object behind an interface (shiori's model.WebContext),
// whose c.ResponseWriter() is the writer.
func holdsWriter(t types.Type) bool { return writerFields(t, 3) == 1 || writerAccessor(t) != nil }

// writerAccessor returns the method of named interface type t that takes
// nothing and gives the writer, or nil (also when t is itself a writer).
func writerAccessor(t types.Type) *types.Func {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "net/http" || framework.Internal(n.Obj().Pkg().Path()) {
		return nil
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || IsResponseWriter(t) {
		return nil
	}
	var found *types.Func
	for m := range iface.Methods() {
		if m.Name() == "WriteHeader" {
			return nil // a writer itself (chi's WrapResponseWriter and its Unwrap)
		}
		sig := m.Type().(*types.Signature)
		if sig.Params().Len() == 0 && sig.Results().Len() == 1 && IsResponseWriter(sig.Results().At(0).Type()) {
			if found != nil {
				return nil // two: which one is the response's is not known
			}
			found = m
		}
	}
	return found
}

// writerFields counts the fields of struct type t (or *t) that are the
// writer, looking depth levels deep through embedded structs (pocketbase's
// core.RequestEvent embeds router.Event, which holds the writer).
func writerFields(t types.Type, depth int) int {
	if t == nil || depth == 0 {
		return 0
	}
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "net/http" || framework.Internal(n.Obj().Pkg().Path()) {
		return 0
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return 0
	}
	found := 0
	for i := range st.NumFields() {
		f := st.Field(i)
		if IsResponseWriter(f.Type()) {
			found++
		} else if f.Embedded() {
			found += writerFields(f.Type(), depth-1)
		}
	}
	return found
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
	fn.Handler, fn.fw = isHandlerShape(an.Info, ft)
	if a := an.linked[n]; a != nil {
		fn.Adapter, fn.Handler = a, true
	} else if an.collected {
		fn.Handler = fn.Handler || an.holderHandler(n, ft)
		an.setFunnel(fn)
	}
	return fn
}

// setFunnel gives a framework handler that returns errors its app's error
// handler (see errorFunnel).
func (an *Analysis) setFunnel(fn *Func) {
	switch {
	case fn.Adapter != nil || !fn.Handler:
	case fn.fw != nil && fn.fw.ErrorHandler != nil:
		fn.Adapter = an.errorFunnel(fn.fw)
	case fn.fw == nil && fn.HasResults:
		// A handler returning an error to an error chain whose error
		// handler this package installs (chains.go); or one of a value
		// that holds the writer, or to a router this package cannot see:
		// the configured funnel.
		if fn.Adapter = an.installedFunnel(an.funcSig(fn)); fn.Adapter == nil {
			fn.Adapter = an.configFunnel()
		}
	}
}

// namedPkg is the package that declares t (or *t), or nil.
func namedPkg(t types.Type) *types.Package {
	if n, ok := types.Unalias(derefType(t)).(*types.Named); ok {
		return n.Obj().Pkg()
	}
	return nil
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
			for _, t := range storeTargets(n) {
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
		// A method: StatusCode() of an error, or one of several results
		// (a status beside an error, see constantResults).
		if d.Recv != nil && (d.Name.Name == "Error" || (d.Type.Params.NumFields() != 0 && d.Type.Results.NumFields() < 2)) {
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
		if carriesError(obj.Type().(*types.Signature).Results()) {
			objs = append(objs, obj)
		}
	}
	scope := an.Pkg.Scope()
	for _, name := range scope.Names() {
		if v, ok := scope.Lookup(name).(*types.Var); ok && errorLike(v.Type()) {
			objs = append(objs, v)
		}
	}
	// A constructor of a kind with no status (NewUnauthorizedError):
	// funnels branch on it (predicates.go).
	an.exportKinds()
	if len(objs) == 0 || !an.hasStatusErrorType() {
		return
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
	for _, obj := range objs {
		if f := an.errorFactOf(obj); f != nil && (len(f.Fields) > 0 || f.Wraps > 0 || len(f.Alts) > 0 || f.FirstOf > 0) {
			an.Facts.ExportError(obj, f)
		}
	}

}

func carriesError(res *types.Tuple) bool { return errResult(res) >= 0 }

// errResult is the index of the result that carries an error value: the
// first, or the last of several when it is the error interface
// (`func (c *Core) Get(id int) (*Sub, error)`); -1 if none.
func errResult(res *types.Tuple) int {
	// (*visitor, error): the error is the last result, even where the
	// first could be an error value too.
	switch {
	case res.Len() == 0:
		return -1
	case res.Len() > 1 && types.Identical(res.At(res.Len()-1).Type(), types.Universe.Lookup("error").Type()):
		return res.Len() - 1
	case errorLike(res.At(0).Type()):
		return 0
	}
	return -1
}

// errorLike: the error interface, a framework's status-value interface
// (go-chi/render.Renderer), a pointer to a named struct, or a named struct
// that is an error (ntfy's `func (e errHTTP) clone() errHTTP`, whose copy
// keeps the status).
func errorLike(t types.Type) bool {
	if types.Identical(t, types.Universe.Lookup("error").Type()) || framework.IsStatusValue(typeKey(t)) {
		return true
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		_, isStruct := n.Underlying().(*types.Struct)
		return isStruct && typeKey(t) != "" && (types.Implements(t, errorIface) || types.Implements(types.NewPointer(t), errorIface))
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	_, ok = p.Elem().Underlying().(*types.Struct)
	return ok && typeKey(t) != ""
}

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// errorReaders returns the frameworks whose collected errors (gin's
// c.Errors) this package or one it imports reads, sorted.
func (an *Analysis) errorReaders() []string {
	if an.readers != nil {
		return an.readers
	}
	set := map[string]bool{}
	direct := false // only a package that imports a framework can read its list
	for _, imp := range an.Pkg.Imports() {
		direct = direct || framework.Internal(imp.Path())
		if an.Facts != nil {
			for _, r := range an.Facts.ImportErrorReaders(imp) {
				set[r] = true
			}
		}
	}
	for _, f := range an.Files {
		if !direct {
			break
		}
		// Per function, not counting the literals inside it (each is
		// visited on its own): a read counts where that function may
		// write the response.
		ast.Inspect(f, func(n ast.Node) bool {
			var body *ast.BlockStmt
			switch fn := n.(type) {
			case *ast.FuncDecl:
				body = fn.Body
			case *ast.FuncLit:
				body = fn.Body
			}
			if body == nil {
				return true
			}
			ast.Inspect(body, func(m ast.Node) bool {
				if _, ok := m.(*ast.FuncLit); ok {
					return false
				}
				if sel, ok := m.(*ast.SelectorExpr); ok {
					if fw := an.errorListRead(sel); fw != nil && an.mayRender(body, sel.X, fw) {
						set[fw.Name] = true
					}
				}
				return true
			})
			return true
		})
	}
	an.readers = make([]string, 0, len(set))
	for r := range set {
		an.readers = append(an.readers, r)
	}
	sort.Strings(an.readers)
	return an.readers
}

// errorListRead returns the framework whose error list sel reads
// (c.Errors), or nil.
func (an *Analysis) errorListRead(sel *ast.SelectorExpr) *framework.Framework {
	s := an.Info.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil
	}
	key := "(" + types.TypeString(s.Recv(), nil) + ")." + sel.Sel.Name
	for _, fw := range framework.All {
		if slices.Contains(fw.ErrorLists, key) {
			return fw
		}
	}
	return nil
}

// mayRender reports whether a function that reads the error list of
// carrier x may write the response: it uses the carrier other than to
// read it (its fields, c.Writer.Status(), methods the framework model
// says only read) and to run the chain (c.Next()). A logger that reads
// c.Errors after c.Next() renders nothing; one that hands c to a helper
// may.
func (an *Analysis) mayRender(body *ast.BlockStmt, x ast.Expr, fw *framework.Framework) bool {
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok || an.Info.Uses[id] == nil {
		return true
	}
	renders := false
	an.eachUse(body, an.Info.Uses[id], func(_ *ast.Ident, stack []ast.Node) {
		renders = renders || !an.readsCarrier(fw, stack)
	})
	return renders
}

// readsCarrier reports whether the carrier at the top of stack is used
// only to read: a field (c.Errors, c.Request; c.Writer only for Status,
// Size or Written), or a method call the framework model gives no effect
// but running the chain or collecting an error.
func (an *Analysis) readsCarrier(fw *framework.Framework, stack []ast.Node) bool {
	if len(stack) < 2 {
		return false
	}
	sel, ok := stack[len(stack)-2].(*ast.SelectorExpr)
	if !ok {
		return false
	}
	s := an.Info.Selections[sel]
	if s == nil {
		return false
	}
	if s.Kind() == types.FieldVal {
		key := "(" + types.TypeString(s.Recv(), nil) + ")." + sel.Sel.Name
		if !slices.Contains(fw.Writers, key) {
			return true
		}
		// c.Writer.Status(), c.Writer.Size(), c.Writer.Written().
		if len(stack) < 4 {
			return false
		}
		outer, ok := stack[len(stack)-3].(*ast.SelectorExpr)
		_, isCall := stack[len(stack)-4].(*ast.CallExpr)
		return ok && isCall && (outer.Sel.Name == "Status" || outer.Sel.Name == "Size" || outer.Sel.Name == "Written")
	}
	if len(stack) < 3 {
		return false
	}
	call, ok := stack[len(stack)-3].(*ast.CallExpr)
	if !ok || call.Fun != sel {
		return false
	}
	if slices.Contains(fw.Writes, sel.Sel.Name) {
		return false
	}
	c, modelled := fw.Calls[fullName(an.Info, call)]
	if !modelled {
		return true // the model's other methods only read (c.Param, c.ClientIP)
	}
	if c.Aborts {
		return false
	}
	for _, e := range c.Effects {
		if e.Kind != framework.Next && e.Kind != framework.Collect {
			return false
		}
	}
	return true
}

// errorsUnread reports whether an error collected for fw's middleware can
// get no body: neither this package nor its imports render the list, and
// either this package makes fw's engine, so the handlers here are served
// by it and no middleware installed on it can render the error, or the
// configuration says the app keeps the framework's default (errorHandler
// "default": gin only logs c.Errors).
func (an *Analysis) errorsUnread(fw *framework.Framework) bool {
	if slices.Contains(an.errorReaders(), fw.Name) {
		return false
	}
	return an.makesEngine(fw) || an.Config.ErrorHandler == "default"
}

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

// statusErrorTypes returns the names of the types p declares that can
// carry a status: errors, or implementations of a framework's status
// value (go-chi/render's Renderer), with an int field; sorted.
func statusErrorTypes(p *types.Package) []string {
	var out []string
	ifaces := statusIfaces(p)
	scope := p.Scope()
	for _, name := range scope.Names() { // sorted
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok || !carriesStatus(tn.Type(), ifaces) {
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

// statusIfaces returns the interfaces of the frameworks' StatusValues that
// p or its direct imports declare: a type that implements one, to record
// its status, is declared in a package that uses the framework.
func statusIfaces(p *types.Package) []*types.Interface {
	var out []*types.Interface
	if p == nil {
		return nil
	}
	for _, q := range append([]*types.Package{p}, p.Imports()...) {
		for _, f := range framework.All {
			for _, v := range f.StatusValues {
				i := strings.LastIndex(v, ".")
				if v[:i] != q.Path() {
					continue
				}
				if tn, ok := q.Scope().Lookup(v[i+1:]).(*types.TypeName); ok {
					if it, ok := tn.Type().Underlying().(*types.Interface); ok {
						out = append(out, it)
					}
				}
			}
		}
	}
	return out
}

// carriesStatus reports whether values of t (or *t) are errors, implement
// one of ifaces, or are response records (sentBySelf): the values an int
// field can give a status.
func carriesStatus(t types.Type, ifaces []*types.Interface) bool {
	pt := types.NewPointer(t)
	if types.Implements(t, errorIface) || types.Implements(pt, errorIface) {
		return true
	}
	for _, it := range ifaces {
		if types.Implements(t, it) || types.Implements(pt, it) {
			return true
		}
	}
	return sentBySelf(t)
}

// ChallengerSite is a call of a middleware that answers 401 itself.
type ChallengerSite struct {
	Call      *ast.CallExpr
	Scheme    string
	Realm     string   // the realm it sends
	RealmExpr ast.Expr // the literal that sets it, if any
	// Body is the 401 body, when the middleware leaves it to a default
	// error handler this package does not replace.
	Body      *Body
	Framework *framework.Framework
}

// findChallengers records the calls of challenging middleware whose realm is known.
func (an *Analysis) findChallengers() {
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fw, ch, ok := framework.ChallengerOf(fullName(an.Info, call))
			if !ok {
				return true
			}
			site := ChallengerSite{Call: call, Scheme: ch.Scheme, Realm: ch.Default, Framework: fw}
			if a := an.errorFunnel(fw); a != nil && ch.ViaErrorHandler {
				if bv, ok := funnelBody(a); ok {
					b := an.Shapes.ClassifyKeys(bv.Keys, bv.Desc)
					site.Body = &b
				}
			}
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

// eachUse calls f for every use of obj under root, with the path of nodes
// from root down to the identifier.
func (an *Analysis) eachUse(root ast.Node, obj types.Object, f func(id *ast.Ident, stack []ast.Node)) {
	var stack []ast.Node
	ast.Inspect(root, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, n)
		if id, ok := n.(*ast.Ident); ok && an.Info.Uses[id] == obj {
			f(id, stack)
		}
		return true
	})
}

// servedDirectly reports whether every use of function obj in the package
// is a call whose result is handed to net/http as the handler.
func (an *Analysis) servedDirectly(obj types.Object) bool {
	if obj == nil {
		return false
	}
	calls, others := 0, 0
	for _, f := range an.Files {
		an.eachUse(f, obj, func(id *ast.Ident, stack []ast.Node) {
			if len(stack) < 3 {
				others++
				return
			}
			call, isCall := stack[len(stack)-2].(*ast.CallExpr)
			if !isCall || call.Fun != id {
				others++
				return
			}
			switch p := stack[len(stack)-3].(type) {
			case *ast.KeyValueExpr:
				if t := an.Info.TypeOf(p.Key); p.Value == call && t != nil && isHTTPHandler(t) {
					calls++
					return
				}
			case *ast.CallExpr:
				for _, a := range p.Args {
					if a == call {
						if fn, ok := typeutil.Callee(an.Info, p).(*types.Func); ok && fn.Pkg() != nil && fn.Pkg().Path() == "net/http" {
							calls++
							return
						}
					}
				}
			}
			others++
		})
	}
	return calls > 0 && others == 0
}

// handedAsHandler reports whether id is an argument of a net/http call
// whose parameter is an http.Handler and which returns no handler.
func (an *Analysis) handedAsHandler(call *ast.CallExpr, id ast.Expr) bool {
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != "net/http" {
		return false
	}
	sig := fn.Type().(*types.Signature)
	for i := range sig.Results().Len() {
		if isHTTPHandler(sig.Results().At(i).Type()) {
			return false // http.StripPrefix(p, r): mounted somewhere
		}
	}
	for i, a := range call.Args {
		if a != id {
			continue
		}
		var t types.Type
		switch {
		case sig.Variadic() && i >= sig.Params().Len()-1:
			t = sig.Params().At(sig.Params().Len() - 1).Type().(*types.Slice).Elem()
		case i < sig.Params().Len():
			t = sig.Params().At(i).Type()
		}
		return t != nil && isHTTPHandler(t)
	}
	return false
}

func isHTTPHandler(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Handler"
}

// onlyCalled returns the functions and methods of this package that are
// used only as the callee of a call (never as a value).
func (an *Analysis) onlyCalled() map[types.Object]bool {
	callee := map[*ast.Ident]bool{}
	for _, f := range an.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				switch fun := ast.Unparen(call.Fun).(type) {
				case *ast.Ident:
					callee[fun] = true
				case *ast.SelectorExpr:
					callee[fun.Sel] = true
				}
			}
			return true
		})
	}
	called, valued := map[types.Object]bool{}, map[types.Object]bool{}
	for id, obj := range an.Info.Uses {
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() == an.Pkg {
			if callee[id] {
				called[fn.Origin()] = true
			} else {
				valued[fn.Origin()] = true
			}
		}
	}
	for obj := range valued {
		delete(called, obj)
	}
	return called
}
