package engine

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// Helpers often say what they did through their result: `if !authorize(w,
// r) { return }`, `if err := finish(w, r); err != nil { ... }`. Each path of
// a function records what it returns (Path.Results, in facts too), a
// caller's condition over the call or over a variable bound to it is then
// decided on each of the helper's paths, and paths that cannot happen (the
// helper answered and returned false, yet the caller goes on) are never
// made. Only whether a result is zero (false, nil) matters to conditions.

// results returns what ret returns on st, per result; nil when nothing is known.
func (in *interp) results(st *state, ret *ast.ReturnStmt) []uint8 {
	ft := in.fn.Type
	if ft == nil || ft.Results == nil {
		return nil
	}
	n := ft.Results.NumFields()
	if n == 0 {
		return nil
	}
	out := make([]uint8, n)
	switch {
	case len(ret.Results) == 0:
		// A bare return: the named results hold the values.
		i := 0
		for _, f := range ft.Results.List {
			for _, name := range f.Names {
				out[i] = in.resOfObj(st, in.info().Defs[name])
				i++
			}
		}
	case len(ret.Results) == 1 && n > 1:
		if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
			if r, ok := st.callResult(call); ok && len(r) == n {
				copy(out, r)
			}
		}
	default:
		for i, e := range ret.Results {
			if i < n {
				out[i] = in.resOf(st, e)
			}
		}
	}
	for _, r := range out {
		if r != summary.ResultUnknown {
			return out
		}
	}
	return nil
}

// resOf tells whether e is zero (false, nil) or not on st.
// returnedErr is the error ret gives back on this path when the function's
// last result is an error and the value carries a status (summary.Path.Err).
func (in *interp) returnedErr(st *state, ret *ast.ReturnStmt) *ErrVal {
	ft := in.fn.Type
	if ft == nil || ft.Results == nil || len(ft.Results.List) == 0 {
		return nil
	}
	n := ft.Results.NumFields()
	if !isErrorType(in.info().TypeOf(ft.Results.List[len(ft.Results.List)-1].Type)) {
		return nil
	}
	var v ErrVal
	ok := false
	switch {
	case len(ret.Results) == n:
		r := ret.Results[n-1]
		if in.resOf(st, r) == summary.ResultZero {
			return nil
		}
		v, ok = in.errValue(st, r)
	case len(ret.Results) == 1:
		// return f(), with f's results: what f's path returned.
		if call, isCall := ast.Unparen(ret.Results[0]).(*ast.CallExpr); isCall {
			if c := st.callRec(call); c != nil && c.err != nil {
				v, ok = *c.err, true
			}
		}
	}
	if !ok || (!in.carries(v) && !kindOnly(v)) {
		return nil
	}
	return &v
}

func (in *interp) resOf(st *state, e ast.Expr) uint8 {
	info := in.info()
	e = ast.Unparen(in.unfold(e))
	if tv, ok := info.Types[e]; ok {
		if tv.IsNil() {
			return summary.ResultZero
		}
		if tv.Value != nil && tv.Type != nil && isIntType(tv.Type) {
			// return 0, err: a caller's `if status != 0` is decided.
			return boolRes(constant.Sign(tv.Value) != 0)
		}
		if tv.Type != nil && isBoolType(tv.Type) {
			if v, known := in.cond(st, e); known {
				return boolRes(v)
			}
			return summary.ResultUnknown
		}
	}
	if t := info.TypeOf(e); t != nil {
		switch t.Underlying().(type) {
		case *types.Struct, *types.Array:
			// Never nil, also once passed as an interface (sendJSON(w, 422, output)).
			return summary.ResultNonZero
		}
	}
	switch x := e.(type) {
	case *ast.Ident:
		return in.resOfObj(st, info.Uses[x])
	case *ast.SelectorExpr:
		if key, _, ok := in.holderField(st, x); ok {
			return fieldNil(st, key)
		}
		if in.an.nonNilGlobal(info.Uses[x.Sel]) {
			return summary.ResultNonZero // pkg.ErrSentinel
		}
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return summary.ResultNonZero
		}
	case *ast.CompositeLit:
		if _, ok := info.TypeOf(x).Underlying().(*types.Slice); ok && len(x.Elts) == 0 {
			return summary.ResultUnknown // non-nil, yet empty to len(b) == 0
		}
		return summary.ResultNonZero
	case *ast.CallExpr:
		if r, ok := st.callResult(x); ok {
			if len(r) > 0 {
				return r[0]
			}
			return summary.ResultUnknown
		}
		switch fullName(info, x) {
		case "errors.New", "fmt.Errorf":
			return summary.ResultNonZero
		case "(*encoding/json.Encoder).Encode":
			// The error of a write: nil on the paths that are judged
			// (a failed write is a path of its own, never judged).
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok {
				if _, ok := in.encoderOf(st, sel.X); ok {
					return summary.ResultZero
				}
			}
		}
		if _, m, ok := framework.Lookup(fullName(info, x)); ok && len(m.Effects) > 0 && isErrorType(info.TypeOf(x)) {
			return summary.ResultZero // return c.JSON(...): the write's error
		}
		if isErrorType(info.TypeOf(x)) {
			if v, ok := in.errValue(st, x); ok && !v.MayBeNil {
				return summary.ResultNonZero
			}
		}
	}
	return summary.ResultUnknown
}

// resOfObj tells whether the variable obj is zero on st.
func (in *interp) resOfObj(st *state, obj types.Object) uint8 {
	if obj == nil {
		return summary.ResultUnknown
	}
	if (isBoolType(obj.Type()) || nilable(obj.Type())) && !in.escaped[obj] {
		if v, ok := st.env[obj]; ok {
			if b, ok := v.Only(); ok {
				return boolRes(b != 0)
			}
		}
	}
	if in.an.nonNilGlobal(obj) {
		return summary.ResultNonZero // return v, errSentinel
	}
	if a, ok := st.aux[obj]; ok {
		switch a.kind {
		case auxErrVal:
			if !a.err.MayBeNil {
				return summary.ResultNonZero
			}
		case auxWriteErr:
			return summary.ResultZero
		case auxMarshaled:
			return summary.ResultNonZero // json.Marshal's output is never empty
		}
	}
	return summary.ResultUnknown
}

func boolRes(b bool) uint8 {
	if b {
		return summary.ResultNonZero
	}
	return summary.ResultZero
}

// nilable reports types whose zero value is nil: what `x != nil` tests.
func nilable(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Interface, *types.Map, *types.Slice, *types.Chan, *types.Signature:
		return true
	}
	return false
}

// trackable reports a local variable whose zero-ness we may record in env.
func (in *interp) trackable(obj types.Object) bool {
	return nilable(obj.Type()) && !in.escaped[obj] && obj.Pkg() != nil && obj.Parent() != obj.Pkg().Scope()
}

// bindResults records, after `v, err := helper(w, ...)` or `ok :=
// helper(w, ...)`, what each variable holds on each of the helper's paths.
// objs[i] receives result i (nil for _ or a non-local).
func (in *interp) bindResults(st *state, call *ast.CallExpr, objs []types.Object) {
	l := st.last
	if l == nil || l.call != call {
		return
	}
	in.applyResults(st, objs, l.res, l.err, l.errorish)
	if l.alt >= 0 && l.alt < len(st.alts) {
		alts := append([]pendingAlt(nil), st.alts...)
		alts[l.alt].binds = objs
		st.alts = alts
	}
}

// applyResults sets the variables from one path's results. A helper's
// error result that the path does not make known is taken as non-nil where
// the path wrote an error status: assuming it nil could only invent a
// response the caller never goes on with.
func (in *interp) applyResults(st *state, objs []types.Object, res []uint8, err *ErrVal, errorish bool) {
	for i, obj := range objs {
		if obj == nil {
			continue
		}
		// The error result takes the path's error, or forgets the one a
		// fork before this one bound.
		if i == len(objs)-1 && isErrorType(obj.Type()) && !in.escaped[obj] {
			if err != nil {
				st.aux[obj] = aux{kind: auxErrVal, err: *err}
			} else if a, ok := st.aux[obj]; ok && a.kind == auxErrVal {
				delete(st.aux, obj)
			}
		}
		r := summary.ResultUnknown
		if i < len(res) {
			r = res[i]
		}
		if r == summary.ResultUnknown && errorish && isErrorType(obj.Type()) {
			r = summary.ResultNonZero
		}
		if r == summary.ResultUnknown || in.escaped[obj] || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() {
			continue
		}
		if isBoolType(obj.Type()) || nilable(obj.Type()) {
			st.env[obj] = Single(b2i(r == summary.ResultNonZero))
		} else if r == summary.ResultZero && isIntType(obj.Type()) {
			st.env[obj] = Single(0)
		}
	}
}

// committedGuard tells whether cond tests that the response was already
// committed (echo's c.Response().Committed, gin's c.Writer.Written() and
// c.IsAborted(), a wrapper's Written() bool): for each branch, the
// commitment it requires, or nil.
// writerNotNil reports `x != nil` where x holds the response writer.
func (in *interp) writerNotNil(st *state, e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	for _, pair := range [][2]ast.Expr{{b.X, b.Y}, {b.Y, b.X}} {
		if tv, ok := in.info().Types[pair[1]]; ok && tv.IsNil() {
			if _, isW := in.writerOf(st, pair[0]); isW {
				return true
			}
		}
	}
	return false
}

func (in *interp) committedGuard(st *state, cond ast.Expr) (onTrue, onFalse *bool) {
	t, f := true, false
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			a, b := in.committedGuard(st, e.X)
			return b, a
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND: // both hold on the true branch
			for i, x := range []ast.Expr{e.X, e.Y} {
				if a, b := in.committedGuard(st, x); a != nil {
					// ok && t.Written() with ok known true: the test alone;
					// so is `r != nil && r.Committed` with r the writer
					// (echo v5's UnwrapResponse), which exists.
					other := []ast.Expr{e.Y, e.X}[i]
					if v, known := in.cond(st, other); (known && v) || in.writerNotNil(st, other) {
						return a, b
					}
					return a, nil
				}
			}
		case token.LOR: // neither holds on the false branch
			for _, x := range []ast.Expr{e.X, e.Y} {
				if _, b := in.committedGuard(st, x); b != nil {
					return nil, b
				}
			}
		}
	case *ast.SelectorExpr:
		if sel, ok := in.info().Selections[e]; ok && sel.Kind() == types.FieldVal && isBoolType(sel.Type()) {
			key := "(" + types.TypeString(sel.Recv(), nil) + ")." + e.Sel.Name
			if framework.CommittedBy(key) {
				if _, ok := in.writerOf(st, e.X); ok {
					return &t, &f
				}
			}
		}
	case *ast.CallExpr:
		sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr)
		if !ok || len(e.Args) != 0 || !isBoolType(in.info().TypeOf(e)) {
			return nil, nil
		}
		if framework.CommittedBy(fullName(in.info(), e)) {
			if _, ok := in.writerOf(st, sel.X); ok {
				return &t, &f
			}
		}
		// A writer wrapper's Written() bool: w.(interface{ Written() bool }).Written().
		if sel.Sel.Name == "Written" {
			x := ast.Unparen(sel.X)
			if ta, ok := x.(*ast.TypeAssertExpr); ok {
				x = ta.X
			}
			if _, ok := in.writerOf(st, x); ok {
				return &t, &f
			}
		}
	}
	return nil, nil
}

// A funnel that asks the writer whether it has written
// (`w.(WriteTracker)`, `switch w := rw.(type) { case WriteTracker: ...}`)
// is taken to get a writer that can answer: the router that calls it
// wraps every writer so. Only the tracker's branch is followed, so that
// the answer decides the path (see committedResults); a writer that cannot
// answer is the program's own mistake, not a path of its responses.

// tracker reports an interface type with the Written() bool method that
// committedGuard reads.
func tracker(t types.Type) bool {
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	for m := range it.Methods() {
		if sig := m.Type().(*types.Signature); m.Name() == "Written" && sig.Params().Len() == 0 &&
			sig.Results().Len() == 1 && isBoolType(sig.Results().At(0).Type()) {
			return true
		}
	}
	return false
}

// trackerCase reports whether clause c of a type switch is taken: not
// when the switch is over the writer and another clause is its tracker
// interface (c may be the empty clause of no match).
func (in *interp) trackerCase(st *state, ts *ast.TypeSwitchStmt, c *ast.CaseClause) bool {
	ta := switchSubject(ts)
	if ta == nil {
		return true
	}
	if _, isW := in.writerOf(st, ta.X); !isW {
		return true
	}
	for _, s := range ts.Body.List {
		if cc := s.(*ast.CaseClause); len(cc.List) == 1 && tracker(in.info().TypeOf(cc.List[0])) {
			return cc == c
		}
	}
	return true
}

// switchSubject is the x.(type) of a type switch, or nil.
func switchSubject(ts *ast.TypeSwitchStmt) *ast.TypeAssertExpr {
	var x ast.Expr
	switch a := ts.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Rhs) == 1 {
			x = a.Rhs[0]
		}
	case *ast.ExprStmt:
		x = a.X
	}
	ta, _ := ast.Unparen(x).(*ast.TypeAssertExpr)
	return ta
}

// committedResults splits each path that returns a test of whether the
// response is committed (`return w.Written(), nil` in a helper that asks a
// wrapper) in two: committed and returning true, or not and returning
// false, so that a caller's `if written(w) { return }` is decided against
// what its own path wrote.
func (in *interp) committedResults(sts []*state, ret *ast.ReturnStmt) []*state {
	ft := in.fn.Type
	if ft == nil || ft.Results == nil || len(ret.Results) != ft.Results.NumFields() {
		return sts
	}
	var out []*state
	for _, st := range sts {
		i := -1
		for j, r := range ret.Results {
			if t, _ := in.committedGuard(st, r); t != nil && *t {
				i = j
				break
			}
		}
		if i < 0 {
			out = append(out, st)
			continue
		}
		res := in.results(st, ret)
		if res == nil {
			res = make([]uint8, len(ret.Results))
		}
		for _, committed := range []bool{true, false} {
			x := st.clone()
			in.emit(x, &Event{Kind: EvGuard, Committed: committed})
			x.ret = append([]uint8(nil), res...)
			x.ret[i] = boolRes(committed)
			out = append(out, x)
		}
	}
	return out
}

// assumed returns what st assumed of each nilable parameter (tested
// `p != nil` or `p == nil` and never reassigned); nil when nothing.
func (in *interp) assumed(st *state) []uint8 {
	if in.fn.Type == nil || in.summarising {
		return nil
	}
	var out []uint8
	for obj, i := range in.params {
		if in.reassigned[obj] || !in.trackable(obj) {
			continue
		}
		v, ok := st.env[obj]
		b, known := v.Only()
		if !ok || !known {
			continue
		}
		if out == nil {
			out = make([]uint8, len(in.params))
		}
		if i-1 < len(out) {
			out[i-1] = boolRes(b != 0)
		}
	}
	return out
}

// feasible reports whether a call whose arguments are at can take a path
// with the assumptions ps on the callee's parameters.
func (in *interp) feasible(st *state, at site, ps []uint8) bool {
	for i, want := range ps {
		if want == summary.ResultUnknown || at.arg == nil {
			continue
		}
		a := at.arg(i + 1)
		if a == nil {
			continue
		}
		if got := in.resOf(st, a); got != summary.ResultUnknown && got != want {
			return false
		}
	}
	return true
}

// condsHold reports whether the call's arguments can satisfy a path's
// conditions on int parameters: a parameter whose argument has known
// values needs one value that meets all of its conditions.
// notOfType returns a type the error a is known not to be of (a failed
// assertion on its variable, or on what a literal run in place returned).
func (in *interp) notOfType(st *state, a ast.Expr) string {
	a = in.unfold(a)
	if x, ok := st.aux[in.identObj(a)]; ok && x.kind == auxNotType {
		return x.typ
	}
	if c, ok := ast.Unparen(a).(*ast.CallExpr); ok {
		if r := st.callRec(c); r != nil {
			return r.notType
		}
	}
	return ""
}

// kindGuessed reports a path of a funnel that an error of unknown kind
// takes only if errors.As finds a type in it: what that path sends is
// not known at this call (every lookup error would otherwise take the
// 401 of `case IsUnauthorized(err)`), and its status is left unknown.
func (in *interp) kindGuessed(st *state, at site, cs []summary.Cond) bool {
	if !at.funnel || at.arg == nil {
		return false
	}
	for _, c := range cs {
		if c.Type == "" || !c.As || c.Op != token.EQL.String() {
			continue
		}
		if a := at.arg(c.Param); a != nil {
			if _, known := in.predicateHolds(st, &summary.Predicate{Type: c.Type}, a); !known {
				return true
			}
		}
	}
	return false
}

func (in *interp) condsHold(st *state, at site, cs []summary.Cond) bool {
	if at.arg == nil {
		return true
	}
	for _, c := range cs {
		a := at.arg(c.Param)
		if a == nil {
			continue
		}
		if c.Sentinel != "" {
			if c.Op == token.EQL.String() && !in.maybeSentinel(st, a, c.Sentinel) {
				return false
			}
			continue
		}
		if c.Type != "" && c.As {
			// errors.As of an error of known kind: decided where it is of
			// that type, or of another that wraps nothing.
			v, known := in.predicateHolds(st, &summary.Predicate{Type: c.Type}, a)
			if known && v != (c.Op == token.EQL.String()) {
				return false
			}
			continue
		}
		if key, ok := strings.CutPrefix(c.Type, ifacePrefix); ok {
			// err.(I): an error of a known type implements I or not.
			if v, ok := in.errValue(st, a); ok && v.Param == 0 && v.Type != "" {
				if it := in.an.lookupType(key); it != nil {
					if holds, decided := implHolds(v, it); decided && holds != (c.Op == token.EQL.String()) {
						return false
					}
				}
			}
			continue
		}
		if c.Type != "" {
			// An error of a known type takes the assertion's way only.
			if v, ok := in.errValue(st, a); ok && v.Param == 0 && v.Type != "" && (v.Type == c.Type) != (c.Op == token.EQL.String()) {
				return false
			}
			if c.Op == token.EQL.String() && in.notOfType(st, a) == c.Type {
				return false
			}
			continue
		}
		var s Status
		if c.Field != "" {
			s = in.argField(st, a, c.Field)
		} else {
			s = in.status(st, a)
		}
		if !s.Known {
			continue
		}
		ok := false
		for _, v := range s.Values {
			all := true
			for _, d := range cs {
				if d.Param == c.Param && d.Field == c.Field && d.Sentinel == "" && !compare(opOf(d.Op), v, d.Value) {
					all = false
					break
				}
			}
			ok = ok || all
		}
		if !ok {
			return false
		}
	}
	return true
}

// maybeSentinel reports whether the error a may be the plain sentinel
// ("import/path.name") a path compared it with. An error that carries a
// status never is. An unexported sentinel leaves its package only where
// that package's functions return it: in another package, an error of
// unknown origin is taken not to be it (caddy's errInternalRedir, tested
// by its funnel, is never what its modules' handlers return); in its own,
// one is if it may come from such a function (sentinels.go).
func (in *interp) maybeSentinel(st *state, a ast.Expr, sentinel string) bool {
	if v, ok := in.errValue(st, a); ok && v.Type != "" {
		return false
	}
	// A value made here (errors.New, fmt.Errorf, a literal) is a new one.
	switch x := ast.Unparen(a).(type) {
	case *ast.CompositeLit:
		return false
	case *ast.UnaryExpr:
		if _, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok && x.Op == token.AND {
			return false
		}
	case *ast.CallExpr:
		if n := fullName(in.info(), x); n == "errors.New" || n == "fmt.Errorf" {
			return false
		}
	}
	if o := in.identObj(a); o != nil && o.Pkg() != nil && o.Pkg().Path()+"."+o.Name() == sentinel {
		return true
	}
	i := strings.LastIndex(sentinel, ".")
	if exported(sentinel[i+1:]) || in.paramIndex(a) > 0 {
		return true
	}
	if sentinel[:i] != in.an.Pkg.Path() {
		return false
	}
	s, ok := in.an.Pkg.Scope().Lookup(sentinel[i+1:]).(*types.Var)
	return !ok || in.mayBeSentinelHere(a, s, 0)
}

// opOf parses a comparison operator as summary.Cond writes it.
func opOf(s string) token.Token {
	for _, op := range []token.Token{token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ} {
		if op.String() == s {
			return op
		}
	}
	return token.ILLEGAL
}
