// want package:`statuserrors\(APIError\)`

// Package guardedreturn reproduces listmonk's core functions: err is
// assigned in several places, and `if err != nil { return ..., err }`
// right after a call returns that call's error. Each such return has the
// call's kind of error, so the function's is known; before, a variable
// assigned twice had no value at all and the returns were of unknown
// kind.
package guardedreturn

import (
	"net/http"
	"strconv"
)

type APIError struct {
	Status int
	Msg    string
}

func (e *APIError) Error() string { return e.Msg }

func get(id string) (int, error) { // want get:`error\(regression/guardedreturn.APIError Status=404\|500 or nil\)`
	n, err := strconv.Atoi(id)
	if err != nil {
		return 0, &APIError{Status: http.StatusNotFound, Msg: "no such id"}
	}
	if n > 100 {
		return 0, &APIError{Status: http.StatusInternalServerError, Msg: "db"}
	}
	return n, nil
}

// Create returns get's error after assigning err twice.
func Create(id string) (int, error) { // want Create:`error\(regression/guardedreturn.APIError Status=400\|404\|500 or nil\)`
	n, err := strconv.Atoi(id)
	if err != nil {
		return 0, &APIError{Status: http.StatusBadRequest, Msg: "bad id"}
	}
	out, err := get(strconv.Itoa(n + 1))
	if err != nil {
		return 0, err
	}
	return out, nil
}

// Update's err is assigned again inside the if that returns it: not the
// call's error any more, and the fact says nothing.
func Update(id string) (int, error) {
	out, err := get(id)
	if err != nil {
		_, err = strconv.Atoi(id)
		return 0, err
	}
	_, err = strconv.Atoi(id)
	return out, err
}

// Check tests err in an if of its own init.
func Check(id string) error { // want Check:`error\(regression/guardedreturn.APIError Status=400\|404\|500 or nil\)`
	var err error
	if id == "" {
		return &APIError{Status: http.StatusBadRequest, Msg: "empty"}
	}
	if _, err = get(id); err != nil {
		return err
	}
	return nil
}
