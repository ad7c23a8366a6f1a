// Package store returns errors of a kind without a status, and errors of
// no known kind (the file system's).
package store

import (
	"os"

	"example.com/frameworks/errchainapp/kinds"
)

// Token looks a token up: a *kinds.NotFound when it expired, or the file
// system's error.
func Token(name string) (string, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return "", err
	}
	if len(b) == 0 {
		return "", &kinds.NotFound{What: "token"}
	}
	return string(b), nil
}

// Check returns a *kinds.NotFound or nil: a constructor of a kind that may
// return nil (its fact says both).
func Check(name string) error {
	if name == "" {
		return &kinds.NotFound{What: "name"}
	}
	return nil
}
