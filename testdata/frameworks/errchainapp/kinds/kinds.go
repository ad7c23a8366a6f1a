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

// NewUnauthorized makes the kind: callers know what they return.
func NewUnauthorized() error { return &Unauthorized{} } // want NewUnauthorized:`error\(example.com/frameworks/errchainapp/kinds.Unauthorized \)`

type NotFound struct{ What string }

func (e *NotFound) Error() string { return e.What + " not found" }

// IsNotFound is a predicate with a nil guard first (ent's shape).
func IsNotFound(err error) bool { // want IsNotFound:`predicate\(as\(p0\)==example.com/frameworks/errchainapp/kinds.NotFound\)`
	if err == nil {
		return false
	}
	var e *NotFound
	return errors.As(err, &e)
}

// Wrapped wraps another error: errors.As looks through it, so its type
// says nothing of the kind found in it.
type Wrapped struct{ Err error }

func (e *Wrapped) Error() string { return "wrapped: " + e.Err.Error() }
func (e *Wrapped) Unwrap() error { return e.Err }
