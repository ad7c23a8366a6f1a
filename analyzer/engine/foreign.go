package engine

import (
	"go/ast"
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/types/typeutil"
)

// An unexported error type can only be made in its own package. ntfy's
// funnel asks `httpErr, ok := err.(*errHTTP)` and answers 500 otherwise;
// an error that a handler got from another package (`tiers, err :=
// s.userManager.Tiers()`) is never an errHTTP, so only the 500 path is
// taken. The engine records where such an error came from (auxForeignErr)
// and drops the funnel's paths that read the unexported type's fields.

// errorSource is the package of the function call calls, when it is a
// function or a method of a concrete type that returns the error
// interface: its error values are made in that package or below it. Calls
// of interface methods and function values may run code of any package.
func errorSource(info *types.Info, call *ast.CallExpr) string {
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return ""
	}
	if recv := fn.Type().(*types.Signature).Recv(); recv != nil && types.IsInterface(recv.Type()) {
		return ""
	}
	return fn.Pkg().Path()
}

// foreignTo reports whether e is an error that cannot hold a value of the
// type that field ("import/path.Type.Field") belongs to: the type is
// unexported, of this package, and e comes from a function of another
// package, which this one imports and which therefore cannot see the type.
func (in *interp) foreignTo(st *state, e ast.Expr, field string) bool {
	pkg, typ, ok := splitFieldKey(field)
	if !ok || exported(typ) || pkg != in.an.Pkg.Path() {
		return false
	}
	var src string
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		if a, ok := st.aux[in.info().Uses[x]]; ok && a.kind == auxForeignErr {
			src = a.typ
		}
	case *ast.CallExpr:
		if isErrorType(in.info().TypeOf(x)) {
			src = in.errSource(x)
		}
	}
	return src != "" && src != pkg
}

// notOfField reports whether e is an error known never to be of the type
// that field ("import/path.Type.Field") belongs to: one whose kind says it
// is not of that package's types (ErrVal.NotOf, a framework's parser
// errors).
func (in *interp) notOfField(st *state, e ast.Expr, field string) bool {
	pkg, _, ok := splitFieldKey(field)
	if !ok {
		return false
	}
	v, found := in.errValue(st, e)
	return found && v.Type == "" && v.Param == 0 && v.NotOf == pkg
}

// ofOtherType reports a status read as a field of type T
// ("import/path.T.Code") from an argument whose error value is known to
// be of another type that wraps nothing: the funnel's errors.As or type
// assertion to T does not find it, so that path is not taken for it.
func (in *interp) ofOtherType(st *state, e ast.Expr, field string) bool {
	if strings.HasPrefix(field, "*.") || strings.Contains(field, "()") {
		return false
	}
	i := strings.LastIndex(field, ".")
	if i < 0 {
		return false
	}
	typ := field[:i]
	v, found := in.errValue(st, e)
	if !found || v.Param != 0 || v.Type == "" || v.Type == typ || v.T == nil {
		return false
	}
	if _, unwraps := findMethod(v.T, "Unwrap"); unwraps {
		return false // it may hold a T
	}
	if _, as := findMethod(v.T, "As"); as {
		return false
	}
	return true
}

// splitFieldKey splits "import/path.Type.Field" into the path and Type.
func splitFieldKey(key string) (pkg, typ string, ok bool) {
	i := strings.LastIndex(key, ".")
	if i < 0 {
		return "", "", false
	}
	j := strings.LastIndex(key[:i], ".")
	if j < 0 {
		return "", "", false
	}
	return key[:j], key[j+1 : i], true
}

func exported(name string) bool {
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r)
}

// foreignErr reports whether e, returned by the function whose body is
// body, is an error made outside this package: a call with such a source,
// or a local variable every assignment of which is one (the pass over
// body is flow-insensitive, so it holds on every path).
func (in *interp) foreignErr(st *state, body *ast.BlockStmt, e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return in.errSource(x) != ""
	case *ast.Ident:
		obj, ok := in.info().Uses[x].(*types.Var)
		if !ok || obj.Parent() == nil || obj.Parent() == obj.Pkg().Scope() || in.params[obj] > 0 || in.escaped[obj] {
			return false
		}
		if a, ok := st.aux[obj]; ok && a.kind == auxForeignErr {
			return true
		}
		if v, ok := in.foreignVars[obj]; ok {
			return v
		}
		found, all := false, true
		ast.Inspect(body, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || !all {
				return all
			}
			for i, l := range as.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok || in.info().ObjectOf(id) != obj {
					continue
				}
				found = true
				var call *ast.CallExpr
				switch {
				case len(as.Rhs) == 1:
					call, _ = ast.Unparen(as.Rhs[0]).(*ast.CallExpr)
				case i < len(as.Rhs):
					call, _ = ast.Unparen(as.Rhs[i]).(*ast.CallExpr)
				}
				if call == nil || in.errSource(call) == "" {
					all = false
				}
			}
			return all
		})
		if in.foreignVars == nil {
			in.foreignVars = map[types.Object]bool{}
		}
		in.foreignVars[obj] = found && all
		return found && all
	}
	return false
}

// ownUnexportedStatusType reports whether this package declares an
// unexported error type with a status: the only kind foreignTo asks about.
func (an *Analysis) ownUnexportedStatusType() bool {
	for _, name := range an.statusTypes {
		if !exported(name) {
			return true
		}
	}
	return false
}

// errSource is where the errors of call are made, when no value of a type
// of this package can be among them: the package of a function of another
// package (errorSource), "*" for a function of this package whose fact
// says so, "" when unknown. fmt.Errorf with %w is the source of what it
// wraps.
func (in *interp) errSource(call *ast.CallExpr) string {
	info := in.info()
	if fullName(info, call) == "fmt.Errorf" && len(call.Args) > 0 {
		if f, ok := constString(info, call.Args[0]); ok && !strings.Contains(f, "%w") {
			return "*"
		}
		return ""
	}
	if in.plainError(call) {
		return "*"
	}
	fn, ok := typeutil.Callee(info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return ""
	}
	if fn.Pkg() == in.an.Pkg {
		if f := in.an.errorFactOf(fn.Origin()); f != nil && f.Type == "" && f.Foreign {
			return "*"
		}
		if in.an.foreignImpls(fn) {
			return "*"
		}
		return ""
	}
	// A function given an error, or a function that returns one, may hand
	// back what it was given (errors.Wrap(err, ...)), made anywhere. Other
	// interfaces (an io.Reader) are taken not to carry this package's
	// error types: a reader that fails with one of them is not seen.
	sig := fn.Type().(*types.Signature)
	for i := range sig.Params().Len() {
		if carriesErr(sig.Params().At(i).Type()) {
			return ""
		}
	}
	return errorSource(info, call)
}

// carriesErr reports an error, or a function (or slice of them) whose
// results include one.
func carriesErr(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return carriesErr(u.Elem())
	case *types.Signature:
		for i := range u.Results().Len() {
			if carriesErr(u.Results().At(i).Type()) {
				return true
			}
		}
	case *types.Interface:
		return types.Identical(t, types.Universe.Lookup("error").Type())
	}
	return false
}

// foreignImpls reports whether m, a method of an interface this package
// declares and does not export, returns no error of this package's types
// whoever implements it (ntfy's stripeAPI, a shim over a payment library):
// every type of this package that implements the interface has m return
// errors made elsewhere (its fact says Foreign). Only this package can
// convert a value to the interface; a type of another package it converts
// is of a package it imports, which cannot import it back to make its
// errors. A test build's mock of the interface is one of this package's
// types, and is asked too.
func (an *Analysis) foreignImpls(m *types.Func) bool {
	recv := m.Type().(*types.Signature).Recv()
	if recv == nil {
		return false
	}
	named, ok := types.Unalias(recv.Type()).(*types.Named)
	if !ok || named.Obj().Exported() || named.Obj().Pkg() != an.Pkg {
		return false
	}
	iface, ok := named.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	scope := an.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		t := tn.Type()
		if !types.Implements(t, iface) {
			t = types.NewPointer(t)
			if !types.Implements(t, iface) {
				continue
			}
		}
		obj, _, _ := types.LookupFieldOrMethod(t, true, an.Pkg, m.Name())
		impl, ok := obj.(*types.Func)
		if !ok {
			return false
		}
		f := an.errorFactOf(impl.Origin())
		if f == nil || f.Type != "" || !f.Foreign {
			return false
		}
	}
	return true
}
