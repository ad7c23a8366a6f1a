// Package configfile is checked with the .errcontract.json beside it:
// realm "shop", C2 disabled.
package configfile

import "net/http"

func Login(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("WWW-Authenticate", `Basic realm="shop"`)
	http.Error(w, "login", http.StatusUnauthorized)
}
