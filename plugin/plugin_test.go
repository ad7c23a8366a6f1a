package plugin

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
)

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("errcontract")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(map[string]any{"realm": "shop", "disable": []any{"B1"}})
	if err != nil {
		t.Fatal(err)
	}
	if p.GetLoadMode() != register.LoadModeTypesInfo {
		t.Errorf("load mode %q", p.GetLoadMode())
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, a := range as {
		names = append(names, a.Name)
	}
	if got := strings.Join(names, ","); got != "errcontract,errbody,errheaders,errwire" {
		t.Errorf("analyzers %s", got)
	}
	pl := p.(*Plugin)
	if pl.cfg.Realm != "shop" || !pl.cfg.Disabled("B1") || pl.cfg.Scheme != "Basic" {
		t.Errorf("config %+v", pl.cfg)
	}
	if strings.Join(pl.keys, ",") != "disable,realm" {
		t.Errorf("keys %v", pl.keys)
	}
}

func TestNoSettings(t *testing.T) {
	p, err := New(nil)
	if err != nil {
		t.Fatal(err)
	}
	if p.(*Plugin).cfg.Realm != "cmix" {
		t.Errorf("defaults not kept")
	}
}

func TestBadSettings(t *testing.T) {
	for _, tc := range []struct {
		settings any
		want     string
	}{
		{map[string]any{"realm": 3}, "realm: want a string, got number 3"},
		{map[string]any{"disable": []any{"C1", "X9"}}, `disable: unknown rule "X9"`},
		{map[string]any{"relm": "x"}, `unknown key "relm"`},
		{map[string]any{"bodyRequired": "40x"}, `bodyRequired: "40x" is not an HTTP status`},
		{map[string]any{"mediaTypes": []any{}}, "mediaTypes must list at least one media type"},
		{[]any{"realm"}, "want a JSON object"},
	} {
		_, err := New(tc.settings)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "linters.settings.custom.errcontract.settings") {
			t.Errorf("New(%v) = %v, want an error containing %q", tc.settings, err, tc.want)
		}
	}
}
