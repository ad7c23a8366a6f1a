package config

// This file reads the configuration file and merges the sources.
//
// A configuration is built in layers, each overriding the one before:
//
//  1. the defaults (Default, or the Config handed to errcontract.New);
//  2. the config file, .errcontract.json, nearest to the package;
//  3. what was set explicitly: golangci-lint settings, analyzer flags.
//
// Only the keys a layer names override: a file that sets "realm" keeps the
// defaults of every other key, and a -scheme flag keeps the file's realm.

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"time"
)

// FileName is the name of the configuration file.
const FileName = ".errcontract.json"

// Keys returns every configuration key (the json tags of Config), in field order.
func Keys() []string {
	t := reflect.TypeFor[Config]()
	keys := make([]string, 0, t.NumField())
	for i := range t.NumField() {
		if k := jsonKey(t.Field(i)); k != "" {
			keys = append(keys, k)
		}
	}
	return keys
}

func jsonKey(f reflect.StructField) string {
	k, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if k == "-" || !f.IsExported() {
		return ""
	}
	return k
}

// field returns the field of c named by key, matched like encoding/json
// matches keys: exactly, else ignoring case (golangci-lint lower-cases the
// keys of its YAML settings).
func field(c *Config, key string) (reflect.Value, string, bool) {
	v := reflect.ValueOf(c).Elem()
	t := v.Type()
	for _, exact := range []bool{true, false} {
		for i := range t.NumField() {
			k := jsonKey(t.Field(i))
			if k == "" {
				continue
			}
			if (exact && k == key) || (!exact && strings.EqualFold(k, key)) {
				return v.Field(i), k, true
			}
		}
	}
	return reflect.Value{}, "", false
}

// DecodeJSON decodes a JSON object over c: only the keys present change c.
// It is strict: an unknown key, a duplicate key or a value of the wrong
// type is an error that names the key. It returns the keys set, in their
// canonical spelling.
func DecodeJSON(data []byte, c *Config) ([]string, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("not a JSON object: %v", err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("want a JSON object of settings, got %v", tok)
	}
	next := *c
	var set []string
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key := tok.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fmt.Errorf("%s: %v", key, err)
		}
		fv, canon, ok := field(&next, key)
		if !ok {
			return nil, fmt.Errorf("unknown key %q (known keys: %s)", key, strings.Join(Keys(), ", "))
		}
		if seen[canon] {
			return nil, fmt.Errorf("key %q is given twice", canon)
		}
		seen[canon] = true
		if err := decodeField(fv, raw); err != nil {
			return nil, fmt.Errorf("%s: %v", canon, err)
		}
		set = append(set, canon)
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("unexpected data after the JSON object")
	}
	*c = next
	return set, nil
}

func decodeField(fv reflect.Value, raw json.RawMessage) error {
	if bytes.Equal(bytes.TrimSpace(raw), []byte("null")) {
		return fmt.Errorf("null is not a value; leave the key out to keep the default")
	}
	p := reflect.New(fv.Type())
	p.Elem().Set(fv)
	if err := json.Unmarshal(raw, p.Interface()); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return fmt.Errorf("want %s, got %s %s", describe(fv.Type()), te.Value, raw)
		}
		return err
	}
	fv.Set(p.Elem())
	return nil
}

func describe(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	}
	return t.String()
}

// DecodeSettings decodes settings as golangci-lint hands them to a module
// plugin (maps and lists decoded from YAML) over c, strictly, like DecodeJSON.
func DecodeSettings(settings any, c *Config) ([]string, error) {
	if settings == nil {
		return nil, nil
	}
	data, err := json.Marshal(settings)
	if err != nil {
		return nil, fmt.Errorf("encoding settings: %v", err)
	}
	return DecodeJSON(data, c)
}

// Copy sets the fields named by keys in c to their values in from.
func (c *Config) Copy(from *Config, keys []string) {
	for _, k := range keys {
		dst, _, ok1 := field(c, k)
		src, _, ok2 := field(from, k)
		if ok1 && ok2 {
			dst.Set(src)
		}
	}
}

// FindFile looks for FileName in dir and its parents, up to and including
// the module root (the first directory that holds go.mod). It returns ""
// if there is none. Without a go.mod the search stops at the file system root.
func FindFile(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, nil
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return "", nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// File is a decoded configuration file.
type File struct {
	Path string
	Keys []string // the keys it sets
	Config
}

// LoadFile reads the configuration file at path over base.
func LoadFile(path string, base Config) (*File, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f := &File{Path: path, Config: base}
	f.Keys, err = DecodeJSON(data, &f.Config)
	if err != nil {
		return nil, fmt.Errorf("errcontract config %s: %v", path, err)
	}
	return f, nil
}

// Explicit records the keys set explicitly, by flags or by golangci-lint
// settings; they win over the config file. It is safe for concurrent use.
type Explicit struct {
	mu   sync.Mutex
	keys map[string]bool
}

// Add records keys as explicitly set.
func (e *Explicit) Add(keys ...string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.keys == nil {
		e.keys = map[string]bool{}
	}
	for _, k := range keys {
		e.keys[k] = true
	}
}

// Keys returns the keys explicitly set, sorted.
func (e *Explicit) Keys() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	keys := make([]string, 0, len(e.keys))
	for k := range e.keys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// RegisterFlagsTracked is RegisterFlags that also records in e each flag
// set on the command line (flag names are the config keys).
func (c *Config) RegisterFlagsTracked(fs *flag.FlagSet, e *Explicit) {
	var tmp flag.FlagSet
	c.RegisterFlags(&tmp)
	tmp.VisitAll(func(f *flag.Flag) {
		v := flag.Value(&trackedValue{Value: f.Value, name: f.Name, e: e})
		if bf, ok := f.Value.(interface{ IsBoolFlag() bool }); ok && bf.IsBoolFlag() {
			v = &trackedBool{trackedValue{Value: f.Value, name: f.Name, e: e}}
		}
		fs.Var(v, f.Name, f.Usage)
	})
}

type trackedValue struct {
	flag.Value
	name string
	e    *Explicit
}

// String is safe on the zero value, which flag.PrintDefaults makes.
func (t *trackedValue) String() string {
	if t == nil || t.Value == nil {
		return ""
	}
	return t.Value.String()
}

func (t *trackedValue) Set(s string) error {
	if err := t.Value.Set(s); err != nil {
		return err
	}
	t.e.Add(t.name)
	return nil
}

// Get lets flag.Getter users (analysisflags' -flags) see the value.
func (t *trackedValue) Get() any {
	if g, ok := t.Value.(flag.Getter); ok {
		return g.Get()
	}
	return t.Value.String()
}

type trackedBool struct{ trackedValue }

func (*trackedBool) IsBoolFlag() bool { return true }

func (t *trackedBool) String() string {
	if t == nil || t.Value == nil {
		return "false"
	}
	return t.Value.String()
}

// Resolver computes the configuration in force for a package directory:
// Base, overridden by the nearest config file, overridden in turn by the
// keys of Base that Explicit names. It caches the decoded file per
// directory, and re-reads a file whose size or modification time changed
// (gopls runs for hours). It is safe for concurrent use.
type Resolver struct {
	Base     *Config
	Explicit *Explicit
	// Validate checks a merged configuration (Config.Validate with the
	// known rules).
	Validate func(*Config) error

	mu    sync.Mutex
	cache map[string]*resolved // by directory
}

type resolved struct {
	path     string
	mod      time.Time
	size     int64
	explicit string // Explicit keys it was merged with
	cfg      *Config
	err      error
}

// For returns the configuration for the package in dir.
func (r *Resolver) For(dir string) (*Config, error) {
	path, err := FindFile(dir)
	if err != nil {
		return nil, err
	}
	var mod time.Time
	var size int64
	if path != "" {
		fi, err := os.Stat(path)
		if err != nil {
			return nil, err
		}
		mod, size = fi.ModTime(), fi.Size()
	}
	keys := r.explicitKeys()
	ek := strings.Join(keys, ",")

	r.mu.Lock()
	defer r.mu.Unlock()
	if c, ok := r.cache[dir]; ok && c.path == path && c.mod.Equal(mod) && c.size == size && c.explicit == ek {
		return c.cfg, c.err
	}
	res := &resolved{path: path, mod: mod, size: size, explicit: ek}
	res.cfg, res.err = r.merge(path, keys)
	if r.cache == nil {
		r.cache = map[string]*resolved{}
	}
	r.cache[dir] = res
	return res.cfg, res.err
}

func (r *Resolver) explicitKeys() []string {
	if r.Explicit == nil {
		return nil
	}
	return r.Explicit.Keys()
}

func (r *Resolver) merge(path string, explicit []string) (*Config, error) {
	cfg := *r.Base
	if path != "" {
		f, err := LoadFile(path, cfg)
		if err != nil {
			return nil, err
		}
		cfg = f.Config
		cfg.Copy(r.Base, explicit)
	}
	if r.Validate != nil {
		if err := r.Validate(&cfg); err != nil {
			if path != "" {
				return nil, fmt.Errorf("%v (configuration from %s and flags/settings)", err, path)
			}
			return nil, err
		}
	}
	return &cfg, nil
}
