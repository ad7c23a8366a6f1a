package difftest

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The frameworks' default paths: handlers that answer through what echo
// (v4, v5), gin and go-chi/render do on their own, served by the real
// modules. Each way to answer is one "how"; the status is the branch's.
var fwHows = map[string][]string{
	// plain: a plain error (the app's handler answers 500 with no body,
	// echo v5's default a 500 with JSON); httperror:
	// NewHTTPError with a string message; httperrorobj: with the Error
	// object as message; internal: SetInternal keeps the status.
	// apperr: the app's own error, which the app's error handler
	// (appErrors, installed as e4.HTTPErrorHandler) renders as the Error
	// object; the rest goes on to echo's default through it. bind: c.Bind
	// of the query parameter b into a type that takes only "1": ?b=0 fails
	// (echo's binder returns a 400 *HTTPError, returned to the app's
	// handler), ?b=1 gets the branch's JSON; only in a handler of one branch.
	"echo4": {"plain", "httperror", "httperrorobj", "internal", "json", "foreign", "string", "nocontent", "blob", "apperr", "bind"},
	// coder: the app's error type with StatusCode() int; wrap: a
	// sentinel HTTPError's Wrap keeps its status.
	"echo5": {"plain", "httperror", "coder", "wrap", "json", "foreign", "string", "nocontent"},
	// blob, data: JSON bytes sent as text/plain.
	// abort: AbortWithError, with no middleware reading c.Errors.
	// bind: c.Bind of the query parameter b, which must be 1: ?b=0 fails
	// (400 through AbortWithError), ?b=1 gets the branch's JSON; only in a
	// handler of one branch.
	"gin": {"abort", "abortjson", "json", "foreign", "string", "status", "data", "bind", "errstatus"},
	// ginmw: gin handlers served by an engine of their own whose error
	// middleware renders c.Errors as the Error object after c.Next(),
	// registered in a function of their own (fN_route), with or without a
	// middleware before them that sets a JSON Content-Type.
	// errstatus: c.Error(err), then c.AbortWithStatus: the status at once,
	// the body the middleware's, if any.
	"ginmw": {"abort", "abort", "abortjson", "json", "string", "bind", "errstatus"},
	// errresponse: chi's ErrResponse (not the Error object) through
	// render.Render, literal or constructor; apierror: the Error object
	// as a Renderer; failing: a Renderer whose Render fails (nothing sent).
	"render": {"errresponse", "errctor", "apierror", "failing", "renderjson", "respond", "plaintext"},
}

var fwKinds = []string{"echo4", "echo5", "gin", "render", "ginmw"}

// 405 is left out: chi-free handlers never set Allow, and B1 is not a
// default-path rule.
var fwStatuses = []int{400, 401, 403, 404, 406, 409, 415, 422, 429, 500, 503}

type fwBranch struct {
	status    int
	how       string
	challenge bool // WWW-Authenticate with the contract's realm, set first
}

// FwHandler is one generated framework handler: one or two paths chosen by ?b=1.
type FwHandler struct {
	Name, Kind string
	Branches   []fwBranch
	// JSONFirst: a ginmw handler's route sets a JSON Content-Type in a
	// middleware before it.
	JSONFirst bool
}

// GenerateFrameworks returns n framework handlers from seed.
func GenerateFrameworks(seed uint64, n int) []FwHandler {
	r := rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))
	var hs []FwHandler
	for i := range n {
		kind := fwKinds[i%len(fwKinds)]
		h := FwHandler{Name: fmt.Sprintf("f%d", i), Kind: kind, JSONFirst: kind == "ginmw" && r.IntN(2) == 0}
		n := 1 + r.IntN(2)
		for range n {
			b := fwBranch{status: fwStatuses[r.IntN(len(fwStatuses))], how: fwHows[kind][r.IntN(len(fwHows[kind]))]}
			if b.how == "bind" && n == 2 {
				// bind takes both requests: alone in its handler
				b.how = map[string]string{"echo4": "httperror"}[kind]
				if b.how == "" {
					b.how = "abort"
				}
			}
			b.challenge = b.status == 401 && r.IntN(2) == 0
			h.Branches = append(h.Branches, b)
		}
		hs = append(hs, h)
	}
	return hs
}

// FwSource writes the handlers as a Go file of package main.
func FwSource(hs []FwHandler) string {
	var b strings.Builder
	b.WriteString(`package main

import (
	"errors"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/render"
	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type Error struct {
	ErrorMessage string ` + "`json:\"errorMessage\"`" + `
}

// coded is an error that carries its status; echo v5 reads StatusCode().
type coded struct{ code int }

func (c *coded) Error() string   { return "coded" }
func (c *coded) StatusCode() int { return c.code }

// ErrResponse is chi's example renderer: its JSON is not the Error object.
type ErrResponse struct {
	HTTPStatusCode int    ` + "`json:\"-\"`" + `
	StatusText     string ` + "`json:\"status\"`" + `
}

func (e *ErrResponse) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func errResponse(status int, text string) render.Renderer {
	return &ErrResponse{HTTPStatusCode: status, StatusText: text}
}

// APIError is the Error object as a renderer.
type APIError struct {
	Status       int    ` + "`json:\"-\"`" + `
	ErrorMessage string ` + "`json:\"errorMessage\"`" + `
}

func (e *APIError) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, e.Status)
	return nil
}

// failing refuses to render: render.Render then sends nothing.
type failing struct{ Code int }

func (f *failing) Render(w http.ResponseWriter, r *http.Request) error {
	if f.Code >= 400 {
		return errors.New("refused")
	}
	render.Status(r, f.Code)
	return nil
}

// one binds only "1" (echo's BindUnmarshaler): echo's binder fails on
// anything else.
type one string

func (o *one) UnmarshalParam(s string) error {
	if s != "1" {
		return errors.New("b must be 1")
	}
	*o = one(s)
	return nil
}

// apiError is the app's error: appErrors renders it as the Error object.
type apiError struct{ code int }

func (e *apiError) Error() string { return "generated" }

// appErrors is the echo v4 app's error handler: its own errors as the
// Error object with their status, echo's through echo's default, any
// other as a 500 with no body.
func appErrors(err error, c echo4.Context) {
	var ae *apiError
	if errors.As(err, &ae) {
		c.JSON(ae.code, Error{ErrorMessage: ae.Error()})
		return
	}
	var he *echo4.HTTPError
	if errors.As(err, &he) {
		c.Echo().DefaultHTTPErrorHandler(err, c)
		return
	}
	c.NoContent(http.StatusInternalServerError)
}

// renderErrors is the error middleware of the ginmw handlers' engines.
func renderErrors(c *gin.Context) {
	c.Next()
	if len(c.Errors) > 0 {
		c.JSON(-1, Error{ErrorMessage: c.Errors.Last().Error()})
	}
}

// jsonContentType sets a JSON Content-Type before a ginmw handler runs.
func jsonContentType(c *gin.Context) {
	c.Header("Content-Type", "application/json")
}

var (
	_ = gin.New
	_ = echo4.New
	_ = echo5.New
	_ = renderErrors
	_ = jsonContentType
)
`)
	for _, h := range hs {
		switch h.Kind {
		case "echo4":
			fmt.Fprintf(&b, "\nfunc %s(c echo4.Context) error {\n", h.Name)
		case "echo5":
			fmt.Fprintf(&b, "\nfunc %s(c *echo5.Context) error {\n", h.Name)
		case "gin", "ginmw":
			fmt.Fprintf(&b, "\nfunc %s(c *gin.Context) {\n", h.Name)
		case "render":
			fmt.Fprintf(&b, "\nfunc %s(w http.ResponseWriter, r *http.Request) {\n", h.Name)
		}
		for i, br := range h.Branches {
			if len(h.Branches) == 2 && i == 0 {
				b.WriteString(map[string]string{
					"echo4": "\tif c.QueryParam(\"b\") == \"1\" {\n", "echo5": "\tif c.QueryParam(\"b\") == \"1\" {\n",
					"gin": "\tif c.Query(\"b\") == \"1\" {\n", "ginmw": "\tif c.Query(\"b\") == \"1\" {\n",
					"render": "\tif r.URL.Query().Get(\"b\") == \"1\" {\n",
				}[h.Kind])
			}
			fwBranchSource(&b, h.Kind, br, len(h.Branches) == 2 && i == 0)
			if len(h.Branches) == 2 && i == 0 {
				b.WriteString("\t}\n")
			}
		}
		b.WriteString("}\n")
		if h.Kind == "ginmw" {
			jsonFirst := ""
			if h.JSONFirst {
				jsonFirst = "\tg.Use(jsonContentType)\n"
			}
			fmt.Fprintf(&b, "\nfunc %s_route() *gin.Engine {\n\tg := gin.New()\n\tg.Use(renderErrors)\n%s\tg.GET(\"/%s\", %s)\n\treturn g\n}\n",
				h.Name, jsonFirst, h.Name, h.Name)
		}
	}
	return b.String()
}

func fwBranchSource(b *strings.Builder, kind string, br fwBranch, inner bool) {
	if kind == "ginmw" {
		kind = "gin" // the same handlers, on an engine with error middleware
	}
	s := br.status
	const realm = "`Basic realm=\"cmix\"`"
	if br.challenge {
		switch kind {
		case "echo4", "echo5":
			fmt.Fprintf(b, "\tc.Response().Header().Set(\"WWW-Authenticate\", %s)\n", realm)
		case "gin":
			fmt.Fprintf(b, "\tc.Header(\"WWW-Authenticate\", %s)\n", realm)
		case "render":
			fmt.Fprintf(b, "\tw.Header().Set(\"WWW-Authenticate\", %s)\n", realm)
		}
	}
	var line string
	switch kind + "/" + br.how {
	case "echo4/plain", "echo5/plain":
		line = `return errors.New("generated")`
	case "echo4/httperror":
		line = fmt.Sprintf(`return echo4.NewHTTPError(%d, "generated")`, s)
	case "echo4/httperrorobj":
		line = fmt.Sprintf(`return echo4.NewHTTPError(%d, Error{ErrorMessage: "generated"})`, s)
	case "echo4/apperr":
		line = fmt.Sprintf(`return &apiError{code: %d}`, s)
	case "echo4/bind":
		line = fmt.Sprintf("var v struct {\n\t\tB one `query:\"b\"`\n\t}\n\tif err := c.Bind(&v); err != nil {\n\t\treturn err\n\t}\n\treturn c.JSON(%d, Error{ErrorMessage: string(v.B)})", s)
	case "echo4/internal":
		line = fmt.Sprintf(`return echo4.NewHTTPError(%d, "generated").SetInternal(errors.New("cause"))`, s)
	case "echo5/httperror":
		line = fmt.Sprintf(`return echo5.NewHTTPError(%d, "generated")`, s)
	case "echo5/coder":
		line = fmt.Sprintf(`return &coded{code: %d}`, s)
	case "echo5/wrap":
		line = `return echo5.ErrUnauthorized.Wrap(errors.New("cause"))`
	case "echo4/json", "echo5/json":
		line = fmt.Sprintf(`return c.JSON(%d, Error{ErrorMessage: "generated"})`, s)
	case "echo4/foreign", "echo5/foreign":
		line = fmt.Sprintf(`return c.JSON(%d, map[string]string{"error": "generated"})`, s)
	case "echo4/string", "echo5/string":
		line = fmt.Sprintf(`return c.String(%d, "generated")`, s)
	case "echo4/nocontent", "echo5/nocontent":
		line = fmt.Sprintf(`return c.NoContent(%d)`, s)
	case "echo4/blob":
		line = fmt.Sprintf("return c.Blob(%d, \"text/plain\", []byte(`{\"errorMessage\":\"generated\"}`))", s)
	case "gin/data":
		line = fmt.Sprintf("c.Data(%d, \"text/plain\", []byte(`{\"errorMessage\":\"generated\"}`))", s)
	case "gin/abort":
		line = fmt.Sprintf(`c.AbortWithError(%d, errors.New("generated"))`, s)
	case "gin/errstatus":
		line = fmt.Sprintf("c.Error(errors.New(\"generated\"))\n\tc.AbortWithStatus(%d)", s)
	case "gin/bind":
		line = fmt.Sprintf("var v struct {\n\t\tB string `form:\"b\" binding:\"required,eq=1\"`\n\t}\n\tif err := c.Bind(&v); err != nil {\n\t\treturn\n\t}\n\tc.JSON(%d, Error{ErrorMessage: v.B})", s)
	case "gin/abortjson":
		line = fmt.Sprintf(`c.AbortWithStatusJSON(%d, Error{ErrorMessage: "generated"})`, s)
	case "gin/json":
		line = fmt.Sprintf(`c.JSON(%d, Error{ErrorMessage: "generated"})`, s)
	case "gin/foreign":
		line = fmt.Sprintf(`c.JSON(%d, gin.H{"error": "generated"})`, s)
	case "gin/string":
		line = fmt.Sprintf(`c.String(%d, "generated")`, s)
	case "gin/status":
		line = fmt.Sprintf(`c.Status(%d)`, s)
	case "render/errresponse":
		line = fmt.Sprintf(`render.Render(w, r, &ErrResponse{HTTPStatusCode: %d, StatusText: "generated"})`, s)
	case "render/errctor":
		line = fmt.Sprintf(`render.Render(w, r, errResponse(%d, "generated"))`, s)
	case "render/apierror":
		line = fmt.Sprintf(`render.Render(w, r, &APIError{Status: %d, ErrorMessage: "generated"})`, s)
	case "render/failing":
		line = fmt.Sprintf(`render.Render(w, r, &failing{Code: %d})`, s)
	case "render/renderjson":
		line = fmt.Sprintf("render.Status(r, %d)\n\trender.JSON(w, r, Error{ErrorMessage: \"generated\"})", s)
	case "render/respond":
		line = fmt.Sprintf("render.Status(r, %d)\n\trender.Respond(w, r, map[string]string{\"error\": \"generated\"})", s)
	case "render/plaintext":
		line = fmt.Sprintf("render.Status(r, %d)\n\trender.PlainText(w, r, \"generated\")", s)
	default:
		panic("no source for " + kind + "/" + br.how)
	}
	b.WriteString("\t" + line + "\n")
	if inner && (kind == "gin" || kind == "render") {
		b.WriteString("\treturn\n")
	}
}

// FwMain writes a main function that serves each handler through its
// framework with httptest and prints what reached the wire, as JSON.
func FwMain(hs []FwHandler) string {
	var b strings.Builder
	b.WriteString(`package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"

	"github.com/gin-gonic/gin"
	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type Wire struct {
	Handler, Path, ContentType, Challenge, Body, First string
	Status                                             int
}

func main() {
	gin.SetMode(gin.ReleaseMode)
	e4, e5, g := echo4.New(), echo5.New(), gin.New()
	e4.HTTPErrorHandler = appErrors
	mux := http.NewServeMux()
`)
	for _, h := range hs {
		switch h.Kind {
		case "echo4":
			fmt.Fprintf(&b, "\te4.GET(\"/%s\", %s)\n", h.Name, h.Name)
		case "echo5":
			fmt.Fprintf(&b, "\te5.GET(\"/%s\", %s)\n", h.Name, h.Name)
		case "gin":
			fmt.Fprintf(&b, "\tg.GET(\"/%s\", %s)\n", h.Name, h.Name)
		case "render":
			fmt.Fprintf(&b, "\tmux.HandleFunc(\"/%s\", %s)\n", h.Name, h.Name)
		}
	}
	b.WriteString(`	apps := map[string]http.Handler{"echo4": e4, "echo5": e5, "gin": g, "render": mux}
`)
	for _, h := range hs {
		if h.Kind == "ginmw" {
			fmt.Fprintf(&b, "\tapps[%q] = %s_route()\n", h.Name, h.Name)
		}
	}
	b.WriteString(`
	var out []Wire
	for _, h := range []struct{ name, kind string }{
`)
	for _, h := range hs {
		fmt.Fprintf(&b, "\t\t{%q, %q},\n", h.Name, h.Kind)
	}
	b.WriteString(`	} {
		for _, q := range []string{"?b=0", "?b=1"} {
			rec := httptest.NewRecorder()
			app := apps[h.kind]
			if h.kind == "ginmw" {
				app = apps[h.name]
			}
			app.ServeHTTP(rec, httptest.NewRequest("GET", "/"+h.name+q, nil))
			// The headers as sent with the status: one set later never
			// reaches the client.
			hdr := rec.Result().Header
			out = append(out, Wire{Handler: h.name, Path: q, Status: rec.Code, ContentType: hdr.Get("Content-Type"),
				Challenge: hdr.Get("WWW-Authenticate"), Body: rec.Body.String(), First: rec.Body.String()})
		}
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
`)
	return b.String()
}
