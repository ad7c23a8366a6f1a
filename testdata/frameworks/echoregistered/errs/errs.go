// Package errs declares errors that describe themselves with a method
// returning a descriptor struct (a vikunja shape): the app's error
// handler reads the status as err.HTTPError().HTTPCode.
package errs

import "net/http"

// Descriptor is what an error says about itself on the wire.
type Descriptor struct {
	HTTPCode int    `json:"-"`
	Code     int    `json:"code"`
	Message  string `json:"message"`
}

// Processor is an error that describes itself.
type Processor interface {
	HTTPError() Descriptor
}

type ErrItemGone struct{ ID string }

func (e ErrItemGone) Error() string { return "item " + e.ID + " is gone" }

func (e ErrItemGone) HTTPError() Descriptor {
	return Descriptor{HTTPCode: http.StatusGone, Code: 4001, Message: "The item is gone."}
}

type ErrLocked struct{ Hard bool }

func (e *ErrLocked) Error() string { return "locked" }

// HTTPError: two descriptors, with two statuses.
func (e *ErrLocked) HTTPError() Descriptor {
	if e.Hard {
		return Descriptor{HTTPCode: http.StatusLocked, Code: 4002, Message: "Locked."}
	}
	return Descriptor{HTTPCode: http.StatusConflict, Code: 4003, Message: "Busy."}
}
