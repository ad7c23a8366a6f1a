// Package files has handlers that return the status they answer with,
// func(w, r, d) (int, error), and an adapter that writes it: the status a
// handler returns becomes concrete at its return statement, where it is
// judged through what the adapter writes after the call.
package files

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strconv"
)

type Data struct {
	user string
	raw  any
}

// HandleFunc is the handler type: a status of 0 means the handler has
// answered itself.
type HandleFunc func(w http.ResponseWriter, r *http.Request, d *Data) (int, error)

// Handle is the adapter: it answers a non-zero status with a plain-text
// body, as http.Error does.
func Handle(fn HandleFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		status, err := fn(w, r, &Data{})
		if status >= 400 || err != nil {
			log.Printf("%s: %d %v", r.URL.Path, status, err)
		}
		if status != 0 {
			txt := http.StatusText(status)
			if status == http.StatusBadRequest && err != nil {
				txt += " (" + err.Error() + ")"
			}
			http.Error(w, strconv.Itoa(status)+" "+txt, status)
		}
	})
}

func renderJSON(w http.ResponseWriter, _ *http.Request, v any) (int, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return http.StatusInternalServerError, err
	}
	w.Header().Set("Content-Type", "application/json")
	if _, err := w.Write(b); err != nil {
		return http.StatusInternalServerError, err
	}
	return 0, nil
}

// withUser is middleware of the handler type.
func withUser(fn HandleFunc) HandleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
		if r.Header.Get("Authorization") == "" {
			return http.StatusUnauthorized, nil // want `plain-text body on a 401 response` `sends 401 without WWW-Authenticate`
		}
		d.user = r.Header.Get("Authorization")
		return fn(w, r, d)
	}
}

var errNotFound = errors.New("not found")

func find(name string) (string, error) {
	if name == "" {
		return "", errNotFound
	}
	return name, nil
}

// A handler kept in a variable, made by the middleware.
var getFile = withUser(func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
	f, err := find(r.URL.Path)
	if errors.Is(err, errNotFound) {
		return http.StatusNotFound, err // want `plain-text body on a 404 response`
	}
	if err != nil {
		return http.StatusInternalServerError, err // a plain-text 500 keeps the contract
	}
	return renderJSON(w, r, f)
})

// A factory of handlers of the type.
func postFile(limit int) HandleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
		if r.ContentLength > int64(limit) {
			return http.StatusRequestEntityTooLarge, nil // want `plain-text body on a 413 response`
		}
		if r.Header.Get("Content-Type") != "application/json" {
			return http.StatusUnsupportedMediaType, nil // want `plain-text body on a 415 response`
		}
		var v map[string]any
		if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
			return http.StatusBadRequest, err // want `plain-text body on a 400 response`
		}
		return renderJSON(w, r, v)
	}
}

// A declared function used as the type.
func deleteFile(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
	if d.user != "admin" {
		return http.StatusForbidden, nil // want `plain-text body on a 403 response`
	}
	w.WriteHeader(http.StatusNoContent)
	return 0, nil
}

// A handler that answers its own error in full: 0 tells the adapter so.
func headFile(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
	if r.URL.Path == "" {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		json.NewEncoder(w).Encode(map[string]string{"errorMessage": "no path"})
		return 0, nil
	}
	return 0, nil
}

// checkKey says with its status whether the request may go on: 0 or 401.
func checkKey(r *http.Request) (int, error) {
	if r.URL.Query().Get("key") == "" {
		return http.StatusUnauthorized, nil
	}
	return 0, nil
}

// The adapter writes only a non-zero status: of 0 or 401, the 401.
func getShare(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
	if status, err := checkKey(r); status != 0 || err != nil {
		return status, err // want `plain-text body on a 401 response` `Handle\(401\) sends 401 without WWW-Authenticate`
	}
	return renderJSON(w, r, d.user)
}

// logged is middleware that passes the handler's results on to its own
// caller: it writes nothing after the call, so it is no adapter, and what
// it runs is still answered by Handle.
func logged(fn HandleFunc) HandleFunc {
	return func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
		status, err := fn(w, r, d)
		if status >= 400 {
			log.Printf("%s: %d", r.URL.Path, status)
		}
		return status, err
	}
}

func getLog(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
	return http.StatusNotFound, nil // want `plain-text body on a 404 response`
}

// A literal kept in a package variable, with no type of its own.
var signup = func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
	if r.Method != http.MethodPost {
		return http.StatusMethodNotAllowed, nil // want `plain-text body on a 405 response` `sends 405 without an Allow header`
	}
	return 0, nil
}

// uploadChunk is of the handler's shape; the handler below returns its
// results as they are.
func uploadChunk(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
	if r.Header.Get("Upload-Offset") == "" {
		return http.StatusConflict, nil // want `plain-text body on a 409 response`
	}
	w.WriteHeader(http.StatusNoContent)
	return 0, nil
}

var upload = withUser(func(w http.ResponseWriter, r *http.Request, d *Data) (int, error) {
	status, err := uploadChunk(w, r, d)
	if status >= 400 {
		r.Body.Close()
	}
	return status, err
})

func Routes(mux *http.ServeMux) {
	// A local closure that calls the adapter: what it is given is used as
	// the handler type.
	monkey := func(fn HandleFunc) http.Handler { return Handle(fn) }
	mux.Handle("POST /signup", monkey(signup))
	mux.Handle("PATCH /files/", monkey(upload))
	mux.Handle("GET /files/", Handle(getFile))
	mux.Handle("GET /share/", Handle(getShare))
	mux.Handle("GET /log/", Handle(logged(getLog)))
	mux.Handle("POST /files/", Handle(postFile(1<<20)))
	mux.Handle("DELETE /files/", Handle(withUser(deleteFile)))
	mux.Handle("HEAD /files/", Handle(headFile))
}
