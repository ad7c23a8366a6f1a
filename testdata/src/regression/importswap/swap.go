// Package importswap reproduces an invalid fix seen on net/http's own
// tests: the fix would remove the io import and add encoding/json in the
// same place, edits that drivers reject. Such a fix is not offered.
package importswap

import (
	"io"
	"net/http"
)

func forbid(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusForbidden)
	io.WriteString(w, "forbidden") // want `io.WriteString writes a plain-text body on a 403 response`
}
