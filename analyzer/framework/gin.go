package framework

import "github.com/errcontract/errcontract/analyzer/summary"

const gin = "(*github.com/gin-gonic/gin.Context)."

// Gin models github.com/gin-gonic/gin. A status set with c.Status is only
// recorded: gin sends it with the first body write, or when the handler
// chain ends.
var Gin = &Framework{
	Name:     "gin",
	Modules:  []string{"github.com/gin-gonic/gin"},
	Carriers: []string{"*github.com/gin-gonic/gin.Context"},
	Writers:  []string{gin + "Writer"},
	// gin's ResponseWriter records WriteHeader until the first write.
	DeferredStatus:  true,
	QuietSameStatus: true,
	// Written() is true once the status went out; handlers that abort
	// (AbortWithStatusJSON...) have answered.
	Committed: []string{"(github.com/gin-gonic/gin.ResponseWriter).Written", gin + "IsAborted"},
	// c.Error and c.AbortWithError collect errors in c.Errors; gin itself
	// only logs them.
	ErrorLists: []string{gin + "Errors"},
	Engines:    []string{"github.com/gin-gonic/gin.New", "github.com/gin-gonic/gin.Default"},
	Routes: &Routes{Pkg: "github.com/gin-gonic/gin", Types: []string{"Engine", "RouterGroup", "IRoutes", "IRouter"},
		Register: []string{"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "Any", "Handle", "Match"},
		Use:      "Use", Group: "Group",
		PassThrough: []string{"github.com/gin-gonic/gin.Logger", "github.com/gin-gonic/gin.LoggerWithConfig",
			"github.com/gin-gonic/gin.LoggerWithFormatter", "github.com/gin-gonic/gin.LoggerWithWriter",
			"github.com/gin-gonic/gin.Recovery", "github.com/gin-gonic/gin.RecoveryWithWriter",
			"github.com/gin-gonic/gin.CustomRecovery", "github.com/gin-gonic/gin.CustomRecoveryWithWriter"}},
	Writes: []string{"File", "FileAttachment", "FileFromFS", "Render", "Stream", "SSEvent",
		"ProtoBuf", "YAML", "TOML", "JSONP", "AsciiJSON", "DataFromReader", "Negotiate",
		"SetSameSite", "AbortWithStatusPureJSON", "SetAccepted"},
	Calls: map[string]Call{
		gin + "JSON":                {Effects: deferJSON(1, 2)},
		gin + "IndentedJSON":        {Effects: deferJSON(1, 2)},
		gin + "PureJSON":            {Effects: deferJSON(1, 2)},
		gin + "SecureJSON":          {Effects: deferJSON(1, 2)},
		gin + "AbortWithStatusJSON": {Aborts: true, Effects: deferJSON(1, 2)},
		gin + "AbortWithStatus":     {Aborts: true, StatusOnly: true, Effects: []Effect{{Kind: SetStatus, StatusArg: 1}}},
		// AbortWithStatus sends the status at once (WriteHeaderNow); the
		// error goes to c.Errors, and middleware may write a body after it.
		gin + "AbortWithError": {Aborts: true, StatusOnly: true, ErrArg: 2, Effects: []Effect{{Kind: SetStatus, StatusArg: 1}, {Kind: Collect}}},
		// c.Error(err) only collects the error: middleware that reads
		// c.Errors may write a body for it after the handler returns.
		gin + "Error": {ErrArg: 1, Effects: []Effect{{Kind: Collect}}},
		// c.Next() runs the rest of the route's chain (see Routes).
		gin + "Next":   {Effects: []Effect{{Kind: Next}}},
		gin + "Status": {StatusOnly: true, Effects: []Effect{{Kind: DeferStatus, StatusArg: 1}}},
		gin + "Header": {Effects: []Effect{{Kind: SetHeader, ValueArg: 2}}},
		// Redirect sends the 3xx (or 201) with Location through
		// http.Redirect, whose small HTML body on GET the contract does
		// not judge; SetCookie adds a header.
		gin + "Redirect": {Effects: []Effect{
			{Kind: SetHeader, Header: "Location", ValueArg: 2},
			{Kind: SetStatus, StatusArg: 1}}},
		gin + "SetCookie": {Effects: []Effect{{Kind: SetHeader, Header: "Set-Cookie", ValueArg: 2}}},
		gin + "String": {Effects: []Effect{
			{Kind: DeferStatus, StatusArg: 1},
			{Kind: SetHeader, Header: "Content-Type", Value: "text/plain; charset=utf-8", IfUnset: true},
			{Kind: WriteBody, BodyArg: 2, Mode: "text"}}},
		gin + "Data": {Effects: []Effect{
			{Kind: DeferStatus, StatusArg: 1},
			{Kind: SetHeader, Header: "Content-Type", ValueArg: 2},
			{Kind: WriteBody, BodyArg: 3, Mode: "bytes"}}},
		gin + "HTML": {Effects: []Effect{
			{Kind: DeferStatus, StatusArg: 1},
			{Kind: SetHeader, Header: "Content-Type", Value: "text/html; charset=utf-8", IfUnset: true},
			{Kind: WriteBody, Mode: "html"}}},
		gin + "XML": {Effects: []Effect{
			{Kind: DeferStatus, StatusArg: 1},
			{Kind: SetHeader, Header: "Content-Type", Value: "application/xml; charset=utf-8", IfUnset: true},
			{Kind: WriteBody, Mode: "xml"}}},
	},
	Fix: Idioms{
		SetHeader:       "%s.Header(%s, %s)",
		StatusOnly:      "%s.Status(%s)",
		ErrorJSON:       "%s.JSON(%s, %s)",
		NoBody:          "%s.Status(%s)",
		AbortErrorJSON:  "%s.AbortWithStatusJSON(%s, %s)",
		AbortStatusOnly: "%s.AbortWithStatus(%s)",
	},
}

// ginBind is what gin's c.Bind and its variants do: nil when binding
// works, else c.AbortWithError(400, err).SetType(ErrorTypeBind), which
// sends the status at once and leaves the body to middleware that renders
// c.Errors, and the error.
var ginBind = &summary.Helper{Writer: summary.Receiver, Paths: []summary.Path{
	{Results: []uint8{summary.ResultZero}},
	{Events: []summary.Event{
		{Kind: summary.Status, Status: summary.Value{Known: true, Ints: []int{400}}, Framework: "gin", Via: "binding", Now: true},
		{Kind: summary.Body, Pending: true, Framework: "gin", Via: "binding"}},
		Results: []uint8{summary.ResultNonZero}},
}}

func init() {
	Gin.Helpers = map[string]*summary.Helper{}
	for _, m := range []string{"Bind", "BindJSON", "BindXML", "BindQuery", "BindYAML", "BindTOML", "BindHeader", "BindUri", "BindWith", "MustBindWith"} {
		Gin.Helpers[gin+m] = ginBind
	}
}

func deferJSON(statusArg, bodyArg int) []Effect {
	e := jsonBody(statusArg, bodyArg)
	e[1].Kind = DeferStatus
	return e
}
