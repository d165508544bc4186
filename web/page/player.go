// Links into the player: every address of player.html that the pages
// write is the player's own URL contract (web/contract), encoded by the
// code that the player uses for its address bar, so a figure's link and
// the player showing it agree.

package page

import (
	"zombielab/sim/lang"
	"zombielab/web/contract"
)

// Params is the player's state that shows the figure: its scenario, step,
// version, start method and language, the rest at the player's defaults.
func (s FigureSpec) Params() contract.Params {
	p := contract.Defaults()
	p.Scenario, p.Step, p.Python, p.Method, p.Lang = s.Scenario, s.Step, s.Python, s.Method, s.Lang
	return p
}

// playerURL is the address of the player in state p, from a page in l.
func playerURL(l lang.Lang, p contract.Params) string {
	return rootFor(l) + "player.html" + p.Query()
}
