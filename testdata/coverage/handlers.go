// Package coverage has one handler per reason the coverage report gives
// (errcontract -coverage), and handlers it follows to the wire.
package coverage

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"time"
)

type Error struct {
	ErrorMessage string `json:"errorMessage"`
}

// followed: every write is resolved.
func followed(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(Error{ErrorMessage: "id required"})
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func upstreamStatus(r *http.Request) int { return len(r.URL.Path) }

// unknownStatus writes a status only known at run time.
func unknownStatus(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(upstreamStatus(r))
}

var render func(w http.ResponseWriter, v any)

// escapes hands the writer to a function value we cannot see.
func escapes(w http.ResponseWriter, r *http.Request) {
	render(w, "x")
}

// withGoto is given up.
func withGoto(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodHead {
		goto done
	}
	w.WriteHeader(http.StatusOK)
done:
}

// returnsError is func(w, r) error that no adapter takes.
func returnsError(w http.ResponseWriter, r *http.Request) error {
	if r.URL.Path == "/" {
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	return http.ErrNoLocation
}

// middleware hands the response to the next handler.
func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
	})
}

// passOn hands the request to the next handler of the same shape: the
// error it returns is next's, judged at next's own returns.
func passOn(next func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	return func(w http.ResponseWriter, r *http.Request) error {
		w.Header().Set("X-Request-Id", "1")
		return next(w, r)
	}
}

type statusError struct{ Status int }

func (e *statusError) Error() string { return http.StatusText(e.Status) }

// writeErr is the funnel: the status of a *statusError, else a bare 500.
func writeErr(w http.ResponseWriter, r *http.Request, err error) {
	var se *statusError
	if errors.As(err, &se) {
		w.WriteHeader(se.Status)
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

func wrap(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			writeErr(w, r, err)
		}
	}
}

// plainError is followed: errors.New is never a *statusError, so the
// funnel's path that reads its status is not taken.
func plainError(w http.ResponseWriter, r *http.Request) error {
	return errors.New("db down")
}

// serve hands the response to a router of its own, dispatch, and funnels
// the error it returns; dispatch and the handlers it returns are judged at
// their returns.
func serve(w http.ResponseWriter, r *http.Request) {
	if err := dispatch(w, r, 0); err != nil {
		writeErr(w, r, err)
	}
}

func dispatch(w http.ResponseWriter, r *http.Request, depth int) error {
	return foreignError(w, r, depth)
}

// foreignError is followed: an error made by strconv is never the
// unexported *statusError, so the funnel answers it with its bare 500.
func foreignError(w http.ResponseWriter, r *http.Request, depth int) error {
	if _, err := strconv.Atoi(r.URL.Path); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// readOnlyClosure is followed: the closure that captures the writer only
// reads its header map.
func readOnlyClosure(w http.ResponseWriter, r *http.Request) {
	typed := func() bool { return w.Header().Get("Content-Type") != "" }()
	if !typed {
		w.Header().Set("Content-Type", "text/plain")
	}
	w.WriteHeader(http.StatusNoContent)
}

// charger is a shim over a library behind an interface of this package
// (ntfy's stripeAPI): its one implementation here fails with strconv's
// errors, and no other package can make a *statusError.
type charger interface {
	Charge(id string) (int, error)
}

type realCharger struct{}

func (realCharger) Charge(id string) (int, error) { return strconv.Atoi(id) }

var payments charger = realCharger{}

// shimError is followed: the charger's error is never a *statusError.
func shimError(w http.ResponseWriter, r *http.Request) error {
	if _, err := payments.Charge(r.URL.Query().Get("id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// loader's implementation here returns a *statusError: which status the
// interface's error has is not known.
type loader interface {
	Load(id string) error
}

type memLoader struct{}

func (memLoader) Load(id string) error {
	if id == "" {
		return &statusError{Status: http.StatusNotFound}
	}
	return nil
}

var items loader = memLoader{}

func loadError(w http.ResponseWriter, r *http.Request) error {
	if err := items.Load(r.URL.Query().Get("id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

var run func(func())

// closureWrites hands a closure that writes to a function value: when, or
// whether, it runs is not known.
func closureWrites(w http.ResponseWriter, r *http.Request) {
	run(func() { w.WriteHeader(http.StatusAccepted) })
}

// serveContent gives the writer to http.ServeContent, whose answers (a
// 416 on a bad Range, reported at the call) are listed: followed.
func serveContent(w http.ResponseWriter, r *http.Request) {
	http.ServeContent(w, r, "a.txt", time.Time{}, strings.NewReader("a"))
}

// sendFile is a helper that does the same with http.ServeFile.
func sendFile(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, "a.txt")
}

// serveViaHelper: the helper's summary keeps that the file server answers.
func serveViaHelper(w http.ResponseWriter, r *http.Request) {
	sendFile(w, r)
}

// pageHandler takes a parameter before the writer.
type pageHandler func(site string, w http.ResponseWriter, r *http.Request) error

// page runs its handler inside a literal called in place and hands what
// the literal returns to writeErr: its own answer (403) is followed here,
// the handler's errors at the handler's returns.
func page(h pageHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		writeErr(w, r, func() error {
			if r.URL.Query().Get("session") == "" {
				return &statusError{Status: http.StatusForbidden}
			}
			err := h("site", w, r)
			return err
		}())
	}
}

// pageItem is followed through page's literal and writeErr.
func pageItem(site string, w http.ResponseWriter, r *http.Request) error {
	if site == "" {
		return &statusError{Status: http.StatusNotFound}
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("/p", page(pageItem))
	mux.HandleFunc("/l", serveContent)
	mux.HandleFunc("/m", serveViaHelper)
	mux.HandleFunc("/i", closureWrites)
	mux.HandleFunc("/h", readOnlyClosure)
	mux.HandleFunc("/g", serve)
	mux.HandleFunc("/f", wrap(plainError))
	mux.HandleFunc("/j", wrap(shimError))
	mux.HandleFunc("/k", wrap(loadError))
	mux.HandleFunc("/a", followed)
	mux.HandleFunc("/b", unknownStatus)
	mux.HandleFunc("/c", escapes)
	mux.HandleFunc("/d", withGoto)
	mux.Handle("/e", middleware(http.HandlerFunc(followed)))
	_ = returnsError
}

func upstreamBody(r *http.Request) []byte { return []byte(r.URL.Path) }

// plainBytes writes bytes of unknown content under text/plain, and
// sniffedBytes under no Content-Type at all: no Error object whatever
// they are (both reported), so both are followed.
func plainBytes(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	w.WriteHeader(http.StatusBadRequest)
	w.Write(upstreamBody(r))
}

func sniffedBytes(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusBadRequest)
	w.Write(upstreamBody(r))
}

// jsonBytes: under a JSON Content-Type the bytes may be the Error object.
func jsonBytes(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	w.Write(upstreamBody(r))
}
