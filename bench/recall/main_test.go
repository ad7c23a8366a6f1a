package main

import (
	"os"
	"path/filepath"
	"testing"
)

// A row counts when a diagnostic of its rule, or a related line or a place
// its message names for another package, is within two lines of it.
func TestMatches(t *testing.T) {
	out := filepath.Join(t.TempDir(), "report.txt")
	text := "/srv/router/router.go:40:3: middleware writes JSON on a 500 response [via the error middleware errs.Handler() at handler.go:63] [status set by api.Items at items.go:15] (C8)\n" +
		"/srv/api/auth.go:10:2: sends 401 without WWW-Authenticate (C7)\n" +
		"/srv/api/auth.go:12:2: \tstatus written here\n" +
		"/srv/api/mw.go:5:2: 403 response body is X, not the Error object [via f at json.go:9] [error made at admin.go:57, admin.go:67] [returned at show.go:8, show.go:20] (C3)\n"
	if err := os.WriteFile(out, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	reports, err := readReports(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		where, rules string
		want         bool
	}{
		{"router/router.go:41", "C8", true},
		{"api/items.go:16", "C8", true},        // named in the message
		{"errs/handler.go:63", "C3|C8", false}, // the writing helper, named in the message
		{"api/items.go:19", "C8", false},       // too far
		{"api/other.go:15", "C8", false},       // another file
		{"api/items.go:15", "C5", false},       // another rule
		{"api/auth.go:13", "C7", true},         // a related line
		{"web/auth.go:10", "C7", false},        // same name, other directory
		{"api/admin.go:57", "C3", true},        // one of the places named
		{"api/admin.go:67", "C3", true},        // the other
		{"api/admin.go:62", "C3", false},       // between them, too far from both
		{"api/json.go:9", "C3", false},         // the writing helper
		{"pages/show.go:20", "C3", true},       // where a registered handler returned it
		{"pages/show.go:14", "C3", false},      // between its returns, too far from both
	} {
		if got := matches(reports, parsePlaces(c.where), splitRules(c.rules)); got != c.want {
			t.Errorf("%s %s: matched %v, want %v", c.where, c.rules, got, c.want)
		}
	}
}
