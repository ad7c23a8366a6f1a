package framework

import "testing"

// Facts name routers by Name (RouterFactory, RouterArgs): two routers of
// one name would read each other's facts.
func TestRouterNamesUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, rt := range Routers {
		if seen[rt.Name] {
			t.Errorf("two routers named %q", rt.Name)
		}
		seen[rt.Name] = true
		if RouterNamed(rt.Name) != rt {
			t.Errorf("RouterNamed(%q) is another router", rt.Name)
		}
	}
}
