// Package ctrl makes handlers that return their errors to an error chain
// whose error handler it cannot see: the package that registers them
// installs it, and judges their errors there.
package ctrl

import (
	"net/http"
	"os"

	"github.com/hay-kot/httpkit/errchain"
	"github.com/hay-kot/httpkit/server"

	"example.com/frameworks/errchainapp/errs"
	"example.com/frameworks/errchainapp/kinds"
)

type Ctrl struct{ Demo bool }

func (c *Ctrl) HandleWipe() errchain.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if c.Demo {
			return errs.New("not in demo mode", http.StatusForbidden)
		}
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			return errs.New("post only", http.StatusMethodNotAllowed)
		}
		return server.JSON(w, http.StatusOK, map[string]bool{"ok": true})
	}
}

// HandlePurge returns an error of no known kind: where it is registered,
// what the error handler sends for it is not known (a coverage gap).
func (c *Ctrl) HandlePurge() errchain.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if err := os.Remove(r.URL.Path); err != nil {
			return err
		}
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
}

// HandleLogin returns an error of a kind without a status: the error
// handler answers it by its kind (401).
func (c *Ctrl) HandleLogin() errchain.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) error {
		if r.Header.Get("Authorization") == "" {
			return kinds.NewUnauthorized()
		}
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
}
