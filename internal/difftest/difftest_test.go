package difftest

import (
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"mime"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/errcontract/errcontract/internal/testbin"
)

// The rules judged here. G1 is judged on X-Frame-Options, the one header
// the generator sets for no contract rule (a late Content-Type or
// WWW-Authenticate is reported as C5 or C7). G2 and G3 are judged together:
// on the wire both are something written after the response was committed,
// an ignored WriteHeader (the server logs it) or bytes after an error body.
var judged = []string{"C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "B1", "G1", "G2/G3"}

type wire struct {
	Handler, Path, ContentType, Challenge, Body string
	Status                                      int
	First                                       string
	Late                                        []string
	Superfluous, AfterError                     bool
}

// oracle returns the rules a response breaks, from what reached the wire.
func oracle(w wire) []string {
	var out []string
	add := func(r string) { out = append(out, r) }
	body := strings.TrimSpace(w.First) // the rules judge the first body write
	isJSON := body != "" && json.Valid([]byte(body))
	var obj map[string]json.RawMessage
	isObj := isJSON && json.Unmarshal([]byte(body), &obj) == nil
	mt, _, _ := mime.ParseMediaType(w.ContentType)
	s := w.Status
	required := map[int]bool{400: true, 401: true, 403: true, 404: true, 405: true, 415: true, 422: true}
	switch {
	case s == 406:
		if body != "" {
			add("C6")
		}
	case s >= 400 && s < 500:
		switch {
		case body == "" && required[s]:
			add("C1")
		case body == "":
		case !isJSON:
			add("C2")
		case !isObj || obj["errorMessage"] == nil:
			add("C3")
		case s == 422 && (obj["failedValidations"] == nil || string(obj["failedValidations"]) == "[]"):
			add("C4")
		}
		if isJSON && mt != "application/json" {
			add("C5")
		}
	case s >= 500:
		if isJSON {
			add("C8")
		}
	}
	if s == 401 && w.Challenge != `Basic realm="cmix"` {
		add("C7")
	}
	if s == 405 {
		add("B1") // the generator never sets Allow
	}
	if slices.Contains(w.Late, "X-Frame-Options") {
		add("G1")
	}
	if w.Superfluous || w.AfterError {
		add("G2/G3")
	}
	return out
}

var (
	buildOnce sync.Once
	bin       string
	buildErr  error
)

func checker(t testing.TB) string {
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "difftest")
		if err != nil {
			buildErr = err
			return
		}
		bin, buildErr = testbin.Build(dir)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return bin
}

// result compares, per handler and rule, the static verdict and the wire.
type result struct {
	agree, falseAlarms, misses int
	violations                 int // handler×rule pairs broken on the wire
	routed                     int // of those, in handlers behind a router of their own (Handler.Funnel)
	byRule                     map[string]int
	perHandler                 map[string]int // violations on the wire by handler
	details                    []string
}

func check(t testing.TB, seed uint64, n int) result {
	hs := Generate(seed, n)
	dir := t.TempDir()
	src := Source(hs)
	files := map[string]string{
		"go.mod":      "module gen\n\ngo 1.26\n",
		"handlers.go": src,
		"main.go":     Main(hs),
	}
	var names []string
	routed := map[string]bool{}
	for _, h := range hs {
		names = append(names, h.Name)
		routed[h.Name] = h.Funnel != ""
	}
	res := compare(t, seed, dir, files, names, judged)
	for h, n := range res.perHandler {
		if routed[h] {
			res.routed += n
		}
	}
	return res
}

// compare writes files into dir, serves the handlers for real (go run .),
// runs errcontract on the same package, and compares, per handler and
// rule, the static verdict with the wire.
func compare(t testing.TB, seed uint64, dir string, files map[string]string, names, rules []string) result {
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src := files["handlers.go"]
	// The wire.
	run := exec.Command("go", "run", ".")
	run.Dir = dir
	out, err := run.Output()
	if err != nil {
		t.Fatalf("running the handlers: %v\n%s", err, out)
	}
	var ws []wire
	if err := json.Unmarshal(out, &ws); err != nil {
		t.Fatal(err)
	}
	onWire := map[string]map[string]bool{}
	for _, w := range ws {
		if onWire[w.Handler] == nil {
			onWire[w.Handler] = map[string]bool{}
		}
		for _, r := range oracle(w) {
			onWire[w.Handler][r] = true
		}
	}
	// The static verdict, attributed to handlers by line.
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "handlers.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	type span struct {
		name       string
		start, end int
	}
	var spans []span
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			spans = append(spans, span{fd.Name.Name, fset.Position(fd.Pos()).Line, fset.Position(fd.End()).Line})
		}
	}
	cmd := exec.Command(checker(t), "-json", ".")
	cmd.Dir = dir
	jout, err := cmd.Output()
	if err != nil {
		t.Fatalf("errcontract: %v\n%s", err, jout)
	}
	var tree map[string]map[string][]struct {
		Category, Posn, Message string
	}
	if err := json.Unmarshal(jout, &tree); err != nil {
		t.Fatalf("%v\n%s", err, jout)
	}
	static := map[string]map[string]bool{}
	for _, byAnalyzer := range tree {
		for _, ds := range byAnalyzer {
			for _, d := range ds {
				switch d.Category {
				case "G1":
					if !strings.HasPrefix(d.Message, "X-Frame-Options") {
						continue
					}
				case "G2", "G3":
					d.Category = "G2/G3"
				}
				parts := strings.Split(d.Posn, ":")
				line, _ := strconv.Atoi(parts[len(parts)-2])
				if strings.HasSuffix(parts[0], "main.go") {
					// A route registered in main answers for its handler
					// (a collected error no middleware of the route renders).
					lines := strings.Split(files["main.go"], "\n")
					if line >= 1 && line <= len(lines) {
						if m := routeName.FindStringSubmatch(lines[line-1]); m != nil {
							if static[m[1]] == nil {
								static[m[1]] = map[string]bool{}
							}
							static[m[1]][d.Category] = true
						}
					}
					continue
				}
				if !strings.HasSuffix(parts[0], "handlers.go") {
					continue
				}
				for _, s := range spans {
					if line >= s.start && line <= s.end {
						// hN_route, hN_mw and hN_ret answer for hN.
						name, _, _ := strings.Cut(s.name, "_")
						if static[name] == nil {
							static[name] = map[string]bool{}
						}
						static[name][d.Category] = true
					}
				}
			}
		}
	}
	res := result{byRule: map[string]int{}, perHandler: map[string]int{}}
	for _, h := range names {
		for _, r := range rules {
			s, w := static[h][r], onWire[h][r]
			if w {
				res.violations++
				res.byRule[r]++
				res.perHandler[h]++
			}
			switch {
			case s == w:
				res.agree++
			case s:
				res.falseAlarms++
				res.details = append(res.details, fmt.Sprintf("false alarm %s in %s", r, h))
			default:
				res.misses++
				res.details = append(res.details, fmt.Sprintf("miss %s in %s", r, h))
			}
		}
	}
	if len(res.details) > 0 {
		sort.Strings(res.details)
		t.Logf("seed %d source:\n%s", seed, src)
	}
	return res
}

// routeName finds the handler a line of main registers: g.GET("/f3", f3).
var routeName = regexp.MustCompile(`\.(?:GET|HandleFunc)\("/(\w+)"`)

// runSeeds checks each seed, reports every disagreement, and logs the
// totals; a judged rule (required says which) that no generated handler
// breaks on the wire fails the test, since the generator no longer
// exercises it.
func runSeeds(t *testing.T, seeds []uint64, run func(uint64) result, required []string) result {
	total := result{byRule: map[string]int{}}
	for _, seed := range seeds {
		r := run(seed)
		total.agree += r.agree
		total.falseAlarms += r.falseAlarms
		total.misses += r.misses
		total.violations += r.violations
		total.routed += r.routed
		for k, v := range r.byRule {
			total.byRule[k] += v
		}
		for _, d := range r.details {
			t.Errorf("seed %d: %s", seed, d)
		}
	}
	n := total.agree + total.falseAlarms + total.misses
	t.Logf("%d handler×rule verdicts (%d violations on the wire): %d agree (%.1f%%), %d false alarms, %d misses",
		n, total.violations, total.agree, 100*float64(total.agree)/float64(n), total.falseAlarms, total.misses)
	t.Logf("violations on the wire by rule: %v", total.byRule)
	for _, r := range required {
		if total.byRule[r] == 0 {
			t.Errorf("no %s violation on the wire: the generator no longer exercises it", r)
		}
	}
	return total
}

// TestDifferential: fixed seeds, every handler run for real; the static
// verdict must agree with the wire on every contract rule.
func TestDifferential(t *testing.T) {
	if testing.Short() {
		t.Skip("runs generated servers")
	}
	total := runSeeds(t, []uint64{1, 2, 3}, func(seed uint64) result { return check(t, seed, 80) }, judged)
	n := total.agree + total.falseAlarms + total.misses
	if total.violations < n/20 {
		t.Errorf("only %d violations on the wire: the generator no longer exercises the rules", total.violations)
	}
	// Handlers behind a router of their own, through middleware, reached
	// by their funnel: their breaks must be on the wire too.
	if total.routed < 20 {
		t.Errorf("only %d violations in routed handlers: the generator no longer exercises dispatchers", total.routed)
	}
	t.Logf("%d of the violations are in handlers behind a router of their own", total.routed)
}

// FuzzDifferential: go test ./internal/difftest -fuzz FuzzDifferential
func FuzzDifferential(f *testing.F) {
	f.Add(uint64(7))
	f.Fuzz(func(t *testing.T, seed uint64) {
		r := check(t, seed, 20)
		for _, d := range r.details {
			t.Errorf("%s", d)
		}
	})
}
