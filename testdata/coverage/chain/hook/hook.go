// Package hook runs handlers with an event; it writes no response itself.
package hook

// Trigger runs fn with ev.
func Trigger[T any](ev T, fn func(T) error) error { return fn(ev) }
