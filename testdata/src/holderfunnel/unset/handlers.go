// Package unset: the same handlers with no errorHandler configured. The
// router out of sight is not guessed at: the returns are not judged.
package unset

import "holderfunnel/router"

func routes(rt *router.Router) {
	rt.GET("/item", showItem)
}

func showItem(e *router.Event) error {
	if e.Request.URL.Query().Get("id") == "" {
		return router.NotFound("no id")
	}
	return nil
}
