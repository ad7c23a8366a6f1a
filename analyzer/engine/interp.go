package engine

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"github.com/errcontract/errcontract/analyzer/summary"
)

func sortStrings(s []string) { sort.Strings(s) }

// MaxStates bounds the live paths through one statement. A function that
// needs more is marked Incomplete and left alone: silence over guesswork.
const MaxStates = 256

// auxKind says what a local variable holds that matters to a response.
type auxKind int

const (
	auxWriter     auxKind = iota + 1 // an alias of the ResponseWriter
	auxHeader                        // w.Header()
	auxEncoder                       // json.NewEncoder(w)
	auxMarshaled                     // the []byte of json.Marshal(v)
	auxWriteErr                      // the error of a body write
	auxMapLit                        // a map literal whose values are constant statuses
	auxErrOf                         // a parameter's error seen as type typ (errors.As, type switch)
	auxErrVal                        // an error value with known statuses
	auxFieldVal                      // the value a builder stored in field typ (writer: the builder)
	auxFieldTest                     // whether that value has a type (fc), unknown here
	auxStream                        // an io.Writer that writes to the writer (typ "pass": the bytes keep their kind)
	auxForeignErr                    // an error returned by a function of package typ, of no known value
	auxBufEncoder                    // json.NewEncoder(buf) over a local bytes.Buffer (writer: the buffer)
	auxTypeTest                      // whether parameter param's error (or subj's) is of type typ, unknown here
	auxNotType                       // an error of no known value that is not of type typ
	auxDynVal                        // an interface variable holding val, of dynamic type dyn (dynvals.go)
)

type aux struct {
	kind   auxKind
	writer ast.Expr // for auxEncoder/auxHeader/auxWriter: the writer as written
	body   Body
	status Status
	param  int    // auxErrOf: 1-based parameter
	typ    string // auxErrOf: the type it is seen as
	err    ErrVal // auxErrVal
	fc     summary.FieldCond
	subj   types.Object // auxTypeTest of a local error: that variable
	val    ast.Expr     // auxDynVal: the value assigned
	dyn    types.Type   // auxDynVal: its type
}

// evNode is a persistent list of events, newest first, so that forked paths
// share their prefix.
type evNode struct {
	ev   *Event
	prev *evNode
	n    int
}

type deferred struct {
	stmt *ast.DeferStmt
	prev *deferred
}

// state is one path in flight.
type state struct {
	ev     *evNode
	env    map[types.Object]Status
	aux    map[types.Object]aux
	defers *deferred
	// sinks are the errors appended to sinks on this path (sinks.go).
	sinks  *sinkRec
	alts   []pendingAlt // forks asked for by helper calls in this statement
	last   *lastSplice  // the helper call spliced last
	calls  *callRes     // what the helpers called in this statement return on this path
	ret    []uint8      // what the function returns on this path (set at a return)
	conds  *paramCond   // what this path assumed of the int parameters
	fconds *fieldCond   // what this path assumed of the receiver's fields
	// retHolder: the return on this path gives back a value that holds
	// the writer (see Helper.Returns).
	retHolder bool
	// retHandedOn: the return gives back the error of a call that handed
	// the response to another handler (`return next(c)`): that handler's.
	retHandedOn bool
	// retErr is the error the return on this path gives back, where it
	// carries a status (see summary.Path.Err); retNot, where it has no
	// known value, a type it is not of (Path.NotType).
	retErr *ErrVal
	retNot string
}

// paramCond is a comparison of an int parameter with a constant that a
// path took as true (status > 299): a caller whose argument cannot
// satisfy it does not take the path. A persistent list, so forks share it.
type paramCond struct {
	param int // 1-based
	op    token.Token
	val   int
	// sentinel: the parameter, an error, compared with this plain
	// sentinel ("import/path.name", summary.Cond.Sentinel); val is unused.
	sentinel string
	// field: the comparison is of this status of the parameter (an
	// error's field, summary.Cond.Field).
	field string
	// typ: the parameter, an error, asserted to this type (op == or !=,
	// summary.Cond.Type); val is unused.
	typ string
	// as, with typ: errors.As finds that type in the parameter's chain
	// (op ==) or not (summary.Cond.As).
	as   bool
	prev *paramCond
}

// callRes records what a spliced call returns on one path; a persistent
// list, so that forks share it.
type callRes struct {
	call *ast.CallExpr
	res  []uint8
	err  *ErrVal // the error it returns, where that carries a status
	// val, for a literal run in place, is the expression its return gave,
	// and notType a type that value is not of (Path.NotType).
	val     ast.Expr
	notType string
	prev    *callRes
}

// callResult returns what call returns on this path, if it was spliced.
func (s *state) callResult(call *ast.CallExpr) ([]uint8, bool) {
	if c := s.callRec(call); c != nil {
		return c.res, true
	}
	return nil, false
}

// callRec returns the record of call on this path, if it was spliced.
func (s *state) callRec(call *ast.CallExpr) *callRes {
	for c := s.calls; c != nil; c = c.prev {
		if c.call == call {
			return c
		}
	}
	return nil
}

// returnsHandedOn reports whether ret gives back, as its last result, the
// call that handed the response to another handler on this path.
func returnsHandedOn(st *state, ret *ast.ReturnStmt) bool {
	if len(ret.Results) == 0 {
		return false
	}
	last := ast.Unparen(ret.Results[len(ret.Results)-1])
	for n := st.ev; n != nil; n = n.prev {
		if e := n.ev; e.Kind == EvOpaque && e.Delegate && e.Call != nil && ast.Expr(e.Call) == last {
			return true
		}
	}
	return false
}

func (s *state) clone() *state {
	c := &state{ev: s.ev, defers: s.defers, alts: s.alts, last: s.last, calls: s.calls, ret: s.ret, conds: s.conds,
		fconds: s.fconds, retHolder: s.retHolder, retHandedOn: s.retHandedOn, retErr: s.retErr, retNot: s.retNot, sinks: s.sinks,
		env: make(map[types.Object]Status, len(s.env)),
		aux: make(map[types.Object]aux, len(s.aux))}
	for k, v := range s.env {
		c.env[k] = v
	}
	for k, v := range s.aux {
		c.aux[k] = v
	}
	return c
}

func (s *state) push(e *Event) {
	n := 1
	if s.ev != nil {
		n = s.ev.n + 1
	}
	s.ev = &evNode{ev: e, prev: s.ev, n: n}
}

// key identifies states that behave identically from here on.
func (s *state) key() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%p/%p/%p", s.ev, s.defers, s.sinks)
	keys := make([]string, 0, len(s.env)+len(s.aux))
	for k, v := range s.env {
		keys = append(keys, fmt.Sprintf("e%p=%s", k, v))
	}
	for k, v := range s.aux {
		keys = append(keys, fmt.Sprintf("a%p=%d/%p/%d/%s/%d/%s/%s%v/%v/%p", k, v.kind, v.writer, v.body.Kind, v.status, v.param, v.typ, v.err.Type, v.err.Fields, v.fc, v.val))
	}
	// Paths a funnel takes for different kinds of error (errors.As, a
	// predicate) stay apart: joined, the path would assume only what both
	// did and be taken for an error of neither kind.
	for c := s.conds; c != nil; c = c.prev {
		if c.as {
			keys = append(keys, fmt.Sprintf("c%d%s%s", c.param, c.op, c.typ))
		}
	}
	sort.Strings(keys)
	b.WriteString(strings.Join(keys, ","))
	return b.String()
}

func dedupe(in []*state) []*state {
	if len(in) < 2 {
		return in
	}
	seen := make(map[string]bool, len(in))
	out := in[:0:0]
	first := make(map[string]*state, len(in))
	for _, s := range in {
		k := s.key()
		if !seen[k] {
			seen[k] = true
			first[k] = s
			out = append(out, s)
		} else {
			// Merged paths assume only what both assumed.
			f := first[k]
			if f.conds != s.conds {
				f.conds = commonConds(f.conds, s.conds)
			}
			if f.fconds != s.fconds {
				f.fconds = commonTail(f.fconds, s.fconds)
			}
		}
	}
	return out
}

// commonConds returns the conditions both lists hold, compared by value:
// two branches that each tested status != 0 before they parted keep it.
func commonConds(a, b *paramCond) *paramCond {
	tail := commonList(a, b, func(c *paramCond) *paramCond { return c.prev })
	inB := func(c *paramCond) bool {
		for d := b; d != tail; d = d.prev {
			if d.param == c.param && d.op == c.op && d.val == c.val && d.sentinel == c.sentinel && d.field == c.field && d.typ == c.typ && d.as == c.as {
				return true
			}
		}
		return false
	}
	var keep []*paramCond
	for c := a; c != tail; c = c.prev {
		if inB(c) {
			keep = append(keep, c)
		}
	}
	out := tail
	for i := len(keep) - 1; i >= 0; i-- {
		c := *keep[i]
		c.prev = out
		out = &c
	}
	return out
}

func commonTail(a, b *fieldCond) *fieldCond {
	return commonList(a, b, func(c *fieldCond) *fieldCond { return c.prev })
}

// commonList returns the longest tail two persistent lists share.
func commonList[T comparable](a, b T, prev func(T) T) T {
	var null T
	depth := func(c T) int {
		n := 0
		for ; c != null; c = prev(c) {
			n++
		}
		return n
	}
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		a = prev(a)
	}
	for ; db > da; db-- {
		b = prev(b)
	}
	for a != b {
		a, b = prev(a), prev(b)
	}
	return a
}

// jump is a pending break, continue or fallthrough.
type jump struct {
	tok    token.Token
	target ast.Stmt // the loop, switch or select it leaves
	st     *state
}

type flow struct {
	next  []*state
	jumps []jump
}

// frame is an enclosing breakable statement.
type frame struct {
	stmt  ast.Stmt
	label string
	loop  bool
}

type stmtFrame struct {
	stmt   ast.Stmt
	inList bool
}

// interp runs one function.
type interp struct {
	// scopes caches the variables each compound statement declares (scoped).
	scopes  map[ast.Stmt][]types.Object
	an      *Analysis
	fn      *Func
	writers map[types.Object]bool
	params  map[types.Object]int // 1-based index of each parameter
	// reassigned parameters no longer hold the caller's value; firstAssign
	// is where they may first stop holding it (a loop's start for an
	// assignment in a loop), so that a use before it still reads it.
	reassigned  map[types.Object]bool
	firstAssign map[types.Object]token.Pos
	// summarising is set while summarising an error constructor, where a
	// parameter returned as the error is the caller's error.
	summarising bool
	// recvShift is 1 while summarising a method as an error constructor:
	// its receiver is parameter 1.
	recvShift int
	// recv is the receiver of a method summarised as a helper: its fields
	// are summary.Receiver values, resolved at each call.
	recv types.Object
	// bind, when set, are the parameters in place of the function type's:
	// the variables a block summarised as a function of its own is given
	// (an adapter's code after its handler call, statusTail).
	bind    []types.Object
	escaped map[types.Object]bool
	// foreignVars memoises foreignErr for local variables.
	foreignVars map[types.Object]bool
	// unsealed holds the variables (locals and parameters) of a response
	// record type (sentBySelf) whose fields may change after the value is
	// made (see unsealedRecords); recvStores the receiver's fields the
	// method being summarised assigns. Both are computed on first use.
	unsealed   map[types.Object]bool
	recvStores map[string]bool
	// depth counts the closures interpreted inside one another (readOnlyClosure).
	depth  int
	frames []frame
	stmts  []stmtFrame
	label  string // label of the statement about to run
	paths  []*Path
	abort  bool
	// given holds error values that no expression of the program makes,
	// by the placeholder that stands for them (a router's own error,
	// handed to the app's error handler: answerThrough).
	given map[ast.Expr]ErrVal
	// bindCall is the call on the right of the assignment being run, and
	// bound the stream it returns (see streamCtor).
	bindCall *ast.CallExpr
	bound    *aux
	// seed, for a literal run where it is written (inlineLiterals), is the
	// caller's state at the call: the literal starts from its variables.
	seed *state
	// seedParams are the caller's parameters the literal reads as its own.
	seedParams map[types.Object]int
	// retTo, while summarising an adapter's code that runs in a literal
	// called in place, is where the literal's returns go on; valueOf maps
	// such a call, while its continuation runs, to the expression the
	// literal returned.
	retTo   *litReturn
	valueOf map[*ast.CallExpr]ast.Expr
	// held caches heldLits.
	held map[*types.Var]*ast.FuncLit
}

// equalsErrVar binds, on the branch where `err == ErrUserNotFound` holds,
// a local error to the package-level error value it equals: an error that
// carries a status from then on (writefreely's `if err == ErrUserNotFound
// { return err }` over a database error).
func (in *interp) equalsErrVar(st *state, e *ast.BinaryExpr) bool {
	for k, side := range []ast.Expr{e.X, e.Y} {
		id, ok := ast.Unparen(side).(*ast.Ident)
		if !ok {
			continue
		}
		obj, ok := in.info().Uses[id].(*types.Var)
		if !ok || !isErrorType(obj.Type()) || in.params[obj] > 0 || obj.Parent() == nil || obj.Pkg() == nil || obj.Parent() == obj.Pkg().Scope() || !in.trackable(obj) {
			continue
		}
		other := []ast.Expr{e.Y, e.X}[k]
		g, ok := in.identObj(other).(*types.Var)
		if !ok && other != nil {
			if sel, isSel := ast.Unparen(other).(*ast.SelectorExpr); isSel {
				g, ok = in.info().Uses[sel.Sel].(*types.Var)
			}
		}
		if !ok || g.Pkg() == nil || g.Parent() != g.Pkg().Scope() {
			continue
		}
		if v, ok := in.errValue(st, other); ok {
			st.aux[obj] = aux{kind: auxErrVal, err: v}
			return true
		}
	}
	return false
}

// unfold returns, for the call of a literal whose continuation is running,
// the expression it returned; e otherwise.
func (in *interp) unfold(e ast.Expr) ast.Expr {
	for {
		c, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return e
		}
		v, ok := in.valueOf[c]
		if !ok {
			return e
		}
		e = v
	}
}

// returnOn runs, after a return of a literal called in place, the
// statements that go on with its value (retTo), and ends the paths there.
func (in *interp) returnOn(st *state, ret *ast.ReturnStmt) {
	to := in.retTo
	if len(ret.Results) != 1 {
		in.finish(st, ret.Pos())
		return
	}
	in.retTo = nil
	if in.valueOf == nil {
		in.valueOf = map[*ast.CallExpr]ast.Expr{}
	}
	in.valueOf[to.call] = ret.Results[0]
	st.ret, st.retErr, st.retHandedOn, st.retHolder = nil, nil, false, false
	f := in.list(to.rest, []*state{st})
	for _, x := range f.next {
		in.finish(x, to.end)
	}
	delete(in.valueOf, to.call)
	in.retTo = to
}

func (in *interp) info() *types.Info { return in.an.Info }

func (in *interp) run() {
	in.setup()
	st := &state{env: map[types.Object]Status{}, aux: map[types.Object]aux{}}
	if in.seed != nil {
		c := in.seed.clone()
		st.env, st.aux = c.env, c.aux
	}
	// Named results start as their zero value: false, 0, nil.
	if ft := in.fn.Type; ft != nil && ft.Results != nil {
		for _, f := range ft.Results.List {
			for _, n := range f.Names {
				if obj := in.info().Defs[n]; obj != nil && in.trackable(obj) {
					st.env[obj] = Single(0)
				} else if obj != nil {
					in.bindZero(st, n)
				}
			}
		}
	}
	f := in.list(in.fn.Body.List, []*state{st})
	for _, s := range f.next {
		in.finish(s, in.fn.Body.Rbrace)
	}
	if in.abort {
		in.fn.Incomplete = true // Why is set
		in.fn.Paths = nil
		return
	}
	in.fn.Paths = in.paths
}

// setup indexes the parameters and the variables we cannot follow.
func (in *interp) setup() {
	in.escaped = escapedVars(in.info(), in.fn.Body)
	in.reassigned = assignedVars(in.info(), in.fn.Body)
	for obj := range nilledOnly(in.info(), in.fn.Body) {
		// `err = nil` of the caller's error: nil on the paths that set
		// it (the state says so), the caller's value on the others.
		delete(in.reassigned, obj)
	}
	in.params = map[types.Object]int{}
	for obj, i := range in.seedParams {
		in.params[obj] = i
	}
	for i, obj := range in.bind {
		in.params[obj] = i + 1
	}
	i := 0
	for _, f := range in.fn.Type.Params.List {
		if len(f.Names) == 0 {
			i++
		}
		for _, n := range f.Names {
			i++
			if obj := in.info().Defs[n]; obj != nil {
				in.params[obj] = i
				if in.reassigned[obj] && in.firstAssign == nil {
					in.firstAssign = firstAssigns(in.info(), in.fn.Body)
				}
			}
		}
	}
}

// finish runs the deferred calls and records the path.
func (in *interp) finish(st *state, end token.Pos) {
	if len(st.alts) > 0 {
		for _, s := range in.expand([]*state{st}) {
			in.finish(s, end)
		}
		return
	}
	if st.defers != nil || st.sinks != nil {
		// The deferred calls, then what the caller sends of the sinks,
		// each forking the path as a statement does.
		ds := st.defers
		st.defers = nil
		for d := ds; d != nil; d = d.prev {
			in.pushStmt(d.stmt, false)
			in.deferredCall(st, d.stmt.Call)
			in.popStmt()
		}
		in.sendSinks(st)
		st.sinks = nil
		if len(st.alts) > 0 {
			for _, s := range in.expand([]*state{st}) {
				in.finish(s, end)
			}
			return
		}
	}
	p := &Path{End: end, Events: make([]*Event, 0), Results: st.ret, Params: in.assumed(st), RetHolder: st.retHolder, HandedOn: st.retHandedOn, Err: st.retErr, NotType: st.retNot}
	for c := st.conds; c != nil; c = c.prev {
		p.Conds = append([]summary.Cond{{Param: c.param, Op: c.op.String(), Value: c.val, Sentinel: c.sentinel, Field: c.field, Type: c.typ, As: c.as}}, p.Conds...)
	}
	for c := st.fconds; c != nil; c = c.prev {
		p.Fields = append([]summary.FieldCond{c.c}, p.Fields...)
	}
	if st.ev != nil {
		p.Events = make([]*Event, st.ev.n)
		for n := st.ev; n != nil; n = n.prev {
			p.Events[n.n-1] = n.ev
		}
	}
	in.paths = append(in.paths, p)
}

func (in *interp) pushStmt(s ast.Stmt, inList bool) {
	in.stmts = append(in.stmts, stmtFrame{s, inList})
}
func (in *interp) popStmt() { in.stmts = in.stmts[:len(in.stmts)-1] }

// emit records e on st, filling in the statements.
func (in *interp) emit(st *state, e *Event) {
	in.fill(e)
	if e.Node == nil && e.Call != nil {
		e.Node = e.Call
	}
	// The writer's framework decides when the response is committed.
	if e.Framework == nil && e.Writer != nil {
		e.Framework, _ = carrierOf(in.info().TypeOf(e.Writer))
	}
	if f := e.Framework; f != nil {
		e.Buffered = e.Buffered || f.Buffered
		e.Deferred = (e.Deferred || (f.DeferredStatus && e.Kind == EvStatus)) && !e.Now
	}
	if c, ok := e.StatusExpr.(*ast.CallExpr); ok && !e.Status.Known {
		// A status read from what a literal run in place returned: name
		// that value (an adapter's handler's error, see delegatedErr).
		if r := st.callRec(c); r != nil && r.val != nil {
			e.StatusExpr = r.val
		}
	}
	st.push(e)
}

func (in *interp) list(stmts []ast.Stmt, cur []*state) flow {
	var jumps []jump
	for _, s := range stmts {
		if len(cur) == 0 || in.abort {
			break
		}
		for _, st := range cur {
			st.calls = nil // call results matter within their statement
		}
		cur = in.inlineLiterals(s, cur)
		f := in.stmt(s, cur, true)
		for i := range f.jumps {
			if len(f.jumps[i].st.alts) > 0 {
				for _, x := range in.expand([]*state{f.jumps[i].st}) {
					jumps = append(jumps, jump{tok: f.jumps[i].tok, target: f.jumps[i].target, st: x})
				}
				continue
			}
			jumps = append(jumps, f.jumps[i])
		}
		next := in.expand(f.next)
		if dead := in.scoped(s); len(dead) > 0 {
			// What the statement declared in its own scopes is gone:
			// paths that differ only there behave alike from here on.
			for _, st := range next {
				for _, obj := range dead {
					delete(st.env, obj)
					delete(st.aux, obj)
				}
			}
		}
		cur = dedupe(next)
		if len(cur) > MaxStates || len(jumps) > MaxStates {
			in.giveUp("too many paths")
		}
	}
	return flow{next: cur, jumps: jumps}
}

// scoped returns the variables declared in the scopes a compound
// statement opens (an if's init and branches, a switch's clauses, a
// block), which no code after the statement can name.
func (in *interp) scoped(s ast.Stmt) []types.Object {
	switch s.(type) {
	case *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.ForStmt, *ast.RangeStmt, *ast.BlockStmt, *ast.SelectStmt:
	default:
		return nil
	}
	if objs, ok := in.scopes[s]; ok {
		return objs
	}
	var objs []types.Object
	var walk func(sc *types.Scope)
	walk = func(sc *types.Scope) {
		for _, name := range sc.Names() {
			if v, ok := sc.Lookup(name).(*types.Var); ok {
				objs = append(objs, v)
			}
		}
		for i := range sc.NumChildren() {
			walk(sc.Child(i))
		}
	}
	if sc := in.info().Scopes[s]; sc != nil {
		walk(sc)
	}
	if in.scopes == nil {
		in.scopes = map[ast.Stmt][]types.Object{}
	}
	in.scopes[s] = objs
	return objs
}

func (in *interp) each(cur []*state, fn func(*state)) {
	for _, st := range cur {
		fn(st)
	}
}

func (in *interp) stmt(s ast.Stmt, cur []*state, inList bool) flow {
	if in.abort {
		return flow{}
	}
	in.pushStmt(s, inList)
	defer in.popStmt()
	label := in.label
	in.label = ""

	switch s := s.(type) {
	case *ast.ExprStmt:
		var next []*state
		for _, st := range cur {
			in.expr(st, s.X)
			if !isNoReturn(in.info(), s.X) {
				next = append(next, st)
			}
		}
		return flow{next: next}

	case *ast.AssignStmt:
		if in.heldLiteral(s) != nil {
			// handleFunc := func() error {...}, only ever called: it
			// runs where it is called (inlineLiterals).
			return flow{next: cur}
		}
		in.each(cur, func(st *state) { in.assign(st, s.Lhs, s.Rhs, s.Tok) })
		return flow{next: cur}

	case *ast.DeclStmt:
		gd, ok := s.Decl.(*ast.GenDecl)
		if ok && gd.Tok == token.VAR {
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				lhs := make([]ast.Expr, len(vs.Names))
				for i, n := range vs.Names {
					lhs[i] = n
				}
				in.each(cur, func(st *state) {
					if len(vs.Values) == 0 {
						for _, n := range vs.Names {
							in.bindZero(st, n)
						}
						return
					}
					in.assign(st, lhs, vs.Values, token.DEFINE)
				})
			}
		}
		return flow{next: cur}

	case *ast.IncDecStmt:
		in.each(cur, func(st *state) { in.assign(st, []ast.Expr{s.X}, nil, s.Tok) })
		return flow{next: cur}

	case *ast.SendStmt:
		in.each(cur, func(st *state) { in.expr(st, s.Chan); in.expr(st, s.Value) })
		return flow{next: cur}

	case *ast.ReturnStmt:
		for _, st := range cur {
			for i, r := range s.Results {
				// return b, where b holds the writer: a constructor or a
				// fluent method handing it back (Helper.Returns).
				if h := in.holderExpr(st, r); !h {
					in.expr(st, r)
				} else if i == 0 {
					st.retHolder = true
				}
			}
			// One path per path of a helper called here: each returns
			// its own result, and only some may reach the funnel.
			for _, x := range in.committedResults(in.expand([]*state{st}), s) {
				if x.ret == nil {
					x.ret = in.results(x, s)
				}
				x.retErr = in.returnedErr(x, s)
				if len(s.Results) == 1 && x.retErr == nil {
					if a, ok := x.aux[in.identObj(s.Results[0])]; ok && a.kind == auxNotType {
						x.retNot = a.typ
					}
				}
				x.retHandedOn = returnsHandedOn(x, s)
				if in.retTo != nil {
					in.returnOn(x, s)
					continue
				}
				in.returnToFunnel(x, s)
				in.finish(x, s.Pos())
			}
		}
		return flow{}

	case *ast.BlockStmt:
		return in.list(s.List, cur)

	case *ast.LabeledStmt:
		in.label = s.Label.Name
		f := in.stmt(s.Stmt, cur, false)
		// A labeled break of a non-loop statement lands here.
		var jumps []jump
		for _, j := range f.jumps {
			if j.tok == token.BREAK && j.target == s {
				f.next = append(f.next, j.st)
			} else {
				jumps = append(jumps, j)
			}
		}
		f.jumps = jumps
		return f

	case *ast.IfStmt:
		return in.ifStmt(s, cur)

	case *ast.ForStmt:
		for _, st := range cur {
			if s.Init != nil {
				in.stmtSimple(s.Init, st)
			}
		}
		return in.loop(s, label, cur, s.Cond, s.Post, s.Body)

	case *ast.RangeStmt:
		for _, st := range cur {
			in.expr(st, s.X)
			for _, e := range []ast.Expr{s.Key, s.Value} {
				if id, ok := e.(*ast.Ident); ok {
					in.forget(st, id)
				}
			}
		}
		return in.loop(s, label, cur, nil, nil, s.Body)

	case *ast.SwitchStmt:
		return in.switchStmt(s, label, cur)

	case *ast.TypeSwitchStmt:
		for _, st := range cur {
			if s.Init != nil {
				in.stmtSimple(s.Init, st)
			}
			if es, ok := s.Assign.(*ast.ExprStmt); ok {
				in.expr(st, es.X)
			} else if as, ok := s.Assign.(*ast.AssignStmt); ok && len(as.Rhs) == 1 {
				// switch w := rw.(type): a read of the writer's dynamic
				// type; each case binds the writer (see bindTypeCase).
				if ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr); ok {
					if _, isW := in.writerOf(st, ta.X); isW {
						continue
					}
				}
				in.expr(st, as.Rhs[0])
			}
		}
		return in.clauses(s, label, cur, s.Body.List, nil)

	case *ast.SelectStmt:
		return in.clauses(s, label, cur, s.Body.List, nil)

	case *ast.BranchStmt:
		switch s.Tok {
		case token.GOTO:
			in.giveUp("goto")
			return flow{}
		case token.FALLTHROUGH:
			var js []jump
			for _, st := range cur {
				js = append(js, jump{tok: token.FALLTHROUGH, st: st})
			}
			return flow{jumps: js}
		}
		target := in.target(s)
		if target == nil {
			in.giveUp("a branch to an unknown label")
			return flow{}
		}
		var js []jump
		for _, st := range cur {
			js = append(js, jump{tok: s.Tok, target: target, st: st})
		}
		return flow{jumps: js}

	case *ast.DeferStmt:
		for _, st := range cur {
			in.deferStmt(st, s)
		}
		return flow{next: cur}

	case *ast.GoStmt:
		for _, st := range cur {
			if in.mentionsWriter(st, s.Call) {
				in.emit(st, &Event{Kind: EvOpaque, Call: s.Call, Via: "go statement"})
			}
		}
		return flow{next: cur}

	case *ast.EmptyStmt:
		return flow{next: cur}
	}
	// Anything else we do not model: give up on the function.
	in.giveUp(fmt.Sprintf("a %T statement", s))
	return flow{}
}

// giveUp abandons the function: its rules stay silent, and the coverage
// report says why.
func (in *interp) giveUp(why string) {
	if !in.abort {
		in.abort, in.fn.Why = true, why
	}
}

// setIfEmpty returns the Set call of `if h.Get(k) == "" { h.Set(k, v) }`
// on the writer's header map: one header event that keeps a value set
// before (IfUnset), not two paths, one of which assumes a header nobody set.
func (in *interp) setIfEmpty(s *ast.IfStmt) *ast.CallExpr {
	if s.Init != nil || s.Else != nil || len(s.Body.List) != 1 {
		return nil
	}
	es, ok := s.Body.List[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	set, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok || fullName(in.info(), set) != "(net/http.Header).Set" {
		return nil
	}
	cond, ok := ast.Unparen(s.Cond).(*ast.BinaryExpr)
	if !ok || cond.Op != token.EQL {
		return nil
	}
	get, other := ast.Unparen(cond.X), cond.Y
	if v, ok := constString(in.info(), get); ok && v == "" {
		get, other = ast.Unparen(cond.Y), cond.X
	}
	if v, ok := constString(in.info(), other); !ok || v != "" {
		return nil
	}
	gc, ok := get.(*ast.CallExpr)
	if !ok || fullName(in.info(), gc) != "(net/http.Header).Get" {
		return nil
	}
	gs, ok1 := ast.Unparen(gc.Fun).(*ast.SelectorExpr)
	ss, ok2 := ast.Unparen(set.Fun).(*ast.SelectorExpr)
	if !ok1 || !ok2 || types.ExprString(gs.X) != types.ExprString(ss.X) || types.ExprString(gc.Args[0]) != types.ExprString(set.Args[0]) {
		return nil
	}
	return set
}

// stmtSimple runs an init or post statement on one state.
func (in *interp) stmtSimple(s ast.Stmt, st *state) {
	f := in.stmt(s, []*state{st}, false)
	_ = f // simple statements do not fork
}

func (in *interp) target(s *ast.BranchStmt) ast.Stmt {
	for i := len(in.frames) - 1; i >= 0; i-- {
		fr := in.frames[i]
		if s.Label != nil {
			if fr.label == s.Label.Name {
				return fr.stmt
			}
			continue
		}
		if s.Tok == token.CONTINUE && !fr.loop {
			continue
		}
		return fr.stmt
	}
	return nil
}

func (in *interp) ifStmt(s *ast.IfStmt, cur []*state) flow {
	if set := in.setIfEmpty(s); set != nil {
		for _, st := range cur {
			before := st.ev
			in.call(st, set)
			if st.ev != before && st.ev.prev == before {
				if k := st.ev.ev.Kind; k == EvHeader || k == EvHeadersUnknown {
					st.ev.ev.IfUnset = true
				}
			}
		}
		return flow{next: in.expand(cur)}
	}
	var thenIn, elseIn []*state
	if s.Init != nil {
		// The init may call a helper with several paths: fork before the
		// condition, which may depend on the helper's result.
		for _, st := range cur {
			in.stmtSimple(s.Init, st)
		}
		cur = in.expand(cur)
	}
	var conds []*state
	wrote := map[*state]bool{}
	for _, st := range cur {
		before := st.ev
		in.expr(st, s.Cond)
		condWrote := st.ev != before
		// A helper called in the condition forks here, so that each of
		// its paths meets the condition with its own result.
		for _, x := range in.expand([]*state{st}) {
			conds = append(conds, x)
			wrote[x] = condWrote
		}
	}
	for _, st := range conds {
		condWrote := wrote[st]
		val, known := in.cond(st, s.Cond)
		guardTrue, guardFalse := in.committedGuard(st, s.Cond)
		failedOnTrue, failedOnFalse := in.writeFailure(st, s.Cond, condWrote)
		headOnTrue, headOnFalse := in.noBodyRequest(s.Cond)
		if !known || val {
			thenIn = append(thenIn, in.takeBranch(st, s.Cond, true, failedOnTrue, headOnTrue, guardTrue)...)
		}
		if !known || !val {
			elseIn = append(elseIn, in.takeBranch(st, s.Cond, false, failedOnFalse, headOnFalse, guardFalse)...)
		}
	}
	ft := in.branch(s.Body, thenIn)
	var fe flow
	if s.Else != nil {
		fe = in.branch(s.Else, elseIn)
	} else {
		fe = flow{next: elseIn}
	}
	return flow{next: append(ft.next, fe.next...), jumps: append(ft.jumps, fe.jumps...)}
}

// takeBranch returns the states that take cond's branch truth from st:
// one, or one per way when the condition holds in several ways that a
// caller decides (status < 300 || status > 399, see paramWays).
func (in *interp) takeBranch(st *state, cond ast.Expr, truth, failed, head bool, guard *bool) []*state {
	ways := in.paramWays(cond, truth)
	if len(ways) < 2 {
		x := st.clone()
		in.refine(x, cond, truth)
		if !condsSatisfiable(x.conds) {
			return nil // status < 200 after status >= 200 on this path
		}
		in.emitBranch(x, failed, head, guard)
		return []*state{x}
	}
	var out []*state
	for _, w := range ways {
		x := st.clone()
		in.refine(x, cond, truth) // what holds on every way (err != nil && ...)
		for _, c := range w {
			in.refine(x, c.e, c.truth)
		}
		if !condsSatisfiable(x.conds) {
			continue
		}
		in.emitBranch(x, failed, head, guard)
		out = append(out, x)
	}
	return out
}

// condsSatisfiable reports whether some value of each int parameter meets
// every comparison with a constant the path took: a path that took
// `200 <= status && status <= 299` cannot then take `status <= 199`.
func condsSatisfiable(cs *paramCond) bool {
	type bounds struct {
		lo, hi int
		eq     *int
		ne     []int
	}
	const inf = int(^uint(0) >> 1)
	type key struct {
		param int
		field string
	}
	bs := map[key]*bounds{}
	is := map[int]string{}
	for c := cs; c != nil; c = c.prev {
		if c.typ != "" && c.op == token.EQL && !c.as && !strings.HasPrefix(c.typ, ifacePrefix) {
			if t, ok := is[c.param]; ok && t != c.typ {
				return false // asserted to two types
			}
			is[c.param] = c.typ
		}
	}
	for c := cs; c != nil; c = c.prev {
		if c.typ != "" {
			if c.op == token.NEQ && is[c.param] == c.typ && !c.as {
				return false // asserted to a type, and not to it
			}
			continue
		}
		if c.sentinel != "" {
			continue
		}
		b := bs[key{c.param, c.field}]
		if b == nil {
			b = &bounds{lo: -inf - 1, hi: inf}
			bs[key{c.param, c.field}] = b
		}
		switch v := c.val; c.op {
		case token.EQL:
			if b.eq != nil && *b.eq != v {
				return false
			}
			b.eq = &v
		case token.NEQ:
			b.ne = append(b.ne, v)
		case token.LSS:
			b.hi = min(b.hi, v-1)
		case token.LEQ:
			b.hi = min(b.hi, v)
		case token.GTR:
			b.lo = max(b.lo, v+1)
		case token.GEQ:
			b.lo = max(b.lo, v)
		}
	}
	for _, b := range bs {
		if b.lo > b.hi {
			return false
		}
		if b.eq != nil && (*b.eq < b.lo || *b.eq > b.hi || slices.Contains(b.ne, *b.eq)) {
			return false
		}
	}
	return true
}

// emitBranch marks what taking a branch of an if tells.
func (in *interp) emitBranch(st *state, failed, head bool, guard *bool) {
	if failed {
		in.emit(st, &Event{Kind: EvWriteFailed})
	}
	if head {
		in.emit(st, &Event{Kind: EvHead})
	}
	if guard != nil {
		in.emit(st, &Event{Kind: EvGuard, Committed: *guard})
	}
}

// test is one comparison of a condition and the way it goes.
type test struct {
	e     ast.Expr
	truth bool
}

// paramWays splits a condition that goes the way truth in several ways
// (an || that holds, an && that fails) into those ways, each a list of
// tests, when it compares an int parameter with a constant: a path
// records only conjunctions of such tests (Path.Conds), so each way
// becomes a path of its own. Other parts of the condition are tests of the
// ways too (`rr.stream || status < 200` holds as rr.stream, or as
// !rr.stream and status < 200), refined as any condition is. Nil when no
// part compares an int parameter, or the ways would be too many.
func (in *interp) paramWays(e ast.Expr, truth bool) [][]test {
	ways, param := in.condWays(e, truth)
	if !param || len(ways) > maxParamWays {
		return nil
	}
	return ways
}

// condWays is paramWays before the check: the ways, and whether a test
// of them compares an int parameter.
func (in *interp) condWays(e ast.Expr, truth bool) ([][]test, bool) {
	e = ast.Unparen(e)
	leaf := [][]test{{{e: e, truth: truth}}}
	switch x := e.(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			return in.condWays(x.X, !truth)
		}
	case *ast.BinaryExpr:
		switch {
		case x.Op == token.LOR && truth, x.Op == token.LAND && !truth:
			// a || b holds as a, or as !a && b (and && fails likewise).
			left, lp := in.condWays(x.X, truth)
			right, rp := in.condWays(x.Y, truth)
			notLeft, _ := in.condWays(x.X, !truth)
			if len(notLeft) != 1 || len(left)+len(right) > maxParamWays {
				return leaf, false
			}
			out := append([][]test(nil), left...)
			for _, w := range right {
				out = append(out, append(append([]test(nil), notLeft[0]...), w...))
			}
			return out, lp || rp
		case x.Op == token.LOR || x.Op == token.LAND:
			// Both go the same way: each way of one with each of the other.
			left, lp := in.condWays(x.X, truth)
			right, rp := in.condWays(x.Y, truth)
			if len(left)*len(right) > maxParamWays {
				return leaf, false
			}
			var out [][]test
			for _, l := range left {
				for _, r := range right {
					out = append(out, append(append([]test(nil), l...), r...))
				}
			}
			return out, lp || rp
		case x.Op == token.EQL, x.Op == token.NEQ, x.Op == token.LSS, x.Op == token.LEQ, x.Op == token.GTR, x.Op == token.GEQ:
			return leaf, in.intParamTest(x)
		}
	}
	return leaf, false
}

// maxParamWays bounds the ways one condition splits a path into.
const maxParamWays = 4

// intParamTest reports `p op c` (either way round) with p an int parameter
// never reassigned and c a constant.
func (in *interp) intParamTest(x *ast.BinaryExpr) bool {
	info := in.info()
	for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
		id, ok := ast.Unparen(pair[0]).(*ast.Ident)
		if !ok {
			continue
		}
		obj := info.Uses[id]
		if _, isConst := constInt(info, pair[1]); isConst && in.params[obj] > 0 && !in.reassigned[obj] && isIntType(obj.Type()) {
			return true
		}
	}
	return false
}

// branch runs a branch block and marks the paths that wrote in it and fall
// out of it, so that G3 can tell the error response from what follows.
func (in *interp) branch(s ast.Stmt, cur []*state) flow {
	var f flow
	if b, ok := s.(*ast.BlockStmt); ok {
		in.pushStmt(b, false)
		f = in.list(b.List, cur)
		in.popStmt()
	} else {
		f = in.stmt(s, cur, false)
	}
	in.markFallOut(f.next, s)
	return f
}

// markFallOut adds EvFallOut to paths that wrote a status inside block.
func (in *interp) markFallOut(states []*state, block ast.Node) {
	for _, st := range states {
		for n := st.ev; n != nil; n = n.prev {
			if n.ev.Kind == EvFallOut {
				break
			}
			if n.ev.Kind == EvStatus && n.ev.Pos() >= block.Pos() && n.ev.Pos() < block.End() {
				st.push(&Event{Kind: EvFallOut, Block: block, Stmt: in.stmts[len(in.stmts)-1].stmt})
				break
			}
		}
	}
}

func (in *interp) loop(s ast.Stmt, label string, cur []*state, cond ast.Expr, post ast.Stmt, body *ast.BlockStmt) flow {
	var enter, skip []*state
	for _, st := range cur {
		if cond != nil {
			in.expr(st, cond)
		}
		val, known := true, cond == nil
		if cond != nil {
			val, known = in.cond(st, cond)
		}
		if !known || val {
			enter = append(enter, st.clone())
		}
		// A loop without a condition is left only by break or return.
		if cond != nil && (!known || !val) {
			skip = append(skip, st)
		} else if _, isRange := s.(*ast.RangeStmt); isRange {
			skip = append(skip, st)
		}
	}
	in.frames = append(in.frames, frame{stmt: s, label: label, loop: true})
	f := in.list(body.List, enter)
	in.frames = in.frames[:len(in.frames)-1]

	out := skip
	var jumps []jump
	// One iteration stands for any number: paths that reach the end of the
	// body or continue leave the loop as if its condition turned false.
	again := f.next
	for _, j := range f.jumps {
		switch {
		case j.target == s && j.tok == token.BREAK:
			out = append(out, j.st)
		case j.target == s && j.tok == token.CONTINUE:
			again = append(again, j.st)
		default:
			jumps = append(jumps, j)
		}
	}
	if cond != nil || isRange(s) {
		for _, st := range again {
			if post != nil {
				in.stmtSimple(post, st)
			}
			out = append(out, st)
		}
	}
	return flow{next: out, jumps: jumps}
}

// caseChain turns `switch { case f(w, err): ...; case g(w, err): ...;
// default: ... }`, whose cases call helpers, into the if-else chain it
// means, so that each case runs only when the ones before it were false
// (a helper that says whether it answered). Nil for other switches, and
// for those whose cases break out of the switch or fall through.
func (an *Analysis) caseChain(s *ast.SwitchStmt) *ast.IfStmt {
	if s.Tag != nil {
		return nil
	}
	if chain, ok := an.caseChains[s]; ok {
		return chain
	}
	an.caseChains[s] = nil
	calls, ok := false, true
	var def *ast.CaseClause
	var cases []*ast.CaseClause
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		switch len(cc.List) {
		case 0:
			def = cc
		case 1:
			cases = append(cases, cc)
			ast.Inspect(cc.List[0], func(n ast.Node) bool {
				_, isCall := n.(*ast.CallExpr)
				calls = calls || isCall
				return !calls
			})
		default:
			ok = false
		}
		for _, st := range cc.Body {
			ok = ok && !leavesSwitch(st)
		}
	}
	if !calls || !ok {
		return nil
	}
	var next ast.Stmt
	if def != nil {
		next = &ast.BlockStmt{Lbrace: def.Colon, List: def.Body, Rbrace: def.End()}
	}
	for i := len(cases) - 1; i >= 0; i-- {
		c := cases[i]
		ifs := &ast.IfStmt{If: c.Case, Cond: c.List[0], Body: &ast.BlockStmt{Lbrace: c.Colon, List: c.Body, Rbrace: c.End()}}
		if next != nil {
			ifs.Else = next
		}
		next = ifs
	}
	chain, _ := next.(*ast.IfStmt)
	an.caseChains[s] = chain
	return chain
}

// leavesSwitch reports a break or fallthrough in s that would leave the
// enclosing switch (breaks of nested loops, switches and selects do not).
func leavesSwitch(s ast.Stmt) bool {
	found := false
	var walk func(n ast.Node, nested bool) bool
	walk = func(n ast.Node, nested bool) bool {
		ast.Inspect(n, func(m ast.Node) bool {
			if found || m == nil {
				return false
			}
			switch m := m.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt, *ast.RangeStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt, *ast.SelectStmt:
				if m != n {
					walk(m, true)
					return false
				}
			case *ast.BranchStmt:
				if m.Tok == token.FALLTHROUGH || m.Label != nil || (m.Tok == token.BREAK && !nested) {
					found = true
				}
			}
			return true
		})
		return found
	}
	return walk(s, false)
}

func isRange(s ast.Stmt) bool { _, ok := s.(*ast.RangeStmt); return ok }

func (in *interp) switchStmt(s *ast.SwitchStmt, label string, cur []*state) flow {
	if chain := in.an.caseChain(s); chain != nil {
		for _, st := range cur {
			if s.Init != nil {
				in.stmtSimple(s.Init, st)
			}
		}
		return in.stmt(chain, in.expand(cur), false)
	}
	for _, st := range cur {
		if s.Init != nil {
			in.stmtSimple(s.Init, st)
		}
		if s.Tag != nil {
			in.expr(st, s.Tag)
		}
	}
	return in.clauses(s, label, cur, s.Body.List, s.Tag)
}

// clauses runs the clauses of a switch, type switch or select.
func (in *interp) clauses(s ast.Stmt, label string, cur []*state, list []ast.Stmt, tag ast.Expr) flow {
	in.frames = append(in.frames, frame{stmt: s, label: label})
	defer func() { in.frames = in.frames[:len(in.frames)-1] }()

	var out []*state
	var jumps []jump
	var fall []*state
	hasDefault := false
	_, isSwitch := s.(*ast.SwitchStmt)
	for _, c := range list {
		var body []ast.Stmt
		var entry []*state
		switch c := c.(type) {
		case *ast.CaseClause:
			body = c.Body
			if c.List == nil {
				hasDefault = true
			}
			for _, st := range cur {
				if isSwitch && !in.caseMayMatch(st, tag, c) {
					continue
				}
				e := st.clone()
				if isSwitch {
					in.refineCase(e, tag, c)
				}
				if ts, ok := s.(*ast.TypeSwitchStmt); ok {
					if !in.fieldCase(e, ts, c) || !in.trackerCase(e, ts, c) || !in.dynCase(e, ts, c) {
						continue
					}
					in.bindTypeCase(e, ts, c)
				}
				entry = append(entry, e)
			}
		case *ast.CommClause:
			body = c.Body
			if c.Comm == nil {
				hasDefault = true
			}
			for _, st := range cur {
				e := st.clone()
				if c.Comm != nil {
					in.stmtSimple(c.Comm, e)
				}
				entry = append(entry, e)
			}
		}
		entry = append(entry, fall...)
		fall = nil
		in.pushStmt(c, false)
		f := in.list(body, entry)
		in.markFallOut(f.next, c)
		in.popStmt()
		out = append(out, f.next...)
		for _, j := range f.jumps {
			switch {
			case j.tok == token.FALLTHROUGH:
				fall = append(fall, j.st)
			case j.tok == token.BREAK && j.target == s:
				out = append(out, j.st)
			default:
				jumps = append(jumps, j)
			}
		}
	}
	_, isSelect := s.(*ast.SelectStmt)
	if !hasDefault && !isSelect {
		for _, st := range cur {
			if isSwitch && in.someCaseMustMatch(st, tag, list) {
				continue
			}
			if ts, ok := s.(*ast.TypeSwitchStmt); ok {
				st = st.clone()
				if !in.fieldCase(st, ts, &ast.CaseClause{}) || !in.trackerCase(st, ts, &ast.CaseClause{}) || !in.dynCase(st, ts, &ast.CaseClause{}) {
					continue
				}
			}
			out = append(out, st)
		}
	}
	return flow{next: out, jumps: jumps}
}

func (in *interp) deferStmt(st *state, s *ast.DeferStmt) {
	if lit, ok := ast.Unparen(s.Call.Fun).(*ast.FuncLit); ok {
		if callsRecover(in.info(), lit.Body) {
			// Runs only on panic, off the normal path: what it writes is
			// judged on its own (judgePanics).
			if in.depth == 0 && !in.summarising && in.mentionsWriter(st, lit.Body) &&
				!slices.ContainsFunc(in.fn.panics, func(p panicLit) bool { return p.lit == lit }) {
				in.fn.panics = append(in.fn.panics, panicLit{lit, in.writers})
			}
			return
		}
	}
	if !in.mentionsWriter(st, s.Call) {
		return
	}
	st.defers = &deferred{stmt: s, prev: st.defers}
}

func (in *interp) deferredCall(st *state, call *ast.CallExpr) {
	if _, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		in.emit(st, &Event{Kind: EvOpaque, Call: call, Via: "deferred closure"})
		return
	}
	in.expr(st, call)
}

// ---- conditions ----

// cond evaluates a boolean condition when it depends only on known statuses.
func (in *interp) cond(st *state, e ast.Expr) (val, known bool) {
	e = ast.Unparen(e)
	if tv, ok := in.info().Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Bool {
		return constant.BoolVal(tv.Value), true
	}
	switch e := e.(type) {
	case *ast.Ident:
		v, ok := st.env[in.info().Uses[e]]
		if !ok {
			v, ok = in.an.bound[in.info().Uses[e]] // a factory's constant argument
		}
		if ok && isBoolType(in.info().TypeOf(e)) {
			if b, ok := v.Only(); ok {
				return b != 0, true
			}
		}
	case *ast.SelectorExpr:
		// rw.wroteHeader, a flag of a value that holds the writer, set
		// earlier on this path.
		if key, f, ok := in.holderField(st, e); ok && isBoolType(f.Type()) {
			if set := lastSet(st, key); set != nil {
				if b, ok := set.Status.Only(); ok {
					return b != 0, true
				}
			}
		}
	case *ast.CallExpr:
		// A helper that says what it did: `if !authorize(w, r)`.
		if r, ok := st.callResult(e); ok && len(r) == 1 && r[0] != summary.ResultUnknown {
			return r[0] == summary.ResultNonZero, true
		}
		// IsUnauthorized(err) of an error of known kind.
		if p, arg := in.predicateOf(e); p != nil {
			if v, known := in.predicateHolds(st, p, arg); known {
				return v, true
			}
		}
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			v, k := in.cond(st, e.X)
			return !v, k
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			a, ka := in.cond(st, e.X)
			b, kb := in.cond(st, e.Y)
			if (ka && !a) || (kb && !b) {
				return false, true
			}
			return a && b, ka && kb
		case token.LOR:
			a, ka := in.cond(st, e.X)
			b, kb := in.cond(st, e.Y)
			if (ka && a) || (kb && b) {
				return true, true
			}
			return a || b, ka && kb
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			if x, empty, ok := in.lenTest(e); ok {
				// Nil is empty; non-nil is not non-empty, so only the
				// output of json.Marshal and a literal with elements are.
				switch r := in.resOf(st, x); {
				case r == summary.ResultZero:
					return empty, true
				case r == summary.ResultNonZero && in.nonEmpty(st, x):
					return !empty, true
				}
				return false, false
			}
			if x, ok := in.nilCompare(e); ok {
				if r := in.resOf(st, x); r != summary.ResultUnknown {
					return (r == summary.ResultNonZero) == (e.Op == token.NEQ), true
				}
				return false, false
			}
			if in.an.registryKey(in.info().TypeOf(e.X)) || in.an.registryKey(in.info().TypeOf(e.Y)) {
				// Codes stand for their statuses: two codes with one
				// status are not the same code (engine/registry.go).
				return false, false
			}
			x := in.status(st, e.X)
			y := in.status(st, e.Y)
			if !x.Known || !y.Known {
				return false, false
			}
			anyT, anyF := false, false
			for _, a := range x.Values {
				for _, b := range y.Values {
					if compare(e.Op, a, b) {
						anyT = true
					} else {
						anyF = true
					}
				}
			}
			if anyT != anyF {
				return anyT, true
			}
		}
	}
	return false, false
}

// lenTest reports `len(x) == 0` and its equivalents on a slice x: empty
// says whether the test is true when x is empty.
func (in *interp) lenTest(e *ast.BinaryExpr) (x ast.Expr, empty, ok bool) {
	l, r, op := e.X, e.Y, e.Op
	if _, isLen := lenArg(in.info(), r); isLen {
		l, r, op = r, l, flip(op)
	}
	arg, isLen := lenArg(in.info(), l)
	if !isLen {
		return nil, false, false
	}
	if _, isSlice := in.info().TypeOf(arg).Underlying().(*types.Slice); !isSlice {
		return nil, false, false
	}
	if n, ok := constInt(in.info(), r); !ok || n != 0 {
		return nil, false, false
	}
	switch op {
	case token.EQL, token.LEQ:
		return arg, true, true
	case token.NEQ, token.GTR:
		return arg, false, true
	}
	return nil, false, false
}

// nonEmpty reports a slice known to hold elements.
func (in *interp) nonEmpty(st *state, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.CompositeLit:
		return len(x.Elts) > 0
	case *ast.Ident:
		a, ok := st.aux[in.info().Uses[x]]
		return ok && a.kind == auxMarshaled
	}
	return false
}

// lenArg returns x for the builtin call len(x).
func lenArg(info *types.Info, e ast.Expr) (ast.Expr, bool) {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return nil, false
	}
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return nil, false
	}
	b, ok := info.Uses[id].(*types.Builtin)
	return call.Args[0], ok && b.Name() == "len"
}

func compare(op token.Token, a, b int) bool {
	switch op {
	case token.EQL:
		return a == b
	case token.NEQ:
		return a != b
	case token.LSS:
		return a < b
	case token.LEQ:
		return a <= b
	case token.GTR:
		return a > b
	case token.GEQ:
		return a >= b
	}
	return false
}

// refine narrows a tracked status variable compared with a constant.
func (in *interp) refine(st *state, e ast.Expr, truth bool) {
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.Ident:
		if a, ok := st.aux[in.info().Uses[e]]; ok && a.kind == auxFieldTest {
			c := a.fc
			c.Holds = truth
			in.assumeField(st, a.writer, c)
		}
		if a, ok := st.aux[in.info().Uses[e]]; ok && a.kind == auxTypeTest {
			// e, ok := err.(T) of the caller's error: the caller's
			// error decides which way.
			op := token.NEQ
			if truth {
				op = token.EQL
			}
			if a.param > 0 {
				st.conds = &paramCond{param: a.param, op: op, typ: a.typ, prev: st.conds}
			} else if _, known := st.aux[a.subj]; !truth && !known {
				st.aux[a.subj] = aux{kind: auxNotType, typ: a.typ}
			}
		}
		if obj := in.info().Uses[e]; obj != nil && isBoolType(obj.Type()) && !in.escaped[obj] &&
			obj.Pkg() != nil && obj.Parent() != obj.Pkg().Scope() && in.params[obj] == 0 {
			if truth {
				st.env[obj] = Single(1)
			} else {
				st.env[obj] = Single(0)
			}
		}
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			in.refine(st, e.X, !truth)
		}
	case *ast.SelectorExpr:
		// if rr.stream {...}: on this branch the flag of the value that
		// holds the writer has that value, for the rest of the path and
		// for a caller after this method returns.
		if key, f, ok := in.holderField(st, e); ok && isBoolType(f.Type()) {
			if set := lastSet(st, key); set == nil || !set.Status.Known || len(set.Status.Values) != 1 {
				in.emit(st, &Event{Kind: EvSetField, Node: e, Writer: e.X, Field: key, Status: Single(b2i(truth)), Nil: summary.ResultUnknown})
			}
		}
	case *ast.CallExpr:
		// IsUnauthorized(err) of the caller's error: a condition on it;
		// of a local error of no known value, where it fails, that error
		// is not of the type.
		if p, arg := in.predicateOf(e); p != nil {
			if q := in.paramIndex(arg); q > 0 {
				op := token.NEQ
				if truth {
					op = token.EQL
				}
				st.conds = &paramCond{param: q, op: op, typ: p.Type, as: true, prev: st.conds}
			} else if obj := in.identObj(arg); obj != nil && !truth && in.trackable(obj) {
				if _, known := st.aux[obj]; !known {
					st.aux[obj] = aux{kind: auxNotType, typ: p.Type}
				}
			}
		}
		// errors.As(err, &e) held: e is not nil.
		if isErrorsAs(in.info(), e) && truth {
			if u, ok := ast.Unparen(e.Args[1]).(*ast.UnaryExpr); ok && u.Op == token.AND {
				if id, ok := ast.Unparen(u.X).(*ast.Ident); ok {
					if obj := in.info().Uses[id]; obj != nil && in.trackable(obj) {
						st.env[obj] = Single(1)
					}
				}
			}
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			if truth {
				in.refine(st, e.X, true)
				in.refine(st, e.Y, true)
			}
		case token.LOR:
			if !truth {
				in.refine(st, e.X, false)
				in.refine(st, e.Y, false)
			}
		case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
			if x, empty, ok := in.lenTest(e); ok {
				// len(b) == 0 on a slice parameter: the caller's argument
				// decides, as for b == nil. Empty is recorded as nil, so a
				// caller's non-nil argument rules out the empty path even
				// if it is empty; no argument the engine knows non-nil is
				// (json.Marshal's output, a literal with elements), except
				// one that only passed a `b != nil` test.
				if id, ok := ast.Unparen(x).(*ast.Ident); ok {
					if obj := in.info().Uses[id]; obj != nil && in.params[obj] > 0 && in.trackable(obj) && !in.reassigned[obj] {
						st.env[obj] = Single(b2i(truth != empty))
					}
				}
				return
			}
			if key, holder, ok := in.nilField(st, e); ok {
				in.assumeField(st, holder, summary.FieldCond{Field: key, Holds: truth == (e.Op == token.EQL)})
				return
			}
			if x, ok := in.nilCompare(e); ok {
				// err != nil: on each branch we know whether err is nil.
				if id, ok := ast.Unparen(x).(*ast.Ident); ok {
					if obj := in.info().Uses[id]; obj != nil && in.trackable(obj) {
						st.env[obj] = Single(b2i(truth == (e.Op == token.NEQ)))
					}
				}
				return
			}
			if (e.Op == token.EQL) == truth && in.equalsErrVar(st, e) {
				return
			}
			// he.Code == 401 with he an error the caller passes, seen
			// as its type (or a variable set to that): the caller's
			// error decides.
			for k, side := range []ast.Expr{e.X, e.Y} {
				switch ast.Unparen(side).(type) {
				case *ast.SelectorExpr, *ast.Ident: // he.Code, or code := he.Code
				default:
					continue
				}
				if s := in.status(st, side); s.Param > 0 && s.Param != summary.Receiver && s.Field != "" {
					if y, ok := in.status(st, []ast.Expr{e.Y, e.X}[k]).Only(); ok {
						op := e.Op
						if k == 1 {
							op = flip(op)
						}
						if !truth {
							op = negate(op)
						}
						st.conds = &paramCond{param: s.Param, field: s.Field, op: op, val: y, prev: st.conds}
					}
					return
				}
			}
			id, ok := ast.Unparen(e.X).(*ast.Ident)
			other := e.Y
			op := e.Op
			if !ok {
				id, ok = ast.Unparen(e.Y).(*ast.Ident)
				other = e.X
				op = flip(op)
			}
			if !ok {
				return
			}
			obj := in.info().Uses[id]
			if i := in.params[obj]; i > 0 && !in.reassigned[obj] && isErrorType(obj.Type()) && (e.Op == token.EQL || e.Op == token.NEQ) {
				// err == errSentinel: the caller's error decides (a value
				// that carries a status is never that sentinel).
				if s := in.identObj(other); in.an.plainSentinel(s) {
					if !truth {
						op = negate(op)
					}
					st.conds = &paramCond{param: i, op: op, sentinel: s.Pkg().Path() + "." + s.Name(), prev: st.conds}
					return
				}
			}
			if i := in.params[obj]; i > 0 && !in.reassigned[obj] && isIntType(obj.Type()) {
				// A condition on an int parameter: the caller's argument decides.
				if y, ok := in.status(st, other).Only(); ok {
					if !truth {
						op = negate(op)
					}
					st.conds = &paramCond{param: i, op: op, val: y, prev: st.conds}
				}
				return
			}
			cur, tracked := st.env[obj]
			y, yok := in.status(st, other).Only()
			if !tracked || !cur.Known || !yok {
				return
			}
			st.env[obj] = cur.Filter(func(v int) bool { return compare(op, v, y) == truth })
		}
	}
}

// negate is the comparison that holds when op does not.
func negate(op token.Token) token.Token {
	switch op {
	case token.EQL:
		return token.NEQ
	case token.NEQ:
		return token.EQL
	case token.LSS:
		return token.GEQ
	case token.LEQ:
		return token.GTR
	case token.GTR:
		return token.LEQ
	case token.GEQ:
		return token.LSS
	}
	return op
}

// flip is the comparison that holds with its operands swapped (a < b is
// b > a); negate, above, is its opposite (a >= b).
func flip(op token.Token) token.Token {
	switch op {
	case token.LSS:
		return token.GTR
	case token.LEQ:
		return token.GEQ
	case token.GTR:
		return token.LSS
	case token.GEQ:
		return token.LEQ
	}
	return op
}

func (in *interp) caseValues(st *state, c *ast.CaseClause) (Status, bool) {
	var vals []int
	for _, e := range c.List {
		v, ok := in.status(st, e).Only()
		if !ok {
			return Status{}, false
		}
		vals = append(vals, v)
	}
	return Set(vals...), true
}

func (in *interp) caseMayMatch(st *state, tag ast.Expr, c *ast.CaseClause) bool {
	if c.List == nil {
		return true
	}
	if tag == nil {
		for _, e := range c.List {
			if v, k := in.cond(st, e); !k || v {
				return true
			}
		}
		return false
	}
	t := in.status(st, tag)
	cv, ok := in.caseValues(st, c)
	if !t.Known || !ok {
		return true
	}
	for _, v := range t.Values {
		if cv.Has(v) {
			return true
		}
	}
	return false
}

func (in *interp) refineCase(st *state, tag ast.Expr, c *ast.CaseClause) {
	if tag == nil || c.List == nil {
		return
	}
	id, ok := ast.Unparen(tag).(*ast.Ident)
	if !ok {
		return
	}
	obj := in.info().Uses[id]
	cur, tracked := st.env[obj]
	cv, ok := in.caseValues(st, c)
	if tracked && cur.Known && ok {
		st.env[obj] = cur.Filter(cv.Has)
	}
}

func (in *interp) someCaseMustMatch(st *state, tag ast.Expr, list []ast.Stmt) bool {
	if tag == nil {
		for _, c := range list {
			for _, e := range c.(*ast.CaseClause).List {
				if v, k := in.cond(st, e); k && v {
					return true
				}
			}
		}
		return false
	}
	t := in.status(st, tag)
	if !t.Known {
		return false
	}
	var all []int
	for _, c := range list {
		cv, ok := in.caseValues(st, c.(*ast.CaseClause))
		if !ok {
			return false
		}
		all = append(all, cv.Values...)
	}
	cover := Set(all...)
	for _, v := range t.Values {
		if !cover.Has(v) {
			return false
		}
	}
	return true
}

// writeFailure tells which branch of cond runs only after a failed body
// write: "err != nil" on the error of Encode/Write, or "Encode(v) != nil".
func (in *interp) writeFailure(st *state, cond ast.Expr, condWrote bool) (onTrue, onFalse bool) {
	be, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || (be.Op != token.NEQ && be.Op != token.EQL) {
		return false, false
	}
	x, y := ast.Unparen(be.X), ast.Unparen(be.Y)
	if tv, ok := in.info().Types[x]; ok && tv.IsNil() {
		x, y = y, x
	}
	if tv, ok := in.info().Types[y]; !ok || !tv.IsNil() {
		return false, false
	}
	failed := false
	switch x := x.(type) {
	case *ast.Ident:
		a, ok := st.aux[in.info().Uses[x]]
		failed = ok && a.kind == auxWriteErr
	case *ast.CallExpr:
		failed = condWrote
	}
	if !failed {
		return false, false
	}
	return be.Op == token.NEQ, be.Op == token.EQL
}

// nilCompare returns x for `x == nil` / `x != nil` (either order).
func (in *interp) nilCompare(e *ast.BinaryExpr) (ast.Expr, bool) {
	if e.Op != token.EQL && e.Op != token.NEQ {
		return nil, false
	}
	x, y := ast.Unparen(e.X), ast.Unparen(e.Y)
	if tv, ok := in.info().Types[x]; ok && tv.IsNil() {
		x, y = y, x
	}
	if tv, ok := in.info().Types[y]; !ok || !tv.IsNil() {
		return nil, false
	}
	return x, true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// noBodyRequest tells which branch of cond runs only for requests whose
// response the protocol sends without a body: r.Method == http.MethodHead
// (or "HEAD"), and a websocket handshake (websocket.IsWebSocketUpgrade(r),
// r.Header.Get("Upgrade") == "websocket"), whose failure goes to a
// websocket client with a status alone, not to the API's.
func (in *interp) noBodyRequest(cond ast.Expr) (onTrue, onFalse bool) {
	info := in.info()
	cond = ast.Unparen(cond)
	if u, ok := cond.(*ast.UnaryExpr); ok && u.Op == token.NOT {
		t, f := in.noBodyRequest(u.X)
		return f, t
	}
	if call, ok := cond.(*ast.CallExpr); ok {
		return isUpgradeTest(fullName(info, call)), false
	}
	be, ok := cond.(*ast.BinaryExpr)
	if !ok || (be.Op != token.EQL && be.Op != token.NEQ) {
		return false, false
	}
	isMethod := func(e ast.Expr) bool {
		sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
		return ok && sel.Sel.Name == "Method" && isRequestPtr(info.TypeOf(sel.X))
	}
	isHead := func(e ast.Expr) bool {
		s, ok := constString(info, e)
		return ok && s == "HEAD"
	}
	// r.Header.Get("Upgrade") == "websocket"
	isUpgrade := func(e ast.Expr) bool {
		call, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok || fullName(info, call) != "(net/http.Header).Get" || len(call.Args) != 1 {
			return false
		}
		k, ok := constString(info, call.Args[0])
		return ok && strings.EqualFold(k, "Upgrade")
	}
	isWebsocket := func(e ast.Expr) bool {
		s, ok := constString(info, e)
		return ok && strings.EqualFold(s, "websocket")
	}
	if (isMethod(be.X) && isHead(be.Y)) || (isMethod(be.Y) && isHead(be.X)) ||
		(isUpgrade(be.X) && isWebsocket(be.Y)) || (isUpgrade(be.Y) && isWebsocket(be.X)) {
		return be.Op == token.EQL, be.Op == token.NEQ
	}
	return false, false
}

// isUpgradeTest reports the library calls that tell a websocket handshake.
func isUpgradeTest(name string) bool {
	return name == "github.com/gorilla/websocket.IsWebSocketUpgrade"
}

// ---- helpers ----

// escapedVars finds local variables whose value we cannot follow: their
// address is taken or a closure assigns them.
func escapedVars(info *types.Info, body *ast.BlockStmt) map[types.Object]bool {
	esc := map[types.Object]bool{}
	var visit func(n ast.Node, inLit bool) bool
	visit = func(n ast.Node, inLit bool) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			// errors.As(err, &v) only stores into v.
			if isErrorsAs(info, n) {
				ast.Inspect(n.Args[0], func(m ast.Node) bool { return visit(m, inLit) })
				return false
			}
		case *ast.ReturnStmt:
			// return &c ends the function: nothing can change c through it here.
			for _, r := range n.Results {
				if u, ok := ast.Unparen(r).(*ast.UnaryExpr); ok && u.Op == token.AND && !inLit {
					if _, ok := ast.Unparen(u.X).(*ast.Ident); ok {
						continue
					}
				}
				ast.Inspect(r, func(m ast.Node) bool { return visit(m, inLit) })
			}
			return false
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					esc[info.Uses[id]] = true
				}
			}
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(m ast.Node) bool { return visit(m, true) })
			return false
		case *ast.AssignStmt:
			if inLit {
				for _, l := range n.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						esc[info.Uses[id]] = true
					}
				}
			}
		case *ast.IncDecStmt:
			if inLit {
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok {
					esc[info.Uses[id]] = true
				}
			}
		}
		return true
	}
	ast.Inspect(body, func(n ast.Node) bool { return visit(n, false) })
	return esc
}

// assignedVars finds the variables assigned anywhere in body.
func assignedVars(info *types.Info, body *ast.BlockStmt) map[types.Object]bool {
	out := map[types.Object]bool{}
	mark := func(e ast.Expr) {
		if id, ok := ast.Unparen(e).(*ast.Ident); ok {
			if obj := info.Uses[id]; obj != nil {
				out[obj] = true
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mark(l)
			}
		case *ast.IncDecStmt:
			mark(n.X)
		case *ast.RangeStmt:
			if n.Tok == token.ASSIGN {
				mark(n.Key)
				mark(n.Value)
			}
		}
		return true
	})
	return out
}

// nilledOnly returns the error variables whose every assignment in body is
// `v = nil`, outside loops and literals.
func nilledOnly(info *types.Info, body *ast.BlockStmt) map[types.Object]bool {
	out := map[types.Object]bool{}
	other := map[types.Object]bool{}
	var walk func(n ast.Node, nested bool)
	walk = func(root ast.Node, nested bool) {
		ast.Inspect(root, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
				if n != root {
					walk(n, true)
					return false
				}
			case *ast.AssignStmt:
				for i, l := range n.Lhs {
					id, ok := ast.Unparen(l).(*ast.Ident)
					if !ok {
						continue
					}
					obj := info.Uses[id]
					if obj == nil || !isErrorType(obj.Type()) {
						continue
					}
					if tv, ok := info.Types[n.Rhs[min(i, len(n.Rhs)-1)]]; !nested && n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) && ok && tv.IsNil() {
						out[obj] = true
					} else {
						other[obj] = true
					}
				}
			case *ast.IncDecStmt, *ast.UnaryExpr:
				if u, ok := n.(*ast.UnaryExpr); ok && u.Op == token.AND {
					if id, ok := ast.Unparen(u.X).(*ast.Ident); ok && info.Uses[id] != nil {
						other[info.Uses[id]] = true // &err: set elsewhere
					}
				}
			}
			return true
		})
	}
	walk(body, false)
	for obj := range other {
		delete(out, obj)
	}
	return out
}

// firstAssigns returns, per variable assigned in body, the position from
// which it may hold another value: its first assignment, or the start of
// the outermost loop or function literal around an assignment.
func firstAssigns(info *types.Info, body *ast.BlockStmt) map[types.Object]token.Pos {
	out := map[types.Object]token.Pos{}
	var outer []token.Pos // starts of the enclosing loops and literals
	mark := func(e ast.Expr, at token.Pos) {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok || info.Uses[id] == nil {
			return
		}
		if len(outer) > 0 {
			at = outer[0]
		}
		if p, seen := out[info.Uses[id]]; !seen || at < p {
			out[info.Uses[id]] = at
		}
	}
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.FuncLit:
			if r, ok := n.(*ast.RangeStmt); ok && r.Tok == token.ASSIGN {
				mark(r.Key, r.Pos())
				mark(r.Value, r.Pos())
			}
			outer = append(outer, n.Pos())
			for _, c := range children(n) {
				ast.Inspect(c, visit)
			}
			outer = outer[:len(outer)-1]
			return false
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				mark(l, n.Pos())
			}
		case *ast.IncDecStmt:
			mark(n.X, n.Pos())
		}
		return true
	}
	ast.Inspect(body, visit)
	return out
}

// children returns the direct parts of a loop or function literal (an
// absent part is a nil interface, and the bodies are never nil).
func children(n ast.Node) []ast.Node {
	var out []ast.Node
	switch n := n.(type) {
	case *ast.ForStmt:
		for _, c := range []ast.Node{n.Init, n.Cond, n.Post} {
			if c != nil {
				out = append(out, c)
			}
		}
		out = append(out, n.Body)
	case *ast.RangeStmt:
		out = append(out, n.X, n.Body)
	case *ast.FuncLit:
		out = append(out, n.Body)
	}
	return out
}

func callsRecover(info *types.Info, body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
				if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "recover" {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// isNoReturn reports calls after which the path ends: panic, os.Exit, log.Fatal...
func isNoReturn(info *types.Info, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return true
		}
	}
	switch fullName(info, call) {
	case "os.Exit", "log.Fatal", "log.Fatalf", "log.Fatalln", "log.Panic", "log.Panicf", "log.Panicln",
		"(*log.Logger).Fatal", "(*log.Logger).Fatalf", "(*log.Logger).Fatalln",
		"(*log.Logger).Panic", "(*log.Logger).Panicf", "(*log.Logger).Panicln",
		"runtime.Goexit":
		return true
	}
	return false
}

// bindTypeCase binds the variable of "switch e := err.(type)" in a
// single-type case, when err is a parameter or a value we follow.
func (in *interp) bindTypeCase(st *state, ts *ast.TypeSwitchStmt, c *ast.CaseClause) {
	as, ok := ts.Assign.(*ast.AssignStmt)
	if !ok || len(c.List) != 1 {
		return
	}
	ta, ok := ast.Unparen(as.Rhs[0]).(*ast.TypeAssertExpr)
	if !ok {
		return
	}
	obj := in.info().Implicits[c]
	if obj == nil {
		return
	}
	if w, ok := in.writerOf(st, ta.X); ok && c.List[0] != nil {
		// switch w := rw.(type) { case WriteTracker: ... }: the writer.
		if _, isNil := in.info().Types[c.List[0]]; isNil && in.info().Types[c.List[0]].IsNil() {
			return
		}
		st.aux[obj] = aux{kind: auxWriter, writer: w}
		return
	}
	in.bindAssert(st, obj, ta.X)
}

// errParam returns the parameter whose error e is: the parameter, a
// variable bound to it seen as some type, or the first element of a list
// of errors that is one (errs[0] in `case Errors:`). A list of errors
// stands for its first: funnels take the status of the first error they
// collect (errcode.ServeJSON), and a caller's list is known by its first
// element (see sinks.go).
func (in *interp) errParam(st *state, e ast.Expr) int {
	e = ast.Unparen(e)
	if p := in.paramIndex(e); p > 0 {
		return p
	}
	switch e := e.(type) {
	case *ast.Ident:
		if a, ok := st.aux[in.info().Uses[e]]; ok && a.kind == auxErrOf {
			return a.param
		}
	case *ast.IndexExpr:
		if n, ok := constInt(in.info(), e.Index); ok && n == 0 && errorList(in.info().TypeOf(e.X)) {
			return in.errParam(st, e.X)
		}
	}
	return 0
}

// errorList reports a slice type that is itself an error (errcode.Errors).
func errorList(t types.Type) bool {
	if t == nil {
		return false
	}
	s, ok := t.Underlying().(*types.Slice)
	return ok && types.Implements(t, errorIface) && types.Implements(s.Elem(), errorIface)
}

// bindAssert records that obj holds subject's error seen as obj's type.
func (in *interp) bindAssert(st *state, obj types.Object, subject ast.Expr) {
	typ := seenAs(obj.Type())
	if typ == "" {
		return
	}
	if p := in.errParam(st, subject); p > 0 {
		st.aux[obj] = aux{kind: auxErrOf, param: p, typ: typ}
	} else if v, ok := in.errValue(st, subject); ok && (v.Type == typ || typ == "*") {
		st.aux[obj] = aux{kind: auxErrVal, err: v}
	}
}
