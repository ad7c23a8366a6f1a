// Command recall counts which hand-listed contract breaks of a server an
// errcontract run reported, and draws reports to label for precision.
//
//	go run ./bench/recall -list docs/recall/ntfy.tsv -report ntfy.txt
//	go run ./bench/recall -sample 25 -report ntfy.txt
//
// The list is tab-separated: where (one or more file:line, comma
// separated: the response, and the helper line where the same break may
// be reported once), the rules that name the break (C7, or C3|C8), its
// shape, and a note. Lines starting with # are comments. The report is
// errcontract's text output, run from the server's module root. A row
// counts as reported when a diagnostic with one of its rules, or a
// related line of one ("status written here"), sits within two lines of
// one of its places in the same file. Where a diagnostic's message names
// the place in another package where its status or error was made
// ("[status set by h at file.go:12]", "[error made at file.go:12]"), or
// where a handler registered there returned it ("[returned at
// file.go:12]"), that place counts as a related line, matched by file
// name; the place of the helper that writes ("[via f at file.go:12]") does not, since one
// helper writes the breaks of many rows.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

type place struct {
	file string
	line int
}

type report struct {
	place
	rule    string
	text    string
	related []place
}

var diagRE = regexp.MustCompile(`^(\S+?):(\d+):\d+: (.*)\((\w+)\)$`)
var relRE = regexp.MustCompile(`^(\S+?):(\d+):\d+: \t`)

// namedRE finds the places where a message says its status or error was
// made ("[error made at a.go:3, a.go:9]" names several); placeRE splits them.
var namedRE = regexp.MustCompile(`\[(?:status set by [^\]]* at|error made at|returned at) ([^/\]]+\.go:\d+)\]`)
var placeRE = regexp.MustCompile(`([^\s,/]+\.go):(\d+)`)

func main() {
	list := flag.String("list", "", "hand-listed breaks (tsv)")
	rep := flag.String("report", "", "errcontract's output")
	verbose := flag.Bool("v", false, "print every row with its verdict")
	sample := flag.Int("sample", 0, "print this many reports drawn at random (seeded by -seed), instead of counting")
	seed := flag.Uint64("seed", 1, "seed of -sample")
	flag.Parse()
	reports, err := readReports(*rep)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if *sample > 0 {
		r := rand.New(rand.NewPCG(*seed, *seed))
		idx := r.Perm(len(reports))
		if len(idx) > *sample {
			idx = idx[:*sample]
		}
		slices.Sort(idx)
		for _, i := range idx {
			fmt.Println(reports[i].text)
		}
		return
	}
	f, err := os.Open(*list)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer f.Close()
	rows, hit := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			fmt.Fprintf(os.Stderr, "bad row: %q\n", line)
			os.Exit(1)
		}
		rows++
		ok := matches(reports, parsePlaces(cols[0]), splitRules(cols[1]))
		if ok {
			hit++
		}
		if *verbose {
			mark := "MISS"
			if ok {
				mark = "HIT "
			}
			fmt.Printf("%s %s\n", mark, line)
		}
	}
	pct := 0
	if rows > 0 {
		pct = 100 * hit / rows
	}
	fmt.Printf("%d/%d listed breaks reported (%d%%)\n", hit, rows, pct)
}

func parsePlaces(s string) []place {
	var out []place
	for _, p := range strings.Split(s, ",") {
		file, line, _ := strings.Cut(strings.TrimSpace(p), ":")
		n, _ := strconv.Atoi(line)
		out = append(out, place{filepath.Clean(file), n})
	}
	return out
}

func matches(reports []report, at []place, rules []string) bool {
	near := func(a, b place) bool {
		d := a.line - b.line
		same := strings.HasSuffix(a.file, b.file) || (!strings.Contains(a.file, "/") && filepath.Base(b.file) == a.file)
		return same && d >= -2 && d <= 2
	}
	for _, r := range reports {
		ruleOK := false
		for _, want := range rules {
			ruleOK = ruleOK || r.rule == strings.TrimSpace(want)
		}
		if !ruleOK {
			continue
		}
		for _, p := range at {
			if near(r.place, p) {
				return true
			}
			for _, rel := range r.related {
				if near(rel, p) {
					return true
				}
			}
		}
	}
	return false
}

// readReports parses diagnostics and the related lines printed under them.
func readReports(path string) ([]report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []report
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := relRE.FindStringSubmatch(line); m != nil && len(out) > 0 {
			n, _ := strconv.Atoi(m[2])
			last := &out[len(out)-1]
			last.related = append(last.related, place{filepath.Clean(m[1]), n})
			continue
		}
		if m := diagRE.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[2])
			r := report{place: place{filepath.Clean(m[1]), n}, rule: m[4], text: line}
			for _, nm := range namedRE.FindAllStringSubmatch(m[3], -1) {
				for _, p := range placeRE.FindAllStringSubmatch(nm[1], -1) {
					k, _ := strconv.Atoi(p[2])
					r.related = append(r.related, place{p[1], k})
				}
			}
			out = append(out, r)
		}
	}
	return out, sc.Err()
}

// splitRules splits a row's rules column ("C3|C8").
func splitRules(s string) []string { return strings.Split(s, "|") }
