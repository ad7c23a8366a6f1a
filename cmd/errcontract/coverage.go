package main

// The coverage report: errcontract -coverage [-json] ./...
//
// It makes silence visible. For each package it counts the handlers the
// engine found and lists, for each one it could not follow to the wire,
// where and why; then one summary line. A handler counts as followed only
// when every response write on every path was resolved.

import (
	"encoding/json"
	"fmt"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/errcontract/errcontract/analyzer/engine"
	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// Coverage report types, also the -json output.
type (
	coverageReport struct {
		Packages []packageCoverage `json:"packages"`
		Summary  coverageSummary   `json:"summary"`
	}
	packageCoverage struct {
		Path     string            `json:"path"`
		Handlers []handlerCoverage `json:"handlers"`
	}
	handlerCoverage struct {
		Name      string        `json:"name"`
		Pos       string        `json:"pos"`
		Followed  bool          `json:"followed"`
		Delegates bool          `json:"delegates,omitempty"`
		Gaps      []coverageGap `json:"gaps,omitempty"`
	}
	coverageGap struct {
		Pos    string `json:"pos"`
		Reason string `json:"reason"`
		Detail string `json:"detail,omitempty"`
	}
	coverageSummary struct {
		Handlers int `json:"handlers"`
		Followed int `json:"followed"`
		// Reasons counts, per reason, the handlers it leaves unfollowed.
		Reasons   []reasonCount `json:"reasons"`
		Delegates int           `json:"delegates"`
	}
	reasonCount struct {
		Reason   string `json:"reason"`
		Handlers int    `json:"handlers"`
	}
)

// coverageMain runs the engine on the packages in args and prints the
// coverage report. It returns 0, or 1 on a load error, 2 on a usage error.
func coverageMain(as []*analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fs, tests, tags := driverFlags("coverage", "print which handlers were followed to the wire", false, as[0], stderr)
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if !parseDriverFlags(fs, args) {
		return 2
	}
	eng := as[0]
	graph, code := load([]*analysis.Analyzer{eng}, fs.Args(), *tests, *tags, stderr)
	if graph == nil {
		return code
	}
	cwd, _ := os.Getwd()
	rep := coverageReport{Packages: []packageCoverage{}}
	seen := map[string]bool{} // a package and its test variant share handlers
	// A handler whose collected errors a route judged, in this package or
	// another, has its error middleware's body followed.
	routed := map[string]bool{}
	// A handler of one package registered in another on an app whose
	// error handler that package installs has its returns judged there:
	// what was not followed of them replaces its "not judged" gaps.
	registered := map[string][]coverageGap{}
	for _, act := range graph.Roots {
		if res, _ := act.Result.(*errcontract.Result); res != nil {
			for _, k := range res.Routed {
				routed[k] = true
			}
			for k, gaps := range res.Registered {
				if _, ok := registered[k]; !ok {
					registered[k] = []coverageGap{}
				}
				for _, g := range gaps {
					registered[k] = append(registered[k], coverageGap{relPos(cwd, act.Package.Fset.Position(g.Pos)), g.Reason, g.Detail})
				}
			}
		}
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			fmt.Fprintf(stderr, "errcontract: %s: %v\n", act.Package.PkgPath, act.Err)
			return 1
		}
		res, _ := act.Result.(*errcontract.Result)
		if res == nil || len(res.Coverage) == 0 {
			continue
		}
		pc := packageCoverage{Path: act.Package.PkgPath}
		for _, h := range res.Coverage {
			pos := relPos(cwd, act.Package.Fset.Position(h.Pos))
			if seen[pos] {
				continue
			}
			seen[pos] = true
			hc := handlerCoverage{Name: h.Name, Pos: pos, Delegates: h.Delegates}
			reg, isReg := registered[h.Key]
			isReg = isReg && h.Key != ""
			for _, g := range h.Gaps {
				if g.Reason == engine.GapPending && h.Key != "" && routed[h.Key] {
					continue
				}
				if (g.Reason == engine.GapUnjudged || g.Reason == engine.GapNoAdapter) && isReg {
					continue
				}
				hc.Gaps = append(hc.Gaps, coverageGap{relPos(cwd, act.Package.Fset.Position(g.Pos)), g.Reason, g.Detail})
			}
			if isReg && slices.ContainsFunc(h.Gaps, func(g engine.Gap) bool {
				return g.Reason == engine.GapUnjudged || g.Reason == engine.GapNoAdapter
			}) {
				hc.Gaps = append(hc.Gaps, reg...)
			}
			hc.Followed = len(hc.Gaps) == 0
			pc.Handlers = append(pc.Handlers, hc)
		}
		if len(pc.Handlers) > 0 {
			rep.Packages = append(rep.Packages, pc)
		}
	}
	sort.Slice(rep.Packages, func(i, j int) bool { return rep.Packages[i].Path < rep.Packages[j].Path })
	rep.Summary = summarize(rep.Packages)
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintf(stderr, "errcontract: %v\n", err)
			return 1
		}
		return 0
	}
	writeCoverage(stdout, rep)
	return 0
}

func summarize(pkgs []packageCoverage) coverageSummary {
	s := coverageSummary{Reasons: []reasonCount{}}
	count := map[string]int{}
	for _, p := range pkgs {
		for _, h := range p.Handlers {
			s.Handlers++
			if h.Followed {
				s.Followed++
			}
			if h.Delegates {
				s.Delegates++
			}
			once := map[string]bool{}
			for _, g := range h.Gaps {
				if !once[g.Reason] {
					once[g.Reason] = true
					count[g.Reason]++
				}
			}
		}
	}
	for r, n := range count {
		s.Reasons = append(s.Reasons, reasonCount{r, n})
	}
	sort.Slice(s.Reasons, func(i, j int) bool {
		a, b := s.Reasons[i], s.Reasons[j]
		return a.Handlers > b.Handlers || (a.Handlers == b.Handlers && a.Reason < b.Reason)
	})
	return s
}

func writeCoverage(w io.Writer, rep coverageReport) {
	for _, p := range rep.Packages {
		followed := 0
		for _, h := range p.Handlers {
			if h.Followed {
				followed++
			}
		}
		fmt.Fprintf(w, "%s: %d handlers, %d followed to the wire\n", p.Path, len(p.Handlers), followed)
		for _, h := range p.Handlers {
			for _, g := range h.Gaps {
				fmt.Fprintf(w, "  %s: %s: %s", g.Pos, h.Name, g.Reason)
				if g.Detail != "" {
					fmt.Fprintf(w, " (%s)", g.Detail)
				}
				fmt.Fprintln(w)
			}
		}
	}
	fmt.Fprintln(w, summaryLine(rep.Summary))
}

// summaryLine: "412 handlers, 371 followed to the wire (90%); top reasons: ...".
func summaryLine(s coverageSummary) string {
	pct := 100
	if s.Handlers > 0 {
		pct = s.Followed * 100 / s.Handlers
	}
	line := fmt.Sprintf("%d handlers, %d followed to the wire (%d%%)", s.Handlers, s.Followed, pct)
	var top []string
	for i, r := range s.Reasons {
		if i == 3 {
			break
		}
		top = append(top, fmt.Sprintf("%s (%d)", r.Reason, r.Handlers))
	}
	if len(top) > 0 {
		line += "; top reasons: " + strings.Join(top, ", ")
	}
	if s.Delegates > 0 {
		line += fmt.Sprintf("; %d hand the response to another handler", s.Delegates)
	}
	return line
}

// relPos prints p relative to dir when it lies below it.
func relPos(dir string, p token.Position) string {
	if rel, err := filepath.Rel(dir, p.Filename); err == nil && !strings.HasPrefix(rel, "..") {
		p.Filename = filepath.ToSlash(rel)
	}
	return p.String()
}
