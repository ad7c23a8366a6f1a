// want package:`statuserrors\(Error\)`

// Package codes is an error-code registry: codes registered with a
// descriptor that carries the status, errors that carry a code, and a
// funnel that sends a list of them with the status of the first.
package codes

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// Code is registered with a Descriptor; its int value is a counter.
type Code int

type Descriptor struct {
	Code    Code
	Name    string
	Message string
	Status  int
}

var (
	descriptors = map[Code]Descriptor{}
	byName      = map[string]Descriptor{}
	next        = 1000
)

func Register(d Descriptor) Code { return register("app", d) } // want Register:`registry\(p0 -> codes.descriptors\)`

func register(group string, d Descriptor) Code { // want register:`registry\(p1 -> codes.descriptors\)`
	d.Code = Code(next)
	next++
	descriptors[d.Code] = d
	byName[d.Name] = d
	return d.Code
}

// registerAs overrides the status: the caller's descriptor does not decide it.
func registerAs(d Descriptor, status int) Code {
	d.Status = status
	descriptors[d.Code] = d
	return d.Code
}

// remember stores the descriptor but returns another code.
func remember(d Descriptor) Code {
	descriptors[d.Code] = d
	return Code(next)
}

var (
	Unknown      = Register(Descriptor{Name: "UNKNOWN", Status: http.StatusInternalServerError})         // want Unknown:`code\(\[500\]\)`
	Unsupported  = register("app", Descriptor{Name: "UNSUPPORTED", Status: http.StatusMethodNotAllowed}) // want Unsupported:`code\(\[405\]\)`
	NotFound     = Register(Descriptor{Name: "NOT_FOUND", Status: http.StatusNotFound})                  // want NotFound:`code\(\[404\]\)`
	Unauthorized = Register(Descriptor{Name: "UNAUTHORIZED", Status: http.StatusUnauthorized})           // want Unauthorized:`code\(\[401\]\)`
	Invalid      = Register(Descriptor{Name: "INVALID", Status: http.StatusBadRequest})                  // want Invalid:`code\(\[400\]\)`
	Busy         = Register(Descriptor{Name: "BUSY", Status: http.StatusInternalServerError})            // want Busy:`code\(\[500\]\)`
	Overridden   = registerAs(Descriptor{Name: "OVERRIDDEN", Status: http.StatusNotFound}, 500)
	Remembered   = remember(Descriptor{Name: "REMEMBERED", Status: http.StatusNotFound})
	Configured   = Register(configured())
	Moved        = Register(Descriptor{Name: "MOVED", Status: http.StatusNotFound})
)

func init() { Moved = Unknown }

func configured() Descriptor { return Descriptor{Name: "CONFIGURED", Status: http.StatusTeapot} }

// Describe returns the descriptor the code was registered with.
func (c Code) Describe() Descriptor { // want Describe:`lookup\(codes.descriptors\)`
	d, ok := descriptors[c]
	if !ok {
		return Unknown.Describe()
	}
	return d
}

func (c Code) Coded() Code { return c } // want Coded:`status\(recv\)`

func (c Code) Error() string { return c.Describe().Name }

func (c Code) With(detail any) Error { return Error{Code: c, Detail: detail} } // want With:`error\(registrysinks/codes.Error Code=p0 Detail=p1\)`

// Error is a code with details.
type Error struct {
	Code   Code `json:"code"`
	Detail any  `json:"detail,omitempty"`
}

func (e Error) Coded() Code { return e.Code } // want Coded:`status\(recv.Code\)`

func (e Error) Error() string { return fmt.Sprint(e.Code.Error(), e.Detail) }

type Coder interface{ Coded() Code }

// Errors is what handlers collect; it is sent as {"errors": [...]}.
type Errors []error

func (errs Errors) Error() string { return fmt.Sprint([]error(errs)) }

func (errs Errors) Len() int { return len(errs) }

// Serve sends err with the status of its (first) code, 500 for an error
// without one.
func Serve(w http.ResponseWriter, err error) error { // want Serve:`helper\(w=0 .*status:p1.\*.Coded\(\)`
	w.Header().Set("Content-Type", "application/json")
	var sc int
	switch errs := err.(type) {
	case Errors:
		if len(errs) < 1 {
			break
		}
		if err, ok := errs[0].(Coder); ok {
			sc = err.Coded().Describe().Status
		}
	case Coder:
		sc = errs.Coded().Describe().Status
		err = Errors{err}
	default:
		err = Errors{err}
	}
	if sc == 0 {
		sc = http.StatusInternalServerError
	}
	w.WriteHeader(sc)
	return json.NewEncoder(w).Encode(err)
}
