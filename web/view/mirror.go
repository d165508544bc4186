// The screen-reader mirror: plain strings for the player's ARIA live
// region and HTML overlay, in English or Chinese.

package view

import (
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// MirrorText is a step told as text.
type MirrorText struct {
	Lang      lang.Lang
	Step      string // StepLabel and the time: "step 12 of 0–1095, t=1.002000s" / "第 12 步（0–1095），t=1.002000s"
	Narration string
	PS        string // the ps table
	Zombies   string // "zombies: 1002" / "僵尸进程：1002" ("" when none)
	Console   string // the last lines of output, "pid> text"
	Vars      string // the variables panel: a heading per process, "  name = value" lines
}

// Mirror tells snapshot s in language l.
func Mirror(s *playback.Snapshot, l lang.Lang) MirrorText {
	m := MirrorText{Lang: l, PS: s.PS, Narration: s.Narration.Lang(l)}
	var zombies []string
	for _, p := range s.Procs {
		if p.State == kernel.StateZombie {
			zombies = append(zombies, pidStr(p.PID))
		}
	}
	if l == lang.ZH {
		m.Step = StepLabel(s, l) + "，t=" + s.TimeText
		if len(zombies) > 0 {
			m.Zombies = "僵尸进程：" + strings.Join(zombies, "、")
		}
	} else {
		m.Step = StepLabel(s, l) + ", t=" + s.TimeText
		if len(zombies) > 0 {
			m.Zombies = "zombies: " + strings.Join(zombies, ", ")
		}
	}
	m.Console = strings.Join(consoleLines(s.Console, 8), "\n")
	m.Vars = strings.Join(VarsText(Input{Snap: s, UI: UI{Lang: l}}), "\n")
	return m
}
