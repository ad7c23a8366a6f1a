// Package accounts declares the errors its callers return: plain
// sentinels, never nil.
package accounts

import (
	"errors"
	"fmt"
)

var (
	ErrBadLogin = errors.New("bad login")
	ErrLocked   = fmt.Errorf("account locked")
)
