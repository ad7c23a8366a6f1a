package suppressdisabled

import "net/http"

func H(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) //errcontract:ignore C1 C1 is disabled: not reported unused
}

func I(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) //errcontract:ignore C1,C2 C2 is not disabled // want `unused //errcontract:ignore C1,C2`
}
