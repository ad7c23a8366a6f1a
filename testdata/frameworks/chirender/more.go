package chirender

import (
	"net/http"

	"github.com/go-chi/render"
)

func moreRules(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("case") {
	case "406":
		render.Status(r, http.StatusNotAcceptable)
		render.PlainText(w, r, "no") // want `render.PlainText writes a body on a 406 response`
	case "422":
		render.Status(r, http.StatusUnprocessableEntity)
		render.JSON(w, r, Error{ErrorMessage: "invalid"}) // want `422 Error object Error does not fill "failedValidations"`
	case "415":
		render.Status(r, http.StatusUnsupportedMediaType)
		render.PlainText(w, r, "use JSON") // want `render.PlainText writes a plain-text body on a 415 response`
	}
}
