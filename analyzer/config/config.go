// Package config holds errcontract's single configuration struct.
//
// The same Config value is filled from analyzer flags, from golangci-lint
// settings and from a config file; the JSON keys, the flag names and the
// golangci keys are the same words.
package config

import (
	"encoding/json"
	"flag"
	"fmt"
	"mime"
	"slices"
	"sort"
	"strconv"
	"strings"
)

// Config is the whole of errcontract's configuration. The zero value is not
// useful; start from Default.
type Config struct {
	// ErrorTypes names extra types, as "import/path.Name", that count as the
	// Error object whatever their JSON shape.
	ErrorTypes StringList `json:"errorTypes"`
	// MessageKey is the JSON key that makes a struct or map the Error object.
	MessageKey string `json:"messageKey"`
	// ValidationsKey is the JSON key that 422 responses must fill (C4).
	ValidationsKey string `json:"validationsKey"`
	// Scheme and Realm make the 401 challenge: `Basic realm="cmix"`.
	Scheme string `json:"scheme"`
	Realm  string `json:"realm"`
	// MediaTypes are the Content-Types an error body may carry.
	MediaTypes StringList `json:"mediaTypes"`
	// BodyRequired statuses carry the Error object (C1).
	BodyRequired StatusSet `json:"bodyRequired"`
	// NoBody statuses carry no body at all (C6).
	NoBody StatusSet `json:"noBody"`
	// NoStructuredBody statuses carry no JSON body (C8).
	NoStructuredBody StatusSet `json:"noStructuredBody"`
	// Disable lists rule ids (C1, G2, B1, ...) that are not reported.
	Disable StringList `json:"disable"`
	// IncludeGenerated also checks files marked "Code generated ... DO NOT EDIT.".
	IncludeGenerated bool `json:"includeGenerated"`
	// ErrorHandler names the app's error handler for packages whose
	// framework handlers (echo, fiber) return errors but which do not
	// install the handler themselves: "import/path.Func", or "default"
	// for the framework's own. Unset, their returns are judged only where
	// the package makes the engine. For gin, "default" says that no
	// middleware of the app renders the errors handlers collect in
	// c.Errors (gin itself only logs them), so c.AbortWithError(400, err)
	// sends its status with no body.
	ErrorHandler string `json:"errorHandler"`
	// HeadersSet lists headers, "Name: value", that the app's middleware
	// sets on every response before a handler runs (a JSON middleware's
	// `Content-Type: application/json`): each handler starts with them.
	// The handler's package cannot see the middleware the route runs
	// through; unset, a handler starts with no header set.
	HeadersSet StringList `json:"headersSet"`
}

// Default returns the "cmix" profile of CONTRACT.md.
func Default() Config {
	return Config{
		MessageKey:       "errorMessage",
		ValidationsKey:   "failedValidations",
		Scheme:           "Basic",
		Realm:            "cmix",
		MediaTypes:       StringList{"application/json"},
		BodyRequired:     mustStatusSet("400,401,403,404,405,415,422"),
		NoBody:           mustStatusSet("406"),
		NoStructuredBody: mustStatusSet("500-599"),
	}
}

// Challenge is the WWW-Authenticate value a 401 must carry.
func (c *Config) Challenge() string {
	return c.Scheme + " realm=" + strconv.Quote(c.Realm)
}

// Preset returns the headers of HeadersSet, by name as written and value.
func (c *Config) Preset() [][2]string {
	var out [][2]string
	for _, h := range c.HeadersSet {
		name, value, _ := strings.Cut(h, ":")
		out = append(out, [2]string{strings.TrimSpace(name), strings.TrimSpace(value)})
	}
	return out
}

// Disabled reports whether rule id is switched off.
func (c *Config) Disabled(id string) bool {
	return slices.ContainsFunc(c.Disable, func(s string) bool { return strings.EqualFold(s, id) })
}

// KnownRules is filled by the contract package so that Validate can reject
// an unknown rule id without an import cycle.
type KnownRules func(id string) bool

// Validate checks the configuration and names the offending key.
func (c *Config) Validate(known KnownRules) error {
	if c.MessageKey == "" {
		return fmt.Errorf("errcontract config: messageKey must not be empty")
	}
	if c.Scheme == "" || strings.ContainsAny(c.Scheme, " \t\"") {
		return fmt.Errorf("errcontract config: scheme %q is not an auth-scheme token", c.Scheme)
	}
	if strings.ContainsAny(c.Realm, "\"\\\n") {
		return fmt.Errorf("errcontract config: realm %q must not contain quotes, backslashes or newlines", c.Realm)
	}
	if len(c.MediaTypes) == 0 {
		return fmt.Errorf("errcontract config: mediaTypes must list at least one media type")
	}
	for _, m := range c.MediaTypes {
		if _, _, err := mime.ParseMediaType(m); err != nil {
			return fmt.Errorf("errcontract config: mediaTypes: %q is not a media type: %v", m, err)
		}
	}
	for _, t := range c.ErrorTypes {
		i := strings.LastIndex(t, ".")
		if i <= 0 || i == len(t)-1 || strings.Contains(t[i:], "/") {
			return fmt.Errorf("errcontract config: errorTypes: %q is not of the form import/path.TypeName", t)
		}
	}
	if h := c.ErrorHandler; h != "" && h != "default" {
		i := strings.LastIndex(h, ".")
		if i <= 0 || i == len(h)-1 || strings.Contains(h[i:], "/") {
			return fmt.Errorf("errcontract config: errorHandler: %q is neither \"default\" nor of the form import/path.FuncName", h)
		}
	}
	for _, h := range c.HeadersSet {
		name, _, ok := strings.Cut(h, ":")
		if !ok || strings.TrimSpace(name) == "" || strings.ContainsAny(strings.TrimSpace(name), " \t\"") {
			return fmt.Errorf("errcontract config: headersSet: %q is not of the form \"Name: value\"", h)
		}
	}
	if known != nil {
		for _, id := range c.Disable {
			if !known(id) {
				return fmt.Errorf("errcontract config: disable: unknown rule %q", id)
			}
		}
	}
	return nil
}

// RegisterFlags binds every field to a flag of the same name in fs.
func (c *Config) RegisterFlags(fs *flag.FlagSet) {
	fs.Var(&c.ErrorTypes, "errorTypes", "comma-separated types (import/path.Name) that count as the Error object")
	fs.StringVar(&c.MessageKey, "messageKey", c.MessageKey, "JSON key that makes a body the Error object")
	fs.StringVar(&c.ValidationsKey, "validationsKey", c.ValidationsKey, "JSON key a 422 Error object must fill")
	fs.StringVar(&c.Scheme, "scheme", c.Scheme, "auth scheme of the 401 challenge")
	fs.StringVar(&c.Realm, "realm", c.Realm, "realm of the 401 challenge")
	fs.Var(&c.MediaTypes, "mediaTypes", "comma-separated media types an error body may carry")
	fs.Var(&c.BodyRequired, "bodyRequired", "statuses that must carry the Error object, e.g. 400,401,403-405")
	fs.Var(&c.NoBody, "noBody", "statuses that must carry no body")
	fs.Var(&c.NoStructuredBody, "noStructuredBody", "statuses that must carry no JSON body")
	fs.Var(&c.Disable, "disable", "comma-separated rule ids not to report (e.g. B1,G2)")
	fs.BoolVar(&c.IncludeGenerated, "includeGenerated", c.IncludeGenerated, "also check generated files")
	fs.StringVar(&c.ErrorHandler, "errorHandler", c.ErrorHandler, "the app's error handler (import/path.Func, or default) for packages that return errors to echo or fiber but do not install it")
	fs.Var(&c.HeadersSet, "headersSet", "comma-separated headers (Name: value) the app's middleware sets before every handler runs")
}

// StringList is a comma-separated flag and a JSON array (or string).
type StringList []string

func (l *StringList) String() string { return strings.Join(*l, ",") }

// Set replaces the list, so that a flag overrides the default.
func (l *StringList) Set(s string) error {
	*l = nil
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*l = append(*l, f)
		}
	}
	return nil
}

func (l *StringList) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		return l.Set(s)
	}
	var ss []string
	if err := json.Unmarshal(b, &ss); err != nil {
		return fmt.Errorf("want a list of strings or a comma-separated string, got %s", b)
	}
	*l = ss
	return nil
}

// StatusSet is a set of HTTP statuses, written "400,401,403-405".
type StatusSet struct{ ranges [][2]int }

func mustStatusSet(s string) StatusSet {
	var set StatusSet
	if err := set.Set(s); err != nil {
		panic(err)
	}
	return set
}

// Has reports whether status is in the set.
func (s StatusSet) Has(status int) bool {
	for _, r := range s.ranges {
		if r[0] <= status && status <= r[1] {
			return true
		}
	}
	return false
}

func (s *StatusSet) String() string {
	var parts []string
	for _, r := range s.ranges {
		if r[0] == r[1] {
			parts = append(parts, strconv.Itoa(r[0]))
		} else {
			parts = append(parts, fmt.Sprintf("%d-%d", r[0], r[1]))
		}
	}
	return strings.Join(parts, ",")
}

// Set parses "400,401,403-405"; an empty string is the empty set.
func (s *StatusSet) Set(v string) error {
	var ranges [][2]int
	for _, f := range strings.Split(v, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		lo, hi, isRange := strings.Cut(f, "-")
		a, err := parseStatus(lo)
		if err != nil {
			return err
		}
		b := a
		if isRange {
			if b, err = parseStatus(hi); err != nil {
				return err
			}
			if b < a {
				return fmt.Errorf("status range %q is backwards", f)
			}
		}
		ranges = append(ranges, [2]int{a, b})
	}
	sort.Slice(ranges, func(i, j int) bool { return ranges[i][0] < ranges[j][0] })
	s.ranges = ranges
	return nil
}

func parseStatus(s string) (int, error) {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 100 || n > 999 {
		return 0, fmt.Errorf("%q is not an HTTP status (100-999)", s)
	}
	return n, nil
}

func (s StatusSet) MarshalJSON() ([]byte, error) { return json.Marshal(s.String()) }

// UnmarshalJSON takes "400,401-403" or [400, 401].
func (s *StatusSet) UnmarshalJSON(b []byte) error {
	var str string
	if json.Unmarshal(b, &str) == nil {
		return s.Set(str)
	}
	var ns []int
	if err := json.Unmarshal(b, &ns); err != nil {
		return fmt.Errorf("want a list of statuses or a string like \"400,403-405\", got %s", b)
	}
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return s.Set(strings.Join(parts, ","))
}
