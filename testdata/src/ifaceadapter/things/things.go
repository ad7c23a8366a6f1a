// Package things registers its handlers with admin as routes: a function
// converted to admin.HandlerFunc and kept in Route.Handler is judged here,
// at its returns, through admin's funnel.
package things

import (
	"net/http"

	"ifaceadapter/admin"
)

type Things struct{ names map[string]string }

func (t *Things) Routes() []admin.Route {
	return []admin.Route{
		{Pattern: "/things", Handler: admin.HandlerFunc(t.get)},
	}
}

func (t *Things) get(w http.ResponseWriter, r *http.Request) error {
	name, ok := t.names[r.URL.Query().Get("id")]
	if !ok {
		return admin.Error{Status: http.StatusNotFound, Message: "no such thing"} // want `404 response body is map\[string\]string{"error": ...}, not the Error object .*via admin.handleError`
	}
	if err := t.check(name); err != nil {
		// An error of unknown origin: never admin's unexported sentinel.
		return err
	}
	w.Write([]byte(name))
	return nil
}

func (t *Things) check(name string) error {
	if _, ok := t.names[name+".lock"]; ok {
		return lockedError{name}
	}
	return nil
}

type lockedError struct{ name string }

func (e lockedError) Error() string { return e.name + " is locked" }
