package engine

// Error-code registries: errors whose status sits in a descriptor that a
// code was registered with, reached by a method chain.
//
//	var ErrorCodeUnsupported = Register("errcode", ErrorDescriptor{
//		Value: "UNSUPPORTED", HTTPStatusCode: http.StatusMethodNotAllowed})
//	func (ec ErrorCode) Descriptor() ErrorDescriptor { return errorCodeToDescriptors[ec] }
//	...
//	w.WriteHeader(err.ErrorCode().Descriptor().HTTPStatusCode)
//
// A registry is a function that stores its descriptor parameter in a
// package map keyed by the code it returns (summary.Registry); a package
// variable set to its call is a registered code (summary.Code); a method
// of the code type that reads that map with its receiver is the lookup
// (summary.Lookup). The code's own int value is a counter nobody writes
// to the wire: a registered code stands, as a status, for the status
// field of its descriptor (the descriptor's one int field that is not the
// code), and lookup(x).statusField is x's status. Since two codes may share
// a status, a comparison of codes is never decided (see cond).

import (
	"go/ast"
	"go/types"
	"sort"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/errcontract/errcontract/analyzer/summary"
)

// registryState is what this package declares of registries.
type registryState struct {
	funcs   map[*types.Func]*summary.Registry
	codes   map[types.Object][]int
	lookups map[*types.Func]*summary.Lookup
}

// statusField returns the field of descriptor type d that carries the
// status: its one int field whose type is not the code type.
func statusField(d, code types.Type) *types.Var {
	st, ok := derefType(d).Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	var out *types.Var
	for i := range st.NumFields() {
		f := st.Field(i)
		if !isIntType(f.Type()) || types.Identical(f.Type(), code) {
			continue
		}
		if out != nil {
			return nil
		}
		out = f
	}
	return out
}

// codeType reports a named int type that can key a registry.
func codeType(t types.Type) bool {
	_, named := types.Unalias(t).(*types.Named)
	return named && isIntType(t)
}

func objKey(obj types.Object) string { return obj.Pkg().Path() + "." + obj.Name() }

// findRegistries finds this package's registry functions, their lookup
// methods and the codes its variables register, and exports them.
func (an *Analysis) findRegistries() {
	rs := &registryState{funcs: map[*types.Func]*summary.Registry{}, codes: map[types.Object][]int{}, lookups: map[*types.Func]*summary.Lookup{}}
	an.registries = rs
	var decls []*ast.FuncDecl
	for _, f := range an.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				decls = append(decls, fd)
			}
		}
	}
	// Registries that forward to another (Register calls register) are
	// found in the rounds after it.
	for changed := true; changed; {
		changed = false
		for _, fd := range decls {
			fn, _ := an.Info.Defs[fd.Name].(*types.Func)
			if fn == nil || rs.funcs[fn] != nil {
				continue
			}
			if r := an.registryFunc(fd, fn); r != nil {
				rs.funcs[fn] = r
				changed = true
			}
		}
	}
	if len(rs.funcs) > 0 {
		maps := map[string]bool{}
		for _, r := range rs.funcs {
			maps[r.Map] = true
		}
		for _, fd := range decls {
			fn, _ := an.Info.Defs[fd.Name].(*types.Func)
			if fn == nil {
				continue
			}
			if m := an.lookupMethod(fd, fn); m != "" && maps[m] {
				rs.lookups[fn] = &summary.Lookup{Map: m}
			}
		}
	}
	for _, init := range an.Info.InitOrder {
		if len(init.Lhs) != 1 {
			continue
		}
		if ints, ok := an.registeredCode(init.Lhs[0], init.Rhs); ok {
			rs.codes[init.Lhs[0]] = ints
		}
	}
	if an.Facts == nil {
		return
	}
	var objs []types.Object
	for fn := range rs.funcs {
		objs = append(objs, fn)
	}
	for fn := range rs.lookups {
		objs = append(objs, fn)
	}
	for v := range rs.codes {
		objs = append(objs, v)
	}
	sort.Slice(objs, func(i, j int) bool { return objs[i].Pos() < objs[j].Pos() })
	for _, obj := range objs {
		switch obj := obj.(type) {
		case *types.Func:
			if r, ok := rs.funcs[obj]; ok {
				an.Facts.ExportObject(obj, r)
			} else {
				an.Facts.ExportObject(obj, rs.lookups[obj])
			}
		default:
			an.Facts.ExportObject(obj, &summary.Code{Ints: rs.codes[obj]})
		}
	}
}

// registryFunc reports fd as a registry: one result of a code type, a
// descriptor parameter stored in a package map under the code returned
// (and its status field left as the caller gave it), or a forward of the
// parameter to another registry.
func (an *Analysis) registryFunc(fd *ast.FuncDecl, fn *types.Func) *summary.Registry {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || sig.Results().Len() != 1 || !codeType(sig.Results().At(0).Type()) {
		return nil
	}
	code := sig.Results().At(0).Type()
	params := map[types.Object]int{}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if _, ok := p.Type().Underlying().(*types.Struct); ok && statusField(p.Type(), code) != nil {
			params[p] = i + 1
		}
	}
	if len(params) == 0 {
		return nil
	}
	// return register(group, descriptor): a forward.
	if len(fd.Body.List) == 1 {
		if ret, ok := fd.Body.List[0].(*ast.ReturnStmt); ok && len(ret.Results) == 1 {
			if call, ok := ast.Unparen(ret.Results[0]).(*ast.CallExpr); ok {
				if g, ok := typeutil.Callee(an.Info, call).(*types.Func); ok {
					if r := an.registryOf(g); r != nil && r.Param <= len(call.Args) {
						if id, ok := ast.Unparen(call.Args[r.Param-1]).(*ast.Ident); ok && params[an.Info.Uses[id]] > 0 {
							return &summary.Registry{Param: params[an.Info.Uses[id]], Map: r.Map}
						}
					}
				}
			}
		}
	}
	var found *summary.Registry
	var key ast.Expr
	bad := false
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.AssignStmt:
			for i, l := range n.Lhs {
				// descriptor.HTTPStatusCode = ...: the status is not the caller's.
				if sel, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
					if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && params[an.Info.Uses[id]] > 0 {
						if f := statusField(an.Info.TypeOf(id), code); f != nil && an.Info.Uses[sel.Sel] == f {
							bad = true
						}
					}
				}
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && params[an.Info.Uses[id]] > 0 {
					bad = true // the descriptor replaced
				}
				ix, ok := ast.Unparen(l).(*ast.IndexExpr)
				if !ok || len(n.Rhs) != len(n.Lhs) {
					continue
				}
				m, ok := ast.Unparen(ix.X).(*ast.Ident)
				if !ok {
					continue
				}
				mv, ok := an.Info.Uses[m].(*types.Var)
				if !ok || mv.Pkg() != an.Pkg || mv.Parent() != an.Pkg.Scope() {
					continue
				}
				mt, ok := mv.Type().Underlying().(*types.Map)
				val, isID := ast.Unparen(n.Rhs[i]).(*ast.Ident)
				if !ok || !isID || !types.Identical(mt.Key(), code) || params[an.Info.Uses[val]] == 0 ||
					!types.Identical(mt.Elem(), an.Info.TypeOf(val)) {
					continue
				}
				found, key = &summary.Registry{Param: params[an.Info.Uses[val]], Map: objKey(mv)}, ix.Index
			}
		}
		return true
	})
	if found == nil || bad {
		return nil
	}
	// Every return gives the key the descriptor was stored under.
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if ret, ok := n.(*ast.ReturnStmt); ok && (len(ret.Results) != 1 || !sameExpr(an.Info, ret.Results[0], key)) {
			bad = true
		}
		return true
	})
	if bad {
		return nil
	}
	return found
}

// sameExpr reports two expressions made of the same identifiers and
// selectors, naming the same objects.
func sameExpr(info *types.Info, a, b ast.Expr) bool {
	switch a := ast.Unparen(a).(type) {
	case *ast.Ident:
		bi, ok := ast.Unparen(b).(*ast.Ident)
		return ok && info.Uses[a] != nil && info.Uses[a] == info.Uses[bi]
	case *ast.SelectorExpr:
		bs, ok := ast.Unparen(b).(*ast.SelectorExpr)
		return ok && info.Uses[a.Sel] == info.Uses[bs.Sel] && sameExpr(info, a.X, bs.X)
	}
	return false
}

// lookupMethod returns the map a method of a code type reads with its
// receiver to return a descriptor: `d, ok := m[ec]` or `return m[ec]`.
func (an *Analysis) lookupMethod(fd *ast.FuncDecl, fn *types.Func) string {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil || sig.Params().Len() != 0 || sig.Results().Len() != 1 || fd.Recv == nil ||
		len(fd.Recv.List) != 1 || len(fd.Recv.List[0].Names) != 1 {
		return ""
	}
	code := derefType(sig.Recv().Type())
	if !codeType(code) || statusField(sig.Results().At(0).Type(), code) == nil {
		return ""
	}
	recv := an.Info.Defs[fd.Recv.List[0].Names[0]]
	m := ""
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		ix, ok := n.(*ast.IndexExpr)
		if !ok {
			return true
		}
		id, ok := ast.Unparen(ix.Index).(*ast.Ident)
		mid, isID := ast.Unparen(ix.X).(*ast.Ident)
		if ok && isID && recv != nil && an.Info.Uses[id] == recv {
			if mv, ok := an.Info.Uses[mid].(*types.Var); ok && mv.Pkg() == an.Pkg {
				m = objKey(mv)
			}
		}
		return true
	})
	return m
}

// registeredCode reports a package variable set to a registry's call with
// a descriptor literal whose status field is a constant.
func (an *Analysis) registeredCode(v *types.Var, rhs ast.Expr) ([]int, bool) {
	call, ok := ast.Unparen(rhs).(*ast.CallExpr)
	if !ok || !codeType(v.Type()) {
		return nil, false
	}
	fn, ok := typeutil.Callee(an.Info, call).(*types.Func)
	if !ok {
		return nil, false
	}
	r := an.registryOf(fn)
	if r == nil || r.Param > len(call.Args) || an.reassignedGlobal(v) {
		return nil, false
	}
	lit, ok := ast.Unparen(call.Args[r.Param-1]).(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	f := statusField(an.Info.TypeOf(lit), v.Type())
	if f == nil {
		return nil, false
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		if id, ok := kv.Key.(*ast.Ident); ok && an.Info.Uses[id] == f {
			if n, ok := constInt(an.Info, kv.Value); ok {
				return []int{n}, true
			}
			return nil, false
		}
	}
	return nil, false
}

// registryOf returns the registry fact of fn, from this package or imported.
func (an *Analysis) registryOf(fn *types.Func) *summary.Registry {
	if fn.Pkg() == an.Pkg {
		if an.registries == nil {
			return nil
		}
		return an.registries.funcs[fn]
	}
	r := new(summary.Registry)
	if an.Facts != nil && an.Facts.ImportObject(fn, r) {
		return r
	}
	return nil
}

// codeStatus returns the status a registered code variable stands for.
func (an *Analysis) codeStatus(obj types.Object) (Status, bool) {
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() != v.Pkg().Scope() || !codeType(v.Type()) {
		return Status{}, false
	}
	if v.Pkg() == an.Pkg {
		if an.registries == nil {
			return Status{}, false
		}
		ints, ok := an.registries.codes[v]
		return Set(ints...), ok
	}
	c := new(summary.Code)
	if an.Facts != nil && an.Facts.ImportObject(v, c) {
		return Set(c.Ints...), true
	}
	return Status{}, false
}

// isLookup reports a registry's lookup method.
func (an *Analysis) isLookup(fn *types.Func) bool {
	fn = fn.Origin()
	if fn.Pkg() == an.Pkg {
		return an.registries != nil && an.registries.lookups[fn] != nil
	}
	return an.Facts != nil && an.Facts.ImportObject(fn, new(summary.Lookup))
}

// registryKey reports a code type: a named int type with a lookup method.
func (an *Analysis) registryKey(t types.Type) bool {
	if t == nil || !codeType(t) {
		return false
	}
	n := types.Unalias(t).(*types.Named)
	if v, ok := an.keyTypes[n]; ok {
		return v
	}
	found := false
	ms := types.NewMethodSet(types.NewPointer(n))
	for i := range ms.Len() {
		if fn, ok := ms.At(i).Obj().(*types.Func); ok && an.isLookup(fn) {
			found = true
			break
		}
	}
	an.keyTypes[n] = found
	return found
}

// descriptorStatus resolves x.Lookup().F, with F the descriptor's status
// field, to the status code x stands for.
func (in *interp) descriptorStatus(st *state, sel *ast.SelectorExpr) (Status, bool) {
	call, ok := ast.Unparen(sel.X).(*ast.CallExpr)
	if !ok || len(call.Args) != 0 {
		return Status{}, false
	}
	fsel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return Status{}, false
	}
	fn, ok := typeutil.Callee(in.info(), call).(*types.Func)
	if !ok || !in.an.isLookup(fn) {
		return Status{}, false
	}
	code := derefType(fn.Type().(*types.Signature).Recv().Type())
	f := statusField(fn.Type().(*types.Signature).Results().At(0).Type(), code)
	if f == nil || in.info().Uses[sel.Sel] != f {
		return Status{}, false
	}
	return in.status(st, fsel.X), true
}

// codeOperand resolves an identifier or pkg.Name naming a registered code.
func (in *interp) codeOperand(e ast.Expr) (Status, bool) {
	var id *ast.Ident
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		if _, isSel := in.info().Selections[e]; isSel {
			return Status{}, false
		}
		id = e.Sel
	default:
		return Status{}, false
	}
	return in.an.codeStatus(in.info().Uses[id])
}
