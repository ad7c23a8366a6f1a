package suppressfix

import "net/http"

func trailing(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) //errcontract:ignore C1 stale // want `unused //errcontract:ignore C1`
}

func above(w http.ResponseWriter, r *http.Request) {
	//errcontract:ignore G2 stale // want `unused //errcontract:ignore G2`
	w.WriteHeader(http.StatusNoContent)
}

// doc says what doc does.
//
//errcontract:ignore C2 stale // want `unused //errcontract:ignore C2`
func doc(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

func notDirectives(w http.ResponseWriter, r *http.Request) {
	//errcontract:ignored C1 not a directive: another word
	/*errcontract:ignore C1 a block comment is no directive */
	w.WriteHeader(http.StatusNoContent)
}
