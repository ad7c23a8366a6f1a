// Package wire serves handlers with the real frameworks and reads what
// their default paths send: each test backs a line of the README's
// framework table and a model in analyzer/framework.
package wire

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
	"github.com/gofiber/fiber/v2"
	fibercors "github.com/gofiber/fiber/v2/middleware/cors"
	"github.com/gorilla/mux"
	echo4 "github.com/labstack/echo/v4"
	mw4 "github.com/labstack/echo/v4/middleware"
	echo5 "github.com/labstack/echo/v5"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

type response struct {
	code        int
	contentType string
	challenge   string
	body        string
}

func serve(t *testing.T, h http.Handler, method, path string) response {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	// Result's headers are those at the first write, as a client gets them;
	// rec.Header() would also show headers set after the commit.
	res := rec.Result()
	return response{res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("WWW-Authenticate"), strings.TrimSpace(rec.Body.String())}
}

func check(t *testing.T, got, want response) {
	t.Helper()
	if got != want {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// echo v4: a plain error gets 500 {"message":...}; NewHTTPError with a
// string message gets {"message":...}, with a struct the struct itself;
// SetInternal and WithInternal keep the status.
func TestEchoV4DefaultHandler(t *testing.T) {
	e := echo4.New()
	e.GET("/plain", func(c echo4.Context) error { return errors.New("db") })
	e.GET("/string", func(c echo4.Context) error { return echo4.NewHTTPError(http.StatusNotFound, "no item") })
	e.GET("/struct", func(c echo4.Context) error {
		return echo4.NewHTTPError(http.StatusBadRequest, Error{ErrorMessage: "id required"})
	})
	e.GET("/internal", func(c echo4.Context) error {
		return echo4.NewHTTPError(http.StatusUnauthorized, "login").SetInternal(errors.New("expired"))
	})
	e.GET("/with", func(c echo4.Context) error { return echo4.ErrNotFound.WithInternal(errors.New("x")) })
	const js = "application/json"
	check(t, serve(t, e, "GET", "/plain"), response{500, js, "", `{"message":"Internal Server Error"}`})
	check(t, serve(t, e, "GET", "/string"), response{404, js, "", `{"message":"no item"}`})
	check(t, serve(t, e, "GET", "/struct"), response{400, js, "", `{"errorMessage":"id required"}`})
	check(t, serve(t, e, "GET", "/internal"), response{401, js, "", `{"message":"login"}`})
	check(t, serve(t, e, "GET", "/with"), response{404, js, "", `{"message":"Not Found"}`})
}

type pages struct{}

func (pages) Render(w io.Writer, name string, data any, c echo4.Context) error {
	_, err := io.WriteString(w, "<h1>"+name+"</h1>")
	return err
}

// echo v4's Render sends the renderer's output as text/html with the
// status given (the model of c.Render and c.HTMLBlob).
func TestEchoV4Render(t *testing.T) {
	e := echo4.New()
	e.Renderer = pages{}
	e.GET("/nf", func(c echo4.Context) error { return c.Render(http.StatusNotFound, "gone", nil) })
	e.GET("/blob", func(c echo4.Context) error { return c.HTMLBlob(http.StatusBadRequest, []byte("<p>bad</p>")) })
	const html = "text/html; charset=UTF-8"
	check(t, serve(t, e, "GET", "/nf"), response{404, html, "", "<h1>gone</h1>"})
	check(t, serve(t, e, "GET", "/blob"), response{400, html, "", "<p>bad</p>"})
}

// echo v4's BasicAuth answers a failed login with its realm and echo's
// default error body.
func TestEchoV4BasicAuth(t *testing.T) {
	e := echo4.New()
	e.Use(mw4.BasicAuthWithConfig(mw4.BasicAuthConfig{Realm: "cmix",
		Validator: func(u, p string, c echo4.Context) (bool, error) { return false, nil }}))
	e.GET("/", func(c echo4.Context) error { return c.NoContent(http.StatusOK) })
	check(t, serve(t, e, "GET", "/"), response{401, "application/json", `basic realm="cmix"`, `{"message":"Unauthorized"}`})
}

// echo v4's c.Bind returns an *HTTPError of 400 for a body it cannot
// decode and of 415 for a content type it does not bind (the model of
// framework.EchoV4.Errors); c.Redirect sends the status and Location, no
// body.
func TestEchoV4BindRedirect(t *testing.T) {
	e := echo4.New()
	e.POST("/bind", func(c echo4.Context) error {
		var v struct{ N int }
		if err := c.Bind(&v); err != nil {
			return err
		}
		return c.NoContent(http.StatusOK)
	})
	e.GET("/go", func(c echo4.Context) error { return c.Redirect(http.StatusFound, "/home") })
	post := func(contentType, body string) response {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("POST", "/bind", strings.NewReader(body))
		req.Header.Set("Content-Type", contentType)
		e.ServeHTTP(rec, req)
		var m map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &m); err != nil || m["message"] == nil {
			t.Errorf("%s %q: body %q is not {\"message\": ...}", contentType, body, rec.Body.String())
		}
		return response{code: rec.Code, contentType: rec.Result().Header.Get("Content-Type")}
	}
	const js = "application/json"
	check(t, post(js, `{"N": "x"}`), response{code: 400, contentType: js})
	check(t, post(js, `{`), response{code: 400, contentType: js})
	check(t, post("text/plain", "x"), response{code: 415, contentType: js})
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest("GET", "/go", nil))
	if rec.Code != http.StatusFound || rec.Header().Get("Location") != "/home" || rec.Body.Len() != 0 {
		t.Errorf("redirect: %d %q %q", rec.Code, rec.Header().Get("Location"), rec.Body.String())
	}
}

type quota struct{}

func (quota) Error() string   { return "quota" }
func (quota) StatusCode() int { return http.StatusForbidden }

// echo v5 takes the status of any error with StatusCode() int.
func TestEchoV5StatusCoder(t *testing.T) {
	e := echo5.New()
	e.GET("/q", func(c *echo5.Context) error { return quota{} })
	e.GET("/u", func(c *echo5.Context) error { return echo5.ErrUnauthorized.Wrap(errors.New("x")) })
	check(t, serve(t, e, "GET", "/q"), response{403, "application/json", "", `{"message":"Forbidden"}`})
	check(t, serve(t, e, "GET", "/u"), response{401, "application/json", "", `{"message":"Unauthorized"}`})
}

// gin's AbortWithError sends the status with no body unless middleware
// renders c.Errors.
func TestGinAbortWithError(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/", func(c *gin.Context) { c.AbortWithError(http.StatusBadRequest, errors.New("id required")) })
	check(t, serve(t, r, "GET", "/"), response{400, "", "", ""})
}

// gin's AbortWithError writes the status at once (WriteHeaderNow): what
// middleware that renders c.Errors sets afterwards, a challenge or the
// JSON Content-Type, never reaches the client; only its body does.
func TestGinAbortWithErrorCommits(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(func(c *gin.Context) {
		c.Next()
		if err := c.Errors.Last(); err != nil {
			c.Header("WWW-Authenticate", `Basic realm="cmix"`)
			c.JSON(-1, Error{ErrorMessage: err.Error()})
		}
	})
	r.GET("/", func(c *gin.Context) { c.AbortWithError(http.StatusUnauthorized, errors.New("login")) })
	check(t, serve(t, r, "GET", "/"), response{401, "", "", `{"errorMessage":"login"}`})
}

// chi answers unknown paths with http.NotFound and wrong methods with an
// empty 405.
func TestChiDefaults(t *testing.T) {
	r := chi.NewRouter()
	r.Get("/items", func(w http.ResponseWriter, r *http.Request) {})
	check(t, serve(t, r, "GET", "/nope"), response{404, "text/plain; charset=utf-8", "", "404 page not found"})
	check(t, serve(t, r, "POST", "/items"), response{405, "", "", ""})
}

// chi's catch-all routes take every path, so chi's 404 never goes out;
// a route for any method means no 405 either.
func TestChiCatchAll(t *testing.T) {
	r := chi.NewRouter()
	r.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {})
	r.Mount("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(299) }))
	check(t, serve(t, r, "GET", "/nope/deeper"), response{299, "", "", ""})
	check(t, serve(t, r, "POST", "/items"), response{200, "", "", ""})
}

// gorilla/mux answers unknown paths, also under a subrouter, with
// http.NotFound, and a method no route of the path takes with a 405 that
// has neither body nor Allow; a PathPrefix("/") route takes every path.
func TestGorillaMuxDefaults(t *testing.T) {
	r := mux.NewRouter()
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {}).Methods(http.MethodGet)
	check(t, serve(t, r, "GET", "/nope"), response{404, "text/plain; charset=utf-8", "", "404 page not found"})
	check(t, serve(t, r, "GET", "/api/nope"), response{404, "text/plain; charset=utf-8", "", "404 page not found"})
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, httptest.NewRequest("POST", "/api/items", nil))
	if rec.Code != 405 || rec.Body.Len() != 0 || rec.Header().Get("Allow") != "" || rec.Header().Get("Content-Type") != "" {
		t.Errorf("gorilla/mux 405: got %d %q Allow %q Content-Type %q", rec.Code, rec.Body.String(), rec.Header().Get("Allow"), rec.Header().Get("Content-Type"))
	}
	r.PathPrefix("/").HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(299) })
	check(t, serve(t, r, "GET", "/nope"), response{299, "", "", ""})
}

// gin's engine answers unknown paths with "404 page not found" as
// text/plain, a wrong method too unless HandleMethodNotAllowed is set,
// then "405 method not allowed" as text/plain with Allow.
func TestGinEngineDefaults(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/items", func(c *gin.Context) {})
	check(t, serve(t, r, "GET", "/nope"), response{404, "text/plain", "", "404 page not found"})
	check(t, serve(t, r, "POST", "/items"), response{404, "text/plain", "", "404 page not found"})
	r.HandleMethodNotAllowed = true
	check(t, serve(t, r, "POST", "/items"), response{405, "text/plain", "", "405 method not allowed"})
}

// echo v4's engine answers unknown paths and wrong methods through its
// HTTPErrorHandler; the default one sends {"message": ...} as JSON, with
// Allow on the 405. A RouteNotFound("/*") route takes the unknown paths
// and the wrong methods alike.
func TestEchoV4RouterDefaults(t *testing.T) {
	e := echo4.New()
	e.GET("/items", func(c echo4.Context) error { return nil })
	check(t, serve(t, e, "GET", "/nope"), response{404, "application/json", "", `{"message":"Not Found"}`})
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest("POST", "/items", nil))
	if rec.Code != 405 || strings.TrimSpace(rec.Body.String()) != `{"message":"Method Not Allowed"}` || rec.Header().Get("Allow") == "" {
		t.Errorf("echo 405: got %d %q Allow %q", rec.Code, rec.Body.String(), rec.Header().Get("Allow"))
	}
	// A new engine: echo sizes its contexts when it first serves.
	e = echo4.New()
	e.GET("/items", func(c echo4.Context) error { return nil })
	e.RouteNotFound("/*", func(c echo4.Context) error { return c.NoContent(299) })
	check(t, serve(t, e, "GET", "/nope"), response{299, "", "", ""})
	check(t, serve(t, e, "POST", "/items"), response{299, "", "", ""})
}

// echo v5's engine hands its unexported 404 and 405 errors to the app's
// error handler, which takes their status from StatusCode(); a handler
// given in NewWithConfig's Config is the app's.
func TestEchoV5RouterDefaults(t *testing.T) {
	e := echo5.New()
	e.GET("/items", func(c *echo5.Context) error { return nil })
	check(t, serve(t, e, "GET", "/nope"), response{404, "application/json", "", `{"message":"Not Found"}`})
	rec := httptest.NewRecorder()
	e.ServeHTTP(rec, httptest.NewRequest("POST", "/items", nil))
	if rec.Code != 405 || strings.TrimSpace(rec.Body.String()) != `{"message":"Method Not Allowed"}` || rec.Header().Get("Allow") == "" {
		t.Errorf("echo v5 405: got %d %q Allow %q", rec.Code, rec.Body.String(), rec.Header().Get("Allow"))
	}
	e = echo5.NewWithConfig(echo5.Config{HTTPErrorHandler: func(c *echo5.Context, err error) {
		c.JSON(echo5.StatusCode(err), Error{ErrorMessage: err.Error()})
	}})
	e.GET("/items", func(c *echo5.Context) error { return nil })
	check(t, serve(t, e, "GET", "/nope"), response{404, "application/json", "", `{"errorMessage":"Not Found"}`})
	// A Config's own Router brings its own 404 handler.
	e = echo5.NewWithConfig(echo5.Config{Router: echo5.NewRouter(echo5.RouterConfig{
		NotFoundHandler: func(c *echo5.Context) error { return c.NoContent(299) }})})
	e.GET("/items", func(c *echo5.Context) error { return nil })
	check(t, serve(t, e, "GET", "/nope"), response{299, "", "", ""})
}

// chi's ErrResponse idiom: go-chi/render's Render runs the value's Render
// method (render.Status records its status) and responds with the value as
// JSON; a Render that fails sends nothing; a replaced Respond decides.
type errResponse struct {
	HTTPStatusCode int    `json:"-"`
	StatusText     string `json:"status"`
}

func (e *errResponse) Render(w http.ResponseWriter, r *http.Request) error {
	if e.HTTPStatusCode == 0 {
		return errors.New("no status")
	}
	render.Status(r, e.HTTPStatusCode)
	return nil
}

func TestRenderRenderer(t *testing.T) {
	r := chi.NewRouter()
	r.Get("/bad", func(w http.ResponseWriter, r *http.Request) {
		render.Render(w, r, &errResponse{HTTPStatusCode: http.StatusBadRequest, StatusText: "Invalid request."})
	})
	r.Get("/fails", func(w http.ResponseWriter, r *http.Request) { render.Render(w, r, &errResponse{}) })
	r.Get("/respond", func(w http.ResponseWriter, r *http.Request) {
		render.Status(r, http.StatusNotFound)
		render.Respond(w, r, Error{ErrorMessage: "no item"})
	})
	check(t, serve(t, r, "GET", "/bad"), response{400, "application/json", "", `{"status":"Invalid request."}`})
	check(t, serve(t, r, "GET", "/fails"), response{200, "", "", ""})
	check(t, serve(t, r, "GET", "/respond"), response{404, "application/json", "", `{"errorMessage":"no item"}`})
}

// fiber's default error handler sends a *fiber.Error's code and message as
// text/plain, and 500 with the message of any other error.
func TestFiberDefaultHandler(t *testing.T) {
	app := fiber.New()
	app.Get("/missing", func(c *fiber.Ctx) error { return fiber.NewError(http.StatusNotFound, "no item") })
	app.Get("/plain", func(c *fiber.Ctx) error { return errors.New("db") })
	for path, want := range map[string]response{
		"/missing": {404, "text/plain; charset=utf-8", "", "no item"},
		"/plain":   {500, "text/plain; charset=utf-8", "", "db"},
	} {
		got, _ := fiberServe(t, app, "GET", path)
		check(t, got, want)
	}
}

// gin's and fiber's Redirect send the status and Location (fiber's 302
// when none is given); gin's c.Writer.WriteString writes the body.
func TestRedirects(t *testing.T) {
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.GET("/go", func(c *gin.Context) { c.Redirect(http.StatusFound, "/home") })
	r.GET("/docs", func(c *gin.Context) {
		c.Writer.WriteHeader(http.StatusNotFound)
		c.Writer.WriteString("no version")
	})
	rec := httptest.NewRecorder()
	r.ServeHTTP(rec, httptest.NewRequest("GET", "/go", nil))
	if rec.Code != http.StatusFound || rec.Header().Get("Location") != "/home" {
		t.Errorf("gin redirect: %d %q", rec.Code, rec.Header().Get("Location"))
	}
	// (the recorder does not sniff a Content-Type after WriteHeader; a
	// server does, as text/plain)
	check(t, serve(t, r, "GET", "/docs"), response{404, "", "", "no version"})

	app := fiber.New()
	app.Get("/go", func(c *fiber.Ctx) error { return c.Redirect("/home") })
	app.Get("/moved", func(c *fiber.Ctx) error { return c.Redirect("/home", http.StatusMovedPermanently) })
	for path, code := range map[string]int{"/go": http.StatusFound, "/moved": http.StatusMovedPermanently} {
		resp, err := app.Test(httptest.NewRequest("GET", path, nil))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != code || resp.Header.Get("Location") != "/home" {
			t.Errorf("fiber %s: %d %q", path, resp.StatusCode, resp.Header.Get("Location"))
		}
	}
}

// fiber's parsers: QueryParser's error is no *fiber.Error (the default
// handler answers 500), BodyParser answers a content type it does not
// parse with ErrUnprocessableEntity (the model of framework.FiberV2.Errors).
func TestFiberParsers(t *testing.T) {
	app := fiber.New()
	app.Post("/p", func(c *fiber.Ctx) error {
		var q struct {
			N int `query:"n"`
		}
		if err := c.QueryParser(&q); err != nil {
			return err
		}
		var b struct{ N int }
		if err := c.BodyParser(&b); err != nil {
			return err
		}
		return c.SendStatus(http.StatusNoContent)
	})
	for _, c := range []struct {
		path, contentType string
		code              int
	}{
		{"/p?n=x", "application/json", 500},
		{"/p?n=1", "text/plain", 422},
		{"/p?n=1", "application/json", 204},
	} {
		req := httptest.NewRequest("POST", c.path, strings.NewReader(`{"N": 1}`))
		req.Header.Set("Content-Type", c.contentType)
		resp, err := app.Test(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != c.code {
			t.Errorf("%s %s: %d, want %d", c.path, c.contentType, resp.StatusCode, c.code)
		}
	}
}

// fiberServe sends one request through app and reads the answer, with
// its Allow header.
func fiberServe(t *testing.T, app *fiber.App, method, path string) (response, string) {
	t.Helper()
	resp, err := app.Test(httptest.NewRequest(method, path, nil))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	return response{resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("WWW-Authenticate"), strings.TrimSpace(string(body))}, resp.Header.Get("Allow")
}

// fiber's app answers a request no route takes with a *fiber.Error through
// the app's ErrorHandler: 404 "Cannot GET /nope", or 405 with Allow when
// the path has routes of other methods. Middleware that calls Next (cors,
// a Use on a prefix) leaves both in place; a Use whose handler answers
// takes every path under its prefix, whatever the method.
func TestFiberRouterDefaults(t *testing.T) {
	app := fiber.New()
	app.Use(func(c *fiber.Ctx) error { return c.Next() })
	app.Use(fibercors.New())
	app.Get("/items", func(c *fiber.Ctx) error { return c.SendStatus(204) })
	got, _ := fiberServe(t, app, "GET", "/nope")
	check(t, got, response{404, "text/plain; charset=utf-8", "", "Cannot GET /nope"})
	got, allow := fiberServe(t, app, "POST", "/items")
	check(t, got, response{405, "text/plain; charset=utf-8", "", "Method Not Allowed"})
	if allow == "" {
		t.Errorf("fiber 405 without Allow")
	}

	// The app's own handler renders both.
	app = fiber.New(fiber.Config{ErrorHandler: func(c *fiber.Ctx, err error) error {
		var fe *fiber.Error
		if errors.As(err, &fe) {
			return c.Status(fe.Code).JSON(Error{ErrorMessage: fe.Message})
		}
		return c.SendStatus(500)
	}})
	app.Get("/items", func(c *fiber.Ctx) error { return c.SendStatus(204) })
	got, _ = fiberServe(t, app, "GET", "/nope")
	check(t, got, response{404, "application/json", "", `{"errorMessage":"Cannot GET /nope"}`})
	got, _ = fiberServe(t, app, "POST", "/items")
	check(t, got, response{405, "application/json", "", `{"errorMessage":"Method Not Allowed"}`})

	// A Use that answers, under /api: it takes /api/nope and a wrong
	// method there, not /nope.
	app = fiber.New()
	app.Get("/api/items", func(c *fiber.Ctx) error { return c.SendStatus(204) })
	app.Use("/api", func(c *fiber.Ctx) error { return c.Status(404).JSON(Error{ErrorMessage: "no route"}) })
	got, _ = fiberServe(t, app, "GET", "/api/nope")
	check(t, got, response{404, "application/json", "", `{"errorMessage":"no route"}`})
	got, _ = fiberServe(t, app, "POST", "/api/items")
	check(t, got, response{404, "application/json", "", `{"errorMessage":"no route"}`})
	got, _ = fiberServe(t, app, "GET", "/nope")
	check(t, got, response{404, "text/plain; charset=utf-8", "", "Cannot GET /nope"})
}
