package summary

import (
	"bytes"
	"encoding/gob"
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// TestGobRoundTrip encodes each fact as the drivers do and checks that it
// decodes to the same value and that encoding is deterministic.
func TestGobRoundTrip(t *testing.T) {
	helper := Helper{Writer: Receiver, Handler: true, Paths: []Path{
		{Events: []Event{
			{Kind: Header, Header: "Content-Type", Value: Value{Str: "application/json", Known: true}, Where: "h.go:3"},
			{Kind: Status, Status: Value{Param: 2, Field: "example.com/api.Error.Status"}},
			{Kind: Body, Body: BodyValue{Param: 3, Mode: "json"}},
		}},
		{Events: []Event{{Kind: Status, Status: Value{Known: true, Ints: []int{400, 404}}}, {Kind: Opaque}}},
		{Events: []Event{{Kind: Guard, Committed: true}}, Results: []uint8{ResultZero, ResultNonZero}},
		// A path that answers nothing and returns an error with a status.
		{Results: []uint8{ResultNonZero}, Err: ErrorValue{Type: "example.com/api.Error", Fields: []FieldValue{{Name: "Status", Value: Value{Known: true, Ints: []int{500}}}}}, Ret: "example.com/api/items.go:12"},
		{Results: []uint8{ResultNonZero}, Err: ErrorValue{Type: "example.com/api.Error", Fields: []FieldValue{{Name: "Status", Value: Value{Param: 2}}}}},
		{Events: []Event{{Kind: NoBody}, {Kind: Status, Status: Value{Param: 1}}}},
		// gin middleware around the rest of its chain; a collected error
		// sent at once; a function parameter run; a flush.
		{Events: []Event{{Kind: Next}, {Kind: Status, Status: Value{Known: true, Ints: []int{500}}, Now: true}, {Kind: Body, Pending: true}, {Kind: Run, HandsOn: 3}, {Kind: Flush}}},
		{Events: []Event{{Kind: Status, Deferred: true, Status: Value{Param: Receiver, Field: "example.com/api.ErrResponse.Code"}}}, Results: []uint8{ResultZero}},
		{Events: []Event{{Kind: Header, HeaderParam: 1, Value: Value{Param: 2}, IfUnset: true}, {Kind: Status, Status: Value{Param: 3}}},
			Conds: []Cond{{Param: 3, Op: ">=", Value: 200}, {Param: 3, Op: "<", Value: 300}, {Param: 2, Op: "!=", Sentinel: "example.com/resp.errRedirect"}, {Param: 2, Op: "==", Type: "example.com/api.Error"}, {Param: 2, Op: "!=", Type: "example.com/api.Error", As: true}}},
		// A builder: a store, then the flush of stored fields, under tests of them.
		{Events: []Event{
			{Kind: SetField, Field: "example.com/resp.Builder.body", Body: BodyValue{Param: 1, Mode: "bytes"}, Nil: ResultNonZero, Type: "[]byte"},
			{Kind: Status, Status: Value{Param: Receiver, Field: "example.com/resp.Builder.status"}},
			{Kind: Body, Body: BodyValue{Param: Receiver, Field: "example.com/resp.Builder.body", Mode: "bytes"}},
		}, Fields: []FieldCond{{Field: "example.com/resp.Builder.body"}, {Field: "example.com/resp.Builder.body", Type: "[]byte", Holds: true}}},
	}}
	builder := Helper{Writer: Receiver, Returns: true, Paths: []Path{{Events: []Event{{Kind: SetField, Field: "example.com/resp.Builder.status", Status: Value{Param: 1}}}}}}
	facts := []analysis.Fact{
		&helper,
		&builder,
		&ErrorValue{Type: "example.com/api.APIError", Fields: []FieldValue{{Name: "Status", Value: Value{Known: true, Ints: []int{404}}}}},
		&ErrorValue{Wraps: 1},
		&ErrorValue{Type: "example.com/core.HTTPError", Fields: []FieldValue{{Name: "Code", Value: Value{Known: true, Ints: []int{403, 500}}}}, MayBeNil: true},
		&ErrorValue{Type: "example.com/core.httpErr", Fields: []FieldValue{{Name: "Code", Value: Value{Known: true, Ints: []int{400}}}}, Foreign: true},
		&ErrorValue{Wraps: 1, As: "example.com/router.ApiError"},
		&ErrorValue{NotOf: "example.com/web", MayBeNil: true},
		&ErrorValue{Type: "example.com/web.Error", Fields: []FieldValue{{Name: "Code", Value: Value{Known: true, Ints: []int{400}}}}, MayBeNil: true, ZeroWith: []int{0}},
		&ErrorValue{Alts: []ErrorValue{{Type: "example.com/web.Error", Fields: []FieldValue{{Name: "Code", Value: Value{Known: true, Ints: []int{422}}}}}, {NotOf: "example.com/web"}}, MayBeNil: true},
		&ErrorValue{Type: "example.com/api.HTTPError", Fields: []FieldValue{{Name: "Code", Value: Value{Param: 1}}},
			Payloads: []FieldValue{{Name: "Message", Value: Value{Param: 2}}}},
		&Adapter{Param: 1, ErrArg: 2, Funnel: helper, Name: "api.Respond"},
		&Adapter{Param: 1, ErrArg: 3, StatusArg: 2, Funnel: helper, Name: "files.Handle"},
		&Helper{Paths: []Path{{Events: []Event{{Kind: Opaque, Answered: true}}}}},
		&Encoded{Body: BodyValue{Kind: 1, Validations: 1, Desc: "errorMsg"}},
		&Encoded{Body: BodyValue{Param: 2, Mode: "json"}},
		&StatusErrors{Types: []string{"APIError", "HTTPError"}},
		&ErrorReaders{Frameworks: []string{"gin"}},
		&Handlers{Results: []HandlerResult{{Result: 1, Handler: helper}, {Result: 2, Handler: helper, Middleware: true}, {Result: 0, Handler: helper, ErrHandler: true, Key: "(*example.com/v1.Ctrl).HandleItems()"}}},
		&StatusMethod{Self: true},
		&StatusMethod{ResultFields: []FieldInts{{Name: "HTTPCode", Ints: []int{404, 410}}}},
		&StatusMethod{Results: []ResultInts{{Index: 0, Ints: []int{400, 500}}, {Index: 1, Ints: []int{2, 9}}}},
		&Registry{Param: 2, Map: "example.com/errcode.errorCodeToDescriptors"},
		&Code{Ints: []int{405}},
		&Sentinel{Made: "errors.New"},
		&Lookup{Map: "example.com/errcode.errorCodeToDescriptors"},
		&Sink{Writer: 1, ErrArg: 2, Funnel: helper, Name: "errcode.ServeJSON"},
		&Continuation{Field: "next"},
		&RouterUse{Params: []int{1, 3}},
		&Predicate{Param: 1, Type: "example.com/validate.UnauthorizedError"},
		&RouterFactory{Router: "gorilla/mux", NotFound: true, Restricted: true},
		&RouterFactory{Router: "fiber", NotFound: true, MethodNotAllowed: true, Restricted: true,
			NotFoundAnswer: &RouterAnswer{Status: 404, ContentType: "text/plain; charset=utf-8", Body: BodyValue{Kind: 3, Desc: "text"}, Handler: "the fiber/v2 default error handler", Default: true},
			MethodAnswer:   &RouterAnswer{Status: 405, NoBody: true, Handler: "errs.Handle"}},
		&RouterArgs{Params: []RouterArg{{Param: 1, Router: "chi", Restricts: true}, {Param: 3, Router: "fiber", SetsNotFound: true, SetsMethodNotAllowed: true, Serves: true}}},
		&Maker{Adapter: Adapter{Param: 1, ErrArg: 2, Funnel: helper, Name: "errs.Handler", Tail: true}},
		&ErrorValue{Alts: []ErrorValue{{Wraps: 3}, {Type: "example.com/api.APIError", Fields: []FieldValue{{Name: "Status", Value: Value{Known: true, Ints: []int{500}}}}}}, MayBeNil: true, Other: true},
	}
	for _, f := range facts {
		var b1, b2 bytes.Buffer
		if err := gob.NewEncoder(&b1).Encode(f); err != nil {
			t.Fatalf("%T: encode: %v", f, err)
		}
		if err := gob.NewEncoder(&b2).Encode(f); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
			t.Errorf("%T: encoding is not deterministic", f)
		}
		got := reflect.New(reflect.TypeOf(f).Elem()).Interface().(analysis.Fact)
		if err := gob.NewDecoder(&b1).Decode(got); err != nil {
			t.Fatalf("%T: decode: %v", f, err)
		}
		if !reflect.DeepEqual(got, f) {
			t.Errorf("%T: round trip changed the fact:\n got %v\nwant %v", f, got, f)
		}
	}
}

// TestNoMaps guards the rule that facts hold no maps (their gob order is random).
func TestNoMaps(t *testing.T) {
	for _, f := range []any{Helper{}, ErrorValue{}, Adapter{}, Encoded{}, StatusMethod{}, StatusErrors{}, ErrorReaders{}, Handlers{}, Registry{}, Code{}, Sentinel{}, Lookup{}, Sink{}, Continuation{}, RouterUse{}, Maker{}, Predicate{}} {
		checkNoMaps(t, reflect.TypeOf(f), map[reflect.Type]bool{})
	}
}

func checkNoMaps(t *testing.T, ty reflect.Type, seen map[reflect.Type]bool) {
	if seen[ty] {
		return
	}
	seen[ty] = true
	switch ty.Kind() {
	case reflect.Map, reflect.Pointer, reflect.Interface, reflect.Func, reflect.Chan:
		t.Errorf("fact type has a %s: %s", ty.Kind(), ty)
	case reflect.Struct:
		for i := range ty.NumField() {
			checkNoMaps(t, ty.Field(i).Type, seen)
		}
	case reflect.Slice, reflect.Array:
		checkNoMaps(t, ty.Elem(), seen)
	}
}
