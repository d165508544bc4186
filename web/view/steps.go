// One step numbering everywhere: steps are numbered from 0 — the URL's
// step=, the postMessage goto and step messages, the page's figure links,
// the canvas, the captions and the screen-reader mirror all use the same
// number. The label names the range of steps ("step 12 of 0–1095"), so its
// end reads as the end ("step 1095, the last") rather than "1095 of 1095";
// while the run is still going, more steps come as the player goes on, and
// the label says "so far".

package view

import (
	"strconv"

	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// StepLabel is "step 412 of 0–1095", "step 1095, the last" at the end of a
// finished run, "step 12 of 0–562 so far" while the run grows, in
// language l.
func StepLabel(s *playback.Snapshot, l lang.Lang) string {
	n, last := strconv.Itoa(s.Step), strconv.Itoa(max(s.Total-1, 0))
	end := s.Final && s.Step >= s.Total-1
	switch {
	case l == lang.ZH && end:
		return "第 " + n + " 步（最后一步）"
	case l == lang.ZH && s.Final:
		return "第 " + n + " 步（0–" + last + "）"
	case l == lang.ZH:
		return "第 " + n + " 步（目前 0–" + last + "）"
	case end:
		return "step " + n + ", the last"
	case s.Final:
		return "step " + n + " of 0–" + last
	}
	return "step " + n + " of 0–" + last + " so far"
}
