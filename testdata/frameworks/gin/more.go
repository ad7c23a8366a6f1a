package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func moreRules(c *gin.Context) {
	switch c.Query("case") {
	case "406":
		c.JSON(http.StatusNotAcceptable, Error{ErrorMessage: "no"}) // want `c.JSON writes a body on a 406 response`
	case "422":
		c.JSON(http.StatusUnprocessableEntity, Error{ErrorMessage: "invalid"}) // want `422 Error object Error does not fill "failedValidations"`
	case "late":
		c.JSON(http.StatusOK, gin.H{"ok": true})
		c.Header("X-Late", "1") // want `X-Late set after the first body write has no effect`
	case "twice":
		c.String(http.StatusOK, "done")
		c.Status(http.StatusCreated) // want `c.Status\(201\) after the body was written is ignored`
	case "goes-on":
		if c.Query("x") == "" {
			c.JSON(http.StatusNotFound, Error{ErrorMessage: "none"}) // want `the handler goes on after the 404 error response`
		}
		c.JSON(http.StatusOK, gin.H{"ok": true})
	}
}
