package config

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFindFile(t *testing.T) {
	root := t.TempDir()
	// root/outer/.errcontract.json is above the module: never found.
	write(t, filepath.Join(root, "outer", FileName), `{"realm":"outer"}`)
	mod := filepath.Join(root, "outer", "mod")
	write(t, filepath.Join(mod, "go.mod"), "module m\n")
	deep := filepath.Join(mod, "a", "b", "c")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}

	check := func(dir, want string) {
		t.Helper()
		got, err := FindFile(dir)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("FindFile(%s) = %q, want %q", dir, got, want)
		}
	}
	check(deep, "") // stops at the module root
	write(t, filepath.Join(mod, FileName), `{}`)
	check(deep, filepath.Join(mod, FileName)) // at the module root
	write(t, filepath.Join(mod, "a", FileName), `{}`)
	check(deep, filepath.Join(mod, "a", FileName)) // the nearest wins
	check(filepath.Join(mod, "a"), filepath.Join(mod, "a", FileName))
	check(mod, filepath.Join(mod, FileName))
	// A directory named like the file is not the file.
	if err := os.MkdirAll(filepath.Join(deep, FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	check(deep, filepath.Join(mod, "a", FileName))
}

func TestDecodeJSON(t *testing.T) {
	c := Default()
	keys, err := DecodeJSON([]byte(`{
		"realm": "shop",
		"mediaTypes": ["application/json", "application/problem+json"],
		"bodyRequired": "400-404",
		"noBody": [406, 410],
		"disable": "B1, G2",
		"includeGenerated": true
	}`), &c)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"realm", "mediaTypes", "bodyRequired", "noBody", "disable", "includeGenerated"}; !slices.Equal(keys, want) {
		t.Errorf("keys = %v, want %v", keys, want)
	}
	if c.Realm != "shop" || c.Scheme != "Basic" || c.MessageKey != "errorMessage" {
		t.Errorf("realm/scheme/messageKey = %q/%q/%q", c.Realm, c.Scheme, c.MessageKey)
	}
	if !c.BodyRequired.Has(402) || c.BodyRequired.Has(422) || !c.NoBody.Has(410) || !c.IncludeGenerated {
		t.Errorf("statuses: bodyRequired=%s noBody=%s", c.BodyRequired.String(), c.NoBody.String())
	}
	if !c.Disabled("b1") || !c.Disabled("G2") || len(c.MediaTypes) != 2 {
		t.Errorf("disable=%v mediaTypes=%v", c.Disable, c.MediaTypes)
	}

	// golangci-lint lower-cases keys.
	c = Default()
	keys, err = DecodeJSON([]byte(`{"messagekey":"message"}`), &c)
	if err != nil || c.MessageKey != "message" || !slices.Equal(keys, []string{"messageKey"}) {
		t.Errorf("lower-case key: %v, %q, %v", err, c.MessageKey, keys)
	}
}

func TestDecodeJSONErrors(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"realms":"x"}`, `unknown key "realms"`},
		{`{"realm":3}`, `realm: want a string, got number 3`},
		{`{"includeGenerated":"yes"}`, `includeGenerated: want true or false`},
		{`{"bodyRequired":"4000"}`, `bodyRequired: "4000" is not an HTTP status`},
		{`{"noBody":{"a":1}}`, `noBody: want a list of statuses`},
		{`{"disable":[1]}`, `disable: want a list of strings`},
		{`{"realm":null}`, `realm: null is not a value`},
		{`{"realm":"a","realm":"b"}`, `key "realm" is given twice`},
		{`["realm"]`, `want a JSON object`},
		{`{"realm":"a"} {}`, `unexpected data`},
		{``, `not a JSON object`},
	} {
		c := Default()
		_, err := DecodeJSON([]byte(tc.in), &c)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("DecodeJSON(%s) = %v, want an error containing %q", tc.in, err, tc.want)
		}
		if c.Realm != "cmix" {
			t.Errorf("DecodeJSON(%s) changed the config on error", tc.in)
		}
	}
}

func TestDecodeSettings(t *testing.T) {
	c := Default()
	// As golangci-lint hands them over: YAML decoded into maps.
	keys, err := DecodeSettings(map[string]any{"realm": "shop", "disable": []any{"B1"}, "nobody": "406,410"}, &c)
	if err != nil {
		t.Fatal(err)
	}
	if c.Realm != "shop" || !c.Disabled("B1") || !c.NoBody.Has(410) || len(keys) != 3 {
		t.Errorf("got %+v, keys %v", c, keys)
	}
	if _, err := DecodeSettings(map[string]any{"realm": 3}, &c); err == nil || !strings.Contains(err.Error(), "realm") {
		t.Errorf("realm: 3: %v", err)
	}
	if keys, err := DecodeSettings(nil, &c); err != nil || keys != nil {
		t.Errorf("nil settings: %v %v", keys, err)
	}
}

// TestPrecedence checks defaults < config file < explicit (flags, settings).
func TestPrecedence(t *testing.T) {
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module m\n")
	write(t, filepath.Join(mod, FileName), `{"realm":"file","scheme":"Bearer","noBody":"406,410"}`)
	pkg := filepath.Join(mod, "pkg")
	if err := os.MkdirAll(pkg, 0o755); err != nil {
		t.Fatal(err)
	}

	base := Default()
	explicit := &Explicit{}
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	base.RegisterFlagsTracked(fs, explicit)
	if err := fs.Parse([]string{"-scheme=Digest", "-includeGenerated"}); err != nil {
		t.Fatal(err)
	}
	if got := explicit.Keys(); !slices.Equal(got, []string{"includeGenerated", "scheme"}) {
		t.Fatalf("explicit keys = %v", got)
	}
	r := &Resolver{Base: &base, Explicit: explicit, Validate: func(c *Config) error { return c.Validate(nil) }}
	c, err := r.For(pkg)
	if err != nil {
		t.Fatal(err)
	}
	if c.Realm != "file" { // file over default
		t.Errorf("realm = %q, want the file's", c.Realm)
	}
	if c.Scheme != "Digest" || !c.IncludeGenerated { // flag over file
		t.Errorf("scheme = %q, includeGenerated = %v: want the flags'", c.Scheme, c.IncludeGenerated)
	}
	if !c.NoBody.Has(410) || c.MessageKey != "errorMessage" { // file, default
		t.Errorf("noBody = %s, messageKey = %q", c.NoBody.String(), c.MessageKey)
	}

	// Cached, then re-read when the file changes.
	if c2, _ := r.For(pkg); c2 != c {
		t.Errorf("second For did not use the cache")
	}
	write(t, filepath.Join(mod, FileName), `{"realm":"edited"}`)
	later := time.Now().Add(2 * time.Second)
	os.Chtimes(filepath.Join(mod, FileName), later, later)
	if c3, err := r.For(pkg); err != nil || c3.Realm != "edited" || c3.Scheme != "Digest" {
		t.Errorf("after edit: %v, %+v", err, c3)
	}

	// Without a file, the base (defaults + flags) is in force.
	other := t.TempDir()
	write(t, filepath.Join(other, "go.mod"), "module o\n")
	if c4, err := r.For(other); err != nil || c4.Realm != "cmix" || c4.Scheme != "Digest" {
		t.Errorf("no file: %v, %+v", err, c4)
	}
}

func TestResolverErrors(t *testing.T) {
	mod := t.TempDir()
	write(t, filepath.Join(mod, "go.mod"), "module m\n")
	base := Default()
	r := &Resolver{Base: &base, Validate: func(c *Config) error { return c.Validate(nil) }}

	write(t, filepath.Join(mod, FileName), `{"relam":"x"}`)
	_, err := r.For(mod)
	if err == nil || !strings.Contains(err.Error(), `unknown key "relam"`) || !strings.Contains(err.Error(), FileName) {
		t.Errorf("unknown key: %v", err)
	}

	write(t, filepath.Join(mod, FileName), `{"realm":"a\"b"}`)
	later := time.Now().Add(2 * time.Second)
	os.Chtimes(filepath.Join(mod, FileName), later, later)
	_, err = r.For(mod)
	if err == nil || !strings.Contains(err.Error(), "realm") || !strings.Contains(err.Error(), FileName) {
		t.Errorf("invalid value: %v", err)
	}
}

func TestRegisterFlagsTrackedBool(t *testing.T) {
	c := Default()
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	c.RegisterFlagsTracked(fs, &Explicit{})
	f := fs.Lookup("includeGenerated")
	if b, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok || !b.IsBoolFlag() {
		t.Errorf("includeGenerated lost IsBoolFlag")
	}
	if b, ok := fs.Lookup("realm").Value.(interface{ IsBoolFlag() bool }); ok && b.IsBoolFlag() {
		t.Errorf("realm became a bool flag")
	}
	if got := fs.Lookup("realm").Value.String(); got != "cmix" {
		t.Errorf("realm flag shows %q", got)
	}
	var help strings.Builder
	fs.SetOutput(&help)
	fs.PrintDefaults()
	if h := help.String(); strings.Contains(h, "panic") || !strings.Contains(h, "(default cmix)") || strings.Contains(h, "(default false)") {
		t.Errorf("PrintDefaults:\n%s", h)
	}
}

func TestKeys(t *testing.T) {
	keys := Keys()
	if len(keys) != 13 || keys[0] != "errorTypes" || !slices.Contains(keys, "includeGenerated") || !slices.Contains(keys, "headersSet") {
		t.Errorf("Keys() = %v", keys)
	}
}

// headersSet entries are "Name: value"; the value may hold commas in the
// file's array form, and Preset splits each at its first colon.
func TestHeadersSet(t *testing.T) {
	c := Default()
	c.HeadersSet = StringList{"Content-Type: application/json", `WWW-Authenticate: Bearer realm="api", scope="x"`}
	if err := c.Validate(nil); err != nil {
		t.Fatal(err)
	}
	want := [][2]string{{"Content-Type", "application/json"}, {"WWW-Authenticate", `Bearer realm="api", scope="x"`}}
	if got := c.Preset(); !slices.Equal(got, want) {
		t.Errorf("Preset() = %q, want %q", got, want)
	}
	// golangci-lint's settings decode into the same key.
	var d Config
	keys, err := DecodeSettings(map[string]any{"headersSet": []any{"Content-Type: application/json"}}, &d)
	if err != nil || !slices.Equal(keys, []string{"headersSet"}) || !slices.Equal(d.HeadersSet, StringList{"Content-Type: application/json"}) {
		t.Errorf("DecodeSettings: keys %v, headersSet %q, err %v", keys, d.HeadersSet, err)
	}
	for _, bad := range []string{"Content-Type application/json", ": x", "Content Type: x"} {
		c.HeadersSet = StringList{bad}
		if err := c.Validate(nil); err == nil || !strings.Contains(err.Error(), "headersSet") {
			t.Errorf("Validate(%q) = %v, want a headersSet error", bad, err)
		}
	}
}
