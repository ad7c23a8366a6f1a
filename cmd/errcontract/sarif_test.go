package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/errcontract/errcontract/analyzer/contract"
	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// runSARIF runs errcontract -sarif ./... in testdata/example and returns
// the log as written and decoded into generic JSON.
func runSARIF(t *testing.T, args ...string) ([]byte, map[string]any, string) {
	t.Helper()
	repo, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(repo, "testdata", "example")
	t.Chdir(dir)
	var out, errb bytes.Buffer
	code := sarifMain(errcontract.Analyzers(), append([]string{"-sarif"}, append(args, "./...")...), &out, &errb)
	if code != 3 {
		t.Fatalf("exit code %d, want 3 (findings); stderr:\n%s", code, errb.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out.String())
	}
	return out.Bytes(), doc, dir
}

func obj(t *testing.T, v any, path ...string) map[string]any {
	t.Helper()
	for _, p := range path {
		m, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("%s: not an object", strings.Join(path, "."))
		}
		v = m[p]
	}
	m, ok := v.(map[string]any)
	if !ok {
		t.Fatalf("%s: not an object: %v", strings.Join(path, "."), v)
	}
	return m
}

func arr(t *testing.T, v any, what string) []any {
	t.Helper()
	a, ok := v.([]any)
	if !ok {
		t.Fatalf("%s: not an array: %v", what, v)
	}
	return a
}

// TestSARIFStructure checks what SARIF 2.1.0 requires of the log (the
// schema's required properties and value ranges), and what errcontract
// promises in it: every rule with help text, each result tied to its rule,
// locations, related locations and fixes whose edits reproduce -fix.
func TestSARIFStructure(t *testing.T) {
	_, doc, dir := runSARIF(t)
	if doc["version"] != "2.1.0" || !strings.Contains(doc["$schema"].(string), "sarif-2.1.0") {
		t.Errorf("version %v, $schema %v", doc["version"], doc["$schema"])
	}
	runs := arr(t, doc["runs"], "runs")
	if len(runs) != 1 {
		t.Fatalf("%d runs", len(runs))
	}
	run := obj(t, runs[0])
	driver := obj(t, run, "tool", "driver")
	if driver["name"] != "errcontract" {
		t.Errorf("driver name %v", driver["name"])
	}
	rules := arr(t, driver["rules"], "rules")
	ids := map[string]int{}
	for i, r := range rules {
		r := obj(t, r)
		id, _ := r["id"].(string)
		ids[id] = i
		if obj(t, r, "shortDescription")["text"] == "" || obj(t, r, "help")["text"] == "" || r["helpUri"] == "" {
			t.Errorf("rule %s lacks descriptions or help", id)
		}
	}
	for _, r := range contract.Rules {
		if _, ok := ids[r.ID]; !ok {
			t.Errorf("rule %s missing", r.ID)
		}
	}
	base := obj(t, run, "originalUriBaseIds", "%SRCROOT%")
	if !strings.HasPrefix(base["uri"].(string), "file:///") || !strings.HasSuffix(base["uri"].(string), "/") {
		t.Errorf("%%SRCROOT%% uri %v", base["uri"])
	}

	results := arr(t, run["results"], "results")
	src, err := os.ReadFile(filepath.Join(dir, "handlers.go"))
	if err != nil {
		t.Fatal(err)
	}
	seenRules := map[string]bool{}
	fixes := 0
	for _, r := range results {
		r := obj(t, r)
		id := r["ruleId"].(string)
		seenRules[id] = true
		if idx, ok := ids[id]; !ok || int(r["ruleIndex"].(float64)) != idx {
			t.Errorf("result rule %s index %v", id, r["ruleIndex"])
		}
		if !strings.HasSuffix(obj(t, r, "message")["text"].(string), "("+id+")") {
			t.Errorf("message %v does not end with the rule id", obj(t, r, "message")["text"])
		}
		switch r["level"] {
		case "none", "note", "warning", "error":
		default:
			t.Errorf("level %v", r["level"])
		}
		locs := arr(t, r["locations"], "locations")
		if len(locs) != 1 {
			t.Fatalf("%d locations", len(locs))
		}
		pl := obj(t, locs[0], "physicalLocation")
		art := obj(t, pl, "artifactLocation")
		if art["uri"] != "handlers.go" || art["uriBaseId"] != "%SRCROOT%" {
			t.Errorf("artifact %v", art)
		}
		checkRegion(t, obj(t, pl, "region"), src)
		for _, rel := range arrOrNil(r["relatedLocations"]) {
			rel := obj(t, rel)
			if rel["id"] == nil || obj(t, rel, "message")["text"] == "" {
				t.Errorf("related location %v", rel)
			}
			checkRegion(t, obj(t, rel, "physicalLocation", "region"), src)
		}
		for _, f := range arrOrNil(r["fixes"]) {
			fixes++
			f := obj(t, f)
			if obj(t, f, "description")["text"] == "" {
				t.Errorf("fix without description")
			}
			for _, ch := range arr(t, f["artifactChanges"], "artifactChanges") {
				ch := obj(t, ch)
				if obj(t, ch, "artifactLocation")["uri"] != "handlers.go" {
					t.Errorf("fix artifact %v", ch["artifactLocation"])
				}
				for _, rep := range arr(t, ch["replacements"], "replacements") {
					rep := obj(t, rep)
					checkRegion(t, obj(t, rep, "deletedRegion"), src)
					if _, ok := obj(t, rep, "insertedContent")["text"].(string); !ok {
						t.Errorf("replacement without text")
					}
				}
			}
		}
	}
	for _, id := range []string{"C1", "C2", "C3", "C4", "C5", "C7", "C8", "B1"} {
		if !seenRules[id] {
			t.Errorf("no %s result for testdata/example", id)
		}
	}
	if fixes == 0 {
		t.Errorf("no fixes in the log")
	}
}

func arrOrNil(v any) []any {
	a, _ := v.([]any)
	return a
}

// checkRegion checks a region against the file: lines and columns are
// 1-based, and the byte offset and length agree with them.
func checkRegion(t *testing.T, r map[string]any, src []byte) {
	t.Helper()
	n := func(k string) int { return int(r[k].(float64)) }
	sl, sc, el, ec, off, length := n("startLine"), n("startColumn"), n("endLine"), n("endColumn"), n("byteOffset"), n("byteLength")
	if sl < 1 || sc < 1 || el < sl || (el == sl && ec < sc) || off < 0 || length < 0 || off+length > len(src) {
		t.Errorf("bad region %v", r)
		return
	}
	lines := bytes.SplitAfter(src, []byte("\n"))
	start := 0
	for _, l := range lines[:sl-1] {
		start += len(l)
	}
	if got := start + sc - 1; got != off { // the testdata is ASCII
		t.Errorf("region %v: line/column give offset %d", r, got)
	}
}

// TestSARIFFixesMatchFix applies the fixes of the log to a copy of the
// file and checks that the result parses as Go: the offsets are right.
func TestSARIFFixesMatchFix(t *testing.T) {
	_, doc, dir := runSARIF(t, "-errbody")
	src, err := os.ReadFile(filepath.Join(dir, "handlers.go"))
	if err != nil {
		t.Fatal(err)
	}
	run := obj(t, arr(t, doc["runs"], "runs")[0])
	type edit struct {
		off, n int
		text   string
	}
	var edits []edit
	for _, r := range arr(t, run["results"], "results") {
		r := obj(t, r)
		if id := r["ruleId"].(string); contract.AnalyzerOf(id) != contract.Body {
			t.Errorf("-errbody: got a %s result", id)
		}
		// Only the C2 fix: fixes of different results may overlap.
		if r["ruleId"] != "C2" {
			continue
		}
		for _, f := range arrOrNil(r["fixes"]) {
			for _, ch := range arr(t, obj(t, f)["artifactChanges"], "changes") {
				for _, rep := range arr(t, obj(t, ch)["replacements"], "replacements") {
					rep := obj(t, rep)
					reg := obj(t, rep, "deletedRegion")
					edits = append(edits, edit{int(reg["byteOffset"].(float64)), int(reg["byteLength"].(float64)), obj(t, rep, "insertedContent")["text"].(string)})
				}
			}
		}
	}
	if len(edits) == 0 {
		t.Fatal("no C2 fix")
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].off > edits[j].off })
	out := src
	for _, e := range edits {
		out = append(append(append([]byte{}, out[:e.off]...), e.text...), out[e.off+e.n:]...)
	}
	if bytes.Contains(out, []byte(`http.Error(w, "login required"`)) || !bytes.Contains(out, []byte(`Error{ErrorMessage: "login required"}`)) {
		t.Errorf("C2 fix not applied as expected:\n%s", out)
	}
}

// TestSARIFSchema validates the log against the SARIF 2.1.0 JSON schema
// with ajv under node. .ci/drivers.sh installs them and sets
// ERRCONTRACT_SARIF_SCHEMA (the schema file) and NODE_PATH (ajv).
func TestSARIFSchema(t *testing.T) {
	schema := os.Getenv("ERRCONTRACT_SARIF_SCHEMA")
	if schema == "" {
		t.Skip("ERRCONTRACT_SARIF_SCHEMA is not set: .ci/drivers.sh installs the schema (npm @microsoft/jest-sarif) and ajv, and sets it")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed")
	}
	validator, err := filepath.Abs(filepath.Join("..", "..", ".ci", "sarif-validate.js"))
	if err != nil {
		t.Fatal(err)
	}
	log, _, _ := runSARIF(t)
	f := filepath.Join(t.TempDir(), "errcontract.sarif")
	if err := os.WriteFile(f, log, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(node, validator, schema, f).CombinedOutput()
	if err != nil {
		t.Fatalf("schema validation failed: %v\n%s", err, out)
	}
	t.Logf("%s", out)
}

func TestWantsSARIF(t *testing.T) {
	for args, want := range map[string]bool{
		"-sarif ./...":         true,
		"--sarif ./...":        true,
		"-sarif=true ./...":    true,
		"./...":                false,
		"-json ./...":          false,
		"-- -sarif":            false,
		"-errcontract.realm=x": false,
	} {
		if got := wantsSARIF(strings.Fields(args)); got != want {
			t.Errorf("wantsSARIF(%s) = %v", args, got)
		}
	}
}
