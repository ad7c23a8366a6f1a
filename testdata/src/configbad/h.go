// Package configbad has a .errcontract.json with an unknown key.
package configbad // want `errcontract config .*configbad/.errcontract.json: unknown key "disabel" \(known keys: .*\); errcontract checks nothing in this package`

import "net/http"

func H(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "not checked", http.StatusNotFound)
}
