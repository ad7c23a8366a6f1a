package main

// SARIF 2.1.0 output: errcontract -sarif ./...
//
// multichecker takes no flags of its own, so main looks for -sarif first
// and, when it is there, loads the packages and runs the analyzers itself
// with go/packages and go/analysis/checker.

import (
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/errcontract/errcontract/analyzer/contract"
	"github.com/errcontract/errcontract/analyzer/errcontract"
	"github.com/errcontract/errcontract/analyzer/suppress"
)

const (
	sarifSchema  = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion = "2.1.0"
	infoURI      = "https://github.com/errcontract/errcontract"
	srcRoot      = "%SRCROOT%"
)

// wantsSARIF reports whether the command line asks for SARIF.
func wantsSARIF(args []string) bool { return wantsMode(args, "sarif") }

// wantsMode reports whether the boolean flag -name is on the command
// line, before any "--".
func wantsMode(args []string, name string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		switch a {
		case "-" + name, "--" + name, "-" + name + "=true", "--" + name + "=true":
			return true
		}
	}
	return false
}

// driverFlags makes the flag set of a mode of the command (-sarif,
// -coverage): the mode's own flag, -test, -tags and the engine's flags,
// named as multichecker names them.
func driverFlags(mode, usage string, tests bool, eng *analysis.Analyzer, stderr io.Writer) (*flag.FlagSet, *bool, *string) {
	fs := flag.NewFlagSet("errcontract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Bool(mode, true, usage)
	t := fs.Bool("test", tests, "also look at test files")
	tags := fs.String("tags", "", "comma-separated build tags")
	eng.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, eng.Name+"."+f.Name, f.Usage) })
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: errcontract -%s [flags] packages\n\nflags:\n", mode)
		fs.PrintDefaults()
	}
	return fs, t, tags
}

// parseDriverFlags parses args and checks that packages are named; it
// reports false on a usage error.
func parseDriverFlags(fs *flag.FlagSet, args []string) bool {
	if err := fs.Parse(args); err != nil {
		return false
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return false
	}
	return true
}

// load loads the packages named by patterns and runs the analyzers on
// them. It returns nil and the exit code (1) when that fails.
func load(run []*analysis.Analyzer, patterns []string, tests bool, tags string, stderr io.Writer) (*checker.Graph, int) {
	cfg := &packages.Config{Mode: packages.LoadAllSyntax, Tests: tests}
	if tags != "" {
		cfg.BuildFlags = []string{"-tags=" + tags}
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		fmt.Fprintf(stderr, "errcontract: %v\n", err)
		return nil, 1
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		return nil, 1
	}
	graph, err := checker.Analyze(run, pkgs, nil)
	if err != nil {
		fmt.Fprintf(stderr, "errcontract: %v\n", err)
		return nil, 1
	}
	return graph, 0
}

// sarifMain runs the analyzers on the packages named in args and writes a
// SARIF log to stdout. It returns the exit code: 0 when nothing is
// reported, 3 when something is (as without -sarif), 1 on a load or
// analysis error, 2 on a usage error.
func sarifMain(as []*analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fs, tests, tags := driverFlags("sarif", "write the findings as SARIF 2.1.0 to stdout", true, as[0], stderr)
	eng := as[0]
	enable := map[*analysis.Analyzer]*bool{}
	for _, a := range as[1:] {
		enable[a] = fs.Bool(a.Name, false, "report only the rules of "+a.Name+" (and of the others so named)")
	}
	if !parseDriverFlags(fs, args) {
		return 2
	}
	run := []*analysis.Analyzer{eng}
	for _, a := range as[1:] {
		if *enable[a] {
			run = append(run, a)
		}
	}
	if len(run) == 1 {
		run = as
	}

	graph, code := load(run, fs.Args(), *tests, *tags, stderr)
	if graph == nil {
		return code
	}
	var found []finding
	failed := false
	for _, act := range graph.Roots {
		if act.Err != nil {
			fmt.Fprintf(stderr, "errcontract: %s: %v\n", act.Package.PkgPath, act.Err)
			failed = true
			continue
		}
		for _, d := range act.Diagnostics {
			found = append(found, finding{act.Analyzer, act.Package.Fset, d})
		}
	}
	if failed {
		return 1
	}
	cwd, _ := os.Getwd()
	log := buildSARIF(cwd, found)
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(log); err != nil {
		fmt.Fprintf(stderr, "errcontract: %v\n", err)
		return 1
	}
	if len(log.Runs[0].Results) > 0 {
		return 3
	}
	return 0
}

type finding struct {
	analyzer *analysis.Analyzer
	fset     *token.FileSet
	diag     analysis.Diagnostic
}

// The SARIF 2.1.0 objects errcontract writes (a subset of the format).
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                   `json:"tool"`
		OriginalURIBaseIDs map[string]sarifArtifactLoc `json:"originalUriBaseIds,omitempty"`
		ColumnKind         string                      `json:"columnKind"`
		Results            []sarifResult               `json:"results"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string      `json:"name"`
		InformationURI string      `json:"informationUri"`
		Version        string      `json:"version,omitempty"`
		Rules          []sarifRule `json:"rules"`
	}
	sarifRule struct {
		ID                   string          `json:"id"`
		Name                 string          `json:"name"`
		ShortDescription     sarifMessage    `json:"shortDescription"`
		FullDescription      sarifMessage    `json:"fullDescription"`
		Help                 sarifMessage    `json:"help"`
		HelpURI              string          `json:"helpUri"`
		DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
		Properties           sarifProps      `json:"properties"`
	}
	sarifRuleConfig struct {
		Level string `json:"level"`
	}
	sarifProps struct {
		Analyzer string   `json:"analyzer,omitempty"`
		Tags     []string `json:"tags,omitempty"`
	}
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"`
	}
	sarifResult struct {
		RuleID           string          `json:"ruleId"`
		RuleIndex        int             `json:"ruleIndex"`
		Level            string          `json:"level"`
		Message          sarifMessage    `json:"message"`
		Locations        []sarifLocation `json:"locations"`
		RelatedLocations []sarifLocation `json:"relatedLocations,omitempty"`
		Fixes            []sarifFix      `json:"fixes,omitempty"`
		Properties       sarifProps      `json:"properties"`
	}
	sarifLocation struct {
		ID               *int          `json:"id,omitempty"`
		PhysicalLocation sarifPhysical `json:"physicalLocation"`
		Message          *sarifMessage `json:"message,omitempty"`
	}
	sarifPhysical struct {
		ArtifactLocation sarifArtifactLoc `json:"artifactLocation"`
		Region           sarifRegion      `json:"region"`
	}
	sarifArtifactLoc struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
		ByteOffset  int `json:"byteOffset"`
		ByteLength  int `json:"byteLength"`
	}
	sarifFix struct {
		Description     sarifMessage          `json:"description"`
		ArtifactChanges []sarifArtifactChange `json:"artifactChanges"`
	}
	sarifArtifactChange struct {
		ArtifactLocation sarifArtifactLoc   `json:"artifactLocation"`
		Replacements     []sarifReplacement `json:"replacements"`
	}
	sarifReplacement struct {
		DeletedRegion   sarifRegion   `json:"deletedRegion"`
		InsertedContent *sarifMessage `json:"insertedContent,omitempty"`
	}
)

// sarifRules describes every rule, then the directive checks.
func sarifRules() []sarifRule {
	var rules []sarifRule
	for _, r := range contract.Rules {
		anchor := strings.ToLower(r.ID)
		rules = append(rules, sarifRule{
			ID:               r.ID,
			Name:             r.Analyzer + "/" + r.ID,
			ShortDescription: sarifMessage{Text: r.Title},
			FullDescription:  sarifMessage{Text: fmt.Sprintf("%s: %s. Reported by the %s analyzer of errcontract.", r.ID, r.Title, r.Analyzer)},
			Help: sarifMessage{
				Text: fmt.Sprintf("%s (%s). Fix the response to follow the API error contract, or silence this finding with a comment: //errcontract:ignore %s <reason>. See %s#%s.",
					r.Title, r.ID, r.ID, infoURI, anchor),
				Markdown: fmt.Sprintf("**%s** %s.\n\nFix the response to follow the API error contract, or silence this finding with `//errcontract:ignore %s <reason>`. See [the rules](%s#%s).",
					r.ID, r.Title, r.ID, infoURI, anchor),
			},
			HelpURI:              infoURI + "#" + anchor,
			DefaultConfiguration: sarifRuleConfig{Level: "warning"},
			Properties:           sarifProps{Analyzer: r.Analyzer, Tags: []string{"http", "error-contract", r.Analyzer}},
		})
	}
	rules = append(rules, sarifRule{
		ID:               suppress.Category,
		Name:             "errcontract/directive",
		ShortDescription: sarifMessage{Text: "an //errcontract:ignore directive is malformed, has no reason, or silences nothing"},
		FullDescription:  sarifMessage{Text: "//errcontract:ignore RULE reason silences RULE on its line, on the next line, or in a whole function from its doc comment. The reason is required; a directive that silences nothing is reported."},
		Help: sarifMessage{
			Text:     "Write //errcontract:ignore RULE[,RULE] reason, with no space after the slashes, and remove directives that silence nothing.",
			Markdown: "Write `//errcontract:ignore RULE[,RULE] reason`, with no space after the slashes, and remove directives that silence nothing.",
		},
		HelpURI:              infoURI + "#suppression",
		DefaultConfiguration: sarifRuleConfig{Level: "warning"},
		Properties:           sarifProps{Analyzer: "errcontract", Tags: []string{"directive"}},
	})
	rules = append(rules, sarifRule{
		ID:               errcontract.ConfigCategory,
		Name:             "errcontract/config",
		ShortDescription: sarifMessage{Text: "the configuration (.errcontract.json, flags) is invalid"},
		FullDescription:  sarifMessage{Text: "A .errcontract.json has an unknown key or a wrong value, or a flag is invalid; errcontract checks nothing in the package."},
		Help: sarifMessage{
			Text:     "Fix the key or value named in the message; the keys are those of the analyzer flags.",
			Markdown: "Fix the key or value named in the message; the keys are those of the analyzer flags.",
		},
		HelpURI:              infoURI + "#configuration",
		DefaultConfiguration: sarifRuleConfig{Level: "error"},
		Properties:           sarifProps{Analyzer: "errcontract", Tags: []string{"configuration"}},
	})
	return rules
}

func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return ""
}

// buildSARIF makes the log; paths under root are relative to %SRCROOT%.
func buildSARIF(root string, found []finding) *sarifLog {
	rules := sarifRules()
	index := map[string]int{}
	for i, r := range rules {
		index[r.ID] = i
	}
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: "errcontract", InformationURI: infoURI, Version: toolVersion(), Rules: rules}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	if root != "" {
		run.OriginalURIBaseIDs = map[string]sarifArtifactLoc{srcRoot: {URI: fileURI(root) + "/"}}
	}
	files := &fileCache{m: map[string][]byte{}}
	seen := map[string]bool{}
	sort.SliceStable(found, func(i, j int) bool {
		pi, pj := found[i].fset.Position(found[i].diag.Pos), found[j].fset.Position(found[j].diag.Pos)
		if pi.Filename != pj.Filename {
			return pi.Filename < pj.Filename
		}
		return pi.Offset < pj.Offset
	})
	for _, f := range found {
		d := f.diag
		start := f.fset.Position(d.Pos)
		// The same file is analyzed again as part of its test variant.
		key := fmt.Sprintf("%s:%d:%s:%s", start.Filename, start.Offset, d.Category, d.Message)
		if seen[key] {
			continue
		}
		seen[key] = true
		ruleID := d.Category
		idx, ok := index[ruleID]
		if !ok {
			continue // not an errcontract rule
		}
		res := sarifResult{
			RuleID:     ruleID,
			RuleIndex:  idx,
			Level:      rules[idx].DefaultConfiguration.Level,
			Message:    sarifMessage{Text: d.Message},
			Locations:  []sarifLocation{location(root, files, f.fset, d.Pos, d.End)},
			Properties: sarifProps{Analyzer: f.analyzer.Name},
		}
		for i, rel := range d.Related {
			loc := location(root, files, f.fset, rel.Pos, rel.End)
			id := i + 1
			loc.ID = &id
			loc.Message = &sarifMessage{Text: rel.Message}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		for _, fix := range d.SuggestedFixes {
			res.Fixes = append(res.Fixes, sarifFixOf(root, files, f.fset, fix))
		}
		run.Results = append(run.Results, res)
	}
	return &sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
}

func sarifFixOf(root string, files *fileCache, fset *token.FileSet, fix analysis.SuggestedFix) sarifFix {
	byFile := map[string]*sarifArtifactChange{}
	var order []string
	for _, e := range fix.TextEdits {
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		loc := location(root, files, fset, e.Pos, end)
		name := fset.Position(e.Pos).Filename
		ch, ok := byFile[name]
		if !ok {
			ch = &sarifArtifactChange{ArtifactLocation: loc.PhysicalLocation.ArtifactLocation}
			byFile[name] = ch
			order = append(order, name)
		}
		ch.Replacements = append(ch.Replacements, sarifReplacement{
			DeletedRegion:   loc.PhysicalLocation.Region,
			InsertedContent: &sarifMessage{Text: string(e.NewText)},
		})
	}
	out := sarifFix{Description: sarifMessage{Text: fix.Message}}
	for _, name := range order {
		out.ArtifactChanges = append(out.ArtifactChanges, *byFile[name])
	}
	return out
}

func location(root string, files *fileCache, fset *token.FileSet, pos, end token.Pos) sarifLocation {
	p := fset.Position(pos)
	e := p
	if end.IsValid() && end >= pos {
		e = fset.Position(end)
	}
	src := files.get(p.Filename)
	return sarifLocation{PhysicalLocation: sarifPhysical{
		ArtifactLocation: artifact(root, p.Filename),
		Region: sarifRegion{
			StartLine: p.Line, StartColumn: column(src, p),
			EndLine: e.Line, EndColumn: column(src, e),
			ByteOffset: p.Offset, ByteLength: e.Offset - p.Offset,
		},
	}}
}

// column turns Go's byte column into a 1-based Unicode code point column.
func column(src []byte, p token.Position) int {
	lineStart := p.Offset - (p.Column - 1)
	if src == nil || lineStart < 0 || p.Offset > len(src) {
		return p.Column
	}
	return utf8.RuneCount(src[lineStart:p.Offset]) + 1
}

func artifact(root, filename string) sarifArtifactLoc {
	if root != "" {
		if rel, err := filepath.Rel(root, filename); err == nil && !strings.HasPrefix(rel, "..") && !filepath.IsAbs(rel) {
			return sarifArtifactLoc{URI: escapePath(filepath.ToSlash(rel)), URIBaseID: srcRoot}
		}
	}
	return sarifArtifactLoc{URI: fileURI(filename)}
}

func fileURI(path string) string {
	path = filepath.ToSlash(path)
	if !strings.HasPrefix(path, "/") {
		path = "/" + path // C:/x on Windows
	}
	return (&url.URL{Scheme: "file", Path: path}).String()
}

func escapePath(p string) string {
	parts := strings.Split(p, "/")
	for i, s := range parts {
		parts[i] = url.PathEscape(s)
	}
	return strings.Join(parts, "/")
}

type fileCache struct{ m map[string][]byte }

func (c *fileCache) get(name string) []byte {
	if b, ok := c.m[name]; ok {
		return b
	}
	b, _ := os.ReadFile(name)
	c.m[name] = b
	return b
}
