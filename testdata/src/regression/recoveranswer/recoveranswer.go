// Package recoveranswer reproduces supabase's recoverer: middleware whose
// deferred closure recovers a panic and sends a 500 through the app's
// funnel, which writes a JSON body. What such a closure writes is judged on
// its own, as the answer to a panic raised before anything was written.
package recoveranswer

import (
	"encoding/json"
	"log"
	"net/http"
)

type HTTPError struct {
	Status  int    `json:"code"`
	Message string `json:"msg"`
}

func (e *HTTPError) Error() string { return e.Message }

func sendJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// handleError sends an error's status with the Error object.
func handleError(w http.ResponseWriter, err *HTTPError) {
	sendJSON(w, err.Status, map[string]string{"errorMessage": err.Message})
}

func recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if rvr := recover(); rvr != nil {
				log.Printf("panic: %v", rvr)
				handleError(w, &HTTPError{Status: http.StatusInternalServerError, Message: "Internal Server Error"}) // want `handleError writes the Error object .* on a 500 response`
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// quietRecoverer answers a panic with the status alone: nothing to report.
func quietRecoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if rvr := recover(); rvr != nil {
				w.WriteHeader(http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// logOnly recovers and writes nothing.
func logOnly(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if rvr := recover(); rvr != nil {
			log.Printf("panic: %v", rvr)
		}
	}()
	w.Write([]byte("ok"))
}

// afterWrite writes its answer before it may panic: the recovering
// closure's own 500 is judged as if nothing were written, and the
// handler's paths are judged as before (its 400 with the Error object is
// fine; no second write is reported, the panic path being apart).
func afterWrite(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if recover() != nil {
			w.WriteHeader(http.StatusInternalServerError)
		}
	}()
	if r.URL.Query().Get("id") == "" {
		handleError(w, &HTTPError{Status: http.StatusBadRequest, Message: "id"})
		return
	}
	w.Write([]byte("ok"))
}

var _, _ = quietRecoverer, recoverer
