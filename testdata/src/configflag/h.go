// Package configflag has the same .errcontract.json as configfile, but the
// test sets -realm=admin, which wins over the file.
package configflag

import "net/http"

func Login(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Basic realm="shop"`) // want `requires WWW-Authenticate: Basic realm="admin"`
	http.Error(w, "login", http.StatusUnauthorized)
}
