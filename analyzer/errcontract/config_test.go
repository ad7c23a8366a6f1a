package errcontract_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/errcontract/errcontract/analyzer/config"
	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// TestConfigFile: the .errcontract.json beside the package applies.
func TestConfigFile(t *testing.T) {
	as := errcontract.Analyzers()
	analysistest.Run(t, testdata(t), allRules(as[0]), "configfile")
}

// TestConfigFlagWins: a flag set on the engine wins over the file.
func TestConfigFlagWins(t *testing.T) {
	as := errcontract.Analyzers()
	if err := as[0].Flags.Set("realm", "admin"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, testdata(t), allRules(as[0]), "configflag")
}

// TestConfigSettingsWin: keys given to NewExplicit (golangci-lint
// settings) win over the file.
func TestConfigSettingsWin(t *testing.T) {
	c := defaultWithRealm("admin")
	as := errcontract.NewExplicit(c, []string{"realm"})
	analysistest.Run(t, testdata(t), allRules(as[0]), "configflag")
}

// TestConfigBadKey: an unknown key in the file is reported, naming the
// key and the file, at the package clause; nothing else is checked.
func TestConfigBadKey(t *testing.T) {
	as := errcontract.Analyzers()
	analysistest.Run(t, testdata(t), as[0], "configbad")
}

func defaultWithRealm(realm string) config.Config {
	c := config.Default()
	c.Realm = realm
	return c
}

// TestConfigHeadersSet: headersSet in the file says what the app's
// middleware sets before the handlers run; headersunset, the same code
// without it, is reported.
func TestConfigHeadersSet(t *testing.T) {
	as := errcontract.Analyzers()
	analysistest.Run(t, testdata(t), allRules(as[0]), "headersset", "headersunset")
}
