package engine

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// Builders and fluent senders keep what the response will be in fields of
// the value that holds the writer, and write it later:
//
//	resp.New(w, r).WithStatus(404).WithHeader(k, v).WithBytes(b).Send()
//	JSON(w).Status(code).Send(v)
//
// The engine follows them with three pieces:
//
//   - A store into an int or body field of such a value is an EvSetField
//     event on the writer's path (and a SetField step in a fact). A literal
//     of the type stores every such field, so a new builder forgets the
//     last one's values.
//   - A read of the field takes the value of the latest store on the path.
//     Where there is none and the value is the receiver of a method being
//     summarised, the read stays symbolic (recv.field) and each call
//     resolves it from the stores before it.
//   - A function whose first result holds the same writer (a constructor,
//     a method returning its receiver) has Helper.Returns, so a chained
//     call's value is the writer too.
//
// Fields are keyed by type, so the model assumes that two builders of one
// type over one writer are not filled in at the same time.
//
// An http.Header field of such a value is taken as the writer's own header
// map: builders copy it into w.Header() before they write the status.

// holderField returns the key of field sel of a value that holds our writer
// (or of the receiver being summarised), with the field's variable.
func (in *interp) holderField(st *state, e ast.Expr) (string, *types.Var, bool) {
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return "", nil, false
	}
	s, ok := in.info().Selections[sel]
	if !ok || s.Kind() != types.FieldVal || !holdsWriter(s.Recv()) {
		return "", nil, false
	}
	if _, ok := in.writerOf(st, sel.X); !ok && !in.isRecv(sel.X) {
		return "", nil, false
	}
	f := s.Obj().(*types.Var)
	return fieldKey(s.Recv(), f), f, true
}

// fieldKey names field f of the holder type t.
func fieldKey(t types.Type, f *types.Var) string { return typeKey(t) + "." + f.Name() }

// stateField reports the fields whose values the model tracks: ints (a
// status), bools (a flag such as wroteHeader, as 0 or 1) and bodies
// ([]byte, string, interfaces).
func stateField(t types.Type) (status, body bool) {
	if isIntType(t) || isBoolType(t) {
		return true, false
	}
	if types.IsInterface(t) && !isErrorType(t) {
		return false, true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return false, u.Info()&types.IsString != 0
	case *types.Slice:
		b, ok := u.Elem().Underlying().(*types.Basic)
		return false, ok && b.Kind() == types.Byte
	}
	return false, false
}

// lastSet returns the latest store into field key on this path, or nil.
func lastSet(st *state, key string) *Event {
	for n := st.ev; n != nil; n = n.prev {
		if n.ev.Kind == EvSetField && n.ev.Field == key {
			return n.ev
		}
	}
	return nil
}

// setField records the store of v into field f (key) of our writer's holder.
func (in *interp) setField(st *state, at ast.Node, w ast.Expr, key string, f *types.Var, v ast.Expr) {
	status, body := stateField(f.Type())
	if !status && !body {
		return
	}
	ev := &Event{Kind: EvSetField, Node: at, Writer: w, Field: key, Nil: summary.ResultUnknown}
	if v == nil {
		// Left out of a literal: the zero value, which no rule judges.
		ev.Nil = summary.ResultZero
		in.emit(st, ev)
		return
	}
	if status {
		ev.Status = in.status(st, v)
	} else {
		t := in.info().TypeOf(v)
		mode := "value" // kept as it is; the flush decides how it is sent
		if s, _ := stateField(t); t != nil && !types.IsInterface(t) && !s {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
				mode = "text"
			} else if _, ok := t.Underlying().(*types.Slice); ok {
				mode = "bytes"
			}
		}
		ev.Body, ev.BodyExpr = in.paramBody(st, v, mode), v
		switch {
		case t == nil:
		case types.IsInterface(t):
			ev.Nil = in.resOf(st, v)
		case types.IsInterface(f.Type()):
			// A typed value in an interface field is never nil.
			ev.Nil, ev.Type = summary.ResultNonZero, types.TypeString(t, nil)
		default:
			ev.Nil, ev.Type = in.resOf(st, v), types.TypeString(t, nil)
		}
		if tv, ok := in.info().Types[v]; ok && tv.IsNil() {
			ev.Nil, ev.Type = summary.ResultZero, ""
		}
	}
	in.emit(st, ev)
}

// holderLit models a literal of a type that holds our writer: it stores
// every tracked field, the ones left out as their zero value.
func (in *interp) holderLit(st *state, lit *ast.CompositeLit, w ast.Expr) {
	t := in.info().TypeOf(lit)
	s, ok := t.Underlying().(*types.Struct)
	if !ok {
		return
	}
	given := map[*types.Var]ast.Expr{}
	for i, el := range lit.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if id, ok := kv.Key.(*ast.Ident); ok {
				if f, ok := in.info().Uses[id].(*types.Var); ok {
					given[f] = kv.Value
				}
			}
		} else if i < s.NumFields() {
			given[s.Field(i)] = el
		}
	}
	for f, v := range given {
		if !IsResponseWriter(f.Type()) {
			in.expr(st, v)
		}
	}
	for i := range s.NumFields() {
		f := s.Field(i)
		if !IsResponseWriter(f.Type()) {
			in.setField(st, lit, w, fieldKey(t, f), f, given[f])
		}
	}
}

// holderExpr evaluates e for its effects if it is a value that holds our
// writer: a chain of calls, a literal, a variable. It reports whether it is.
func (in *interp) holderExpr(st *state, e ast.Expr) bool {
	e = ast.Unparen(e)
	if t := in.info().TypeOf(e); t == nil || !holdsWriter(t) {
		return false
	}
	w, ok := in.writerOf(st, e)
	if !ok {
		return false
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		in.call(st, x)
	case *ast.UnaryExpr:
		if lit, ok := ast.Unparen(x.X).(*ast.CompositeLit); ok {
			in.holderLit(st, lit, w)
		}
	case *ast.CompositeLit:
		in.holderLit(st, x, w)
	}
	return true
}

// returnedHolder returns the writer behind a call whose callee's first
// result holds the writer of its argument or receiver (Helper.Returns).
func (in *interp) returnedHolder(st *state, call *ast.CallExpr) (ast.Expr, bool) {
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok {
		return nil, false
	}
	sum := in.an.summaryOf(fn)
	if sum == nil || !sum.Fact.Returns {
		return nil, false
	}
	var warg ast.Expr
	switch {
	case sum.Fact.Writer == summary.Receiver:
		warg = recvArg(in.info(), call)
	case sum.Fact.Writer >= 0 && sum.Fact.Writer < len(call.Args):
		warg = call.Args[sum.Fact.Writer]
	}
	if warg == nil {
		return nil, false
	}
	return in.writerOf(st, warg)
}

// fieldStatus resolves a read of a holder's int field: the latest store,
// or recv.field in a method of the holder being summarised.
func (in *interp) fieldStatus(st *state, x ast.Expr, key string) (Status, bool) {
	if _, ok := in.writerOf(st, x); !ok && !in.isRecv(x) {
		return Status{}, false
	}
	if set := lastSet(st, key); set != nil {
		return set.Status, true
	}
	if in.isRecv(x) {
		return Status{Param: summary.Receiver, Field: key}, true
	}
	return Status{}, true
}

// fieldBody resolves a body read from a holder's field, sent in mode.
func (in *interp) fieldBody(st *state, x ast.Expr, key, mode string) Body {
	if set := lastSet(st, key); set != nil {
		return set.Body
	}
	if in.isRecv(x) {
		return Body{Param: summary.Receiver, Field: key, Mode: mode}
	}
	return Body{}
}

// fieldNil says whether field key holds nil, from the latest store.
func fieldNil(st *state, key string) uint8 {
	if set := lastSet(st, key); set != nil {
		return set.Nil
	}
	return summary.ResultUnknown
}

// fieldIs says whether field key holds a value of type typ, from the
// latest store.
func fieldIs(st *state, key, typ string) (holds, known bool) {
	set := lastSet(st, key)
	switch {
	case set == nil:
		return false, false
	case set.Nil == summary.ResultZero:
		return false, true
	case set.Type != "":
		return set.Type == typ, true
	}
	return false, false
}

// fieldCond is a test of a receiver's field that a path took (see
// summary.FieldCond); a persistent list, so forks share it.
type fieldCond struct {
	c    summary.FieldCond
	prev *fieldCond
}

// assumeField records on st that the path took test c of a receiver's
// field whose value is not known here: each call decides.
func (in *interp) assumeField(st *state, recv ast.Expr, c summary.FieldCond) {
	if in.isRecv(recv) && lastSet(st, c.Field) == nil {
		st.fconds = &fieldCond{c: c, prev: st.fconds}
	}
}

// fieldsHold reports whether a call may take a path with field tests cs:
// a store before the call that fails one rules the path out.
func fieldsHold(st *state, cs []summary.FieldCond) bool {
	for _, c := range cs {
		if c.Type == "" {
			if n := fieldNil(st, c.Field); n != summary.ResultUnknown && (n == summary.ResultZero) != c.Holds {
				return false
			}
			continue
		}
		if is, known := fieldIs(st, c.Field, c.Type); known && is != c.Holds {
			return false
		}
	}
	return true
}

// typeAssertField reports `x.f.(T)` on a tracked field of a holder: the
// field's key, T as written in types.TypeString, and the holder.
func (in *interp) typeAssertField(st *state, e ast.Expr) (key, typ string, holder ast.Expr, ok bool) {
	ta, isTA := ast.Unparen(e).(*ast.TypeAssertExpr)
	if !isTA || ta.Type == nil {
		return "", "", nil, false
	}
	key, _, ok = in.holderField(st, ta.X)
	if !ok {
		return "", "", nil, false
	}
	return key, types.TypeString(in.info().TypeOf(ta.Type), nil), ast.Unparen(ta.X).(*ast.SelectorExpr).X, true
}

// nilField reports `x.f == nil` / `x.f != nil` on a tracked field.
func (in *interp) nilField(st *state, e *ast.BinaryExpr) (key string, holder ast.Expr, ok bool) {
	x, isNil := in.nilCompare(e)
	if !isNil {
		return "", nil, false
	}
	key, _, ok = in.holderField(st, x)
	if !ok {
		return "", nil, false
	}
	return key, ast.Unparen(x).(*ast.SelectorExpr).X, true
}

// storedBody resolves e when it names the value a builder stored in a
// body field (data after `data, ok := b.body.([]byte)`).
func (in *interp) storedBody(st *state, e ast.Expr, mode string) (Body, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return Body{}, false
	}
	a, ok := st.aux[in.info().Uses[id]]
	if ok && a.kind == auxDynVal && a.val != nil {
		return in.argBody(st, a.val, mode), true
	}
	if !ok || a.kind != auxFieldVal {
		return Body{}, false
	}
	return in.fieldBody(st, a.writer, a.typ, mode), true
}

// fieldCase enters case c of `switch v := b.body.(type)` on a builder's
// field, as `v, ok := b.body.([]byte)` does: false when the value stored
// on this path rules the case out; otherwise the path assumes the test
// (each call decides) and v is the stored value. A default clause (or
// the way past a switch without one) is the case where no listed type
// matched.
func (in *interp) fieldCase(st *state, ts *ast.TypeSwitchStmt, c *ast.CaseClause) bool {
	ta := switchSubject(ts)
	if ta == nil {
		return true
	}
	key, _, ok := in.holderField(st, ta.X)
	if !ok {
		return true
	}
	holder := ast.Unparen(ta.X).(*ast.SelectorExpr).X
	test := func(t ast.Expr, holds bool) bool {
		fc := summary.FieldCond{Field: key, Holds: holds}
		if tv, ok := in.info().Types[t]; ok && tv.IsNil() {
			if n := fieldNil(st, key); n != summary.ResultUnknown {
				return (n == summary.ResultZero) == holds
			}
		} else {
			fc.Type = types.TypeString(in.info().TypeOf(t), nil)
			if is, known := fieldIs(st, key, fc.Type); known {
				return is == holds
			}
		}
		in.assumeField(st, holder, fc)
		return true
	}
	if c.List != nil {
		if len(c.List) != 1 {
			return true // one of several types: nothing assumed
		}
		if !test(c.List[0], true) {
			return false
		}
		if obj := in.info().Implicits[c]; obj != nil {
			st.aux[obj] = aux{kind: auxFieldVal, writer: holder, typ: key}
		}
		return true
	}
	for _, cc := range ts.Body.List {
		cc := cc.(*ast.CaseClause)
		for _, t := range cc.List {
			if !test(t, false) {
				return false
			}
		}
	}
	return true
}
