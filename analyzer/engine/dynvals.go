package engine

import (
	"go/ast"
	"go/types"
)

// Values of interface variables.
//
// An error handler often builds its body in a variable of type any and
// rewraps it by its dynamic type before it sends it:
//
//	var message any = http.StatusText(code)
//	if he, ok := err.(*echo.HTTPError); ok { message = he.Message }
//	if _, isString := message.(string); isString {
//		message = errorMessage{Message: message}
//	}
//	c.JSON(code, message)
//
// Judged by its static type, the body is some JSON, never known to be
// the Error object or not. A local variable of a non-error interface type
// assigned a value of a concrete type holds that value on the path
// (auxDynVal): a body written from it is that value's, and a type
// assertion or type switch on it is decided by the value's type. A value
// of a non-empty interface type (an error) is known by that type only:
// its body is unknown, and an assertion to a concrete type that does not
// implement it fails. Error variables have their own model (errors.go).

// dynAssigned returns what lhs holds after lhs = r, when lhs is a local
// variable of an interface type other than error and r has a concrete
// type, or is such a variable itself.
func (in *interp) dynAssigned(st *state, lhs, r ast.Expr) (aux, bool) {
	info := in.info()
	lt := info.TypeOf(lhs)
	if lt == nil || !types.IsInterface(lt) || isErrorType(lt) {
		return aux{}, false
	}
	if d, ok := in.dynOf(st, r); ok {
		return d, true
	}
	tv, ok := info.Types[ast.Unparen(r)]
	if !ok || tv.IsNil() || tv.Type == nil {
		return aux{}, false
	}
	t := tv.Type
	if types.IsInterface(t) {
		// Of an interface type: its dynamic type is unknown, but one
		// that does not implement it is ruled out (an error is no
		// string).
		if it, ok := t.Underlying().(*types.Interface); ok && !it.Empty() {
			return aux{kind: auxDynVal, dyn: t, typ: "~" + types.TypeString(t, nil)}, true
		}
		return aux{}, false
	}
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Default(t)
	}
	return aux{kind: auxDynVal, val: r, dyn: t, typ: types.TypeString(t, nil)}, true
}

// dynOf returns the value variable e holds, if known on this path.
func (in *interp) dynOf(st *state, e ast.Expr) (aux, bool) {
	a, ok := st.aux[in.identObj(e)]
	return a, ok && a.kind == auxDynVal
}

// dynHolds reports whether a value of type dyn passes x.(t), and whether
// that is decided: for a value known only by its interface type (a.val
// nil), only a concrete t that does not implement it is.
func dynHolds(a aux, t types.Type) (holds, decided bool) {
	if t == nil {
		return false, false
	}
	if a.val == nil {
		it, _ := a.dyn.Underlying().(*types.Interface)
		if types.IsInterface(t) || it == nil || types.Implements(t, it) {
			return false, false
		}
		return false, true
	}
	if it, ok := t.Underlying().(*types.Interface); ok {
		return types.Implements(a.dyn, it), true
	}
	return types.Identical(a.dyn, t), true
}

// dynCase enters case c of a type switch on a variable whose value is
// known only when the value's type matches it (a default clause: when
// no case's does); the case's variable holds the value again.
func (in *interp) dynCase(st *state, ts *ast.TypeSwitchStmt, c *ast.CaseClause) bool {
	ta := switchSubject(ts)
	if ta == nil {
		return true
	}
	d, ok := in.dynOf(st, ta.X)
	if !ok {
		return true
	}
	info := in.info()
	// matches: whether a value of the case's types may (some) or must
	// (all decided) be in it.
	matches := func(cc *ast.CaseClause) (may, must bool) {
		for _, t := range cc.List {
			tv, ok := info.Types[t]
			if !ok || tv.IsNil() {
				// case nil: a value assigned is not nil; an error a
				// funnel was given is not either.
				continue
			}
			holds, decided := dynHolds(d, tv.Type)
			if !decided {
				may = true
			} else if holds {
				return true, true
			}
		}
		return may, false
	}
	if c.List != nil {
		if may, _ := matches(c); !may {
			return false
		}
	} else {
		for _, s := range ts.Body.List {
			if cc := s.(*ast.CaseClause); cc.List != nil {
				if _, must := matches(cc); must {
					return false
				}
			}
		}
	}
	if obj := info.Implicits[c]; obj != nil && types.IsInterface(obj.Type()) && d.val != nil {
		st.aux[obj] = d
	}
	return true
}
