// Package contract names the rules of the error contract (CONTRACT.md) and
// classifies statuses under a configuration.
package contract

import (
	"strings"

	"github.com/errcontract/errcontract/analyzer/config"
)

// Rule ids are the diagnostics' Category.
const (
	C1 = "C1" // a body-required status carries the Error object
	C2 = "C2" // no plain-text error bodies
	C3 = "C3" // the body is the Error object, not another shape
	C4 = "C4" // 422 fills failedValidations
	C5 = "C5" // an error body has Content-Type: application/json, set before the status
	C6 = "C6" // 406 has no body
	C7 = "C7" // 401 sets the challenge before the status
	C8 = "C8" // 5xx has no structured body
	G1 = "G1" // a header changed after the status or body is written is lost
	G2 = "G2" // WriteHeader after a body write, or a second WriteHeader, is ignored
	G3 = "G3" // the handler writes on after an error response
	B1 = "B1" // 405 sets Allow
)

// Analyzer names: each rule belongs to exactly one.
const (
	Body      = "errbody"
	Headers   = "errheaders"
	Mechanics = "errwire"
)

// Rule describes one rule for docs, SARIF and -help.
type Rule struct {
	ID, Analyzer, Title string
}

// Rules lists every rule in report order.
var Rules = []Rule{
	{C1, Body, "a body-required status carries the Error object"},
	{C2, Body, "no plain-text body on an error status"},
	{C3, Body, "an error body is the Error object, not another JSON shape"},
	{C4, Body, "422 fills failedValidations"},
	{C5, Body, "an error body has a JSON Content-Type, set before the status"},
	{C6, Body, "406 has no body"},
	{C8, Body, "5xx has no structured (JSON) body"},
	{C7, Headers, "401 sets the WWW-Authenticate challenge before the status"},
	{B1, Headers, "405 sets Allow"},
	{G1, Mechanics, "a header changed after the status or body is written never reaches the client"},
	{G2, Mechanics, "WriteHeader after a body write, or a second WriteHeader, is ignored"},
	{G3, Mechanics, "the handler returns after an error response"},
}

// Known reports whether id names a rule.
func Known(id string) bool {
	for _, r := range Rules {
		if strings.EqualFold(r.ID, id) {
			return true
		}
	}
	return false
}

// AnalyzerOf returns the analyzer that reports rule id.
func AnalyzerOf(id string) string {
	for _, r := range Rules {
		if r.ID == id {
			return r.Analyzer
		}
	}
	return ""
}

// Class is what the contract demands of a status.
type Class int

const (
	Other        Class = iota // 1xx, 2xx, 3xx: not an error response
	BodyRequired              // the Error object is required
	BodyOptional              // other 4xx: if there is a body it is the Error object
	NoBody                    // no body at all (406)
	NoStructured              // no JSON body (5xx)
)

// Classify returns the class of status under cfg.
func Classify(cfg *config.Config, status int) Class {
	switch {
	case cfg.NoBody.Has(status):
		return NoBody
	case cfg.BodyRequired.Has(status):
		return BodyRequired
	case cfg.NoStructuredBody.Has(status):
		return NoStructured
	case status >= 400 && status < 500:
		return BodyOptional
	}
	return Other
}

// WantsErrorObject reports whether a body written with status must be the Error object.
func (c Class) WantsErrorObject() bool { return c == BodyRequired || c == BodyOptional }
