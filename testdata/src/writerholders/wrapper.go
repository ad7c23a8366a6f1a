package writerholders

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// statusWriter embeds the writer and records the status.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (sw *statusWriter) WriteHeader(code int) {
	sw.code = code
	sw.ResponseWriter.WriteHeader(code)
}

// logged wraps the writer and answers through the wrapper: the wrapper's
// WriteHeader writes the caller's status, the promoted Write the body.
func logged(w http.ResponseWriter, r *http.Request) {
	sw := &statusWriter{ResponseWriter: w}
	if r.URL.Path == "/old" {
		sw.WriteHeader(http.StatusNotFound)
		fmt.Fprint(sw, "gone") // want `fmt.Fprint writes a plain-text body on a 404 response`
		return
	}
	sw.Header().Set("Content-Type", "application/json")
	sw.WriteHeader(http.StatusBadRequest)
	sw.Write([]byte(`{"errorMessage":"bad"}`))
	fmt.Println(sw.code)
}

// middleware hands the wrapper to the next handler, which is checked on
// its own: it may have answered, so the plain-text 400 after it is not
// judged.
func middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		if sw.code == 0 {
			http.Error(w, "no answer", http.StatusBadRequest)
		}
	})
}

// setIfEmpty sets Content-Type unless it was set: nobody set it before
// the handler runs, so the JSON error body goes out as JSON.
func setIfEmpty(w http.ResponseWriter, r *http.Request) {
	if w.Header().Get("Content-Type") == "" {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(http.StatusBadRequest)
	json.NewEncoder(w).Encode(apiError{ErrorMessage: "bad"})
}
