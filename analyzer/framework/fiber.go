package framework

import "github.com/errcontract/errcontract/analyzer/summary"

const fiber = "(*github.com/gofiber/fiber/v2.Ctx)."

var fiberText = summary.BodyValue{Kind: 3 /* engine.BodyText */, Desc: "text"}

// FiberV2 models github.com/gofiber/fiber/v2. Fiber buffers the whole
// response: the last status, headers and body set before the handler
// returns are what is sent, so the order rules (G1-G3) do not apply.
var FiberV2 = &Framework{
	Name:     "fiber/v2",
	Modules:  []string{"github.com/gofiber/fiber/v2"},
	Carriers: []string{"*github.com/gofiber/fiber/v2.Ctx"},
	Buffered: true,
	Writes: []string{"RedirectToRoute", "RedirectBack", "SendFile", "Download", "Render", "Format",
		"XML", "JSONP", "Attachment", "Type", "Append", "Vary", "Cookie", "ClearCookie", "Location", "Links",
		"SendStream", "Write", "WriteString", "Writef", "Response", "Context", "Next", "SendStatus"},
	Calls: map[string]Call{
		fiber + "Status": {Returns: "carrier", StatusOnly: true, Effects: []Effect{{Kind: SetStatus, StatusArg: 1}}},
		fiber + "JSON": {Effects: []Effect{
			{Kind: SetHeader, Header: "Content-Type", Value: "application/json"},
			{Kind: WriteBody, BodyArg: 1, Mode: "json"}}},
		fiber + "SendStatus": {StatusOnly: true, Effects: []Effect{
			{Kind: SetStatus, StatusArg: 1},
			// Fiber fills an empty body with the status text.
			{Kind: SetHeader, Header: "Content-Type", Value: "text/plain; charset=utf-8", IfUnset: true},
			{Kind: WriteBody, Mode: "text"}}},
		fiber + "SendString": {Effects: []Effect{
			{Kind: SetHeader, Header: "Content-Type", Value: "text/plain; charset=utf-8", IfUnset: true},
			{Kind: WriteBody, BodyArg: 1, Mode: "text"}}},
		fiber + "Send": {Effects: []Effect{{Kind: WriteBody, BodyArg: 1, Mode: "bytes"}}},
		fiber + "Set":  {Effects: []Effect{{Kind: SetHeader, ValueArg: 2}}},
		// Redirect(location, status...) sets Location and the status,
		// 302 when none is given.
		fiber + "Redirect": {Effects: []Effect{
			{Kind: SetHeader, Header: "Location", ValueArg: 1},
			{Kind: SetStatus, StatusArg: 2, Status: 302}}},
	},
	// DefaultErrorHandler: the *fiber.Error's code (else 500), text/plain,
	// the error's message.
	ErrorHandler: funnel(0, 2, "text/plain; charset=utf-8",
		fiberText, fiberText, "github.com/gofiber/fiber/v2.Error.Code"),
	ErrorHandlerErrArg:   2,
	CustomErrorHandler:   []string{"(github.com/gofiber/fiber/v2.Config).ErrorHandler"},
	DefaultErrorHandlers: []string{"github.com/gofiber/fiber/v2.DefaultErrorHandler"},
	Engines:              []string{"github.com/gofiber/fiber/v2.New"},
	Fix: Idioms{
		SetHeader:  "%s.Set(%s, %s)",
		StatusOnly: "%s.SendStatus(%s)",
		ErrorJSON:  "%s.Status(%s).JSON(%s)",
	},
}

// fiberParsers: what fiber's parsers return. QueryParser and the other
// struct parsers fail with their decoder's errors (fmt.Errorf around
// gorilla/schema's), never a *fiber.Error; BodyParser with those, the JSON
// decoder's (the default json.Unmarshal: an app that installs a
// JSONDecoder returning *fiber.Error is not seen), or ErrUnprocessableEntity
// (422) for a content type it does not parse. A funnel's path for
// *fiber.Error is taken only for that 422.
func fiberParsers() map[string]*summary.ErrorValue {
	const pkg = "github.com/gofiber/fiber/v2"
	plain := &summary.ErrorValue{NotOf: pkg, MayBeNil: true}
	return map[string]*summary.ErrorValue{
		fiber + "QueryParser":     plain,
		fiber + "ParamsParser":    plain,
		fiber + "ReqHeaderParser": plain,
		fiber + "CookieParser":    plain,
		fiber + "BodyParser": {Alts: []summary.ErrorValue{
			{Type: pkg + ".Error", Fields: []summary.FieldValue{{Name: "Code", Value: summary.Value{Known: true, Ints: []int{422}}}}},
			{NotOf: pkg}}, MayBeNil: true},
	}
}

func init() { FiberV2.Errors = fiberParsers() }
