// Package kinds declares an error kind without a status and its
// predicate, which an error handler in another package branches on.
package kinds

import "errors"

type Unauthorized struct{}

func (*Unauthorized) Error() string { return "unauthorized" }

// IsUnauthorized is an error predicate: errors.As of the kind.
func IsUnauthorized(err error) bool { // want IsUnauthorized:`predicate\(as\(p0\)==example.com/frameworks/errchainapp/kinds.Unauthorized\)`
	var u *Unauthorized
	return errors.As(err, &u)
}

// IsKnown is no predicate: it also returns true without errors.As.
func IsKnown(err error) bool {
	if err == nil {
		return true
	}
	var u *Unauthorized
	return errors.As(err, &u)
}
