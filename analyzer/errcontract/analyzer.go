package errcontract

import (
	"fmt"
	"go/types"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/errcontract/errcontract/analyzer/config"
	"github.com/errcontract/errcontract/analyzer/contract"
	"github.com/errcontract/errcontract/analyzer/engine"
	"github.com/errcontract/errcontract/analyzer/rules"
	"github.com/errcontract/errcontract/analyzer/summary"
	"github.com/errcontract/errcontract/analyzer/suppress"
)

// Result is what the engine analyzer hands to the rule analyzers: every
// diagnostic of the package, each tagged with its rule in Category.
type Result struct {
	Diagnostics []analysis.Diagnostic
	// Directives are the problems of //errcontract:ignore directives
	// (Category "directive"), which the engine reports itself.
	Directives []analysis.Diagnostic
	// Coverage lists the package's handlers and where their responses
	// were not followed (errcontract -coverage prints it).
	Coverage []engine.HandlerCoverage
	// Routed names the functions whose collected errors a route
	// registered in this package judged (engine.Analysis.Routed): their
	// "body left to error middleware" gaps, in any package, are followed.
	Routed []string
	// Registered holds, per handler of another package registered here on
	// an app whose error handler this package installs or makes
	// (engine.Analysis.Registered), what was not followed of its returned
	// errors judged here: in place of its "returned error not judged" gaps.
	Registered map[string][]engine.Gap
}

// ConfigCategory is the Category of the diagnostic that reports a bad
// configuration (a config file's unknown key, a wrong value); the engine
// reports it once per package and checks nothing there.
const ConfigCategory = "config"

// New builds errcontract's analyzers around one configuration. The first is
// the engine ("errcontract"), which owns the flags and reports only the
// problems of the configuration and of //errcontract:ignore directives;
// the others report the rules
// of one concern each.
//
// cfg plays the part of the defaults: for each package, the nearest
// .errcontract.json (see config.FindFile) overrides it, and flags set on
// the engine analyzer override both.
func New(cfg config.Config) []*analysis.Analyzer { return NewExplicit(cfg, nil) }

// NewExplicit is New for a cfg whose keys named by explicit were set on
// purpose (golangci-lint settings): those keep their value in cfg whatever
// a config file says.
func NewExplicit(cfg config.Config, explicit []string) []*analysis.Analyzer {
	c := &cfg
	set := &config.Explicit{}
	set.Add(explicit...)
	res := &config.Resolver{Base: c, Explicit: set, Validate: func(c *config.Config) error { return c.Validate(contract.Known) }}
	eng := &analysis.Analyzer{
		Name:       "errcontract",
		Doc:        engineDoc,
		URL:        "https://github.com/errcontract/errcontract",
		ResultType: reflect.TypeOf((*Result)(nil)),
		FactTypes:  []analysis.Fact{new(summary.Helper), new(summary.ErrorValue), new(summary.Adapter), new(summary.StatusMethod), new(summary.Encoded), new(summary.StatusErrors), new(summary.ErrorReaders), new(summary.Handlers), new(summary.Registry), new(summary.Code), new(summary.Sentinel), new(summary.Lookup), new(summary.Sink), new(summary.Continuation), new(summary.RouterUse), new(summary.Maker), new(summary.Predicate), new(summary.RouterFactory), new(summary.RouterArgs)},
		Run: func(pass *analysis.Pass) (any, error) {
			if len(pass.Files) == 0 {
				return &Result{}, nil // unsafe: nothing to check, no config to look for
			}
			pc, err := res.For(packageDir(pass))
			if err != nil {
				// A diagnostic rather than an error: go vet shows only one
				// error per package (often a rule analyzer's "failed
				// prerequisites") and gopls only logs errors.
				pass.Report(analysis.Diagnostic{Pos: pass.Files[0].Name.Pos(), Category: ConfigCategory,
					Message: err.Error() + "; errcontract checks nothing in this package"})
				return &Result{}, nil
			}
			return run(pass, pc), nil
		},
	}
	c.RegisterFlagsTracked(&eng.Flags, set)
	out := []*analysis.Analyzer{eng}
	for _, name := range []string{contract.Body, contract.Headers, contract.Mechanics} {
		out = append(out, ruleAnalyzer(name, eng))
	}
	return out
}

// Analyzers returns the analyzers with the default configuration.
func Analyzers() []*analysis.Analyzer { return New(config.Default()) }

// packageDir is the directory of the package's source files, where the
// search for the config file starts. Files that cgo generates in the build
// cache are passed over.
func packageDir(pass *analysis.Pass) string {
	dir := "."
	for i, f := range pass.Files {
		name := pass.Fset.File(f.Pos()).Name()
		if i == 0 {
			dir = filepath.Dir(name)
		}
		if !strings.Contains(filepath.ToSlash(name), "/go-build/") {
			return filepath.Dir(name)
		}
	}
	return dir
}

// run analyzes the package, drops the diagnostics that //errcontract:ignore
// silences, and reports the problems of the directives themselves. Doing it
// here, before the rule analyzers see the diagnostics, makes every driver
// (go vet, golangci-lint, gopls) honour the directives; reporting from the
// engine alone reports each directive problem once.
func run(pass *analysis.Pass, cfg *config.Config) *Result {
	an := engine.Analyze(pass.Fset, pass.Pkg, pass.TypesInfo, pass.Files, cfg, passFacts{pass})
	diags := rules.Check(an, pass.ReadFile)
	files := pass.Files
	if !cfg.IncludeGenerated {
		files = slices.DeleteFunc(slices.Clone(files), engine.Generated)
	}
	dirs := suppress.Parse(pass.Fset, files, contract.Known, pass.ReadFile)
	res := &Result{Diagnostics: dirs.Filter(diags), Directives: dirs.Problems(cfg.Disabled), Coverage: an.Coverage(), Routed: an.Routed(), Registered: an.Registered()}
	for _, d := range res.Directives {
		pass.Report(d)
	}
	return res
}

func ruleAnalyzer(name string, eng *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     name,
		Doc:      ruleDoc(name),
		URL:      "https://github.com/errcontract/errcontract#" + name,
		Requires: []*analysis.Analyzer{eng},
		Run: func(pass *analysis.Pass) (any, error) {
			res := pass.ResultOf[eng].(*Result)
			for _, d := range res.Diagnostics {
				if contract.AnalyzerOf(d.Category) == name {
					pass.Report(d)
				}
			}
			return nil, nil
		},
	}
}

const engineDoc = `follow HTTP responses through each handler (errcontract's engine)

The errcontract analyzer records, along every path of every function that
receives an http.ResponseWriter, the headers set, the status written and the
body written. It reports nothing itself: errbody, errheaders and errwire
judge what it found. Its flags configure the contract for all of them.`

func ruleDoc(name string) string {
	var b strings.Builder
	switch name {
	case contract.Body:
		b.WriteString("check the bodies of error responses against the error contract\n\n")
	case contract.Headers:
		b.WriteString("check the headers that error statuses require (WWW-Authenticate, Allow)\n\n")
	case contract.Mechanics:
		b.WriteString("check the order of header, status and body writes\n\n")
	}
	b.WriteString("Rules:\n")
	for _, r := range contract.Rules {
		if r.Analyzer == name {
			fmt.Fprintf(&b, "  %s  %s\n", r.ID, r.Title)
		}
	}
	return b.String()
}

// passFacts stores helper summaries as object facts of the pass.
type passFacts struct{ pass *analysis.Pass }

func (f passFacts) ImportHelper(fn *types.Func) (*summary.Helper, bool) {
	h := new(summary.Helper)
	return h, f.pass.ImportObjectFact(fn, h)
}

func (f passFacts) ExportHelper(fn *types.Func, h *summary.Helper) { f.pass.ExportObjectFact(fn, h) }

func (f passFacts) ImportError(obj types.Object) (*summary.ErrorValue, bool) {
	e := new(summary.ErrorValue)
	return e, f.pass.ImportObjectFact(obj, e)
}

func (f passFacts) ExportError(obj types.Object, e *summary.ErrorValue) {
	f.pass.ExportObjectFact(obj, e)
}

func (f passFacts) ImportAdapter(obj types.Object) (*summary.Adapter, bool) {
	a := new(summary.Adapter)
	return a, f.pass.ImportObjectFact(obj, a)
}

func (f passFacts) ExportAdapter(obj types.Object, a *summary.Adapter) {
	f.pass.ExportObjectFact(obj, a)
}

func (f passFacts) ImportEncoded(fn *types.Func) (*summary.Encoded, bool) {
	e := new(summary.Encoded)
	return e, f.pass.ImportObjectFact(fn, e)
}

func (f passFacts) ExportEncoded(fn *types.Func, e *summary.Encoded) { f.pass.ExportObjectFact(fn, e) }

func (f passFacts) ImportStatusMethod(fn *types.Func) (*summary.StatusMethod, bool) {
	m := new(summary.StatusMethod)
	return m, f.pass.ImportObjectFact(fn, m)
}

func (f passFacts) ExportStatusMethod(fn *types.Func, m *summary.StatusMethod) {
	f.pass.ExportObjectFact(fn, m)
}

func (f passFacts) ImportStatusErrors(pkg *types.Package) bool {
	return f.pass.ImportPackageFact(pkg, new(summary.StatusErrors))
}

func (f passFacts) ExportStatusErrors(names []string) {
	f.pass.ExportPackageFact(&summary.StatusErrors{Types: names})
}

func (f passFacts) ImportHandlers(fn *types.Func) (*summary.Handlers, bool) {
	h := new(summary.Handlers)
	return h, f.pass.ImportObjectFact(fn, h)
}

func (f passFacts) ExportHandlers(fn *types.Func, h *summary.Handlers) {
	f.pass.ExportObjectFact(fn, h)
}

func (f passFacts) ImportObject(obj types.Object, fact engine.Fact) bool {
	return f.pass.ImportObjectFact(obj, fact.(analysis.Fact))
}

func (f passFacts) ExportObject(obj types.Object, fact engine.Fact) {
	f.pass.ExportObjectFact(obj, fact.(analysis.Fact))
}

func (f passFacts) Module() string {
	if f.pass.Module == nil {
		return ""
	}
	return f.pass.Module.Path
}

func (f passFacts) ImportErrorReaders(pkg *types.Package) []string {
	r := new(summary.ErrorReaders)
	if !f.pass.ImportPackageFact(pkg, r) {
		return nil
	}
	return r.Frameworks
}

func (f passFacts) ExportErrorReaders(frameworks []string) {
	f.pass.ExportPackageFact(&summary.ErrorReaders{Frameworks: frameworks})
}
