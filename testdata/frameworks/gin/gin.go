// Package gin checks handlers written with github.com/gin-gonic/gin.
package gin

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type Error struct {
	ErrorMessage      string   `json:"errorMessage"`
	FailedValidations []string `json:"failedValidations,omitempty"`
}

func getItem(c *gin.Context) {
	switch c.Param("id") {
	case "":
		c.JSON(http.StatusBadRequest, gin.H{"error": "id required"}) // want `400 response body is gin.H\{"error": ...\}, not the Error object`
	case "secret":
		c.JSON(http.StatusUnauthorized, Error{ErrorMessage: "login"}) // want `sends 401 without WWW-Authenticate`
	case "gone":
		c.AbortWithStatus(http.StatusNotFound) // want `c.AbortWithStatus\(404\) sends 404 with no body`
	case "boom":
		c.JSON(http.StatusInternalServerError, Error{ErrorMessage: "db down"}) // want `on a 500 response: 5xx responses must not carry a structured body`
	case "text":
		c.String(http.StatusForbidden, "forbidden") // want `writes a plain-text body on a 403 response`
	case "ok401":
		c.Header("WWW-Authenticate", `Basic realm="cmix"`)
		c.JSON(http.StatusUnauthorized, Error{ErrorMessage: "login"})
	case "later":
		c.Status(http.StatusNotFound)
		c.Header("X-Reason", "gone") // gin sends headers with the first body write: not late
		c.JSON(http.StatusNotFound, Error{ErrorMessage: "not here"})
	case "aborted":
		// The error middleware writes the body: nothing to judge here.
		c.AbortWithError(http.StatusBadRequest, http.ErrBodyNotAllowed)
	default:
		c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
	}
}

// respondError is the project's helper; the status becomes concrete at its calls.
func respondError(c *gin.Context, status int, msg string) {
	c.AbortWithStatusJSON(status, Error{ErrorMessage: msg})
}

func listItems(c *gin.Context) {
	if c.Query("page") == "x" {
		respondError(c, http.StatusUnprocessableEntity, "bad page") // want `422 Error object Error does not fill "failedValidations"`
		return
	}
	if c.Query("fail") != "" {
		respondError(c, http.StatusBadGateway, "upstream") // want `on a 502 response: 5xx responses must not carry a structured body`
		return
	}
	respondError(c, http.StatusNotFound, "none") // clean
}

func rawWriter(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusNotFound) // gin records this until the body
	c.JSON(http.StatusNotFound, Error{ErrorMessage: "x"})
}

func Routes(r *gin.Engine) {
	r.GET("/items/:id", getItem)
	r.GET("/items", listItems)
	r.GET("/raw", rawWriter)
}
