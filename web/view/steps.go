// One step numbering everywhere: steps are numbered from 0 — the URL's
// step=, the postMessage goto and step messages, the page's figure links,
// the canvas, the captions and the screen-reader mirror all use the same
// number. "of N" names the last step (so the run's end reads "step 1095 of
// 1095"); while the run is still going, more steps come as the player goes
// on, and the label says "so far".

package view

import (
	"strconv"

	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// StepLabel is "step 412 of 1095" ("… so far" while the run grows) in
// language l.
func StepLabel(s *playback.Snapshot, l lang.Lang) string {
	n, last := strconv.Itoa(s.Step), strconv.Itoa(max(s.Total-1, 0))
	switch {
	case l == lang.ZH && s.Final:
		return "第 " + n + " 步，共到第 " + last + " 步"
	case l == lang.ZH:
		return "第 " + n + " 步，目前到第 " + last + " 步"
	case s.Final:
		return "step " + n + " of " + last
	}
	return "step " + n + " of " + last + " so far"
}
