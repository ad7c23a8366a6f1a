// Package plugin makes errcontract a golangci-lint v2 module plugin.
//
// Import it for its side effect in a golangci-lint build (see
// tools/golangci-lint) and enable it in .golangci.yml:
//
//	version: "2"
//	linters:
//	  enable:
//	    - errcontract
//	  settings:
//	    custom:
//	      errcontract:
//	        type: module
//	        description: checks HTTP handlers against the API error contract
//	        settings:
//	          realm: shop
//	          disable: [B1]
//
// The settings are errcontract's configuration keys, the same words as the
// flags and as the keys of .errcontract.json. Settings win over the config
// file, which wins over the defaults.
package plugin

import (
	"fmt"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/errcontract/errcontract/analyzer/config"
	"github.com/errcontract/errcontract/analyzer/contract"
	"github.com/errcontract/errcontract/analyzer/errcontract"
)

// Name is the linter's name in .golangci.yml.
const Name = "errcontract"

func init() { register.Plugin(Name, New) }

// Plugin is errcontract as golangci-lint sees it.
type Plugin struct {
	cfg  config.Config
	keys []string // the keys the settings set
}

var _ register.LinterPlugin = (*Plugin)(nil)

// New decodes the settings of linters.settings.custom.errcontract.settings
// over the defaults, strictly, and validates them.
func New(settings any) (register.LinterPlugin, error) {
	p := &Plugin{cfg: config.Default()}
	keys, err := config.DecodeSettings(settings, &p.cfg)
	if err != nil {
		return nil, fmt.Errorf("errcontract settings (linters.settings.custom.errcontract.settings): %v", err)
	}
	if err := p.cfg.Validate(contract.Known); err != nil {
		return nil, fmt.Errorf("errcontract settings (linters.settings.custom.errcontract.settings): %v", err)
	}
	p.keys = keys
	return p, nil
}

// BuildAnalyzers returns errcontract's analyzers: the engine, which reports
// the problems of //errcontract:ignore directives, and errbody, errheaders
// and errwire, which report the rules.
func (p *Plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return errcontract.NewExplicit(p.cfg, p.keys), nil
}

// GetLoadMode asks for type information: the engine needs types and facts.
func (p *Plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
