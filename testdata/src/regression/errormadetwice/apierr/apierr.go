// Package apierr is the error type of errormadetwice.
package apierr

type Error struct {
	Status int    `json:"-"`
	Msg    string `json:"msg"`
}

func (e *Error) Error() string { return e.Msg }
