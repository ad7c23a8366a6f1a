package framework

const render = "github.com/go-chi/render."

// ChiRender models github.com/go-chi/render on net/http handlers (chi and
// gorilla/mux handlers are plain net/http): render.Status records the
// status in the request (in its context, under StatusCtxKey, where a
// handler may also put it itself), and render.JSON sends it with the body.
var ChiRender = &Framework{
	Name:         "go-chi/render",
	Modules:      []string{"github.com/go-chi/render"},
	StatusValues: []string{"github.com/go-chi/render.Renderer"},
	StatusKeys:   []string{render + "StatusCtxKey"},
	Calls: map[string]Call{
		render + "Status": {Writer: -1, Effects: []Effect{{Kind: DeferStatus, StatusArg: 2}}},
		render + "JSON": {Writer: 1, Effects: []Effect{
			{Kind: SetHeader, Header: "Content-Type", Value: "application/json"},
			{Kind: WriteBody, BodyArg: 3, Mode: "json"}}},
		render + "Render": {Writer: 1, Through: render + "Respond", Effects: []Effect{
			{Kind: RenderValue, BodyArg: 3},
			{Kind: SetHeader, Header: "Content-Type", Value: "application/json"},
			{Kind: WriteBody, BodyArg: 3, Mode: "json"}}},
		// Respond is a variable (DefaultResponder unless replaced): JSON.
		render + "Respond": {Writer: 1, Through: render + "Respond", Effects: []Effect{
			{Kind: SetHeader, Header: "Content-Type", Value: "application/json"},
			{Kind: WriteBody, BodyArg: 3, Mode: "json"}}},
		render + "PlainText": {Writer: 1, Effects: []Effect{
			{Kind: SetHeader, Header: "Content-Type", Value: "text/plain; charset=utf-8"},
			{Kind: WriteBody, BodyArg: 3, Mode: "text"}}},
		render + "NoContent": {Writer: 1, StatusOnly: true, Effects: []Effect{{Kind: SetStatus, Status: 204}}},
	},
}
