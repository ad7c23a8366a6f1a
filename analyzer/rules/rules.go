// Package rules judges the engine's paths against the error contract and
// builds the diagnostics, with suggested fixes where the intent is clear.
package rules

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"mime"
	"net/textproto"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/errcontract/errcontract/analyzer/config"
	"github.com/errcontract/errcontract/analyzer/contract"
	"github.com/errcontract/errcontract/analyzer/engine"
	"github.com/errcontract/errcontract/analyzer/fix"
	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// Check returns the diagnostics for every function of an, sorted by position.
// readFile gives the source of a file for fixes.
func Check(an *engine.Analysis, readFile func(string) ([]byte, error)) []analysis.Diagnostic {
	c := &checker{an: an, cfg: an.Config, readFile: readFile,
		seen: map[string]bool{}, merged: map[string]*merged{}, files: map[*token.File]*fix.File{},
		reach: map[ast.Node]engine.Status{}, typed: map[*engine.Path]map[*engine.Event]bool{}}
	for _, fn := range an.Funcs {
		for _, p := range fn.Paths {
			c.reaching(p)
		}
	}
	for _, fn := range an.Funcs {
		for _, p := range fn.Paths {
			c.path(fn, p)
		}
	}
	for _, site := range an.Challengers {
		c.challenger(site)
	}
	for _, site := range an.Routers {
		c.router(site)
	}
	an.TypedBodies = c.typed
	sort.SliceStable(c.diags, func(i, j int) bool {
		if c.diags[i].Pos != c.diags[j].Pos {
			return c.diags[i].Pos < c.diags[j].Pos
		}
		return c.diags[i].Category < c.diags[j].Category
	})
	return c.diags
}

type checker struct {
	an       *engine.Analysis
	cfg      *config.Config
	readFile func(string) ([]byte, error)
	seen     map[string]bool
	merged   map[string]*merged
	params   map[types.Object]bool // parameters of the package's functions, for fixes
	files    map[*token.File]*fix.File
	diags    []analysis.Diagnostic
	// reach holds, for each status or body call, the statuses it is
	// written with over all paths: a fix must suit every one of them.
	reach map[ast.Node]engine.Status
	// route is set while a route's rendered errors are judged.
	route bool
	// typed holds, per path, the bodies of unknown content that go out
	// under a Content-Type that is not JSON (set, or sniffed): what the
	// client gets is known whatever the bytes are (see noteTyped).
	typed map[*engine.Path]map[*engine.Event]bool
}

// reaching records the statuses each status and body call is written with.
func (c *checker) reaching(p *engine.Path) {
	status := engine.Single(200)
	committed := false
	add := func(n ast.Node, s engine.Status) {
		if old, ok := c.reach[n]; ok {
			s = old.Union(s)
		}
		c.reach[n] = s
	}
	for _, ev := range p.Events {
		switch ev.Kind {
		case engine.EvOpaque:
			if !committed {
				status = engine.Status{}
			}
		case engine.EvStatus:
			if !committed {
				status, committed = ev.Status, !ev.Deferred && !ev.Buffered
			} else if ev.Buffered {
				status = ev.Status
			}
			add(ev.Node, status)
		case engine.EvBody:
			committed = true
			add(ev.Node, status)
		}
	}
}

// onlyClass reports whether every status n is written with is of a class that keep accepts.
func (c *checker) onlyClass(n ast.Node, keep func(contract.Class, int) bool) bool {
	s, ok := c.reach[n]
	if !ok || !s.Known {
		return false
	}
	return len(c.values(s, keep)) == len(s.Values)
}

// response is the state of the response along one path.
type response struct {
	fn             *engine.Func
	headers        map[string]*engine.Event // set before the response was committed
	headersUnknown bool
	opaqueBefore   bool // the writer escaped before the commit
	opaqueAfter    bool
	status         *engine.Event // the status that reached the wire
	commit         *engine.Event // the first status or body write
	bodies         []*engine.Event
	late           []*engine.Event // headers changed after the commit
	// typeDropped: a framework call set its own Content-Type after the
	// commit (c.String after c.Bind's 400 went out), so net/http sniffs
	// the body it writes.
	typeDropped bool
	closed      *engine.Event // an error response complete and left behind
	head        bool          // a HEAD request: the protocol sends no body
	// pending: a collected error's body is left to middleware, which
	// writes it after the handler returns (judged at the route).
	pending bool
	owned   map[*engine.Event]bool // late headers that C5/C7 report
}

func canon(h string) string { return textproto.CanonicalMIMEHeaderKey(h) }

func (c *checker) path(fn *engine.Func, p *engine.Path) {
	r := &response{fn: fn, headers: map[string]*engine.Event{}, owned: map[*engine.Event]bool{}}
	if fn.Handler {
		// What the app's middleware set before the handler runs (the
		// configuration's headersSet): events of no node, never reported.
		for _, h := range c.cfg.Preset() {
			r.headers[canon(h[0])] = &engine.Event{Kind: engine.EvHeader, Header: canon(h[0]), Value: h[1], ValueOK: true, Implicit: true}
		}
	}
events:
	for _, ev := range p.Events {
		switch ev.Kind {
		case engine.EvWriteFailed:
			// The client is gone (or encoding failed); the other path,
			// where it did not, is judged instead.
			return
		case engine.EvHead:
			r.head = true
		case engine.EvGuard:
			// `if c.Response().Committed { return }`: a path whose guard
			// contradicts the writes before it cannot happen.
			if !r.opaqueBefore && !r.opaqueAfter && ev.Committed != (r.commit != nil) {
				return
			}
		case engine.EvFlush:
			// The status set goes out now; with none set, 200 does, and
			// what the path writes after is not judged.
			if r.commit == nil {
				r.commit = ev
				if r.status == nil {
					r.opaqueAfter = true
				}
			}
		case engine.EvOpaque:
			if r.commit == nil {
				r.opaqueBefore = true
				r.headersUnknown = true
			} else {
				r.opaqueAfter = true
			}
		case engine.EvHeadersUnknown:
			if r.commit == nil {
				r.headersUnknown = true
			}
		case engine.EvHeader, engine.EvHeaderDel:
			if r.commit != nil && !ev.Buffered {
				if !ev.Implicit {
					r.late = append(r.late, ev)
				} else if canon(ev.Header) == "Content-Type" {
					r.typeDropped = true
				}
				continue
			}
			if _, set := r.headers[canon(ev.Header)]; set && ev.IfUnset {
				continue
			}
			if ev.Kind == engine.EvHeaderDel {
				delete(r.headers, canon(ev.Header))
			} else {
				r.headers[canon(ev.Header)] = ev
			}
		case engine.EvStatus:
			if ev.Buffered {
				// Sent after the handler returns: the last status wins.
				r.status = ev
				if r.commit == nil {
					r.commit = ev
				}
				continue
			}
			if r.closed != nil && !r.opaqueAfter && !fn.Route {
				c.g3(r, ev)
				break events
			}
			if r.commit != nil {
				if quietRepeat(r, ev) {
					// The same status again, dropped without a word: the
					// response is still this call's (c.String(400, ...)
					// after c.Bind's 400 writes its body on that 400).
					if r.status != nil {
						r.status = ev
					}
					continue
				}
				if !r.opaqueAfter && !fn.Route {
					c.g2(r, ev)
				}
				continue
			}
			r.status = ev
			if !ev.Deferred {
				r.commit = ev
			}
		case engine.EvBody:
			if ev.Pending {
				r.pending = true
				continue
			}
			if ev.Buffered {
				// A buffered body replaces the one set before.
				r.bodies = []*engine.Event{ev}
				if r.commit == nil {
					r.commit = ev
				}
				continue
			}
			if r.closed != nil && !r.opaqueAfter && !fn.Route {
				c.g3(r, ev)
				break events
			}
			if r.commit == nil {
				r.commit = ev
			}
			r.bodies = append(r.bodies, ev)
			if (ev.Via == "http.Error" || ev.Via == "http.NotFound") && r.status != nil && r.status.Call == ev.Call && isError(r.status.Status) {
				r.closed = r.status
			}
		case engine.EvFallOut:
			if r.status != nil && len(r.bodies) > 0 && isError(r.status.Status) &&
				r.status.Pos() >= ev.Block.Pos() && r.status.Pos() < ev.Block.End() {
				r.closed = r.status
			}
		}
	}
	if fn.Foreign {
		// A handler of another package registered through an adapter:
		// only the funnel's answer to its error is new here (see
		// engine/foreignhandlers.go).
		c.contract(r)
		return
	}
	if fn.Route {
		// A route's error middleware rendering a handler's collected
		// error: only what it renders is new here (see engine/routes.go).
		// The same finding through several routes is reported once.
		if (len(r.bodies) > 0 && rendered(r.bodies[0])) || (len(r.bodies) == 0 && r.status != nil && r.status.Collected) {
			c.route = true
			c.contract(r)
			c.route = false
		}
		return
	}
	c.noteTyped(p, r)
	c.contract(r)
	c.lateHeaders(r)
}

// noteTyped records the path's bodies of unknown content sent under a
// Content-Type that is not JSON: the client gets no Error object and no
// JSON whatever the bytes are, so the rules judged them and the coverage
// report does not count them as lost.
func (c *checker) noteTyped(p *engine.Path, r *response) {
	for _, b := range r.bodies {
		if b.Body.Kind != engine.BodyUnknown || (c.sentAs(r) == "" && !c.sniffed(r, b)) {
			continue
		}
		if c.typed[p] == nil {
			c.typed[p] = map[*engine.Event]bool{}
		}
		c.typed[p][b] = true
	}
}

// rendered reports a body the error middleware of a route renders for a
// handler's collected error.
func rendered(b *engine.Event) bool { return b.Origin != nil && b.Origin.Rendered }

// judgedByCallee reports whether a helper already judged these events:
// all come from one call and none depends on its arguments.
func judgedByCallee(evs ...*engine.Event) bool {
	var call ast.Node
	for _, e := range evs {
		if e == nil {
			continue
		}
		if !e.Inherited() || (call != nil && e.Node != call) {
			return false
		}
		call = e.Node
	}
	return call != nil
}

// checkedAsHandler reports whether a missing-piece rule on status st was
// already checked where st was written: in a helper of handler shape.
func checkedAsHandler(st *engine.Event) bool {
	return st.Inherited() && st.Origin.CalleeHandler
}

func isError(s engine.Status) bool {
	if !s.Known {
		return false
	}
	for _, v := range s.Values {
		if v >= 400 {
			return true
		}
	}
	return false
}

// values returns the statuses of s that fall in class.
func (c *checker) values(s engine.Status, pred func(contract.Class, int) bool) []int {
	var out []int
	for _, v := range s.Values {
		if pred(contract.Classify(c.cfg, v), v) {
			out = append(out, v)
		}
	}
	return out
}

func join(vs []int) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = fmt.Sprint(v)
	}
	return strings.Join(parts, "/")
}

// contract applies C1-C8 and B1 to the response of one path.
func (c *checker) contract(r *response) {
	st := r.status
	if st == nil || !st.Status.Known || r.opaqueBefore {
		return
	}
	if st.Origin != nil && st.Origin.Handshake {
		return // a websocket library's answer to a failed handshake
	}
	s := st.Status
	handler := r.fn.Handler

	// Bodies: judge the first body write; a later one only appends to it.
	// On a HEAD request (or a websocket handshake) no body rule applies:
	// net/http drops a HEAD response's body.
	if len(r.bodies) > 0 && judgedByCallee(st, r.bodies[0]) && !r.head {
		// The helper judged its body, but not the Content-Type its
		// caller sets (or does not) before the call.
		if b := r.bodies[0]; c.sniffedUnsure(r, b) {
			if errVals := c.values(s, func(k contract.Class, _ int) bool { return k.WantsErrorObject() }); len(errVals) > 0 {
				c.c2(r, b, errVals)
			}
		}
	} else if len(r.bodies) > 0 && !r.head {
		b := r.bodies[0]
		if vs := c.values(s, func(k contract.Class, _ int) bool { return k == contract.NoBody }); len(vs) > 0 {
			c.c6(r, b, vs)
		}
		if vs := c.values(s, func(k contract.Class, _ int) bool { return k == contract.NoStructured }); len(vs) > 0 && b.Body.Kind.Structured() {
			c.c8(r, b, vs)
		}
		errVals := c.values(s, func(k contract.Class, _ int) bool { return k.WantsErrorObject() })
		if len(errVals) > 0 {
			switch b.Body.Kind {
			case engine.BodyText:
				if b.Body.Unsure && c.sentAs(r) == "" && !c.sniffedUnsure(r, b) {
					break // a JSON Content-Type: the string may be the Error object
				}
				c.c2(r, b, errVals)
			case engine.BodyUnknown:
				// Bytes of unknown content, but a Content-Type that is not
				// JSON, or none for net/http to sniff: the client gets no
				// Error object whatever they are.
				if c.sentAs(r) != "" || c.sniffedUnsure(r, b) {
					c.c2(r, b, errVals)
				}
			case engine.BodyJSON:
				if !b.Body.Unsure { // JSON of unknown shape may be the Error object
					c.c3(r, b, errVals)
				}
			case engine.BodyErrorObject:
				if slicesHas(errVals, 422) && b.Body.Validations == engine.No {
					c.c4(r, b)
				}
			}
			if b.Body.Kind.Structured() {
				c.c5(r, b, errVals, handler)
			}
		}
	} else if len(r.bodies) == 0 && handler && !r.opaqueAfter && !r.head && !r.pending && (!checkedAsHandler(st) || (r.fn.Route && st.Collected)) {
		if vs := c.values(s, func(k contract.Class, _ int) bool { return k == contract.BodyRequired }); len(vs) > 0 {
			c.c1(r, vs)
		}
	}
	if r.fn.Route {
		return // the status and its headers were judged in the handler
	}
	if s.Has(401) && contract.Classify(c.cfg, 401) != contract.Other {
		c.c7(r, handler && !checkedAsHandler(st))
	}
	if s.Has(405) {
		c.b1(r, handler && !checkedAsHandler(st))
	}
}

func slicesHas(vs []int, v int) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

// report adds a diagnostic at event ev once per (rule, position).
// It returns what it appended to msg.
func (c *checker) report(rule string, ev *engine.Event, msg string, related []analysis.RelatedInformation, fixes ...analysis.SuggestedFix) string {
	if c.cfg.Disabled(rule) {
		return ""
	}
	node := ev.Node
	key := c.key(rule, ev)
	if c.seen[key] {
		return ""
	}
	c.seen[key] = true
	suffix := ""
	if o := ev.Origin; o != nil {
		// The call performs a helper's write: point into the helper.
		if o.Orig != nil {
			related = append(related, analysis.RelatedInformation{Pos: o.Orig.Pos(), End: o.Orig.Node.End(),
				Message: "written here, inside " + o.Callee})
		} else if o.Where != "" && c.route && !o.Rendered {
			// A route's handler, where the status was sent.
			suffix = fmt.Sprintf(" [status set by %s at %s]", o.Callee, o.Where)
		} else if o.Where != "" {
			suffix = fmt.Sprintf(" [via %s at %s]", o.Callee, o.Where)
		}
		// The error the funnel writes was made elsewhere: point there.
		if o.ErrAt.IsValid() {
			related = append(related, analysis.RelatedInformation{Pos: o.ErrAt, Message: "the error is made here"})
		} else if ps := c.an.MadeAt(o.ErrWhere); len(ps) > 0 {
			for _, p := range ps {
				related = append(related, analysis.RelatedInformation{Pos: p, Message: "the error is made here"})
			}
		} else if o.ErrWhere != "" {
			suffix += " [error made at " + places(o.ErrWhere) + "]"
		}
		// A handler of another package registered here: its return,
		// unless the error was made there.
		if o.RetWhere != "" && o.RetWhere != o.ErrWhere {
			suffix += retTag + places(o.RetWhere) + "]"
		}
	}
	if o := ev.Origin; o != nil && o.StatusFrom != "" {
		suffix += " [status set by " + o.StatusFrom + "]"
	}
	suffix += " (" + rule + ")"
	if c.route {
		// One finding through several routes: the first route's report.
		once := rule + msg + suffix
		if c.seen[once] {
			return ""
		}
		c.seen[once] = true
	}
	if ev.Origin != nil && (ev.Origin.Library || ev.Origin.Rendered) {
		fixes = nil // the answer is made in the library, or in middleware for a handler
	}
	d := analysis.Diagnostic{Pos: node.Pos(), End: node.End(), Category: rule,
		Message: msg + suffix, Related: related}
	for _, f := range fixes {
		if len(f.TextEdits) > 0 && !overlapping(f.TextEdits) {
			d.SuggestedFixes = append(d.SuggestedFixes, f)
		}
	}
	c.diags = append(c.diags, d)
	return suffix
}

// key names a finding: its rule and position, and on a route (where one
// position stands for the handlers and helpers of a chain) where the
// status and the rendered body come from.
// places shows a Where's places by file: "auth.go:57, auth.go:67".
func places(where string) string {
	ps := strings.Split(where, ";")
	for i, p := range ps {
		ps[i] = path.Base(p)
	}
	return strings.Join(ps, ", ")
}

func (c *checker) key(rule string, ev *engine.Event) string {
	key := fmt.Sprintf("%s@%d", rule, ev.Node.Pos())
	if o := ev.Origin; c.route && o != nil {
		key += "|" + o.Where + "|" + o.StatusFrom
	}
	return key
}

// overlapping reports edits that drivers reject (an import added inside
// the line of an import removed): such a fix is not offered.
func overlapping(edits []analysis.TextEdit) bool {
	es := slices.Clone(edits)
	slices.SortFunc(es, func(a, b analysis.TextEdit) int { return int(a.Pos) - int(b.Pos) })
	for i := 1; i < len(es); i++ {
		if es[i].Pos < es[i-1].End {
			return true
		}
	}
	return false
}

func (c *checker) related(ev *engine.Event, msg string) []analysis.RelatedInformation {
	return []analysis.RelatedInformation{{Pos: ev.Pos(), End: ev.Node.End(), Message: msg}}
}

func (c *checker) line(ev *engine.Event) int { return c.an.Fset.Position(ev.Pos()).Line }

func (c *checker) statusText(ev *engine.Event) string {
	return c.statusTextVals(ev, ev.Status.String())
}

func (c *checker) statusTextVals(ev *engine.Event, vals string) string {
	if ev.Via == "http.Error" || ev.Via == "http.NotFound" {
		return ev.Via
	}
	if !ev.Status.Known {
		// Never "?": name what holds the status, or say it is not known.
		if ev.StatusExpr != nil {
			return ev.Via + "(" + types.ExprString(ev.StatusExpr) + ")"
		}
		return ev.Via + " (with a status not known statically)"
	}
	return ev.Via + "(" + vals + ")"
}

// reportVals reports a finding whose message names statuses; the same
// finding on other paths adds its statuses to the message.
func (c *checker) reportVals(rule string, ev *engine.Event, vs []int, msgf func(vals string) string, related []analysis.RelatedInformation, fixes ...analysis.SuggestedFix) {
	key := c.key(rule, ev)
	if m, ok := c.merged[key]; ok {
		m.vals = engine.Set(append(m.vals, vs...)...).Values
		c.mergeMadeAt(m, ev)
		c.diags[m.idx].Message = msgf(join(m.vals)) + m.suffix
		return
	}
	n := len(c.diags)
	suffix := c.report(rule, ev, msgf(join(vs)), related, fixes...)
	if len(c.diags) > n {
		c.merged[key] = &merged{idx: n, vals: vs, suffix: suffix}
	}
}

type merged struct {
	idx    int
	vals   []int
	suffix string
}

// maxMadeAt bounds the places a merged finding names its errors made at.
const maxMadeAt = 3

// mergeMadeAt adds to a merged finding where the error of another of its
// paths was made (one registration of a handler that returns several).
func (c *checker) mergeMadeAt(m *merged, ev *engine.Event) {
	o := ev.Origin
	if o == nil {
		return
	}
	d := &c.diags[m.idx]
	var at []token.Pos
	if o.ErrAt.IsValid() {
		at = []token.Pos{o.ErrAt}
	} else {
		at = c.an.MadeAt(o.ErrWhere)
	}
	if o.RetWhere != "" && o.RetWhere != o.ErrWhere {
		if !strings.Contains(m.suffix, retTag) {
			// The first path's error was made where it returned.
			i := strings.LastIndex(m.suffix, " (")
			m.suffix = m.suffix[:i] + retTag + places(o.RetWhere) + "]" + m.suffix[i:]
		}
		mergeTag(m, retTag, o.RetWhere)
	}
	if len(at) > 0 {
		for _, p := range at {
			if len(d.Related) < maxMadeAt+1 && !slices.ContainsFunc(d.Related, func(r analysis.RelatedInformation) bool { return r.Pos == p }) {
				d.Related = append(d.Related, analysis.RelatedInformation{Pos: p, Message: "the error is made here"})
			}
		}
		return
	}
	mergeTag(m, " [error made at ", o.ErrWhere)
}

// retTag names where a handler of another package returned the error.
const retTag = " [returned at "

// mergeTag adds the places of where to the list the suffix of m holds
// after tag ("a.go:3, a.go:9]"), a few at most.
func mergeTag(m *merged, tag, where string) {
	i := strings.Index(m.suffix, tag)
	if where == "" || i < 0 {
		return
	}
	j := i + strings.Index(m.suffix[i:], "]")
	list := strings.Split(m.suffix[i+len(tag):j], ", ")
	for _, q := range strings.Split(places(where), ", ") {
		if !slices.Contains(list, q) && len(list) < maxMadeAt {
			list = append(list, q)
		}
	}
	m.suffix = m.suffix[:i] + tag + strings.Join(list, ", ") + m.suffix[j:]
}

// ---- the rules ----

func (c *checker) c1(r *response, vs []int) {
	st := r.status
	why := ""
	switch {
	case st.Collected && r.fn.Route:
		why = " (the error only goes to the framework's error list, and no middleware of this route renders it)"
	case st.Collected && c.cfg.ErrorHandler == "default":
		why = " (the error only goes to the framework's error list, and the configuration says the app renders none: errorHandler \"default\")"
	case st.Collected:
		why = " (the error only goes to the framework's error list, and no middleware in this package or its imports renders it)"
	}
	msgf := func(vals string) string {
		return fmt.Sprintf("%s sends %s with no body%s: the contract requires the Error object (JSON with %q) on %s",
			c.statusTextVals(st, vals), vals, why, c.cfg.MessageKey, vals)
	}
	var fixes []analysis.SuggestedFix
	if f := c.fixAddBody(r, vs); f != nil {
		fixes = append(fixes, *f)
	}
	c.reportVals(contract.C1, st, vs, msgf, nil, fixes...)
}

func (c *checker) c2(r *response, b *engine.Event, vs []int) {
	msgf := func(vals string) string {
		if b.Via == "http.Error" || b.Via == "http.NotFound" {
			return fmt.Sprintf("%s sends %s as text/plain: the contract requires the Error object as application/json on %s",
				b.Via, vals, vals)
		}
		what := "a plain-text body"
		if mt := c.sentAs(r); mt != "" && (mt != "text/plain" || b.Body.Kind == engine.BodyUnknown) {
			what = "a body as " + mt
		} else if mt == "" && c.sniffedUnsure(r, b) {
			what = "a body with no Content-Type (net/http sniffs one from the bytes, never application/json)"
		}
		return fmt.Sprintf("%s writes %s on a %s response: the contract requires the Error object as application/json",
			b.Via, what, vals)
	}
	var fixes []analysis.SuggestedFix
	if b.Body.Kind == engine.BodyUnknown {
		// What the bytes are is not known: nothing to rewrite them to.
	} else if r.typeDropped {
		// The response went out before this call (c.Bind's 400): another
		// body here would lose its Content-Type too.
	} else if f := c.fixHTTPError(r, b, vs); f != nil {
		fixes = append(fixes, *f)
	} else if b.Framework != nil && r.status != nil {
		if f := c.fixFrameworkErrorJSON(r, r.status, b, func(k contract.Class, v int) bool { return k.WantsErrorObject() && v != 422 }); f != nil {
			fixes = append(fixes, *f)
		}
	} else if f := c.fixTextWrite(r, b); f != nil {
		fixes = append(fixes, *f)
	}
	c.reportVals(contract.C2, b, vs, msgf, c.relatedStatus(r, b), fixes...)
}

func (c *checker) relatedStatus(r *response, b *engine.Event) []analysis.RelatedInformation {
	if r.status == nil || r.status.Call == b.Call {
		return nil
	}
	return c.related(r.status, "status written here")
}

func (c *checker) c3(r *response, b *engine.Event, vs []int) {
	msgf := func(vals string) string {
		return fmt.Sprintf("%s response body is %s, not the Error object (no %q key)", vals, b.Body.Desc, c.cfg.MessageKey)
	}
	c.reportVals(contract.C3, b, vs, msgf, c.relatedStatus(r, b))
}

func (c *checker) c4(r *response, b *engine.Event) {
	msg := fmt.Sprintf("422 Error object %s does not fill %q: a 422 response must list the failed validations",
		b.Body.Desc, c.cfg.ValidationsKey)
	c.report(contract.C4, b, msg, c.relatedStatus(r, b))
}

// c5: a JSON error body needs a JSON Content-Type set before the commit.
func (c *checker) c5(r *response, b *engine.Event, vs []int, handler bool) {
	if ct, ok := r.headers["Content-Type"]; ok {
		if !ct.ValueOK || c.mediaOK(ct.Value) || judgedByCallee(ct, b, r.status) || ct.Node == nil {
			return
		}
		msg := fmt.Sprintf("Content-Type %q on a %s JSON error body: the contract requires %s",
			ct.Value, join(vs), c.cfg.MediaTypes[0])
		var fixes []analysis.SuggestedFix
		if lit, ok := ast.Unparen(ct.ValueArg).(*ast.BasicLit); ok && !ct.Implicit {
			if f := c.file(lit); f != nil {
				fixes = append(fixes, analysis.SuggestedFix{
					Message:   "Set Content-Type to " + c.cfg.MediaTypes[0],
					TextEdits: []analysis.TextEdit{f.Replace(lit, fmt.Sprintf("%q", c.cfg.MediaTypes[0]))}})
			}
		}
		c.report(contract.C5, ct, msg, c.related(b, "JSON body written here"), fixes...)
		return
	}
	if c.lateHeader(r, contract.C5, "Content-Type", fmt.Sprintf("the %s JSON error body goes out as text/plain", join(vs))) {
		return
	}
	if r.headersUnknown || !handler || (checkedAsHandler(r.status) && !rendered(b)) {
		return
	}
	msg := fmt.Sprintf("%s JSON error body is sent without Content-Type: %s; Go sniffs it as text/plain",
		join(vs), c.cfg.MediaTypes[0])
	var fixes []analysis.SuggestedFix
	if f := c.fixInsertHeader(r.commit, "Content-Type", c.cfg.MediaTypes[0], "Set Content-Type: "+c.cfg.MediaTypes[0]+" before the status"); f != nil {
		fixes = append(fixes, *f)
	}
	c.report(contract.C5, r.commit, msg, c.related(b, "JSON body written here"), fixes...)
}

// sniffed reports a body that goes out under the Content-Type net/http
// sniffs from its first bytes, because none was set before it: text/plain,
// text/html, application/octet-stream, never JSON. Only a handler's path
// shows every header set before the body (a helper's caller may set one),
// and only net/http's own writes sniff (frameworks set their own type).
func (c *checker) sniffed(r *response, b *engine.Event) bool {
	if !r.fn.Handler || (r.status != nil && checkedAsHandler(r.status)) || r.headersUnknown || r.opaqueBefore ||
		(b.Framework != nil && !r.typeDropped) || b.Implicit || b.Buffered {
		return false
	}
	if _, set := r.headers["Content-Type"]; set {
		return false
	}
	for _, l := range r.late {
		if l.Header == "Content-Type" {
			return false // G1 says it comes too late
		}
	}
	return true
}

// sniffedUnsure: a sniffed body whose content is not known (bytes, or a
// string that under a JSON Content-Type might have been the Error object).
func (c *checker) sniffedUnsure(r *response, b *engine.Event) bool {
	unsure := b.Body.Kind == engine.BodyUnknown || (b.Body.Kind == engine.BodyText && b.Body.Unsure)
	return unsure && c.sniffed(r, b)
}

// sentAs returns the media type of the response's Content-Type (the
// framework's own, or one the handler set) when it is not JSON of any
// kind: text/plain, text/html. Otherwise "".
func (c *checker) sentAs(r *response) string {
	ct, ok := r.headers["Content-Type"]
	if !ok || !ct.ValueOK {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct.Value)
	if err != nil || c.mediaOK(ct.Value) || strings.Contains(mt, "json") {
		return ""
	}
	return mt
}

func (c *checker) commitText(r *response) string {
	if r.commit.Kind == engine.EvStatus {
		return c.statusText(r.commit)
	}
	return "the first body write"
}

func (c *checker) mediaOK(v string) bool {
	mt, _, err := mime.ParseMediaType(v)
	if err != nil {
		return false
	}
	for _, m := range c.cfg.MediaTypes {
		if strings.EqualFold(mt, m) {
			return true
		}
	}
	return false
}

func (c *checker) c6(r *response, b *engine.Event, vs []int) {
	msgf := func(vals string) string {
		return fmt.Sprintf("%s writes a body on a %s response: the contract requires %s to carry no body", b.Via, vals, vals)
	}
	var fixes []analysis.SuggestedFix
	noBody := func(k contract.Class, _ int) bool { return k == contract.NoBody }
	if b.Framework != nil {
		// The call sends the status too: rewrite it, in the framework's
		// idiom, to send the status alone (no fix where there is none).
		if f := c.fixFrameworkStatusOnly(r.status, b, noBody, true); f != nil {
			fixes = append(fixes, *f)
		}
	} else if c.onlyClass(b.Node, noBody) {
		if f := c.fixDropBody(r, b, "Remove the body of the "+join(vs)+" response"); f != nil {
			fixes = append(fixes, *f)
		}
	}
	c.reportVals(contract.C6, b, vs, msgf, c.relatedStatus(r, b), fixes...)
}

func (c *checker) c8(r *response, b *engine.Event, vs []int) {
	msgf := func(vals string) string {
		return fmt.Sprintf("%s writes %s on a %s response: 5xx responses must not carry a structured body",
			b.Via, describe(b.Body), vals)
	}
	var fixes []analysis.SuggestedFix
	// Only when no possible status wants the body: else the intent is unclear.
	noStructured := func(k contract.Class, _ int) bool { return k == contract.NoStructured }
	if b.Framework != nil {
		if f := c.fixFrameworkStatusOnly(r.status, b, noStructured, false); f != nil {
			fixes = append(fixes, *f)
		}
	} else if c.onlyClass(b.Node, noStructured) {
		if f := c.fixDropBody(r, b, "Remove the JSON body of the "+join(vs)+" response"); f != nil {
			fixes = append(fixes, *f)
		}
	}
	c.reportVals(contract.C8, b, vs, msgf, c.relatedStatus(r, b), fixes...)
}

func describe(b engine.Body) string {
	if b.Desc != "" && b.Kind == engine.BodyErrorObject {
		return "the Error object (" + b.Desc + ")"
	}
	if b.Desc != "" {
		return "JSON (" + b.Desc + ")"
	}
	return b.Kind.String()
}

func (c *checker) c7(r *response, handler bool) {
	st := r.status
	want := c.cfg.Challenge()
	if h, ok := r.headers["Www-Authenticate"]; ok {
		if !h.ValueOK || c.challengeOK(h.Value) || judgedByCallee(h, st) || h.Node == nil {
			return
		}
		msg := fmt.Sprintf("401 challenge is %q: the contract requires WWW-Authenticate: %s", h.Value, want)
		var fixes []analysis.SuggestedFix
		if lit, ok := ast.Unparen(h.ValueArg).(*ast.BasicLit); ok {
			if f := c.file(lit); f != nil {
				fixes = append(fixes, analysis.SuggestedFix{Message: "Use the challenge " + want,
					TextEdits: []analysis.TextEdit{f.Replace(lit, quote(want))}})
			}
		}
		c.report(contract.C7, h, msg, c.related(st, "401 written here"), fixes...)
		return
	}
	if c.lateHeader(r, contract.C7, "WWW-Authenticate", "the 401 goes out without a challenge") {
		return
	}
	if r.headersUnknown || !handler {
		return
	}
	msg := fmt.Sprintf("%s sends 401 without WWW-Authenticate: the contract requires the challenge %s, set before the status",
		c.statusText(st), want)
	var fixes []analysis.SuggestedFix
	if f := c.fixInsertHeader(st, "WWW-Authenticate", want, "Set WWW-Authenticate before the status"); f != nil {
		fixes = append(fixes, *f)
	}
	c.report(contract.C7, st, msg, nil, fixes...)
}

// lateHeader reports, as rule, a header the contract needs that is set
// only after the response was committed, with a fix that moves it.
func (c *checker) lateHeader(r *response, rule, name, consequence string) bool {
	for _, l := range r.late {
		if canon(l.Header) != canon(name) || l.Kind != engine.EvHeader {
			continue
		}
		r.owned[l] = true
		if !judgedByCallee(l, r.commit) {
			msg := fmt.Sprintf("%s set after %s never reaches the client: %s", name, c.commitText(r), consequence)
			c.report(rule, l, msg, c.related(r.commit, "response committed here"), c.fixMove(l, r.commit)...)
		}
		return true
	}
	return false
}

// challenger checks the challenge a middleware sends with its own 401.
func (c *checker) challenger(site engine.ChallengerSite) {
	if b := site.Body; b != nil && b.Kind != engine.BodyErrorObject && b.Kind != engine.BodyUnknown &&
		contract.Classify(c.cfg, 401).WantsErrorObject() {
		msg := fmt.Sprintf("%s answers 401 through the %s default error handler, whose body is %s, not the Error object (no %q key)",
			types.ExprString(site.Call.Fun), site.Framework.Name, b.Desc, c.cfg.MessageKey)
		c.report(contract.C3, &engine.Event{Node: site.Call, Call: site.Call}, msg, nil)
	}
	got := fmt.Sprintf("%s realm=%q", site.Scheme, site.Realm)
	if c.challengeOK(got) {
		return
	}
	msg := fmt.Sprintf("%s answers 401 with WWW-Authenticate: %s: the contract requires %s",
		types.ExprString(site.Call.Fun), got, c.cfg.Challenge())
	var fixes []analysis.SuggestedFix
	if lit, ok := ast.Unparen(site.RealmExpr).(*ast.BasicLit); ok && strings.EqualFold(site.Scheme, c.cfg.Scheme) {
		if f := c.file(lit); f != nil {
			fixes = append(fixes, analysis.SuggestedFix{Message: "Use the realm " + strconv.Quote(c.cfg.Realm),
				TextEdits: []analysis.TextEdit{f.Replace(lit, strconv.Quote(c.cfg.Realm))}})
		}
	}
	c.report(contract.C7, &engine.Event{Node: site.Call, Call: site.Call}, msg, nil, fixes...)
}

// router reports a router's own 404 and 405 answers that the program does
// not replace, at the router's constructor.
func (c *checker) router(site engine.RouterSite) {
	rt := site.Router
	at := &engine.Event{Node: site.Call, Call: site.Call}
	v := site.Name
	name := v
	if site.Factory != "" {
		// The router a factory made: r (made by api.NewRouter).
		name = fmt.Sprintf("%s (made by %s)", v, shortName(site.Factory))
	}
	if site.Router == &framework.ServeMux {
		// One report at the constructor, naming each answer left in place.
		var parts []string
		if site.NotFound && contract.Classify(c.cfg, 404).WantsErrorObject() {
			parts = append(parts, fmt.Sprintf("paths that match no pattern with 404 %q", rt.NotFoundBody))
		}
		if site.MethodNotAllowed && contract.Classify(c.cfg, 405).WantsErrorObject() {
			parts = append(parts, fmt.Sprintf("a method no pattern of the path has with 405 %q", rt.MethodNotAllowedBody))
		}
		if len(parts) > 0 {
			c.report(contract.C2, at, fmt.Sprintf("%s %s answers %s as %s: the contract requires the Error object as application/json",
				rt.Name, v, strings.Join(parts, ", and "), rt.NotFoundType), nil)
		}
		return
	}
	nf := site.NotFound && contract.Classify(c.cfg, 404).WantsErrorObject()
	if rt.Through != nil {
		c.routerThrough(site, at, name)
		return
	}
	// Text answers are one C2 at the constructor, naming each; a text 405
	// that a statement turns on is reported there instead.
	textMNA := site.MethodNotAllowed && rt.MethodNotAllowedBody != "" && contract.Classify(c.cfg, 405).WantsErrorObject()
	if textMNA && site.MethodAt != nil {
		msg := fmt.Sprintf("from here %s router %s answers a wrong method with 405 %q as %s: the contract requires the Error object as application/json; set "+rt.MethodHint,
			rt.Name, name, rt.MethodNotAllowedBody, rt.MethodNotAllowedType, v)
		c.report(contract.C2, &engine.Event{Node: site.MethodAt}, msg, nil)
		textMNA = false
	}
	if nf || textMNA {
		var what, set []string
		if nf {
			what = append(what, fmt.Sprintf("unknown paths with 404 %q as %s", rt.NotFoundBody, rt.NotFoundType))
			set = append(set, fmt.Sprintf(rt.NotFoundHint, v))
		}
		if textMNA {
			what = append(what, fmt.Sprintf("a wrong method with 405 %q as %s", rt.MethodNotAllowedBody, rt.MethodNotAllowedType))
			set = append(set, fmt.Sprintf(rt.MethodHint, v))
		}
		msg := fmt.Sprintf("%s router %s answers %s: the contract requires the Error object as application/json; set %s",
			rt.Name, name, strings.Join(what, ", and "), strings.Join(set, " and "))
		var fixes []analysis.SuggestedFix
		if f := c.fixRouter(site); f != nil {
			fixes = append(fixes, *f)
		}
		c.report(contract.C2, at, msg, nil, fixes...)
	}
	if site.MethodNotAllowed && rt.MethodNotAllowedBody == "" && contract.Classify(c.cfg, 405).WantsErrorObject() {
		msg := fmt.Sprintf("%s router %s answers a wrong method with an empty 405: the contract requires the Error object (JSON with %q) on 405; set "+rt.MethodHint,
			rt.Name, name, c.cfg.MessageKey, v)
		c.report(contract.C1, at, msg, nil)
	}
}

// routerThrough reports a router's own answers, rendered by the app's
// error handler, where they break the contract: the 404 at the
// constructor, the 405 where it is first turned on (so that a change to
// the 404 leaves it as it was), or with the 404 when that is in the
// function that made the router.
func (c *checker) routerThrough(site engine.RouterSite, at *engine.Event, name string) {
	rt := site.Router
	var nf, mna answerBreak
	if site.NotFound && site.NotFoundAnswer != nil {
		nf = c.answerBreak(site.NotFoundAnswer, rt.NotFoundBody)
	}
	if site.MethodNotAllowed && site.MethodAnswer != nil {
		mna = c.answerBreak(site.MethodAnswer, rt.MethodNotAllowedBody)
	}
	via := fmt.Sprintf("%s router %s answers", rt.Name, name)
	switch {
	case nf.rule != "" && mna.rule == nf.rule && site.MethodAt == nil:
		c.report(nf.rule, at, fmt.Sprintf("%s unknown paths through %s with %s, and a wrong method with %s%s; set %s",
			via, site.NotFoundAnswer.Handler, nf.sent, mna.sent, nf.why, fmt.Sprintf(rt.NotFoundHint, site.Name)), nil)
		return
	case nf.rule != "":
		c.report(nf.rule, at, fmt.Sprintf("%s unknown paths through %s with %s%s; set %s",
			via, site.NotFoundAnswer.Handler, nf.sent, nf.why, fmt.Sprintf(rt.NotFoundHint, site.Name)), nil)
	}
	if mna.rule != "" {
		where, prefix := at, ""
		if site.MethodAt != nil {
			where, prefix = &engine.Event{Node: site.MethodAt}, "from here "
		}
		c.report(mna.rule, where, fmt.Sprintf("%s%s a wrong method through %s with %s%s; set %s",
			prefix, via, site.MethodAnswer.Handler, mna.sent, mna.why, fmt.Sprintf(rt.MethodHint, site.Name)), nil)
	}
}

// answerBreak is how an answer of a router's breaks the contract: the
// rule, what is sent and why that breaks it; no rule when it keeps it.
type answerBreak struct{ rule, sent, why string }

// answerBreak judges an answer that the app's error handler sends; the
// framework's default handler's body is named as the router sends it
// (body). Answers that take nothing from the router's error (a JSON 500
// for every error) are the handler's own, judged in its code.
func (c *checker) answerBreak(ans *summary.RouterAnswer, body string) answerBreak {
	cls := contract.Classify(c.cfg, ans.Status)
	desc := ans.Body.Desc
	if ans.Default {
		desc = body
	}
	ct := ans.ContentType
	if ct == "" {
		ct = "no Content-Type"
	}
	sent := fmt.Sprintf("%d %s as %s", ans.Status, desc, ct)
	kind := engine.BodyKind(ans.Body.Kind)
	switch {
	case cls.WantsErrorObject() && ans.NoBody:
		return answerBreak{contract.C1, fmt.Sprintf("an empty %d", ans.Status), fmt.Sprintf(": the contract requires the Error object (JSON with %q)", c.cfg.MessageKey)}
	case cls.WantsErrorObject() && kind == engine.BodyText:
		return answerBreak{contract.C2, sent, ": the contract requires the Error object as " + c.cfg.MediaTypes[0]}
	case cls.WantsErrorObject() && kind == engine.BodyJSON:
		return answerBreak{contract.C3, sent, fmt.Sprintf(": not the Error object (no %q key)", c.cfg.MessageKey)}
	case cls.WantsErrorObject() && kind == engine.BodyErrorObject && !c.mediaOK(ans.ContentType):
		return answerBreak{contract.C5, sent, ": the contract requires " + c.cfg.MediaTypes[0]}
	}
	return answerBreak{}
}

// challengeOK accepts the configured scheme with the configured realm.
func (c *checker) challengeOK(v string) bool {
	scheme, params, _ := strings.Cut(strings.TrimSpace(v), " ")
	if !strings.EqualFold(scheme, c.cfg.Scheme) {
		return false
	}
	for _, p := range strings.Split(params, ",") {
		k, val, ok := strings.Cut(strings.TrimSpace(p), "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), "realm") {
			return strings.Trim(strings.TrimSpace(val), `"`) == c.cfg.Realm
		}
	}
	return false
}

// quote writes a Go string literal, raw when s has double quotes.
func quote(s string) string {
	if strings.Contains(s, `"`) && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return fmt.Sprintf("%q", s)
}

func (c *checker) b1(r *response, handler bool) {
	if _, ok := r.headers["Allow"]; ok || r.headersUnknown || !handler {
		return
	}
	for _, l := range r.late {
		if canon(l.Header) == "Allow" {
			return // G1 reports the late header
		}
	}
	msg := fmt.Sprintf("%s sends 405 without an Allow header: RFC 9110 requires Allow to list the supported methods", c.statusText(r.status))
	c.report(contract.B1, r.status, msg, nil)
}

func (c *checker) lateHeaders(r *response) {
	for _, l := range r.late {
		if r.owned[l] || judgedByCallee(l, r.commit) {
			continue
		}
		// Setting again a header already sent with that value loses nothing.
		if h, ok := r.headers[canon(l.Header)]; ok && l.Kind == engine.EvHeader && h.ValueOK && l.ValueOK &&
			sameHeaderValue(canon(l.Header), h.Value, l.Value) {
			continue
		}
		verb := "set"
		if l.Kind == engine.EvHeaderDel {
			verb = "deleted"
		}
		name := l.Header
		if name == "" {
			name = "header"
		}
		msg := fmt.Sprintf("%s %s after %s has no effect: headers are sent with the status, so the client never sees this change",
			name, verb, c.commitText(r))
		c.report(contract.G1, l, msg, c.related(r.commit, "response committed here"), c.fixMove(l, r.commit)...)
	}
}

// sameHeaderValue compares header values; media types by their type.
func sameHeaderValue(name, a, b string) bool {
	if name == "Content-Type" {
		ma, _, errA := mime.ParseMediaType(a)
		mb, _, errB := mime.ParseMediaType(b)
		return errA == nil && errB == nil && strings.EqualFold(ma, mb)
	}
	return a == b
}

// quietRepeat reports a status written after the commit that equals the
// one sent, on a writer that drops it without a warning (gin's, which
// compares before it warns; woodpecker's c.Status(200) after a template
// rendered to c.Writer). net/http logs even that one as superfluous.
func quietRepeat(r *response, ev *engine.Event) bool {
	if ev.Framework == nil || !ev.Framework.QuietSameStatus {
		return false
	}
	sent := engine.Single(200)
	if r.status != nil {
		sent = r.status.Status
	}
	v, ok := ev.Status.Only()
	s, sok := sent.Only()
	return ok && sok && s == v
}

func (c *checker) g2(r *response, ev *engine.Event) {
	if judgedByCallee(r.commit, ev) {
		return
	}
	var msg string
	if r.commit.Kind == engine.EvBody {
		msg = fmt.Sprintf("%s after the body was written is ignored: the client already got %s",
			c.statusText(ev), c.sentStatus(r))
	} else {
		msg = fmt.Sprintf("second WriteHeader (%s) is ignored: the client already got %s",
			c.statusText(ev), c.sentStatus(r))
	}
	c.report(contract.G2, ev, msg, c.related(r.commit, "response committed here"))
}

func (c *checker) sentStatus(r *response) string {
	if r.status == nil {
		return "status 200"
	}
	if !r.status.Status.Known {
		return fmt.Sprintf("the status of %s at line %d", c.statusText(r.status), c.line(r.status))
	}
	return "status " + r.status.Status.String()
}

func (c *checker) g3(r *response, next *engine.Event) {
	st := r.closed
	if judgedByCallee(st, next) {
		return
	}
	msg := fmt.Sprintf("the handler goes on after the %s error response (%s): line %d writes more to it; return after an error response",
		st.Status.String(), st.Via, c.line(next))
	var fixes []analysis.SuggestedFix
	if f := c.fixReturn(r, next); f != nil {
		fixes = append(fixes, *f)
	}
	c.report(contract.G3, st, msg, c.related(next, "written after the error response"), fixes...)
}

// ---- fixes ----

func (c *checker) file(n ast.Node) *fix.File {
	tf := c.an.Fset.File(n.Pos())
	if f, ok := c.files[tf]; ok {
		return f
	}
	var astFile *ast.File
	for _, f := range c.an.Files {
		if c.an.Fset.File(f.Pos()) == tf {
			astFile = f
		}
	}
	var ff *fix.File
	if astFile != nil && c.readFile != nil {
		if src, err := c.readFile(tf.Name()); err == nil && len(src) == tf.Size() {
			ff = fix.NewFile(c.an.Fset, astFile, src, c.an.Info)
		}
	}
	c.files[tf] = ff
	return ff
}

// headerLine is the statement that sets a header, written the same way by
// every fix so that identical insertions from two fixes coalesce.
func headerLine(f *fix.File, w ast.Expr, fw *framework.Framework, name, value string) string {
	if fw != nil && fw.Fix.SetHeader != "" {
		if _, isCarrier := carrier(w, f); isCarrier {
			return fmt.Sprintf(fw.Fix.SetHeader, f.Text(w), fmt.Sprintf("%q", name), quote(value))
		}
	}
	return fmt.Sprintf("%s.Header().Set(%q, %s)", f.Text(w), name, quote(value))
}

// carrier reports whether w is a framework carrier rather than an
// http.ResponseWriter.
func carrier(w ast.Expr, f *fix.File) (*framework.Framework, bool) {
	t := f.Info.TypeOf(w)
	if t == nil {
		return nil, false
	}
	fw := engine.CarrierOf(t)
	return fw, fw != nil
}

func (c *checker) fixInsertHeader(at *engine.Event, name, value, msg string) *analysis.SuggestedFix {
	if at.ListStmt == nil || at.Writer == nil {
		return nil
	}
	f := c.file(at.ListStmt)
	if f == nil {
		return nil
	}
	return &analysis.SuggestedFix{Message: msg,
		TextEdits: []analysis.TextEdit{f.InsertBefore(at.ListStmt, headerLine(f, at.Writer, at.Framework, name, value))}}
}

// fixMove moves a late header statement before the commit, when both are
// statements of the same block and nothing in between feeds the header.
func (c *checker) fixMove(late, commit *engine.Event) []analysis.SuggestedFix {
	ls, cs := late.ListStmt, commit.ListStmt
	if ls == nil || cs == nil || ls != late.Stmt || late.Origin != nil {
		return nil
	}
	if _, ok := ls.(*ast.ExprStmt); !ok {
		return nil
	}
	block := c.enclosingList(ls)
	ci, li := indexOf(block, cs), indexOf(block, ls)
	if ci < 0 || li < 0 || ci >= li {
		return nil
	}
	used := c.uses(ls)
	for _, s := range block[ci:li] {
		if c.defines(s, used) {
			return nil
		}
	}
	f := c.file(ls)
	if f == nil {
		return nil
	}
	return []analysis.SuggestedFix{{
		Message:   fmt.Sprintf("Move the %s header before the status is written", late.Header),
		TextEdits: []analysis.TextEdit{f.InsertBefore(cs, f.Text(ls)), f.DeleteLine(ls)},
	}}
}

func indexOf(list []ast.Stmt, s ast.Stmt) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// enclosingList returns the statement list that holds s.
func (c *checker) enclosingList(s ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	for _, f := range c.an.Files {
		if f.Pos() > s.Pos() || s.End() > f.End() {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if out != nil || n == nil || n.Pos() > s.Pos() || n.End() < s.End() {
				return false
			}
			list := engine.StmtList(n)
			if indexOf(list, s) >= 0 {
				out = list
				return false
			}
			return true
		})
	}
	return out
}

func (c *checker) uses(n ast.Node) map[types.Object]bool {
	m := map[types.Object]bool{}
	ast.Inspect(n, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok {
			if obj := c.an.Info.Uses[id]; obj != nil {
				m[obj] = true
			}
		}
		return true
	})
	return m
}

// defines reports whether s declares or assigns one of objs.
func (c *checker) defines(s ast.Node, objs map[types.Object]bool) bool {
	found := false
	ast.Inspect(s, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.Ident:
			if obj := c.an.Info.Defs[x]; obj != nil && objs[obj] {
				found = true
			}
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && objs[c.an.Info.Uses[id]] {
					found = true
				}
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok && objs[c.an.Info.Uses[id]] {
				found = true
			}
		}
		return !found
	})
	return found
}

// shortName drops the import path's directories from a function's full
// name: "github.com/x/api/v2.Router" is "v2.Router", and
// "(*github.com/x/api.Server).Router" is "(*api.Server).Router".
func shortName(full string) string {
	i := strings.LastIndex(full, "/")
	if i < 0 {
		return full
	}
	prefix := ""
	if strings.HasPrefix(full, "(*") {
		prefix = "(*"
	} else if strings.HasPrefix(full, "(") {
		prefix = "("
	}
	return prefix + full[i+1:]
}
