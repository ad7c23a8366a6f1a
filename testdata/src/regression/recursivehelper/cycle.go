package recursivehelper

import (
	"encoding/json"
	"log"
	"net/http"
)

// reply and retry call each other (supabase's funnel calls itself again
// through the helper that unwraps a cause). The cycle is iterated as one:
// retry is run again with each new summary of reply, so its own call of
// reply is judged, and reply's call of retry keeps the writer (w is not the
// first parameter, as in the funnel found on the real server).
func reply(l *log.Logger, w http.ResponseWriter, status int, msg string) {
	switch {
	case retry(l, w, status, msg):
	default:
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		json.NewEncoder(w).Encode(Error{ErrorMessage: msg})
	}
}

// retry answers an overload as a 503, through reply.
func retry(l *log.Logger, w http.ResponseWriter, status int, msg string) bool {
	if status != http.StatusTooManyRequests {
		return false
	}
	l.Print("overloaded")
	reply(l, w, http.StatusServiceUnavailable, msg) // want `Error object \(Error\) on a 503 response`
	return true
}

func cycleHandler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/" {
		reply(nil, w, http.StatusNotFound, "none")
		return
	}
	reply(nil, w, http.StatusGatewayTimeout, "slow") // want `Error object \(Error\) on a 504 response`
}
