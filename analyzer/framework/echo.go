package framework

import "github.com/errcontract/errcontract/analyzer/summary"

// echoCalls models echo's Context methods; v4's Context is an interface,
// v5's a struct, with the same response methods.
func echoCalls(ctx, resp string, v5 bool) map[string]Call {
	m := map[string]Call{
		ctx + "JSON":       {Effects: jsonBody(1, 2)},
		ctx + "JSONPretty": {Effects: jsonBody(1, 2)},
		ctx + "NoContent":  {StatusOnly: true, Effects: []Effect{{Kind: SetStatus, StatusArg: 1}}},
		ctx + "String": {Effects: []Effect{
			{Kind: SetHeader, Header: "Content-Type", Value: "text/plain; charset=UTF-8", IfUnset: true},
			{Kind: SetStatus, StatusArg: 1},
			{Kind: WriteBody, BodyArg: 2, Mode: "text"}}},
		ctx + "HTML": {Effects: htmlBody()},
		// Render executes the app's template into a buffer, then sends it
		// as HTMLBlob does; it writes nothing when rendering fails.
		ctx + "Render":   {Effects: htmlBody()},
		ctx + "HTMLBlob": {Effects: htmlBody()},
		ctx + "Blob": {Effects: []Effect{
			{Kind: SetHeader, Header: "Content-Type", ValueArg: 2, IfUnset: true},
			{Kind: SetStatus, StatusArg: 1},
			{Kind: WriteBody, BodyArg: 3, Mode: "bytes"}}},
		ctx + "JSONBlob": {Effects: []Effect{
			{Kind: SetHeader, Header: "Content-Type", Value: "application/json", IfUnset: true},
			{Kind: SetStatus, StatusArg: 1},
			{Kind: WriteBody, BodyArg: 2, Mode: "bytes"}}},
		ctx + "Response": {Returns: "writer"},
		// Redirect sets Location and sends the 3xx status with no body
		// (a code outside 300..308 writes nothing and returns an error).
		ctx + "Redirect": {Effects: []Effect{
			{Kind: SetHeader, Header: "Location", ValueArg: 2},
			{Kind: SetStatus, StatusArg: 1}}},
		ctx + "SetCookie": {Effects: []Effect{{Kind: SetHeader, Header: "Set-Cookie", ValueArg: 1}}},
	}
	if resp != "" {
		m[resp+"WriteHeader"] = Call{StatusOnly: true, Effects: []Effect{{Kind: SetStatus, StatusArg: 1}}}
		m[resp+"Write"] = Call{Effects: []Effect{{Kind: WriteBody, BodyArg: 1, Mode: "bytes"}}}
		m[resp+"Header"] = Call{Returns: "header"}
	}
	return m
}

var echoWrites = []string{"File", "FileFS", "Attachment", "Inline", "Stream", "XML", "XMLPretty",
	"XMLBlob", "JSONP", "JSONPBlob", "Reset", "SetResponse"}

// htmlBody: echo's HTML, HTMLBlob and Render, which all end in Blob with
// text/html.
func htmlBody() []Effect {
	return []Effect{
		{Kind: SetHeader, Header: "Content-Type", Value: "text/html; charset=UTF-8", IfUnset: true},
		{Kind: SetStatus, StatusArg: 1},
		{Kind: WriteBody, Mode: "html"}}
}

var echoIdioms = Idioms{
	SetHeader:  "%s.Response().Header().Set(%s, %s)",
	StatusOnly: "%s.NoContent(%s)",
	ErrorJSON:  "%s.JSON(%s, %s)",
	NoBody:     "%s.NoContent(%s)",
}

// echo's DefaultHTTPErrorHandler answers an *HTTPError with its code and
// {"message": ...} as JSON, and anything else with 500 and JSON.
var echoErrorBody = summary.BodyValue{Kind: 2 /* engine.BodyJSON */, Desc: `{"message": ...}`, Keys: []string{"message"}}

// echoRendered is echo's body for an error with a status: an error that
// marshals itself goes as it is, and so does (v4) a Message that is not a
// string or an error.
func echoRendered(payload string) summary.BodyValue {
	b := echoErrorBody
	b.Mode, b.Payload = "error", payload
	return b
}

// EchoV4 models github.com/labstack/echo/v4.
var EchoV4 = &Framework{
	Name:     "echo/v4",
	Modules:  []string{"github.com/labstack/echo/v4"},
	Carriers: []string{"github.com/labstack/echo/v4.Context"},
	Writers:  []string{"(*github.com/labstack/echo/v4.Response).Writer"},
	// Every error handler, echo's own included, starts with
	// `if c.Response().Committed { return }`.
	Committed: []string{"(*github.com/labstack/echo/v4.Response).Committed"},
	Writes:    echoWrites,
	Calls: echoCalls("(github.com/labstack/echo/v4.Context).",
		"(*github.com/labstack/echo/v4.Response).", false),
	// A Message other than a string or error is sent as it is.
	ErrorHandler: funnel(1, 1, "application/json", echoErrorBody, echoRendered("Message"),
		"github.com/labstack/echo/v4.HTTPError.Code"),
	ErrorHandlerErrArg:   1,
	CustomErrorHandler:   []string{"(github.com/labstack/echo/v4.Echo).HTTPErrorHandler"},
	DefaultErrorHandlers: []string{"(*github.com/labstack/echo/v4.Echo).DefaultHTTPErrorHandler"},
	Engines:              []string{"github.com/labstack/echo/v4.New"},
	Fix:                  echoIdioms,
	// middleware.BasicAuth answers a failed login with 401 and
	// `basic realm="Restricted"` unless the config names another realm.
	Challengers: []Challenger{
		{Func: "github.com/labstack/echo/v4/middleware.BasicAuth", Default: "Restricted", Scheme: "basic", ViaErrorHandler: true},
		{Func: "github.com/labstack/echo/v4/middleware.BasicAuthWithConfig", ConfigArg: 1, Field: "Realm", Default: "Restricted", Scheme: "basic", ViaErrorHandler: true},
	},
}

// echoBind: v4's DefaultBinder answers what it cannot bind with
// NewHTTPError(400, err.Error()), a body of a type it does not know with
// ErrUnsupportedMediaType (415); an app that installs its own e.Binder is
// not seen here.
func echoBind(httpError string) *summary.ErrorValue {
	alt := func(code int) summary.ErrorValue {
		return summary.ErrorValue{Type: httpError, Fields: []summary.FieldValue{{Name: "Code", Value: summary.Value{Known: true, Ints: []int{code}}}}}
	}
	return &summary.ErrorValue{Alts: []summary.ErrorValue{alt(400), alt(415)}, MayBeNil: true}
}

func init() {
	EchoV4.Errors = map[string]*summary.ErrorValue{
		"(github.com/labstack/echo/v4.Context).Bind": echoBind("github.com/labstack/echo/v4.HTTPError"),
	}
}

// EchoV5 models github.com/labstack/echo/v5, whose Response() is a plain
// http.ResponseWriter and whose errors report their status through
// StatusCode().
var EchoV5 = &Framework{
	Name:     "echo/v5",
	Modules:  []string{"github.com/labstack/echo/v5"},
	Carriers: []string{"*github.com/labstack/echo/v5.Context"},
	Writes:   echoWrites,
	Calls: withCalls(echoCalls("(*github.com/labstack/echo/v5.Context).", "", true), map[string]Call{
		// r, err := echo.UnwrapResponse(c.Response()) is the writer again.
		"github.com/labstack/echo/v5.UnwrapResponse": {Writer: 1, Returns: "writer"}}),
	Committed: []string{"(*github.com/labstack/echo/v5.Response).Committed"},
	// The status is any error's StatusCode() (found with errors.As); an
	// error that marshals itself is sent as it is.
	ErrorHandler:         funnel(0, 2, "application/json", echoErrorBody, echoRendered(""), "*.StatusCode()"),
	ErrorHandlerErrArg:   2,
	CustomErrorHandler:   []string{"(github.com/labstack/echo/v5.Echo).HTTPErrorHandler", "(github.com/labstack/echo/v5.Config).HTTPErrorHandler"},
	DefaultErrorHandlers: []string{"github.com/labstack/echo/v5.DefaultHTTPErrorHandler"},
	Engines:              []string{"github.com/labstack/echo/v5.New", "github.com/labstack/echo/v5.NewWithConfig"},
	Fix:                  echoIdioms,
	Challengers: []Challenger{
		{Func: "github.com/labstack/echo/v5/middleware.BasicAuth", Default: "Restricted", Scheme: "basic", ViaErrorHandler: true},
		{Func: "github.com/labstack/echo/v5/middleware.BasicAuthWithConfig", ConfigArg: 1, Field: "Realm", Default: "Restricted", Scheme: "basic", ViaErrorHandler: true},
	},
}
