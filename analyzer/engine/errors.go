package engine

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"iter"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/framework"
	"github.com/errcontract/errcontract/analyzer/summary"
)

// ErrVal is what we know of an error value that carries a status: its
// type and the statuses of its int fields.
type ErrVal struct {
	Type   string // "import/path.Name"
	T      types.Type
	Fields map[string]Status
	// Param (1-based) is set instead when the value is a parameter of the
	// function being summarised, as is or wrapped; As, when it is that
	// parameter only where errors.As found a value of that type in it.
	Param int
	As    string
	// Payloads holds what interface-typed fields were set to: an
	// expression where it is known, or a parameter while summarising.
	Payloads map[string]payload
	// MayBeNil: the value comes from a function that also returns nil.
	MayBeNil bool
	// At is where the value was made with its status, in this package (a
	// literal, a constructor's call); Where, "import/path/file.go:line",
	// where it was made in another function's package (from a fact).
	At    token.Pos
	Where string
	// NotOf, with no Type: an error of no known status that is never of
	// a type of that package (summary.ErrorValue.NotOf).
	NotOf string
}

// payload is what an interface field of an error value holds.
type payload struct {
	expr  ast.Expr
	param int // 1-based, while summarising a constructor
}

// typeKey names a (pointer to a) named type: "import/path.Name".
func typeKey(t types.Type) string {
	if t == nil {
		return ""
	}
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// errValue resolves e to an error value with statuses, if it is one we can
// follow: a literal of a struct type, a constructor with a fact or in this
// package, a package-level variable, a local bound to one, or a %w wrapping.
func (in *interp) errValue(st *state, e ast.Expr) (ErrVal, bool) {
	if v, ok := in.given[e]; ok {
		return v, true
	}
	info := in.info()
	e = ast.Unparen(in.unfold(e))
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.AND {
			return in.errValue(st, x.X)
		}
	case *ast.TypeAssertExpr:
		// err.(*APIError): the value, when it is of the asserted type.
		if v, ok := in.errValue(st, x.X); ok && x.Type != nil && v.Param == 0 && v.Type == typeKey(info.TypeOf(x.Type)) {
			return v, true
		}
	case *ast.CompositeLit:
		t := info.TypeOf(x)
		key := typeKey(t)
		stt, ok := t.Underlying().(*types.Struct)
		if key == "" || !ok || !carriesStatus(t, statusIfaces(namedPkg(t))) {
			return ErrVal{}, false
		}
		v := ErrVal{Type: key, T: t, Fields: map[string]Status{}, At: x.Pos()}
		set := map[string]bool{}
		for i, elt := range x.Elts {
			var f *types.Var
			var val ast.Expr
			if kv, ok := elt.(*ast.KeyValueExpr); ok {
				id, _ := kv.Key.(*ast.Ident)
				if id == nil {
					continue
				}
				f, _ = info.Uses[id].(*types.Var)
				val = kv.Value
			} else if i < stt.NumFields() {
				f, val = stt.Field(i), elt
			}
			if f != nil && isIntType(f.Type()) {
				v.Fields[f.Name()] = in.status(st, val)
				set[f.Name()] = true
			} else if f != nil && types.IsInterface(f.Type()) {
				v.setPayload(f.Name(), in.payloadOf(val))
			}
		}
		for i := range stt.NumFields() {
			if f := stt.Field(i); isIntType(f.Type()) && !set[f.Name()] {
				v.Fields[f.Name()] = Single(0)
			}
		}
		return v, true
	case *ast.CallExpr:
		if fullName(info, x) == "fmt.Errorf" && len(x.Args) > 1 {
			if f, ok := constString(info, x.Args[0]); ok && strings.Count(f, "%w") == 1 {
				// errors.As sees through %w; take the one wrapped value we follow.
				for _, a := range x.Args[1:] {
					if v, ok := in.errValue(st, a); ok {
						return v, true
					}
				}
			}
			return ErrVal{}, false
		}
		if st != nil {
			// A helper's path spliced here (or a literal run in place)
			// returns an error of its own.
			if c := st.callRec(x); c != nil && c.err != nil {
				return *c.err, true
			}
		}
		fn, ok := typeutil.Callee(info, x).(*types.Func)
		if !ok {
			return ErrVal{}, false
		}
		fact := in.an.errorFactOf(fn.Origin())
		if fact == nil {
			return ErrVal{}, false
		}
		sig := fn.Type().(*types.Signature)
		v, ok := in.fromErrorFact(st, fact,
			func(p int) ast.Expr { return callArg(info, x, sig, p) },
			func(p int) ast.Expr { return firstArg(info, x, sig, p) })
		if ok && fact.Wraps == 0 && fact.Where == "" {
			v.At, v.Where = x.Pos(), "" // a constructor: made at this call
		}
		return v, ok
	case *ast.Ident, *ast.SelectorExpr:
		var obj types.Object
		if id, ok := x.(*ast.Ident); ok {
			obj = info.Uses[id]
		} else {
			obj = info.Uses[x.(*ast.SelectorExpr).Sel]
		}
		if a, ok := st.aux[obj]; ok && a.kind == auxErrVal {
			return a.err, true
		}
		if p := in.paramIndex(x); p > 0 && in.summarising {
			return ErrVal{Param: p}, true
		}
		if v, ok := obj.(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			if fact := in.an.errorFactOf(v); fact != nil {
				out := ErrVal{Type: fact.Type, T: in.an.lookupType(fact.Type), Fields: map[string]Status{}}
				for _, f := range fact.Fields {
					out.Fields[f.Name] = Status{Known: f.Value.Known, Values: f.Value.Ints}
				}
				return out, true
			}
		}
	}
	return ErrVal{}, false
}

// setPayload records a field's payload on a copy of the map, which
// copies of v may share.
func (v *ErrVal) setPayload(name string, p payload) {
	m := make(map[string]payload, len(v.Payloads)+1)
	for k, x := range v.Payloads {
		m[k] = x
	}
	m[name] = p
	v.Payloads = m
}

// payloadOf is what an interface field set to e holds: a parameter of the
// constructor being summarised (or its first element, for a variadic
// one), or the expression itself (for a fact, toErrorFact keeps only
// whether it is sent as a message).
func (in *interp) payloadOf(e ast.Expr) payload {
	if in.summarising {
		x := ast.Unparen(e)
		if ix, ok := x.(*ast.IndexExpr); ok {
			if i, ok := constInt(in.info(), ix.Index); ok && i == 0 {
				if p := in.paramIndex(ix.X); p > 0 && in.variadicParam(p) {
					return payload{param: p}
				}
			}
		}
		if p := in.paramIndex(x); p > 0 && !in.variadicParam(p) {
			return payload{param: p}
		}
	}
	return payload{expr: e}
}

// variadicParam reports whether 1-based parameter p is the variadic one.
func (in *interp) variadicParam(p int) bool {
	l := in.fn.Type.Params.List
	if len(l) == 0 {
		return false
	}
	_, ok := l[len(l)-1].Type.(*ast.Ellipsis)
	return ok && p == in.fn.Type.Params.NumFields()+in.recvShift
}

// callArg returns the argument for 1-based parameter p of an error fact:
// for a method called as x.M(...), parameter 1 is the receiver x.
func callArg(info *types.Info, call *ast.CallExpr, sig *types.Signature, p int) ast.Expr {
	if sig.Recv() == nil {
		return argFor(call, sig, p)
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return nil
	}
	if s, ok := info.Selections[sel]; !ok || s.Kind() != types.MethodVal {
		return nil // a method expression: (*T).M(x, ...)
	}
	if p == 1 {
		return sel.X
	}
	return argFor(call, sig, p-1)
}

// firstArg is callArg, or for the variadic parameter its first argument.
func firstArg(info *types.Info, call *ast.CallExpr, sig *types.Signature, p int) ast.Expr {
	shift := 0
	if sig.Recv() != nil {
		shift = 1
	}
	if sig.Variadic() && p-shift == sig.Params().Len() {
		if call.Ellipsis.IsValid() || len(call.Args) < p-shift {
			return nil
		}
		if sig.Recv() != nil {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); !ok || info.Selections[sel] == nil {
				return nil
			}
		}
		return call.Args[p-shift-1]
	}
	return callArg(info, call, sig, p)
}

// errorFactOf returns the error-value fact of a constructor or package
// variable, from this package or a dependency.
func (an *Analysis) errorFactOf(obj types.Object) *summary.ErrorValue {
	if fn, ok := obj.(*types.Func); ok && obj.Pkg() != nil && framework.Internal(obj.Pkg().Path()) {
		if e := framework.ErrorOf(fn.FullName()); e != nil {
			return e
		}
	}
	return memoFact(an, obj, an.localErrs, an.importedErrs,
		func() *summary.ErrorValue { return an.computeErrorFact(obj) },
		func() (*summary.ErrorValue, bool) { return an.Facts.ImportError(obj) })
}

// memoFact returns a fact of obj, computed once: here for this package's
// objects (nil while it is computed, so a cycle finds nothing), from the
// driver for a dependency's.
// memo returns m[k], computed once; a computation that reaches k again
// while it runs gets the zero value (a cycle finds nothing).
func memo[K comparable, V any](m map[K]V, k K, compute func() V) V {
	if v, ok := m[k]; ok {
		return v
	}
	var zero V
	m[k] = zero
	v := compute()
	m[k] = v
	return v
}

func memoFact[K interface {
	types.Object
	comparable
}, F any](an *Analysis, obj K, local, imported map[K]*F, compute func() *F, imp func() (*F, bool)) *F {
	if obj.Pkg() == an.Pkg {
		return memo(local, obj, compute)
	}
	if an.Facts == nil || obj.Pkg() == nil {
		return nil
	}
	if f, ok := imported[obj]; ok {
		return f
	}
	var f *F
	if h, ok := imp(); ok {
		f = h
	}
	imported[obj] = f
	return f
}

// computeErrorFact summarises a constructor of this package (every
// non-nil result the same error type) or a package variable's initializer.
func (an *Analysis) computeErrorFact(obj types.Object) *summary.ErrorValue {
	switch obj := obj.(type) {
	case *types.Var:
		for _, init := range an.Info.InitOrder {
			if len(init.Lhs) == 1 && init.Lhs[0] == obj {
				in := &interp{an: an, fn: &Func{}, writers: map[types.Object]bool{}, params: map[types.Object]int{}}
				st := &state{env: map[types.Object]Status{}, aux: map[types.Object]aux{}}
				if v, ok := in.errValue(st, init.Rhs); ok && !an.reassignedGlobal(obj) {
					return toErrorFact(v, an)
				}
			}
		}
	case *types.Func:
		f := an.funcErrorFact(obj)
		if f != nil && f.Wraps == 0 && f.FirstOf == 0 {
			f.ZeroWith = an.zeroWith(obj)
		}
		return f
	}
	return nil
}

// zeroWith returns the bool results of fn that every return with an error
// that is not the nil literal sets to false (ErrorValue.ZeroWith); a
// return of another call's results keeps those that call's fact keeps.
func (an *Analysis) zeroWith(fn *types.Func) []int {
	decl := an.funcDecls[fn]
	sig := fn.Type().(*types.Signature)
	n := sig.Results().Len()
	idx := errResult(sig.Results())
	if decl == nil || decl.Body == nil || idx < 0 {
		return nil
	}
	ok := map[int]bool{}
	for k := range n {
		if k != idx && isBoolType(sig.Results().At(k).Type()) {
			ok[k] = true
		}
	}
	if len(ok) == 0 {
		return nil
	}
	errReturns := 0
	for ret := range returnsIn(decl.Body) {
		if len(ret.Results) == n {
			if isNilLit(an.Info, ret.Results[idx]) {
				continue
			}
			errReturns++
			for k := range ok {
				if tv := an.Info.Types[ret.Results[k]]; tv.Value == nil || tv.Value.Kind() != constant.Bool || constant.BoolVal(tv.Value) {
					delete(ok, k)
				}
			}
			continue
		}
		errReturns++
		var keep []int
		if call, isCall := ast.Unparen(firstOr(ret.Results)).(*ast.CallExpr); isCall && len(ret.Results) == 1 {
			if g, isFn := typeutil.Callee(an.Info, call).(*types.Func); isFn && g.Type().(*types.Signature).Results().Len() == n {
				if f := an.errorFactOf(g.Origin()); f != nil {
					keep = f.ZeroWith
				}
			}
		}
		for k := range ok {
			if !slices.Contains(keep, k) {
				delete(ok, k) // a bare return, or a call that says nothing of k
			}
		}
	}
	if errReturns == 0 || len(ok) == 0 {
		return nil
	}
	out := make([]int, 0, len(ok))
	for k := range ok {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// funcErrorFact is computeErrorFact for a function: what its error result
// returns.
func (an *Analysis) funcErrorFact(obj *types.Func) *summary.ErrorValue {
	decl := an.funcDecls[obj]
	if decl == nil || decl.Body == nil {
		return nil
	}
	sig := obj.Type().(*types.Signature)
	idx := errResult(sig.Results())
	if idx < 0 {
		return nil
	}
	in := &interp{an: an, fn: &Func{Type: decl.Type, Body: decl.Body}, writers: map[types.Object]bool{}, summarising: true}
	in.setup()
	var recv types.Object
	if decl.Recv != nil {
		// The receiver is parameter 1, as in a method expression.
		for obj := range in.params {
			in.params[obj]++
		}
		in.recvShift = 1
		if names := decl.Recv.List[0].Names; len(names) == 1 {
			if recv = an.Info.Defs[names[0]]; recv != nil {
				in.params[recv] = 1
			}
		}
	}
	st := &state{env: map[types.Object]Status{}, aux: map[types.Object]aux{}}
	in.bindLocalErrors(st, decl.Body)
	if p, typ, found := in.asConversion(decl.Body); found {
		return &summary.ErrorValue{Wraps: p, As: typ}
	}
	if f := in.firstOfFact(st, decl); f != nil {
		return f
	}
	var result *ErrVal
	var alts []ErrVal
	ok, mayBeNil, foreign, other := true, false, false, false
	returns := 0
	for ret := range returnsIn(decl.Body) {
		returns++
		if len(ret.Results) == 0 {
			ok, other = false, true
			continue
		}
		r := ret.Results[0] // or return f(), with f's results
		if len(ret.Results) > idx {
			r = ret.Results[idx]
		}
		if tv, has := an.Info.Types[r]; has && tv.IsNil() {
			mayBeNil = true
			continue
		}
		v, found := in.errValue(st, r)
		if !found {
			// `v, err := f(); if err != nil { return ..., err }` with
			// err assigned elsewhere too: here it holds f's error.
			if src := guardedSource(an.Info, decl.Body, ret, r); src != nil {
				r = src
				v, found = in.errValue(st, r)
			}
		}
		if !found && (in.plainError(r) || in.foreignErr(st, decl.Body, r)) {
			foreign = true // never a value of this package's types
			continue
		}
		if !found {
			// return g(...), g of several kinds: g's, with our arguments.
			if as, nilToo, otherToo, isAlts := in.callAlts(st, r); isAlts {
				alts = append(alts, as...)
				mayBeNil, other = mayBeNil || nilToo, other || otherToo
			} else {
				other = true
			}
			ok = false
			continue
		}
		mayBeNil = mayBeNil || v.MayBeNil
		alts = append(alts, v.clone())
		if result != nil && (result.Type != v.Type || result.Param != v.Param || !an.samePayloads(result.Payloads, v.Payloads)) {
			// Another kind, or the same type with another body (echo's
			// 404 with an Error{...} message, its 500 with a string):
			// each a kind of its own.
			ok = false
		}
		if !ok {
			continue
		}
		if result == nil {
			result = &v
		} else {
			if result.At != v.At || result.Where != v.Where {
				// Made in several places: name them all (a few).
				result.At, result.Where = token.NoPos, joinWhere(an.whereOf(*result), an.whereOf(v))
			}
			for k, s := range v.Fields {
				result.Fields[k] = result.Fields[k].Union(s)
			}
			result.Payloads = an.mergePayloads(result.Payloads, v.Payloads)
		}
	}
	if ok && result != nil {
		if result.Param > 0 && statusFieldSet(an.Info, decl.Body, in.paramObj(result.Param)) {
			return nil // e.Code = 500; return e: not the status it came with
		}
		if result.Param == 0 || !foreign {
			f := toErrorFact(*result, in.an)
			f.MayBeNil = mayBeNil && f.Wraps == 0
			f.Foreign = foreign
			if returns == 1 {
				f.Where = "" // a constructor: its value is made at each call
			}
			return f
		}
		// The parameter, or something else: each a way of its own.
	}
	if ok && foreign && result == nil {
		return &summary.ErrorValue{Foreign: true, MayBeNil: mayBeNil}
	}
	if in.testsParamErr(decl.Body) {
		// Which return is taken depends on what the caller's error is
		// (firstApiError(err, fallback) returns the fallback only
		// when err carries no ApiError): not a choice of its own.
		return nil
	}
	return in.altsFact(alts, decl.Body, mayBeNil, other || foreign)
}

// firstOfFact summarises a function that returns the first of its
// variadic errors found to be of one type, and something else when none
// is (pocketbase's firstApiError(err, e.InternalServerError(...))):
//
//	for _, err := range errs {
//		if v, ok = err.(*T); ok { return v }
//		if errors.As(err, &v) { return v }
//	}
//	return fallback
//
// Every return in the loop gives back v, which is set only from the loop's
// element by a type assertion or errors.As; the returns after the loop are
// the kinds of the fallback (ErrorValue.FirstOf).
func (in *interp) firstOfFact(st *state, decl *ast.FuncDecl) *summary.ErrorValue {
	info := in.info()
	sig, _ := info.TypeOf(decl.Name).(*types.Signature)
	if sig == nil || !sig.Variadic() || sig.Results().Len() != 1 {
		return nil
	}
	last := sig.Params().At(sig.Params().Len() - 1)
	if el, ok := last.Type().(*types.Slice); !ok || !isErrorType(el.Elem()) {
		return nil
	}
	param := in.params[last]
	var loop *ast.RangeStmt
	for _, s := range decl.Body.List {
		if r, ok := s.(*ast.RangeStmt); ok {
			if id, ok := ast.Unparen(r.X).(*ast.Ident); ok && info.Uses[id] == last {
				if loop != nil {
					return nil
				}
				loop = r
			}
		}
	}
	if loop == nil || loop.Value == nil {
		return nil
	}
	vid, _ := loop.Value.(*ast.Ident)
	if vid == nil || info.Defs[vid] == nil {
		return nil
	}
	elem := info.Defs[vid]
	// The value returned in the loop, and the type it is found as.
	var v types.Object
	typ, ok := "", true
	setOnlyFromElem := func(n ast.Node) {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				id, isID := ast.Unparen(l).(*ast.Ident)
				if !isID || v == nil || (info.Uses[id] != v && info.Defs[id] != v) {
					continue
				}
				ta, isTA := ast.Unparen(n.Rhs[min(i, len(n.Rhs)-1)]).(*ast.TypeAssertExpr)
				if !isTA || ta.Type == nil || !isIdentOf(info, ta.X, elem) || typeKey(info.TypeOf(ta.Type)) != typ {
					ok = false
				}
			}
		case *ast.UnaryExpr:
			// &v anywhere but errors.As(elem, &v) could set it.
			if id, isID := ast.Unparen(n.X).(*ast.Ident); isID && n.Op == token.AND && v != nil && info.Uses[id] == v {
				ok = false
			}
		}
	}
	ast.Inspect(loop.Body, func(n ast.Node) bool {
		if _, isLit := n.(*ast.FuncLit); isLit {
			return false
		}
		if ret, isRet := n.(*ast.ReturnStmt); isRet {
			id, isID := ast.Unparen(ret.Results[0]).(*ast.Ident)
			if len(ret.Results) != 1 || !isID || info.Uses[id] == nil || (v != nil && info.Uses[id] != v) {
				ok = false
				return false
			}
			v = info.Uses[id]
			typ = typeKey(v.Type())
		}
		return ok
	})
	if !ok || v == nil || typ == "" {
		return nil
	}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if call, isCall := n.(*ast.CallExpr); isCall && isErrorsAs(info, call) && len(call.Args) == 2 {
			// errors.As(elem, &v): allowed; its &v is not a store elsewhere.
			if u, isU := ast.Unparen(call.Args[1]).(*ast.UnaryExpr); isU && isIdentOf(info, u.X, v) {
				if !isIdentOf(info, call.Args[0], elem) {
					ok = false
				}
				return false
			}
		}
		setOnlyFromElem(n)
		return ok
	})
	if !ok {
		return nil
	}
	// The fallback: the returns after the loop.
	f := &summary.ErrorValue{FirstOf: param, As: typ}
	var alts []ErrVal
	for _, s := range decl.Body.List[slices.Index(decl.Body.List, ast.Stmt(loop))+1:] {
		ast.Inspect(s, func(n ast.Node) bool {
			if _, isLit := n.(*ast.FuncLit); isLit {
				return false
			}
			ret, isRet := n.(*ast.ReturnStmt)
			if !isRet {
				return true
			}
			if len(ret.Results) != 1 {
				f.Other = true
				return false
			}
			if tv, has := info.Types[ret.Results[0]]; has && tv.IsNil() {
				f.MayBeNil = true
			} else if ev, found := in.errValue(st, ret.Results[0]); found && statusAlt(ev) {
				alts = append(alts, ev)
			} else {
				f.Other = true
			}
			return false
		})
	}
	for _, a := range alts {
		af := toErrorFact(a, in.an)
		af.MayBeNil = false
		f.Alts = append(f.Alts, *af)
	}
	if len(f.Alts) > maxErrorAlts {
		return nil
	}
	slices.SortFunc(f.Alts, func(a, b summary.ErrorValue) int { return strings.Compare(a.String(), b.String()) })
	return f
}

// isIdentOf reports whether e is the identifier of obj.
func isIdentOf(info *types.Info, e ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && obj != nil && (info.Uses[id] == obj || info.Defs[id] == obj)
}

// testsParamErr reports whether body asks what a parameter (or an element
// of one, ranged over) is: errors.As or errors.Is on it, a type assertion
// or a type switch. Which return is taken then depends on the caller's
// value (supabase's InvokeHook switches on its input's type: its default
// 500 is no way of a call with a known input), whatever the parameter's
// type.
func (in *interp) testsParamErr(body *ast.BlockStmt) bool {
	info := in.info()
	of := map[types.Object]bool{}
	for obj := range in.params {
		of[obj] = true
	}
	isParam := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && of[info.Uses[id]]
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.RangeStmt:
			if isParam(n.X) {
				for _, v := range []ast.Expr{n.Key, n.Value} {
					if id, ok := v.(*ast.Ident); ok && info.Defs[id] != nil {
						of[info.Defs[id]] = true
					}
				}
			}
		case *ast.TypeAssertExpr:
			found = found || isParam(n.X)
		case *ast.CallExpr:
			if name := fullName(info, n); (name == "errors.As" || name == "errors.Is") && len(n.Args) > 0 {
				found = found || isParam(n.Args[0])
			}
		}
		return !found
	})
	return found
}

// maxErrorAlts bounds the kinds of error a function's fact lists: each is
// a fork at every call.
const maxErrorAlts = 8

// altsFact is the fact of a function whose returns are of several kinds:
// those that carry a status, each a way the call can go (ErrorValue.Alts);
// nil when none does.
func (in *interp) altsFact(alts []ErrVal, body *ast.BlockStmt, mayBeNil, other bool) *summary.ErrorValue {
	out := &summary.ErrorValue{MayBeNil: mayBeNil, Other: other}
	seen := map[string]int{}
	for _, v := range alts {
		if !statusAlt(v) || (v.Param > 0 && statusFieldSet(in.info(), body, in.paramObj(v.Param))) {
			out.Other = true
			continue
		}
		f := toErrorFact(v, in.an)
		f.MayBeNil = false
		k := f.String()
		if i, dup := seen[k]; dup {
			if out.Alts[i].Where != f.Where {
				out.Alts[i].Where = joinWhere(out.Alts[i].Where, f.Where) // the same kind, made in several places
			}
			continue
		}
		seen[k] = len(out.Alts)
		out.Alts = append(out.Alts, *f)
	}
	// Only the caller's own errors, passed through: nothing of its own
	// to fork for.
	own := slices.ContainsFunc(out.Alts, func(f summary.ErrorValue) bool { return f.Wraps == 0 })
	if !own || len(out.Alts) > maxErrorAlts {
		return nil
	}
	slices.SortFunc(out.Alts, func(a, b summary.ErrorValue) int { return strings.Compare(a.String(), b.String()) })
	return out
}

// statusAlt reports a kind of error worth a fork at every call: the
// caller's own error, or a value with a field that holds an HTTP status
// (a constant from 100 to 599, or a parameter's where its type belongs to
// a package that imports net/http). An offset in encoding/json's
// SyntaxError is no status.
func statusAlt(v ErrVal) bool {
	if v.Param > 0 {
		return true
	}
	httpPkg := false
	if n, ok := types.Unalias(derefType(v.T)).(*types.Named); ok && v.T != nil && n.Obj().Pkg() != nil {
		httpPkg = slices.ContainsFunc(n.Obj().Pkg().Imports(), func(p *types.Package) bool { return p.Path() == "net/http" })
	}
	for _, s := range v.Fields {
		if s.Known && s.Values[0] >= 100 && s.Values[len(s.Values)-1] <= 599 {
			return true
		}
		if !s.Known && s.Param > 0 && httpPkg {
			return true
		}
	}
	return false
}

// callAlts returns, for a call of a function of several kinds of error,
// those kinds with this call's arguments in place, and whether it may also
// return nil or errors of no known status.
func (in *interp) callAlts(st *state, e ast.Expr) (alts []ErrVal, mayBeNil, other, ok bool) {
	call, isCall := ast.Unparen(e).(*ast.CallExpr)
	if !isCall {
		return nil, false, false, false
	}
	fn, isFn := typeutil.Callee(in.info(), call).(*types.Func)
	if !isFn {
		return nil, false, false, false
	}
	fact := in.an.errorFactOf(fn.Origin())
	if fact == nil || len(fact.Alts) == 0 {
		return nil, false, false, false
	}
	sig := fn.Type().(*types.Signature)
	other = fact.Other
	for i := range fact.Alts {
		v, found := in.fromErrorFact(st, &fact.Alts[i],
			func(p int) ast.Expr { return callArg(in.info(), call, sig, p) },
			func(p int) ast.Expr { return firstArg(in.info(), call, sig, p) })
		if found && statusAlt(v) {
			alts = append(alts, v)
		} else {
			other = true
		}
	}
	return alts, fact.MayBeNil, other, true
}

// fromErrorFact is the error value fact describes at a call whose
// argument for 1-based parameter p is arg(p) (first(p): the first element
// of a variadic one); either may return nil.
func (in *interp) fromErrorFact(st *state, fact *summary.ErrorValue, arg, first func(p int) ast.Expr) (ErrVal, bool) {
	if fact.Type == "" && fact.Wraps == 0 {
		if fact.NotOf != "" && len(fact.Alts) == 0 && fact.FirstOf == 0 {
			return ErrVal{NotOf: fact.NotOf, MayBeNil: fact.MayBeNil}, true
		}
		return ErrVal{}, false
	}
	if fact.Wraps > 0 {
		a := arg(fact.Wraps)
		if a == nil {
			return ErrVal{}, false
		}
		v, ok := in.errValue(st, a)
		if ok && fact.As != "" {
			// ToApiError(err): err itself only when it is of that type.
			switch {
			case v.Param > 0:
				v.As = fact.As
			case v.Type != fact.As:
				return ErrVal{}, false
			}
		}
		return v, ok
	}
	v := ErrVal{Type: fact.Type, T: in.an.lookupType(fact.Type), Fields: map[string]Status{}, MayBeNil: fact.MayBeNil}
	v.At, v.Where = in.an.madeAt(fact.Where)
	for _, f := range fact.Fields {
		s := Status{Known: f.Value.Known, Values: f.Value.Ints}
		if f.Value.Param > 0 {
			s = Status{}
			if a := arg(f.Value.Param); a != nil {
				if f.Value.Field != "" {
					s = in.argField(st, a, f.Value.Field)
				} else {
					s = in.status(st, a)
				}
			}
		}
		v.Fields[f.Name] = s
	}
	for _, f := range fact.Payloads {
		if f.Value.Param == 0 {
			v.setPayload(f.Name, payload{}) // set in the function, to a value not known here
		} else if a := first(f.Value.Param); a != nil {
			v.setPayload(f.Name, in.payloadOf(a))
		}
	}
	return v, true
}

// clone copies v's maps, so that a union into one copy leaves the other.
func (v ErrVal) clone() ErrVal {
	v.Fields = maps.Clone(v.Fields)
	v.Payloads = maps.Clone(v.Payloads)
	return v
}

// carriesStatus reports an error value a caller can learn a status from:
// a known status field, or one that comes from a parameter, or a kind a
// funnel can tell apart from its error type (NotOf).
func (v ErrVal) carriesStatus() bool {
	if v.Param > 0 || (v.Type == "" && v.NotOf != "") {
		return true
	}
	for _, s := range v.Fields {
		if s.Known || s.Param > 0 {
			return true
		}
	}
	return false
}

// carries reports an error value that says its status: by a field, or
// by a method of its type (StatusCode() int, HTTPError() Descriptor).
func (in *interp) carries(v ErrVal) bool {
	return v.carriesStatus() || (v.Type != "" && in.an.statusByMethod(v.T))
}

// kindOnly reports an error value of a known type that carries no status
// of its own (&UnauthorizedError{}): a funnel that branches on its kind
// (errors.As, a predicate) still knows which way it goes.
func kindOnly(v ErrVal) bool {
	// A type that wraps another error (pkg/errors' withStack) says
	// nothing of the kind errors.As finds in it.
	// And a type that carries a status (an int field) is no kind when its
	// status is not known: which way it goes depends on that status.
	return v.Type != "" && v.T != nil && v.Param == 0 && !v.carriesStatus() && !plainKind(v.T) && !mayWrap(v.T) && !hasIntField(v.T)
}

// statusByMethod reports a type with a method that takes nothing and
// reports a status (a summary.StatusMethod): a funnel that asks the error
// for its status finds one.
func (an *Analysis) statusByMethod(t types.Type) bool {
	if t == nil {
		return false
	}
	key := typeKey(t)
	if v, ok := an.byMethod[key]; ok {
		return v
	}
	an.byMethod[key] = false // a method that asks back: nothing known
	found := false
	ms := types.NewMethodSet(types.NewPointer(derefType(t)))
	for i := range ms.Len() {
		fn, ok := ms.At(i).Obj().(*types.Func)
		if !ok || fn.Name() == "Error" || fn.Type().(*types.Signature).Params().Len() != 0 {
			continue
		}
		if m := an.statusMethodOf(fn); m != nil && (len(m.Ints) > 0 || len(m.ResultFields) > 0) {
			found = true
			break
		}
	}
	an.byMethod[key] = found
	return found
}

// whereOf names where v was made, "import/path/file.go:line", for a fact.
func (an *Analysis) whereOf(v ErrVal) string {
	if !v.At.IsValid() {
		return v.Where
	}
	p := an.Fset.Position(v.At)
	return fmt.Sprintf("%s/%s:%d", an.Pkg.Path(), filepath.Base(p.Filename), p.Line)
}

// maxPlaces bounds the places a value made in several is said to come from.
const maxPlaces = 3

// joinWhere joins the places two values of one kind were made, as Where
// holds them ("import/path/file.go:line", several separated by ";"): ""
// when one is unknown or they are too many to name.
func joinWhere(a, b string) string {
	if a == "" || b == "" {
		return ""
	}
	ps := append(strings.Split(a, ";"), strings.Split(b, ";")...)
	slices.Sort(ps)
	ps = slices.Compact(ps)
	if len(ps) > maxPlaces {
		return ""
	}
	return strings.Join(ps, ";")
}

// MadeAt returns the positions of the places a Where names, when all are
// in this package; nil otherwise.
func (an *Analysis) MadeAt(where string) []token.Pos {
	var out []token.Pos
	for _, w := range strings.Split(where, ";") {
		p, _ := an.madeAt(w)
		if !p.IsValid() {
			return nil
		}
		out = append(out, p)
	}
	return out
}

// madeAt turns a fact's Where back into a position when it is in this
// package, and keeps it as text otherwise.
func (an *Analysis) madeAt(where string) (token.Pos, string) {
	file, line, ok := strings.Cut(where, ":")
	dir, base := path.Split(file)
	if !ok || strings.TrimSuffix(dir, "/") != an.Pkg.Path() {
		return token.NoPos, where
	}
	n, err := strconv.Atoi(line)
	if err != nil {
		return token.NoPos, where
	}
	for _, f := range an.Files {
		if tf := an.Fset.File(f.Pos()); tf != nil && filepath.Base(tf.Name()) == base && n >= 1 && n <= tf.LineCount() {
			return tf.LineStart(n), ""
		}
	}
	return token.NoPos, where
}

// concreteNonMessage reports a payload type echo sends as it is, as JSON.
func concreteNonMessage(t types.Type) bool {
	return t != nil && !types.IsInterface(t) && !stringOrError(t)
}

// statusFieldSet reports whether body assigns an int field of obj.
func statusFieldSet(info *types.Info, body *ast.BlockStmt, obj types.Object) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && info.Uses[id] == obj {
						if f, ok := info.Uses[sel.Sel].(*types.Var); ok && isIntType(f.Type()) {
							found = true
						}
					}
				}
			}
		}
		return !found
	})
	return found
}

// paramObj returns the variable of 1-based parameter p.
func (in *interp) paramObj(p int) types.Object {
	for obj, i := range in.params {
		if i == p {
			return obj
		}
	}
	return nil
}

// toErrorFact turns v into a fact. A payload set from a parameter is
// that parameter; one set to a value of this function that is not sent as
// a message (a struct, not a string or an error) is kept as set but
// unknown (Value zero), so that no caller takes the fixed body for it,
// and so is one not known here (several returns set it differently).
// One of interface type (he.Message handed on) is left out, as before.
func toErrorFact(v ErrVal, an *Analysis) *summary.ErrorValue {
	if v.Param > 0 {
		return &summary.ErrorValue{Wraps: v.Param, As: v.As}
	}
	f := &summary.ErrorValue{Type: v.Type, Where: an.whereOf(v)}
	if v.Type == "" {
		f.NotOf = v.NotOf
	}
	var pnames []string
	for k, p := range v.Payloads {
		if !an.messageLike(p) {
			pnames = append(pnames, k)
		}
	}
	sortStrings(pnames)
	for _, k := range pnames {
		f.Payloads = append(f.Payloads, summary.FieldValue{Name: k, Value: summary.Value{Param: v.Payloads[k].param}})
	}
	names := make([]string, 0, len(v.Fields))
	for k := range v.Fields {
		names = append(names, k)
	}
	sortStrings(names)
	for _, k := range names {
		s := v.Fields[k]
		f.Fields = append(f.Fields, summary.FieldValue{Name: k,
			Value: summary.Value{Known: s.Known, Ints: s.Values, Param: s.Param, Field: s.Field}})
	}
	return f
}

func (an *Analysis) reassignedGlobal(obj types.Object) bool {
	if an.assignedGlobals == nil {
		an.assignedGlobals = map[types.Object]bool{}
		for _, f := range an.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				if as, ok := n.(*ast.AssignStmt); ok {
					for _, l := range as.Lhs {
						var id *ast.Ident
						switch l := ast.Unparen(l).(type) {
						case *ast.Ident:
							id = l
						case *ast.SelectorExpr: // pkg.Var = ...
							id = l.Sel
						}
						if o, ok := an.Info.Uses[id].(*types.Var); ok && id != nil && o.Pkg() != nil && o.Parent() == o.Pkg().Scope() {
							an.assignedGlobals[o] = true
						}
					}
				}
				return true
			})
		}
	}
	return an.assignedGlobals[obj]
}

// nonNilGlobal reports a package-level error variable that is never nil:
// a plain sentinel (of this package, or another's with its
// summary.Sentinel fact), or one whose value carries a status and is not
// said to be maybe nil (an error-value fact); never assigned in this
// package.
func (an *Analysis) nonNilGlobal(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !isErrorType(v.Type()) || an.reassignedGlobal(v) {
		return false
	}
	if v.Pkg() != an.Pkg {
		if an.Facts != nil && an.Facts.ImportObject(v, new(summary.Sentinel)) {
			return true
		}
	} else if an.plainSentinel(v) {
		return true
	}
	f := an.errorFactOf(v)
	return f != nil && !f.MayBeNil
}

// plainSentinel reports a package-level error variable of this package,
// never assigned, made by errors.New or by fmt.Errorf without %w: a value
// that carries no status, so an error that carries one is never equal to
// it (caddy's `if err == errInternalRedir` in its funnel).
func (an *Analysis) plainSentinel(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() != an.Pkg || v.Parent() != an.Pkg.Scope() || !isErrorType(v.Type()) || an.reassignedGlobal(v) {
		return false
	}
	return an.sentinelsMade()[v] != ""
}

// sentinelsMade maps this package's error variables made by errors.New,
// or fmt.Errorf without %w, to that constructor's name.
func (an *Analysis) sentinelsMade() map[*types.Var]string {
	if an.sentinels != nil {
		return an.sentinels
	}
	an.sentinels = map[*types.Var]string{}
	for _, f := range an.Files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if len(vs.Values) != len(vs.Names) {
					continue
				}
				for i, n := range vs.Names {
					call, ok := ast.Unparen(vs.Values[i]).(*ast.CallExpr)
					if !ok || len(call.Args) == 0 {
						continue
					}
					name := fullName(an.Info, call)
					plain := false
					switch name {
					case "errors.New":
						plain = true
					case "fmt.Errorf":
						f, ok := constString(an.Info, call.Args[0])
						plain = ok && !strings.Contains(f, "%w")
					}
					if o, ok := an.Info.Defs[n].(*types.Var); ok && plain {
						an.sentinels[o] = name
					}
				}
			}
		}
	}
	return an.sentinels
}

// exportSentinels gives this package's exported plain sentinels their
// fact, so that other packages know them never nil.
func (an *Analysis) exportSentinels() {
	if an.Facts == nil {
		return
	}
	var vs []*types.Var
	for v := range an.sentinelsMade() {
		if v.Exported() && !an.reassignedGlobal(v) {
			vs = append(vs, v)
		}
	}
	sort.Slice(vs, func(i, j int) bool { return vs[i].Pos() < vs[j].Pos() })
	for _, v := range vs {
		an.Facts.ExportObject(v, &summary.Sentinel{Made: an.sentinels[v]})
	}
}

// assignsGlobal reports whether this package assigns the package-level
// variable with the given full name ("github.com/go-chi/render.Respond").
func (an *Analysis) assignsGlobal(full string) bool {
	an.reassignedGlobal(nil)
	for o := range an.assignedGlobals {
		if o.Pkg().Path()+"."+o.Name() == full {
			return true
		}
	}
	return false
}

// bindErrorsAs records, after errors.As(err, &v) with err a parameter,
// that v holds that parameter's error as v's type.
func (in *interp) bindErrorsAs(st *state, call *ast.CallExpr) bool {
	if len(call.Args) != 2 {
		return false
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if !ok || u.Op != token.AND {
		return false
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return false
	}
	obj := in.info().Uses[id]
	if obj == nil {
		return false
	}
	in.expr(st, call.Args[0])
	delete(st.aux, obj)
	delete(st.env, obj) // no longer the nil of `var e *T` (see refine)
	in.bindAssert(st, obj, call.Args[0])
	return true
}

// isErrorsAs reports a call of errors.As or of a package's own As with
// its signature, func(error, any) bool: github.com/pkg/errors, xerrors
// and their kind re-export it, and callers use them interchangeably.
func isErrorsAs(info *types.Info, call *ast.CallExpr) bool {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Name() != "As" || len(call.Args) != 2 || fn.Pkg() == nil {
		return false
	}
	if fn.Pkg().Path() == "errors" {
		return true
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Params().Len() != 2 || sig.Results().Len() != 1 {
		return false
	}
	target, ok := sig.Params().At(1).Type().Underlying().(*types.Interface)
	return isErrorType(sig.Params().At(0).Type()) && ok && target.Empty() && isBoolType(sig.Results().At(0).Type())
}

// seenAs is how a variable sees an error: its concrete type's key, or "*"
// for an interface (any error with the method called on it).
func seenAs(t types.Type) string {
	if _, ok := t.Underlying().(*types.Interface); ok {
		return "*"
	}
	return typeKey(t)
}

// lookupType finds the named type "import/path.Name" among the packages
// this one imports, directly or not.
func (an *Analysis) lookupType(key string) types.Type {
	i := strings.LastIndex(key, ".")
	if i < 0 {
		return nil
	}
	path, name := key[:i], key[i+1:]
	seen := map[*types.Package]bool{}
	var find func(p *types.Package) types.Type
	find = func(p *types.Package) types.Type {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == path {
			if tn, ok := p.Scope().Lookup(name).(*types.TypeName); ok {
				return tn.Type()
			}
			return nil
		}
		for _, imp := range p.Imports() {
			if t := find(imp); t != nil {
				return t
			}
		}
		return nil
	}
	return find(an.Pkg)
}

// methodStatus resolves v.M() for an error value v.
// findMethod finds the method name of t (or *t).
func findMethod(t types.Type, name string) (*types.Func, bool) {
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(derefType(t)), true, nil, name)
	fn, ok := obj.(*types.Func)
	return fn, ok
}

func (in *interp) methodStatus(v ErrVal, method string) Status {
	if v.T == nil {
		return Status{}
	}
	obj, _, _ := types.LookupFieldOrMethod(types.NewPointer(derefType(v.T)), true, nil, method)
	fn, ok := obj.(*types.Func)
	if !ok {
		return Status{}
	}
	m := in.an.statusMethodOf(fn)
	if m == nil {
		return Status{}
	}
	if m.Field != "" {
		if s, ok := v.Fields[m.Field]; ok {
			return s
		}
		return Status{}
	}
	return Set(m.Ints...)
}

// statusMethodOf returns what a method like StatusCode() returns: a
// constant, or a field of its receiver.
func (an *Analysis) statusMethodOf(fn *types.Func) *summary.StatusMethod {
	fn = fn.Origin()
	if m, ok := an.methods[fn]; ok {
		return m
	}
	var m *summary.StatusMethod
	if fn.Pkg() == an.Pkg {
		an.methods[fn] = nil // a forwarded call back to fn: nothing known
		m = an.computeStatusMethod(fn)
	} else if an.Facts != nil {
		if f, ok := an.Facts.ImportStatusMethod(fn); ok {
			m = f
		}
	}
	an.methods[fn] = m
	return m
}

func (an *Analysis) computeStatusMethod(fn *types.Func) *summary.StatusMethod {
	decl := an.funcDecls[fn]
	sig := fn.Type().(*types.Signature)
	if decl != nil && decl.Body != nil && (sig.Recv() == nil || sig.Results().Len() > 1) {
		return an.constantFunc(decl, sig)
	}
	if decl != nil && decl.Body != nil && sig.Recv() != nil && sig.Params().Len() == 0 && sig.Results().Len() == 1 {
		if st := resultStruct(sig.Results().At(0).Type()); st != nil {
			return an.resultFields(decl, st)
		}
	}
	if decl == nil || decl.Body == nil || sig.Recv() == nil || sig.Params().Len() != 0 ||
		sig.Results().Len() != 1 || !isIntType(sig.Results().At(0).Type()) || len(decl.Body.List) != 1 {
		return nil
	}
	ret, ok := decl.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	if v, ok := constInt(an.Info, ret.Results[0]); ok {
		return &summary.StatusMethod{Ints: []int{v}}
	}
	if sel, ok := ast.Unparen(ret.Results[0]).(*ast.SelectorExpr); ok {
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && decl.Recv != nil && len(decl.Recv.List[0].Names) == 1 &&
			an.Info.Uses[id] == an.Info.Defs[decl.Recv.List[0].Names[0]] {
			return &summary.StatusMethod{Field: sel.Sel.Name}
		}
	}
	// func (ec ErrorCode) ErrorCode() ErrorCode { return ec }: a code
	// type's own status (engine/registry.go).
	if id, ok := ast.Unparen(ret.Results[0]).(*ast.Ident); ok && decl.Recv != nil && len(decl.Recv.List[0].Names) == 1 &&
		an.Info.Uses[id] == an.Info.Defs[decl.Recv.List[0].Names[0]] && codeType(an.Info.TypeOf(id)) {
		return &summary.StatusMethod{Self: true}
	}
	return nil
}

// resultStruct returns the struct a method's result is, or points to,
// when that is a named struct type that is not an error: a descriptor of
// the error (vikunja's web.HTTPError), not the error itself.
func resultStruct(t types.Type) *types.Struct {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || types.Implements(t, errorIface) || types.Implements(types.NewPointer(n), errorIface) {
		return nil
	}
	st, _ := n.Underlying().(*types.Struct)
	return st
}

// resultFields summarises a method every return of which builds its
// result as a literal of struct st (or its address): the int fields each
// literal sets to a constant. A field some return leaves out or sets to
// something else is not listed.
func (an *Analysis) resultFields(decl *ast.FuncDecl, st *types.Struct) *summary.StatusMethod {
	vals := map[string][]int{}
	missing := map[string]bool{}
	rets := 0
	ok := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, isLit := n.(*ast.FuncLit); isLit || !ok {
			return false
		}
		ret, isRet := n.(*ast.ReturnStmt)
		if !isRet {
			return true
		}
		rets++
		var lit *ast.CompositeLit
		if len(ret.Results) == 1 {
			e := ast.Unparen(ret.Results[0])
			if u, isAddr := e.(*ast.UnaryExpr); isAddr && u.Op == token.AND {
				e = ast.Unparen(u.X)
			}
			lit, _ = e.(*ast.CompositeLit)
		}
		if lit == nil {
			ok = false
			return false
		}
		set := map[string]bool{}
		for _, elt := range lit.Elts {
			kv, isKV := elt.(*ast.KeyValueExpr)
			if !isKV {
				ok = false // positional fields: not worth following
				return false
			}
			id, _ := kv.Key.(*ast.Ident)
			if id == nil {
				continue
			}
			if v, isConst := constInt(an.Info, kv.Value); isConst && isIntType(an.Info.TypeOf(kv.Value)) {
				set[id.Name] = true
				if !slices.Contains(vals[id.Name], v) {
					vals[id.Name] = append(vals[id.Name], v)
				}
			} else {
				missing[id.Name] = true
			}
		}
		for i := range st.NumFields() {
			if name := st.Field(i).Name(); !set[name] {
				missing[name] = true
			}
		}
		return false
	})
	if !ok || rets == 0 {
		return nil
	}
	var out summary.StatusMethod
	for i := range st.NumFields() {
		name := st.Field(i).Name()
		if ints := vals[name]; len(ints) > 0 && !missing[name] {
			slices.Sort(ints)
			out.ResultFields = append(out.ResultFields, summary.FieldInts{Name: name, Ints: ints})
		}
	}
	if len(out.ResultFields) == 0 {
		return nil
	}
	return &out
}

// methodResultField resolves v.M().F: field F of the struct method M of
// error value v returns.
func (in *interp) methodResultField(v ErrVal, method, field string) Status {
	if v.T == nil {
		return Status{}
	}
	fn, ok := findMethod(v.T, method)
	if !ok {
		return Status{}
	}
	m := in.an.statusMethodOf(fn)
	if m == nil {
		return Status{}
	}
	for _, f := range m.ResultFields {
		if f.Name == field {
			return Set(f.Ints...)
		}
	}
	return Status{}
}

// methodResult binds x.M(), a method of an error that returns a struct
// describing it (resultStruct): for an error a caller passes, a value
// whose fields are read through it ("T.M().F", resolved at the call);
// for an error value known here, the fields its method's fact lists.
func (in *interp) methodResult(st *state, e ast.Expr) (aux, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return aux{}, false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return aux{}, false
	}
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok {
		return aux{}, false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || sig.Results().Len() != 1 || resultStruct(sig.Results().At(0).Type()) == nil {
		return aux{}, false
	}
	x := ast.Unparen(sel.X)
	if t := in.info().TypeOf(x); t == nil || !types.Implements(t, errorIface) && !types.IsInterface(t) {
		return aux{}, false
	}
	method := sel.Sel.Name
	if p := in.paramIndex(x); p > 0 {
		return aux{kind: auxErrOf, param: p, typ: seenAs(in.info().TypeOf(x)) + "." + method + "()"}, true
	}
	if id, ok := x.(*ast.Ident); ok {
		if a, ok := st.aux[in.info().Uses[id]]; ok {
			switch a.kind {
			case auxErrOf:
				return aux{kind: auxErrOf, param: a.param, typ: a.typ + "." + method + "()"}, true
			case auxErrVal:
				return in.resultVal(a.err, method, sig.Results().At(0).Type()), true
			}
		}
	}
	if v, ok := in.errValue(st, x); ok {
		return in.resultVal(v, method, sig.Results().At(0).Type()), true
	}
	return aux{}, false
}

// resultVal is the value v.M() returns, with the fields its fact lists.
func (in *interp) resultVal(v ErrVal, method string, t types.Type) aux {
	out := ErrVal{Type: typeKey(t), T: t, Fields: map[string]Status{}}
	if fn, ok := findMethod(v.T, method); ok && v.T != nil {
		if m := in.an.statusMethodOf(fn); m != nil {
			for _, f := range m.ResultFields {
				out.Fields[f.Name] = Set(f.Ints...)
			}
		}
	}
	return aux{kind: auxErrVal, err: out}
}

// constantFunc summarises a function whose every return is an int
// constant (`func redirectStatus(e *Event) int { if ... { return 303 };
// return 307 }`): a call's status is one of them.
func (an *Analysis) constantFunc(decl *ast.FuncDecl, sig *types.Signature) *summary.StatusMethod {
	if sig.Results().Len() > 1 {
		return an.constantResults(decl, sig)
	}
	if sig.Results().Len() != 1 || !isIntType(sig.Results().At(0).Type()) {
		return nil
	}
	var ints []int
	ok := true
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if _, isLit := n.(*ast.FuncLit); isLit || !ok {
			return false
		}
		if ret, isRet := n.(*ast.ReturnStmt); isRet {
			var vs []int
			isInt := len(ret.Results) == 1
			if isInt {
				vs, isInt = an.returnedInts(decl, ret.Results[0])
			}
			ok = ok && isInt
			for _, v := range vs {
				if !slices.Contains(ints, v) {
					ints = append(ints, v)
				}
			}
		}
		return true
	})
	if !ok || len(ints) == 0 {
		return nil
	}
	slices.Sort(ints)
	return &summary.StatusMethod{Ints: ints}
}

// returnedInts is what a status function's `return e` may give: a
// constant; a call of another status function (`return statusOf(err)`);
// or a local variable that only constants and such calls are assigned to
// (`var code int; switch { case errors.Is(err, fs.ErrNotExist): code =
// 404; default: code = 500 }; return code`).
func (an *Analysis) returnedInts(decl *ast.FuncDecl, e ast.Expr) ([]int, bool) {
	if ints, ok := an.intsOf(e); ok {
		return ints, true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := an.Info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() || !isIntType(v.Type()) || v.Pos() < decl.Body.Pos() || v.Pos() >= decl.Body.End() {
		return nil, false
	}
	return an.localInts(decl, v)
}

// intsOf is the constant e is, or the statuses of the status function e
// calls.
func (an *Analysis) intsOf(e ast.Expr) ([]int, bool) {
	if v, ok := constInt(an.Info, e); ok {
		return []int{v}, true
	}
	if call, ok := ast.Unparen(e).(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(an.Info, call).(*types.Func); ok && fn.Type().(*types.Signature).Results().Len() == 1 {
			if m := an.statusMethodOf(fn); m != nil && len(m.Ints) > 0 {
				return m.Ints, true
			}
		}
	}
	return nil, false
}

// localInts gives the values local v of decl may hold: every value
// assigned to it (none through a pointer, an increment or a literal),
// and its zero value when it is declared without one and not assigned on
// every path by the statement that follows.
func (an *Analysis) localInts(decl *ast.FuncDecl, v *types.Var) ([]int, bool) {
	var ints []int
	ok := true
	add := func(e ast.Expr) {
		vs, isInt := an.intsOf(e)
		if !isInt {
			ok = false
		}
		for _, x := range vs {
			if !slices.Contains(ints, x) {
				ints = append(ints, x)
			}
		}
	}
	is := func(e ast.Expr) bool {
		id, isID := ast.Unparen(e).(*ast.Ident)
		return isID && (an.Info.Uses[id] == v || an.Info.Defs[id] == v)
	}
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool {
				if as, isAs := m.(*ast.AssignStmt); isAs && slices.ContainsFunc(as.Lhs, is) {
					ok = false // set when the literal runs
				}
				return ok
			})
			return false
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				if !is(l) {
					continue
				}
				if (n.Tok != token.ASSIGN && n.Tok != token.DEFINE) || len(n.Lhs) != len(n.Rhs) {
					ok = false
					return false
				}
				add(n.Rhs[i])
			}
		case *ast.IncDecStmt:
			if is(n.X) {
				ok = false
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND && is(n.X) {
				ok = false
			}
		case *ast.BlockStmt, *ast.CaseClause, *ast.CommClause:
			list := StmtList(n)
			for i, s := range list {
				ds, isDecl := s.(*ast.DeclStmt)
				if !isDecl {
					continue
				}
				gd, _ := ds.Decl.(*ast.GenDecl)
				for _, spec := range gd.Specs {
					vs, _ := spec.(*ast.ValueSpec)
					if vs == nil || !slices.ContainsFunc(vs.Names, func(id *ast.Ident) bool { return is(id) }) {
						continue
					}
					if len(vs.Values) > 0 {
						for k, id := range vs.Names {
							if is(id) && k < len(vs.Values) {
								add(vs.Values[k])
							}
						}
					} else if i+1 >= len(list) || !assignsAll(list[i+1], is) {
						add(&ast.BasicLit{Kind: token.INT, Value: "0"})
					}
				}
			}
		}
		return ok
	})
	return ints, ok && len(ints) > 0
}

// assignsAll reports whether s assigns the variable is recognises on
// every path through it that goes on after it: an assignment, a block
// that has one, an if with an else or a switch with a default whose every
// branch does (or ends the function).
func assignsAll(s ast.Stmt, is func(ast.Expr) bool) bool {
	list := func(l []ast.Stmt) bool {
		for _, x := range l {
			if _, isRet := x.(*ast.ReturnStmt); isRet {
				return true // this branch does not go on
			}
			if assignsAll(x, is) {
				return true
			}
		}
		return false
	}
	switch s := s.(type) {
	case *ast.AssignStmt:
		return slices.ContainsFunc(s.Lhs, is)
	case *ast.BlockStmt:
		return list(s.List)
	case *ast.IfStmt:
		return s.Else != nil && list(s.Body.List) && assignsAll(s.Else, is)
	case *ast.SwitchStmt:
		return clausesAssign(s.Body, list)
	case *ast.TypeSwitchStmt:
		return clausesAssign(s.Body, list)
	}
	return false
}

// clausesAssign: a switch with a default, every clause of which assigns.
func clausesAssign(body *ast.BlockStmt, list func([]ast.Stmt) bool) bool {
	def := false
	for _, c := range body.List {
		cc := c.(*ast.CaseClause)
		if cc.List == nil {
			def = true
		}
		if !list(cc.Body) {
			return false
		}
	}
	return def
}

// constantResults summarises the int results of a function (or method)
// of several results that each of its returns sets to a constant: `func
// errStatus(err error) (int, int) { if ... { return 400, 1 }; return 500, 2 }`.
// A return that forwards a call of the same results (`return
// a.linkExistingUser(u, id)`) adds the constants of that function's.
func (an *Analysis) constantResults(decl *ast.FuncDecl, sig *types.Signature) *summary.StatusMethod {
	n := sig.Results().Len()
	ints := make([][]int, n)
	ok := make([]bool, n)
	for i := range n {
		ok[i] = isIntType(sig.Results().At(i).Type())
	}
	add := func(i, v int) {
		if !slices.Contains(ints[i], v) {
			ints[i] = append(ints[i], v)
		}
	}
	returns := 0
	for ret := range returnsIn(decl.Body) {
		returns++
		if len(ret.Results) == 1 && n > 1 {
			an.forwardedResults(ret.Results[0], n, ok, add)
			continue
		}
		for i := range n {
			if !ok[i] {
				continue
			}
			if len(ret.Results) != n {
				ok[i] = false // a bare return
				continue
			}
			vs, isConst := an.returnedInts(decl, ret.Results[i])
			if !isConst {
				ok[i] = false
			}
			for _, v := range vs {
				add(i, v)
			}
		}
	}
	// Only results that may be a status are kept: a function returning
	// (0, err) on every path says nothing of a response.
	var out []summary.ResultInts
	for i := range n {
		if ok[i] && returns > 0 && slices.ContainsFunc(ints[i], func(v int) bool { return v >= 100 && v <= 599 }) {
			slices.Sort(ints[i])
			out = append(out, summary.ResultInts{Index: i, Ints: ints[i]})
		}
	}
	if len(out) == 0 {
		return nil
	}
	return &summary.StatusMethod{Results: out}
}

// forwardedResults adds to ints (through add) the constants of the results
// of a forwarded call, `return f(...)` of n results; a result f does not
// summarise is unknown (ok false).
func (an *Analysis) forwardedResults(e ast.Expr, n int, ok []bool, add func(i, v int)) {
	var m *summary.StatusMethod
	if call, isCall := ast.Unparen(e).(*ast.CallExpr); isCall {
		if fn, isFn := typeutil.Callee(an.Info, call).(*types.Func); isFn && fn.Type().(*types.Signature).Results().Len() == n {
			m = an.statusMethodOf(fn)
		}
	}
	for i := range n {
		if !ok[i] {
			continue
		}
		k := -1
		if m != nil {
			k = slices.IndexFunc(m.Results, func(r summary.ResultInts) bool { return r.Index == i })
		}
		if k < 0 {
			ok[i] = false
			continue
		}
		for _, v := range m.Results[k].Ints {
			add(i, v)
		}
	}
}

// resultStatuses returns, for a call of a function of several results,
// the constants each of its int results may hold (nil where unknown).
func (in *interp) resultStatuses(call *ast.CallExpr, n int) []Status {
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok {
		return nil
	}
	m := in.an.statusMethodOf(fn)
	if m == nil || len(m.Results) == 0 {
		return nil
	}
	out := make([]Status, n)
	for _, r := range m.Results {
		if r.Index < n {
			out[r.Index] = Set(r.Ints...)
		}
	}
	return out
}

// funcStatus resolves f(...) where f returns only int constants.
func (in *interp) funcStatus(call *ast.CallExpr) (Status, bool) {
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok || fn.Type().(*types.Signature).Recv() != nil {
		return Status{}, false
	}
	if m := in.an.statusMethodOf(fn); m != nil && len(m.Ints) > 0 {
		return Set(m.Ints...), true
	}
	return Status{}, false
}

// methodCallStatus resolves x.M() where x is an error we follow.
func (in *interp) methodCallStatus(st *state, call *ast.CallExpr) (Status, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok || len(call.Args) != 0 {
		return Status{}, false
	}
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok || fn.Type().(*types.Signature).Recv() == nil {
		return Status{}, false
	}
	x := ast.Unparen(sel.X)
	method := sel.Sel.Name
	if p := in.paramIndex(x); p > 0 {
		return Status{Param: p, Field: seenAs(in.info().TypeOf(x)) + "." + method + "()"}, true
	}
	if id, ok := x.(*ast.Ident); ok {
		if a, ok := st.aux[in.info().Uses[id]]; ok {
			switch a.kind {
			case auxErrOf:
				return Status{Param: a.param, Field: a.typ + "." + method + "()"}, true
			case auxErrVal:
				return in.methodStatus(a.err, method), true
			}
		}
	}
	if v, ok := in.errValue(st, x); ok {
		return in.methodStatus(v, method), true
	}
	if m := in.an.statusMethodOf(fn); m != nil && m.Self {
		return in.status(st, x), true
	}
	return Status{}, false
}

// fieldOf resolves x.Name where x holds an error value or a parameter.
func (in *interp) fieldOf(st *state, sel *ast.SelectorExpr) (Status, bool) {
	info := in.info()
	s, ok := info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return Status{}, false
	}
	x := ast.Unparen(sel.X)
	if a, ok := in.methodResult(st, x); ok {
		// err.HTTPError().HTTPCode: a field of what the error's method returns.
		if a.kind == auxErrOf {
			return Status{Param: a.param, Field: a.typ + "." + sel.Sel.Name}, true
		}
		if v, ok := a.err.Fields[sel.Sel.Name]; ok {
			return v, true
		}
		return Status{}, true
	}
	if key, _, ok := in.holderField(st, sel); ok {
		if s, ok := in.fieldStatus(st, x, key); ok && (s.Known || s.Param != 0 || in.paramIndex(x) == 0) {
			return s, true
		}
	}
	if p := in.paramIndex(x); p > 0 {
		return Status{Param: p, Field: typeKey(info.TypeOf(x)) + "." + sel.Sel.Name}, true
	}
	if in.isRecv(x) {
		if in.storesRecvField(sel.Sel.Name) {
			return Status{}, true // set in the method: not the caller's value
		}
		return Status{Param: summary.Receiver, Field: typeKey(info.TypeOf(x)) + "." + sel.Sel.Name}, true
	}
	if id, ok := x.(*ast.Ident); ok {
		if a, ok := st.aux[info.Uses[id]]; ok {
			switch a.kind {
			case auxErrOf:
				return Status{Param: a.param, Field: a.typ + "." + sel.Sel.Name}, true
			case auxErrVal:
				if v, ok := a.err.Fields[sel.Sel.Name]; ok {
					return v, true
				}
			}
		}
	}
	if v, ok := in.errValue(st, x); ok {
		if f, ok := v.Fields[sel.Sel.Name]; ok {
			return f, true
		}
	}
	return Status{}, false
}

// isRecv reports whether e is the unchanged receiver of a method being
// summarised as a helper.
func (in *interp) isRecv(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || in.recv == nil {
		return false
	}
	obj := in.info().Uses[id]
	return obj == in.recv && !in.escaped[obj] && !in.reassigned[obj]
}

// argField resolves the Field "T.Name" of an argument at a call site.
func (in *interp) argField(st *state, a ast.Expr, field string) Status {
	if el := in.sinkElem(st, a); el != nil {
		a = el // a sink stands for the first error appended to it
	}
	if t := in.info().TypeOf(a); t != nil && sentBySelf(t) && !in.sealedRecord(a) {
		return Status{} // a record changed since it was made
	}
	if t := in.info().TypeOf(a); t != nil && holdsWriter(t) {
		// A builder's field: the latest store before the call.
		if s, ok := in.fieldStatus(st, a, field); ok {
			return s
		}
	}
	if p := in.paramIndex(a); p > 0 {
		return Status{Param: p, Field: field}
	}
	i := strings.LastIndex(field, ".")
	if i < 0 {
		return Status{}
	}
	typ, name := field[:i], field[i+1:]
	if strings.HasSuffix(typ, "()") {
		// "T.HTTPError().HTTPCode": a field of what the value's method returns.
		j := strings.LastIndex(strings.TrimSuffix(typ, "()"), ".")
		vt, method := typ[:j], strings.TrimSuffix(typ[j+1:], "()")
		v, ok := in.errValue(st, a)
		if !ok || (vt != "*" && v.Type != vt) {
			return Status{}
		}
		return in.methodResultField(v, method, name)
	}
	if strings.HasSuffix(field, "()") {
		// "T.StatusCode()" or "*.StatusCode()": the method of the value.
		j := strings.LastIndex(strings.TrimSuffix(field, "()"), ".")
		typ, name = field[:j], strings.TrimSuffix(field[j+1:], "()")
		v, ok := in.errValue(st, a)
		if !ok && typ == "*" {
			// A bare registered code, whose method returns itself.
			if t := in.info().TypeOf(a); t != nil {
				if fn, isFn := findMethod(t, name); isFn {
					if m := in.an.statusMethodOf(fn); m != nil && m.Self {
						return in.status(st, a)
					}
				}
			}
		}
		if !ok || (typ != "*" && v.Type != typ) {
			return Status{}
		}
		return in.methodStatus(v, name)
	}
	// httpErr.Wrap(...) where httpErr is a parameter's error seen as its
	// type (err.(*errHTTP)): the field of that parameter.
	if id, ok := ast.Unparen(a).(*ast.Ident); ok {
		if x, ok := st.aux[in.info().Uses[id]]; ok && x.kind == auxErrOf && x.typ == typ {
			return Status{Param: x.param, Field: field}
		}
	}
	v, ok := in.errValue(st, a)
	if !ok || v.Type != typ {
		return Status{}
	}
	if s, ok := v.Fields[name]; ok {
		return s
	}
	return Status{}
}

func constInt(info *types.Info, e ast.Expr) (int, bool) {
	if tv, ok := info.Types[e]; ok && tv.Value != nil {
		if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
			return int(v), true
		}
	}
	return 0, false
}

// bindLocalErrors binds, in a constructor, a local variable defined once
// from an error value (err := &Error{Code: code}) whose status fields are
// not assigned afterwards, so that `return err` carries its status.
func (in *interp) bindLocalErrors(st *state, body *ast.BlockStmt) {
	info := in.info()
	defs := map[types.Object]ast.Expr{}
	bad := map[types.Object]bool{}
	// he.Message = message[0]: an interface field set after the literal.
	type set struct {
		field string
		val   ast.Expr
	}
	sets := map[types.Object][]set{}
	ast.Inspect(body, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok {
			return true
		}
		for i, l := range as.Lhs {
			switch l := ast.Unparen(l).(type) {
			case *ast.Ident:
				obj := in.localVar(l)
				if as.Tok == token.DEFINE && len(as.Rhs) == len(as.Lhs) && info.Defs[l] != nil {
					defs[obj] = as.Rhs[i]
				} else if as.Tok == token.DEFINE && len(as.Rhs) == 1 && info.Defs[l] != nil && tupleErr(info, as.Rhs[0]) == i {
					defs[obj] = as.Rhs[0] // v, err := s.Item(id)
				} else {
					bad[obj] = true
				}
			case *ast.SelectorExpr:
				// err.Code = x changes a status field.
				if id, ok := ast.Unparen(l.X).(*ast.Ident); ok {
					if f, ok := info.Uses[l.Sel].(*types.Var); ok && isIntType(f.Type()) {
						bad[info.Uses[id]] = true
					} else if ok && types.IsInterface(f.Type()) && len(as.Rhs) == len(as.Lhs) {
						sets[info.Uses[id]] = append(sets[info.Uses[id]], set{f.Name(), as.Rhs[i]})
					}
				}
			}
		}
		return true
	})
	for obj, rhs := range defs {
		if bad[obj] || in.escaped[obj] {
			continue
		}
		if v, ok := in.errValue(st, rhs); ok {
			seen := map[string]bool{}
			for _, s := range sets[obj] {
				if seen[s.field] {
					v.setPayload(s.field, payload{}) // set twice: we do not follow which
					continue
				}
				seen[s.field] = true
				v.setPayload(s.field, in.payloadOf(s.val))
			}
			st.aux[obj] = aux{kind: auxErrVal, err: v}
		}
	}
}

// tupleErr is the index of the error result of a call with several
// results, or -1.
func tupleErr(info *types.Info, e ast.Expr) int {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return -1
	}
	sig, ok := info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok || sig.Results().Len() < 2 {
		return -1
	}
	return errResult(sig.Results())
}

// asConversion recognises a function that converts any error to its own
// error type and keeps one of that type as it is (pocketbase's ToApiError):
//
//	var v *T
//	if !errors.As(err, &v) { v = fallback }   // or: if errors.As(err, &v) { return v }
//	return v
//
// It returns the 1-based parameter err and T's key. It holds only when no
// return comes before the errors.As call, v changes nowhere but where the
// call failed, no status field of v is set, and every return of v is one
// where the call succeeded; the fallback values do not matter to a caller
// whose argument is a T.
func (in *interp) asConversion(body *ast.BlockStmt) (int, string, bool) {
	info := in.info()
	var asCall *ast.CallExpr
	var cond *ast.IfStmt
	negated, many := false, false
	ast.Inspect(body, func(n ast.Node) bool {
		if _, isLit := n.(*ast.FuncLit); isLit {
			return false
		}
		ifs, ok := n.(*ast.IfStmt)
		if !ok || ifs.Init != nil {
			return true
		}
		c, neg := ast.Unparen(ifs.Cond), false
		if u, ok := c.(*ast.UnaryExpr); ok && u.Op == token.NOT {
			c, neg = ast.Unparen(u.X), true
		}
		if call, ok := c.(*ast.CallExpr); ok && isErrorsAs(info, call) {
			if asCall != nil {
				many = true
			}
			asCall, cond, negated = call, ifs, neg
		}
		return true
	})
	if asCall == nil || many {
		return 0, "", false
	}
	p := in.paramIndex(asCall.Args[0])
	u, ok := ast.Unparen(asCall.Args[1]).(*ast.UnaryExpr)
	if p == 0 || !ok || u.Op != token.AND {
		return 0, "", false
	}
	id, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return 0, "", false
	}
	v := info.Uses[id]
	if v == nil {
		return 0, "", false
	}
	typ := typeKey(v.Type())
	if typ == "" || statusFieldSet(info, body, v) {
		return 0, "", false
	}
	inside := func(n ast.Node, b ast.Node) bool { return n.Pos() >= b.Pos() && n.End() <= b.End() }
	returned, ok := false, true
	ast.Inspect(body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			if mentions(info, n, v) {
				ok = false
			}
			return false
		case *ast.ReturnStmt:
			if n.Pos() < asCall.Pos() {
				ok = false
				return false
			}
			for _, r := range n.Results {
				if rid, isID := ast.Unparen(r).(*ast.Ident); isID && info.Uses[rid] == v {
					// Where the call succeeded: in its branch, or after the
					// branch where it failed.
					if negated == inside(n, cond.Body) {
						ok = false
					}
					returned = true
				} else if mentions(info, r, v) {
					ok = false
				}
			}
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if lid, isID := ast.Unparen(l).(*ast.Ident); isID && (info.Uses[lid] == v || info.Defs[lid] == v) {
					if !negated || !inside(n, cond.Body) {
						ok = false
					}
				}
			}
		case *ast.UnaryExpr:
			if x, isID := ast.Unparen(n.X).(*ast.Ident); isID && n.Op == token.AND && info.Uses[x] == v && n != u {
				ok = false
			}
		}
		return true
	})
	if !ok || !returned {
		return 0, "", false
	}
	return p, typ, true
}

// asConverted binds, in a helper, `apiErr := ToApiError(err)` with err a
// parameter as errors.As would: apiErr is err seen as the type the
// conversion keeps (the fallbacks, for other errors, stay unknown).
func (in *interp) asConverted(st *state, e ast.Expr) (aux, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || in.summarising {
		return aux{}, false
	}
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok {
		return aux{}, false
	}
	fact := in.an.errorFactOf(fn.Origin())
	if fact == nil || fact.Wraps == 0 || fact.As == "" {
		return aux{}, false
	}
	a := callArg(in.info(), call, fn.Type().(*types.Signature), fact.Wraps)
	if a == nil {
		return aux{}, false
	}
	if p := in.paramIndex(a); p > 0 {
		return aux{kind: auxErrOf, param: p, typ: fact.As}, true
	}
	if id, ok := ast.Unparen(a).(*ast.Ident); ok {
		if x, ok := st.aux[in.info().Uses[id]]; ok && x.kind == auxErrOf && x.typ == fact.As {
			return x, true
		}
	}
	return aux{}, false
}

// mentions reports whether n uses obj.
func mentions(info *types.Info, n ast.Node, obj types.Object) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		if id, ok := m.(*ast.Ident); ok && info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// guardedSource returns the call whose error a local variable returned by
// ret holds, when the return sits in the body of `if err != nil` right
// after the assignment that sets it (in the if's init or the statement
// before the if), and nothing in that body assigns it again: the Go
// idiom `v, err := f(); if err != nil { return ..., err }`. A variable
// assigned in several places has no single value for the whole function,
// but at such a return it holds the call's. Nil when ret is not of that
// shape.
func guardedSource(info *types.Info, body *ast.BlockStmt, ret *ast.ReturnStmt, r ast.Expr) ast.Expr {
	id, ok := ast.Unparen(r).(*ast.Ident)
	if !ok {
		return nil
	}
	obj, ok := info.Uses[id].(*types.Var)
	if !ok || obj.Parent() == nil || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() {
		return nil
	}
	// The nodes from body down to ret.
	var path []ast.Node
	ast.Inspect(body, func(n ast.Node) bool {
		if n == nil {
			return false
		}
		if _, isLit := n.(*ast.FuncLit); isLit || n.End() < ret.Pos() || n.Pos() > ret.End() {
			return false
		}
		path = append(path, n)
		return n != ast.Node(ret)
	})
	if len(path) == 0 || path[len(path)-1] != ast.Node(ret) {
		return nil
	}
	for i := len(path) - 2; i >= 1; i-- {
		ifs, ok := path[i].(*ast.IfStmt)
		if !ok || path[i+1] != ast.Node(ifs.Body) {
			continue
		}
		if !isNotNil(info, ifs.Cond, obj) {
			continue // an if inside the one that tests v
		}
		if assigns(info, ifs.Body, obj) {
			return nil
		}
		if src := assignedBy(info, ifs.Init, obj); src != nil {
			return src
		}
		list := StmtList(path[i-1])
		if k := slices.Index(list, ast.Stmt(ifs)); k > 0 {
			return assignedBy(info, list[k-1], obj)
		}
		return nil
	}
	return nil
}

// isNotNil reports whether cond is `v != nil` (or `nil != v`).
func isNotNil(info *types.Info, cond ast.Expr, v types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	return (isIdentOf(info, b.X, v) && isNilLit(info, b.Y)) || (isIdentOf(info, b.Y, v) && isNilLit(info, b.X))
}

// isNilLit reports whether e is the predeclared nil.
func isNilLit(info *types.Info, e ast.Expr) bool {
	tv, ok := info.Types[ast.Unparen(e)]
	return ok && tv.IsNil()
}

// assigns reports whether n assigns v anywhere (or takes its address).
func assigns(info *types.Info, n ast.Node, v types.Object) bool {
	found := false
	ast.Inspect(n, func(m ast.Node) bool {
		switch m := m.(type) {
		case *ast.AssignStmt:
			for _, l := range m.Lhs {
				found = found || isIdentOf(info, l, v)
			}
		case *ast.UnaryExpr:
			found = found || (m.Op == token.AND && isIdentOf(info, m.X, v))
		}
		return !found
	})
	return found
}

// assignedBy returns the call statement s assigns v from, `v := f()` or
// `x, v := f()` (v the call's error result), or nil.
func assignedBy(info *types.Info, s ast.Stmt, v types.Object) ast.Expr {
	as, ok := s.(*ast.AssignStmt)
	if !ok || (as.Tok != token.DEFINE && as.Tok != token.ASSIGN) {
		return nil
	}
	for i, l := range as.Lhs {
		if !isIdentOf(info, l, v) {
			continue
		}
		var rhs ast.Expr
		switch {
		case len(as.Rhs) == len(as.Lhs):
			rhs = as.Rhs[i]
		case len(as.Rhs) == 1 && tupleErr(info, as.Rhs[0]) == i:
			rhs = as.Rhs[0]
		}
		if _, isCall := ast.Unparen(rhs).(*ast.CallExpr); isCall {
			return rhs
		}
		return nil
	}
	return nil
}

// messageLike reports a payload a fact leaves out: a value an error
// handler sends as the message (a string, an error, an interface). A
// parameter, a value of another concrete type (echo's
// NewHTTPError(404, Error{...})) and a value not known (payload{}) are
// kept.
func (an *Analysis) messageLike(p payload) bool {
	return p.param == 0 && p.expr != nil && (an.Info == nil || !concreteNonMessage(an.Info.TypeOf(p.expr)))
}

// samePayloads reports whether two returns of one type set the interface
// fields alike: the same payload, or a message either way.
func (an *Analysis) samePayloads(a, b map[string]payload) bool {
	for _, m := range []map[string]payload{a, b} {
		for k := range m {
			p, inA := a[k]
			q, inB := b[k]
			if !(inA && inB && p == q) && !((!inA || an.messageLike(p)) && (!inB || an.messageLike(q))) {
				return false
			}
		}
	}
	return true
}

// mergePayloads is what the interface fields hold for an error made by
// several returns that set them alike (samePayloads): the payload, or
// nothing where it is a message (left out, as a fact leaves it).
func (an *Analysis) mergePayloads(a, b map[string]payload) map[string]payload {
	out := map[string]payload{}
	for k, p := range a {
		if q, ok := b[k]; ok && p == q {
			out[k] = p
		}
	}
	return out
}

// StmtList returns the statements of a block, a case or a select clause;
// nil for another node.
func StmtList(n ast.Node) []ast.Stmt {
	switch n := n.(type) {
	case *ast.BlockStmt:
		return n.List
	case *ast.CaseClause:
		return n.Body
	case *ast.CommClause:
		return n.Body
	}
	return nil
}

// returnsIn yields the return statements of body, not those of the
// function literals in it.
func returnsIn(body *ast.BlockStmt) iter.Seq[*ast.ReturnStmt] {
	return func(yield func(*ast.ReturnStmt) bool) {
		stop := false
		ast.Inspect(body, func(n ast.Node) bool {
			if _, isLit := n.(*ast.FuncLit); isLit || stop {
				return false
			}
			if ret, isRet := n.(*ast.ReturnStmt); isRet {
				stop = !yield(ret)
				return false
			}
			return true
		})
	}
}
