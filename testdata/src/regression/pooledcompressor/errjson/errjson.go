// Package errjson encodes error bodies and writes nothing itself: it does
// not import net/http, so its functions reach callers only as facts.
package errjson

import "encoding/json"

type errorMsg struct {
	ErrorMessage string `json:"errorMessage"`
}

type status struct {
	State string `json:"state"`
}

// Error returns the JSON of the Error object.
func Error(msg string) []byte { // want Error:`encoded\(error\)`
	b, _ := json.Marshal(errorMsg{ErrorMessage: msg})
	return b
}

// Status returns the JSON of another shape.
func Status(s string) []byte { // want Status:`encoded\(json\)`
	b, err := json.Marshal(status{State: s})
	if err != nil {
		return nil // never: status always encodes
	}
	return b
}

// Encode returns the JSON of whatever the caller passes.
func Encode(v any) ([]byte, error) { // want Encode:`encoded\(json\(p0\)\)`
	return json.Marshal(v)
}

// ErrorString is Error as a string, through another encoding function.
func ErrorString(msg string) string { // want ErrorString:`encoded\(error\)`
	return string(Error(msg))
}

// Maybe returns an encoding or plain text: no fact.
func Maybe(msg string, asJSON bool) []byte {
	if asJSON {
		return Error(msg)
	}
	return []byte(msg)
}
