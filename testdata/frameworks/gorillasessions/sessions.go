// Package gorillasessions: gorilla/sessions saves a session as a cookie
// (a writefreely shape). Saving it sets Set-Cookie and writes nothing
// else, so the error responses written after it are still judged.
package gorillasessions

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore([]byte("secret-key-of-the-test"))

func logout(w http.ResponseWriter, r *http.Request) {
	s, err := store.Get(r, "session")
	if err != nil {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(map[string]string{"errorMessage": "bad cookie"})
		return
	}
	s.Options.MaxAge = -1
	if err := s.Save(r, w); err != nil {
		w.WriteHeader(http.StatusUnauthorized) // want `w.WriteHeader\(401\) sends 401 without WWW-Authenticate` `w.WriteHeader\(401\) sends 401 with no body`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func saveAll(w http.ResponseWriter, r *http.Request) {
	if err := sessions.Save(r, w); err != nil {
		w.WriteHeader(http.StatusForbidden) // want `w.WriteHeader\(403\) sends 403 with no body`
		return
	}
	w.Write([]byte("ok"))
}
