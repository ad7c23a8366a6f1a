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

// findPredicates records, and exports, this package's error predicates.
func (an *Analysis) findPredicates() {
	an.predicates = map[*types.Func]*summary.Predicate{}
	for _, f := range an.Files {
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
// (any statements before the one return that do not touch err) of an
// error parameter err and a local v.
func predicateIn(info *types.Info, fd *ast.FuncDecl) *summary.Predicate {
	sig := info.Defs[fd.Name].Type().(*types.Signature)
	if sig.Results().Len() != 1 || !isBoolType(sig.Results().At(0).Type()) || len(fd.Body.List) == 0 {
		return nil
	}
	ret, ok := fd.Body.List[len(fd.Body.List)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return nil
	}
	returns := 0
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			returns++
		}
		return true
	})
	call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr)
	if returns != 1 || !ok || !isErrorsAs(info, call) {
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
	if in.plainError(e) {
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
