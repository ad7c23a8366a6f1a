// Package committedguard reproduces false G2 reports on funnels that write
// nothing once the response is committed, here through a writer wrapper's
// Written() method.
package committedguard

import "net/http"

type written interface{ Written() bool }

// fail answers 500 unless a response already went out.
func fail(w http.ResponseWriter) {
	if w.(written).Written() {
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

func failUnguarded(w http.ResponseWriter) {
	w.WriteHeader(http.StatusInternalServerError)
}

func accepted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	fail(w)
}

func acceptedAsserted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	if ww, ok := w.(written); ok && ww.Written() {
		return
	}
	w.WriteHeader(http.StatusInternalServerError)
}

// Positive: no guard.
func acceptedUnguarded(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusAccepted)
	failUnguarded(w) // want `second WriteHeader \(failUnguarded\(500\)\) is ignored: the client already got status 202`
}
