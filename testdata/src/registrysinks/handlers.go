// Package registrysinks has handlers that collect errors in a field of the
// request's context (dispatch.Context.Errors) that the dispatcher, in
// another package, sends once they return, with the status of the first
// error's registered code.
package registrysinks

import (
	"encoding/json"
	"errors"
	"net/http"

	"registrysinks/codes"
	"registrysinks/dispatch"
)

type itemHandler struct {
	*dispatch.Context
	id string
}

func itemDispatcher(ctx *dispatch.Context, r *http.Request) http.Handler {
	if r.URL.RawQuery == "bad" {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ctx.Errors = append(ctx.Errors, codes.Unsupported.With(r.Method)) // want `codes.Serve\(405\) sends 405 without an Allow header`
		})
	}
	h := &itemHandler{Context: ctx, id: r.URL.Query().Get("id")}
	switch r.Method {
	case http.MethodDelete:
		return http.HandlerFunc(h.Delete)
	case http.MethodPut:
		return http.HandlerFunc(h.Put)
	}
	return http.HandlerFunc(h.Get)
}

var errGone = errors.New("gone")

func (h *itemHandler) lookup() (string, error) {
	if h.id == "" {
		return "", errGone
	}
	return h.id, nil
}

// Get: a missing item is a 404 Error object (the configured list), an
// unknown failure a 500 with the JSON envelope.
func (h *itemHandler) Get(w http.ResponseWriter, r *http.Request) {
	item, err := h.lookup()
	if err == errGone {
		h.Errors = append(h.Errors, codes.NotFound.With(h.id))
		return
	}
	if err != nil {
		h.Errors = append(h.Errors, codes.Unknown.With(err)) // want `codes.Serve writes JSON \(error\) on a 500 response: 5xx responses must not carry a structured body`
		return
	}
	w.Header().Set("Content-Type", "text/plain")
	w.Write([]byte(item))
}

// Delete: a bare code is an error too; the first error decides.
func (h *itemHandler) Delete(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Confirm") == "" {
		h.Errors = append(h.Errors, codes.Unknown) // want `codes.Serve writes JSON \(error\) on a 500 response: 5xx responses must not carry a structured body`
		h.Errors = append(h.Errors, codes.Invalid)
		return
	}
	if r.Header.Get("X-Reason") == "" {
		h.Errors = append(h.Errors, codes.Invalid)
		h.Errors = append(h.Errors, codes.Unknown)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Put answers on its own after appending: the dispatcher's second write
// is not judged here.
func (h *itemHandler) Put(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		h.Errors = append(h.Errors, codes.Unknown.With("empty"))
		w.WriteHeader(http.StatusAccepted)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Challenge: 401 with the challenge set first is compliant.
func (h *itemHandler) Challenge(w http.ResponseWriter, r *http.Request) {
	if _, _, ok := r.BasicAuth(); !ok {
		w.Header().Set("WWW-Authenticate", `Basic realm="cmix"`)
		h.Errors = append(h.Errors, codes.Unauthorized.With(nil))
		return
	}
	h.Errors = append(h.Errors, codes.Unauthorized.With(nil)) // want `codes.Serve\(401\) sends 401 without WWW-Authenticate`
}

func Routes(app *dispatch.App) {
	app.Mux.Handle("/items", app.Dispatcher(itemDispatcher))
}

// serveNow sends what it collected at once; the second append does not
// change the status.
func serveNow(ctx *dispatch.Context) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx.Errors = append(ctx.Errors, codes.Unknown.With("now"))
		ctx.Errors = append(ctx.Errors, codes.NotFound)
		_ = codes.Serve(w, ctx.Errors) // want `codes.Serve writes JSON \(error\) on a 500 response: 5xx responses must not carry a structured body`
	}
}

// Busy compares codes: Busy and Unknown share a status but are not the
// same code, so the comparison decides nothing here.
func (h *itemHandler) Busy(w http.ResponseWriter, r *http.Request) {
	code := codes.Unknown
	if r.URL.Query().Get("busy") != "" {
		code = codes.Busy
	}
	if code == codes.Unknown {
		h.Errors = append(h.Errors, code) // want `codes.Serve writes JSON \(error\) on a 500 response`
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusServiceUnavailable)
	json.NewEncoder(w).Encode(map[string]string{"errorMessage": "busy"}) // want `json.NewEncoder\(w\).Encode writes the Error object .* on a 503 response`
}
