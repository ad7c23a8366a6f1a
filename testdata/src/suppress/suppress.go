// Package suppress exercises //errcontract:ignore.
package suppress

import (
	"net/http"
)

// Same line: the directive follows the code it silences.
func SameLine(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "gone", http.StatusNotFound) //errcontract:ignore C2 legacy clients parse this text
}

// Line above: the directive stands alone on the line before.
func LineAbove(w http.ResponseWriter, r *http.Request) {
	//errcontract:ignore C2 legacy clients parse this text
	http.Error(w, "gone", http.StatusNotFound)
}

// Only the named rule is silenced: C7 is still reported.
func OtherRule(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "login", http.StatusUnauthorized) //errcontract:ignore C2 text body agreed with the client // want `sends 401 without WWW-Authenticate`
}

// Several rules at once, in any case.
func TwoRules(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "login", http.StatusUnauthorized) //errcontract:ignore c2,C7 the proxy in front adds the challenge
}

// Whole function: the directive is in the doc comment.
//
//errcontract:ignore C2 this handler serves a plain-text health page
func WholeFunc(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/a" {
		http.Error(w, "a", http.StatusBadRequest)
		return
	}
	http.Error(w, "b", http.StatusNotFound)
}

// The line above only covers the next line, not the one after.
func NotTwoLinesAbove(w http.ResponseWriter, r *http.Request) {
	//errcontract:ignore C2 only the next line // want `unused //errcontract:ignore C2`

	http.Error(w, "gone", http.StatusNotFound) // want `http.Error sends 404 as text/plain`
}

// No reason: reported, but it still silences.
func NoReason(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "gone", http.StatusNotFound) //errcontract:ignore C2 // want `//errcontract:ignore C2 needs a reason`
}

// Unused: nothing to silence here.
func Unused(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) //errcontract:ignore C1 no reason to be here // want `unused //errcontract:ignore C1: no C1 diagnostic here`
}

// Unknown rule.
func Unknown(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "gone", http.StatusNotFound) //errcontract:ignore C99 typo // want `unknown rule "C99"` `http.Error sends 404 as text/plain`
}

// No rule at all.
func Empty(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "gone", http.StatusNotFound) //errcontract:ignore // want `needs a rule and a reason` `http.Error sends 404 as text/plain`
}

// A space after the slashes is not a directive, and is reported.
func Spaced(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "gone", http.StatusNotFound) // errcontract:ignore C2 spaced // want `with no space after the slashes` `http.Error sends 404 as text/plain`
}

// A directive in the doc comment of another declaration does not reach here.
//
//errcontract:ignore C2 unused on a type // want `unused //errcontract:ignore C2`
type T struct{}

// Disabled rules: a directive for a rule the configuration disables is
// not reported as unused (see suppressdisabled).
