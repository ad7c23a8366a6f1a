// Package fileservers reproduces misses on servers that serve files with
// net/http (remark42's web UI, pocketbase's downloads, distribution's
// blobs): the file server answers a missing file, a file it may not read
// and an unsatisfiable Range on its own, with http.Error as text/plain.
// The report goes to the call that makes or runs the file server.
package fileservers

import (
	"io/fs"
	"net/http"
	"os"
	"time"
)

func routes(mux *http.ServeMux, assets fs.FS) {
	mux.Handle("/web/", http.StripPrefix("/web/", http.FileServer(http.Dir("web")))) // want `http.FileServer \(on a missing or unreadable file, or an unsatisfiable Range\) writes a plain-text body on a 403/404/416 response`
	mux.Handle("/assets/", http.FileServerFS(assets))                                // want `http.FileServerFS .* on a 403/404/416 response`
	mux.HandleFunc("/download", download)
	mux.HandleFunc("/logo", func(w http.ResponseWriter, r *http.Request) {
		http.ServeFile(w, r, "logo.png") // want `http.ServeFile .* on a 403/404/416 response`
	})
}

func download(w http.ResponseWriter, r *http.Request) {
	f, err := os.Open("blob")
	if err != nil {
		http.Error(w, "gone", http.StatusInternalServerError) // plain text on a 5xx: compliant
		return
	}
	defer f.Close()
	http.ServeContent(w, r, "blob", time.Time{}, f) // want `http.ServeContent \(on an unsatisfiable Range\) writes a plain-text body on a 416 response`
}
