package auth

import (
	"errors"
	"net/http"

	"holderfunnel/router"
)

// Store is out of sight: what its Save returns is not known.
type Store interface{ Save(user string) error }

// Issue takes no writer. Its errors are of several kinds: the caller's
// own, the store's (unknown), or a 500 of its own; the fact lists the
// kinds with a status, and a caller follows each.
func Issue(s Store, user string, onEmpty error) (string, error) { // want Issue:`alts\(error\(holderfunnel/router.APIError Status=500\) \| wraps\(p2\) \| nil \| other\)`
	if user == "" {
		return "", onEmpty
	}
	if err := s.Save(user); err != nil {
		return "", err
	}
	if len(user) > 64 {
		return "", &router.APIError{Status: http.StatusInternalServerError, Message: "too long"}
	}
	return "t." + user, nil
}

// IssueUnavailable hands Issue's kinds on, with its own error for the
// caller's.
func IssueUnavailable(s Store, user string) (string, error) { // want IssueUnavailable:`alts\(error\(holderfunnel/router.APIError Status=500\) \| error\(holderfunnel/router.APIError Status=503\) \| nil \| other\)`
	return Issue(s, user, &router.APIError{Status: http.StatusServiceUnavailable, Message: "empty"})
}

// First returns the first of errs that is an APIError, and a 500 of its
// own only when none is: the fallback is no way of a call that passes one.
func First(errs ...error) *router.APIError { // want First:`firstof\(p0 as router.APIError else error\(holderfunnel/router.APIError Status=500\)\)`
	var ae *router.APIError
	var ok bool
	for _, err := range errs {
		if err == nil {
			continue
		}
		ae, ok = err.(*router.APIError)
		if ok {
			return ae
		}
		if errors.As(err, &ae) {
			return ae
		}
	}
	return &router.APIError{Status: http.StatusInternalServerError, Message: "unexpected"}
}

// Parse asks what its value is: whether its 400 is returned depends on
// the caller's value, so it lists no kinds (no fact).
func Parse(v any) error {
	s, ok := v.(string)
	if !ok {
		return &router.APIError{Status: http.StatusBadRequest, Message: "not text"}
	}
	var st Store
	if s == "" {
		return st.Save(s)
	}
	return nil
}

// Fetch makes its 500 in two places: a report of it names neither, and
// one of its 400 names where that is made.
func Fetch(s Store, id string) error { // want Fetch:`alts\(error\(holderfunnel/router.APIError Status=400\) \| error\(holderfunnel/router.APIError Status=500\) \| nil \| other\)`
	if id == "" {
		return &router.APIError{Status: http.StatusBadRequest, Message: "no id"}
	}
	if err := s.Save(id); err != nil {
		return err
	}
	if len(id) > 10 {
		return &router.APIError{Status: http.StatusInternalServerError, Message: "long"}
	}
	if len(id) > 5 {
		return &router.APIError{Status: http.StatusInternalServerError, Message: "odd"}
	}
	return nil
}
