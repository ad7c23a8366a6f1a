package engine

import (
	"go/ast"
	"go/constant"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/errcontract/errcontract/analyzer/config"
)

// Shapes decides which Go values encode as the Error object.
type Shapes struct {
	cfg *config.Config
}

func NewShapes(cfg *config.Config) *Shapes { return &Shapes{cfg: cfg} }

// jsonKeys returns the top-level JSON keys of struct type t, following
// embedded structs as encoding/json does, with the field of each key.
func jsonKeys(t *types.Struct, seen map[*types.Struct]bool) map[string]*types.Var {
	keys := map[string]*types.Var{}
	if seen[t] {
		return keys
	}
	seen[t] = true
	for i := range t.NumFields() {
		f := t.Field(i)
		tag := reflect.StructTag(t.Tag(i)).Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if tag == "-" {
			continue
		}
		if f.Embedded() && name == "" {
			ft := f.Type()
			if p, ok := ft.Underlying().(*types.Pointer); ok {
				ft = p.Elem()
			}
			if st, ok := ft.Underlying().(*types.Struct); ok {
				for k, v := range jsonKeys(st, seen) {
					if _, dup := keys[k]; !dup {
						keys[k] = v
					}
				}
				continue
			}
		}
		if !f.Exported() {
			continue
		}
		if name == "" {
			name = f.Name()
		}
		keys[name] = f
	}
	return keys
}

var marshaler = types.NewInterfaceType([]*types.Func{
	types.NewFunc(0, nil, "MarshalJSON", types.NewSignatureType(nil, nil, nil, nil,
		types.NewTuple(
			types.NewVar(0, nil, "", types.NewSlice(types.Typ[types.Byte])),
			types.NewVar(0, nil, "", types.Universe.Lookup("error").Type())), false)),
}, nil).Complete()

// IsErrorType reports whether t (or *t) is the Error object by name or shape,
// and returns the struct field that holds the validations key, if any.
func (s *Shapes) IsErrorType(t types.Type) (ok bool, validations *types.Var, message *types.Var) {
	if p, isPtr := t.(*types.Pointer); isPtr {
		t = p.Elem()
	}
	st, isStruct := t.Underlying().(*types.Struct)
	if n, isNamed := types.Unalias(t).(*types.Named); isNamed && n.Obj().Pkg() != nil {
		full := n.Obj().Pkg().Path() + "." + n.Obj().Name()
		for _, want := range s.cfg.ErrorTypes {
			if want == full {
				if isStruct {
					keys := jsonKeys(st, map[*types.Struct]bool{})
					return true, keys[s.cfg.ValidationsKey], keys[s.cfg.MessageKey]
				}
				return true, nil, nil
			}
		}
	}
	if !isStruct {
		return false, nil, nil
	}
	keys := jsonKeys(st, map[*types.Struct]bool{})
	if m, ok := keys[s.cfg.MessageKey]; ok {
		return true, keys[s.cfg.ValidationsKey], m
	}
	return false, nil, nil
}

// configured reports whether t (or *t) is one of the configured error types.
func (s *Shapes) configured(t types.Type) bool {
	n, ok := types.Unalias(derefType(t)).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	full := n.Obj().Pkg().Path() + "." + n.Obj().Name()
	for _, want := range s.cfg.ErrorTypes {
		if want == full {
			return true
		}
	}
	return false
}

// Classify describes the JSON encoding of expression e.
func (s *Shapes) Classify(info *types.Info, e ast.Expr) Body {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op.String() == "&" {
		e = ast.Unparen(u.X)
	}
	tv, ok := info.Types[e]
	if !ok {
		return Body{}
	}
	t := tv.Type
	if tv.IsNil() {
		return Body{Kind: BodyJSON, Desc: "null"}
	}
	desc := typeDesc(t)
	if isErr, valField, _ := s.IsErrorType(t); isErr {
		b := Body{Kind: BodyErrorObject, Desc: desc, Validations: Maybe}
		if valField == nil && !s.configured(t) {
			// A struct, or a pointer to one (e.Encode(e) with e an
			// *apiErr), without the field never fills it. A configured
			// type without it is the project's own Error object, whose
			// contract has no such list: C4 is not judged.
			if _, isStruct := derefType(t).Underlying().(*types.Struct); isStruct {
				b.Validations = No
			}
		} else if lit, ok := e.(*ast.CompositeLit); ok {
			b.Validations = litSetsField(info, lit, valField)
		}
		return b
	}
	// A type with its own encoding could produce anything.
	if types.Implements(t, marshaler) || types.Implements(types.NewPointer(t), marshaler) {
		return Body{}
	}
	switch u := t.Underlying().(type) {
	case *types.Map:
		lit, ok := e.(*ast.CompositeLit)
		if !ok {
			return Body{} // built elsewhere: its keys are unknown
		}
		keys, ok := constKeys(info, lit)
		if !ok {
			return Body{}
		}
		desc = shortLit(lit)
		if _, has := keys[s.cfg.MessageKey]; has {
			b := Body{Kind: BodyErrorObject, Desc: desc, Validations: No}
			if v, has := keys[s.cfg.ValidationsKey]; has {
				b.Validations = Yes
				if tv, ok := info.Types[v]; ok && tv.IsNil() {
					b.Validations = No
				}
			}
			return b
		}
		return Body{Kind: BodyJSON, Desc: desc}
	case *types.Struct:
		if lit, ok := e.(*ast.CompositeLit); ok && lit.Type == nil {
			return Body{}
		}
		return Body{Kind: BodyJSON, Desc: desc}
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			return Body{}
		}
		return Body{Kind: BodyJSON, Desc: desc}
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			return Body{} // []byte is often pre-encoded JSON
		}
		return Body{Kind: BodyJSON, Desc: desc}
	case *types.Array:
		return Body{Kind: BodyJSON, Desc: desc}
	case *types.Pointer:
		return s.ClassifyType(t) // a struct's keys, whatever the value
	}
	return Body{} // interfaces, pointers to unknown, channels...
}

// ClassifyType describes the JSON encoding of a value known only by its
// type t: a struct (or pointer to one) encodes as its fields' keys,
// whatever the value; anything else is unknown.
func (s *Shapes) ClassifyType(t types.Type) Body {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if _, ok := t.Underlying().(*types.Struct); !ok || types.Implements(t, marshaler) || types.Implements(types.NewPointer(t), marshaler) {
		return Body{}
	}
	desc := typeDesc(t)
	if isErr, valField, _ := s.IsErrorType(t); isErr {
		b := Body{Kind: BodyErrorObject, Desc: desc, Validations: Maybe}
		if valField == nil && !s.configured(t) {
			b.Validations = No
		}
		return b
	}
	return Body{Kind: BodyJSON, Desc: desc}
}

// typeDesc names a body's type for messages: a named type (or pointer to
// one) by its name, anything else as written.
func typeDesc(t types.Type) string {
	u := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		u = p.Elem()
	}
	if n, ok := types.Unalias(u).(*types.Named); ok {
		return n.Obj().Name()
	}
	return types.TypeString(t, types.RelativeTo(nil))
}

// litSetsField reports whether a struct literal gives field f a non-nil value.
func litSetsField(info *types.Info, lit *ast.CompositeLit, f *types.Var) Tri {
	st, ok := info.TypeOf(lit).Underlying().(*types.Struct)
	if !ok {
		return Maybe
	}
	for i, elt := range lit.Elts {
		var val ast.Expr
		var field *types.Var
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				return Maybe
			}
			obj, _ := info.Uses[id].(*types.Var)
			field, val = obj, kv.Value
		} else if i < st.NumFields() {
			field, val = st.Field(i), elt
		}
		if field == f {
			if tv, ok := info.Types[val]; ok && tv.IsNil() {
				return No
			}
			return Yes
		}
	}
	// Not in the literal: maybe in an embedded struct's literal, which we
	// do not follow.
	for i := range st.NumFields() {
		if st.Field(i) == f {
			return No
		}
	}
	return Maybe
}

// constKeys returns the constant string keys of a map literal.
func constKeys(info *types.Info, lit *ast.CompositeLit) (map[string]ast.Expr, bool) {
	keys := map[string]ast.Expr{}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return nil, false
		}
		tv, ok := info.Types[kv.Key]
		if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
			return nil, false
		}
		keys[constant.StringVal(tv.Value)] = kv.Value
	}
	return keys, true
}

func shortLit(lit *ast.CompositeLit) string {
	var b strings.Builder
	b.WriteString(types.ExprString(lit.Type))
	b.WriteString("{")
	for i, elt := range lit.Elts {
		if i > 0 {
			b.WriteString(", ")
		}
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			b.WriteString(types.ExprString(kv.Key))
			b.WriteString(": ...")
		}
	}
	b.WriteString("}")
	return b.String()
}

// ClassifyKeys classifies a JSON object with the given top-level keys.
func (s *Shapes) ClassifyKeys(keys []string, desc string) Body {
	if !slices.Contains(keys, s.cfg.MessageKey) {
		return Body{Kind: BodyJSON, Desc: desc}
	}
	b := Body{Kind: BodyErrorObject, Desc: desc, Validations: No}
	if slices.Contains(keys, s.cfg.ValidationsKey) {
		b.Validations = Yes
	}
	return b
}

// ClassifyText describes bytes whose constant text is text.
func (s *Shapes) ClassifyText(text string) Body {
	t := strings.TrimSpace(text)
	if strings.HasPrefix(t, "{") || strings.HasPrefix(t, "[") {
		if strings.Contains(t, strconv.Quote(s.cfg.MessageKey)) {
			b := Body{Kind: BodyErrorObject, Desc: "a JSON literal", Validations: No}
			if strings.Contains(t, strconv.Quote(s.cfg.ValidationsKey)) {
				b.Validations = Yes
			}
			return b
		}
		return Body{Kind: BodyJSON, Desc: "a JSON literal"}
	}
	return Body{Kind: BodyText, Desc: "text"}
}
