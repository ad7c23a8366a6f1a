package engine

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// An error predicate says whether an error is of a kind:
//
//	func IsUnauthorizedError(err error) bool {
//		var re *UnauthorizedError
//		return errors.As(err, &re)
//	}
//
// A funnel that branches on one (`switch { case IsUnauthorizedError(err):
// code = 401 ... }`) takes, on each branch, a condition on the caller's
// error (summary.Cond with As), and a caller whose error is of another
// type that wraps nothing does not take the branch. The predicate is a
// fact of its function (summary.Predicate), as funnels and predicates
// usually live in different packages.

// findPredicates records, and exports, this package's error predicates,
// generated files included (ent's IsNotFound).
func (an *Analysis) findPredicates(files []*ast.File) {
	an.predicates = map[*types.Func]*summary.Predicate{}
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			fn, ok := an.Info.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if p := predicateIn(an.Info, fd); p != nil {
				an.predicates[fn] = p
				if an.Facts != nil {
					an.Facts.ExportObject(fn, p)
				}
			}
		}
	}
}

// predicateIn recognises fd's body as `var v T; return errors.As(err, &v)`
// of an error parameter err and a local v, after statements that do not
// return, or `if err == nil { return false }` (ent's IsNotFound).
func predicateIn(info *types.Info, fd *ast.FuncDecl) *summary.Predicate {
	sig := info.Defs[fd.Name].Type().(*types.Signature)
	if sig.Results().Len() != 1 || !isBoolType(sig.Results().At(0).Type()) || len(fd.Body.List) == 0 {
		return nil
	}
	ret, ok := fd.Body.List[len(fd.Body.List)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if !ok || !isErrorsAs(info, call) {
		return nil
	}
	returns := 0
	for _, s := range fd.Body.List[:len(fd.Body.List)-1] {
		if nilGuard(info, s, call.Args[0]) {
			continue
		}
		ast.Inspect(s, func(n ast.Node) bool {
			switch n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ReturnStmt:
				returns++
			}
			return true
		})
	}
	if returns != 0 {
		return nil
	}
	id, ok := ast.Unparen(call.Args[0]).(*ast.Ident)
	if !ok {
		return nil
	}
	param := 0
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == info.Uses[id] && isErrorType(sig.Params().At(i).Type()) {
			param = i + 1
		}
	}
	u, ok := ast.Unparen(call.Args[1]).(*ast.UnaryExpr)
	if param == 0 || !ok || u.Op != token.AND {
		return nil
	}
	vid, ok := ast.Unparen(u.X).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[vid].(*types.Var)
	if !ok || v.Parent() == nil || v.Parent() == v.Pkg().Scope() || types.IsInterface(v.Type()) || typeKey(v.Type()) == "" {
		return nil
	}
	return &summary.Predicate{Param: param, Type: typeKey(v.Type())}
}

// nilGuard reports `if err == nil { return false }` of the error e: where
// it returns, errors.As does not hold either.
func nilGuard(info *types.Info, s ast.Stmt, e ast.Expr) bool {
	ifs, ok := s.(*ast.IfStmt)
	if !ok || ifs.Init != nil || ifs.Else != nil || len(ifs.Body.List) != 1 {
		return false
	}
	be, ok := ast.Unparen(ifs.Cond).(*ast.BinaryExpr)
	if !ok || be.Op != token.EQL {
		return false
	}
	x, y := ast.Unparen(be.X), ast.Unparen(be.Y)
	if tv, ok := info.Types[x]; ok && tv.IsNil() {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	eid, ok2 := ast.Unparen(e).(*ast.Ident)
	if tv, isNil := info.Types[y]; !ok || !ok2 || !isNil || !tv.IsNil() || info.Uses[id] != info.Uses[eid] {
		return false
	}
	r, ok := ifs.Body.List[0].(*ast.ReturnStmt)
	if !ok || len(r.Results) != 1 {
		return false
	}
	tv, ok := info.Types[r.Results[0]]
	return ok && tv.Value != nil && tv.Value.String() == "false"
}

// predicateOf returns the predicate fact of call's callee, and the error
// it is asked of.
func (in *interp) predicateOf(call *ast.CallExpr) (*summary.Predicate, ast.Expr) {
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok {
		return nil, nil
	}
	an := in.an
	var p *summary.Predicate
	if fn.Pkg() == an.Pkg {
		p = an.predicates[fn]
	} else if an.Facts != nil {
		if f := new(summary.Predicate); an.Facts.ImportObject(fn, f) {
			p = f
		}
	}
	if p == nil || p.Param > len(call.Args) {
		return nil, nil
	}
	return p, call.Args[p.Param-1]
}

// predicateHolds decides a predicate of an error whose kind is known on
// this path: of its type, it holds; of another that wraps nothing, or a
// plain error, it does not.
func (in *interp) predicateHolds(st *state, p *summary.Predicate, e ast.Expr) (val, known bool) {
	if in.plainError(e) || in.notOfType(st, e) == p.Type {
		return false, true
	}
	v, ok := in.errValue(st, e)
	if !ok || v.Param != 0 || v.Type == "" {
		return false, false
	}
	if v.Type == p.Type {
		return true, true
	}
	if v.T == nil || mayWrap(v.T) {
		return false, false
	}
	return false, true
}

// mayWrap reports an error type with an Unwrap method: errors.As looks
// through it.
func mayWrap(t types.Type) bool {
	return types.NewMethodSet(types.NewPointer(derefType(t))).Lookup(nil, "Unwrap") != nil
}

// A kind is an error type with no status of its own that funnels branch
// on (&UnauthorizedError{}). A function whose every return gives nil or a
// new value of one kind, made there or by a function of the same kind,
// makes that kind: an ErrorValue fact with its Type alone, so that a
// caller in another package knows the kind it returns. Functions that
// also return errors of other kinds get no such fact.

// exportKinds exports the kind facts of this package's constructors of a
// kind.
func (an *Analysis) exportKinds() {
	if an.Facts == nil {
		return
	}
	for _, d := range an.declOrder {
		fn, ok := an.Info.Defs[d.Name].(*types.Func)
		if !ok || d.Body == nil || d.Recv != nil {
			continue
		}
		if k := an.kindOf(fn); k != "" {
			an.Facts.ExportError(fn, &summary.ErrorValue{Type: k, Where: an.kindWhere(d), MayBeNil: an.returnsNil(d)})
		}
	}
}

// kindWhere names where the kind function d returns is made: the one
// return of a value of it, "" for several.
func (an *Analysis) kindWhere(d *ast.FuncDecl) string {
	var at token.Pos
	n := 0
	forReturns(d.Body, func(ret *ast.ReturnStmt) {
		if len(ret.Results) == 0 {
			return
		}
		e := ret.Results[len(ret.Results)-1]
		if tv, ok := an.Info.Types[e]; ok && tv.IsNil() {
			return
		}
		at, n = e.Pos(), n+1
	})
	if n != 1 {
		return ""
	}
	return an.whereOf(ErrVal{At: at})
}

// returnsNil reports a function some return of which gives a nil error.
func (an *Analysis) returnsNil(d *ast.FuncDecl) bool {
	found := false
	forReturns(d.Body, func(ret *ast.ReturnStmt) {
		if n := len(ret.Results); n > 0 && an.kindExpr(ret.Results[n-1]) == "nil" {
			found = true
		}
	})
	return found
}

// kindOf returns the kind every error fn returns is of, or "".
func (an *Analysis) kindOf(fn *types.Func) string {
	if fn.Pkg() != an.Pkg {
		if an.Facts == nil {
			return ""
		}
		f, ok := an.Facts.ImportError(fn)
		if !ok || f.Type == "" || len(f.Fields) > 0 || f.Wraps > 0 || len(f.Alts) > 0 || f.Other || f.Foreign || f.FirstOf > 0 {
			return ""
		}
		return f.Type
	}
	return memo(an.kinds, fn, func() string {
		d := an.funcDecls[fn]
		res := fn.Type().(*types.Signature).Results()
		if d == nil || d.Body == nil || res.Len() == 0 || !isErrorType(res.At(res.Len()-1).Type()) {
			return ""
		}
		kind, ok := "", true
		forReturns(d.Body, func(ret *ast.ReturnStmt) {
			if !ok || len(ret.Results) != res.Len() {
				ok = false
				return
			}
			k := an.kindExpr(ret.Results[res.Len()-1])
			switch {
			case k == "nil":
			case k == "" || (kind != "" && k != kind):
				ok = false
			default:
				kind = k
			}
		})
		if !ok {
			return ""
		}
		return kind
	})
}

// kindExpr returns the kind of a returned error expression: "nil", a new
// value of a kind, or a call of a function of one; "" otherwise.
func (an *Analysis) kindExpr(e ast.Expr) string {
	e = ast.Unparen(e)
	if tv, ok := an.Info.Types[e]; ok && tv.IsNil() {
		return "nil"
	}
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch x := e.(type) {
	case *ast.CompositeLit:
		t := an.Info.TypeOf(x)
		if t == nil || typeKey(t) == "" || !carriesStatus(t, nil) || hasIntField(t) || plainKind(t) || mayWrap(t) {
			return ""
		}
		return typeKey(t)
	case *ast.CallExpr:
		if fn, ok := typeutil.Callee(an.Info, x).(*types.Func); ok {
			return an.kindOf(fn)
		}
	}
	return ""
}

// hasIntField reports a struct type with an int field: one that may carry
// a status, not a kind.
func hasIntField(t types.Type) bool {
	st, ok := derefType(t).Underlying().(*types.Struct)
	if !ok {
		return false
	}
	for i := range st.NumFields() {
		if isIntType(st.Field(i).Type()) {
			return true
		}
	}
	return false
}

// plainKind reports the types of errors.New and fmt.Errorf: plain errors,
// handled as such (plainError, sentinels.go), not as a kind.
func plainKind(t types.Type) bool {
	p := namedPkg(t)
	return p != nil && (p.Path() == "errors" || p.Path() == "fmt")
}
