// What a frame is built from: the snapshot, the timeline, the sources and
// the UI state the player keeps.

package view

import (
	"zombielab/sim/kernel"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// UI is the player's own state that the view shows.
type UI struct {
	Into    bool // step into library code: the code panel shows library frames
	Compact bool // the figure layout whatever the frame's width (the teaching page's figures)
	// W×H is the frame's size in CSS pixels (NewLayout); 0×0 the default
	// size of a page of its own, or of a small embed when Compact.
	W, H float32
	Lang lang.Lang // ZH leaves the narration to the overlay
	// Still is a picture with no page around it (the gallery's key
	// frames): the narration is drawn in every language, as no overlay
	// will hold it.
	Still bool
	// Focus is the process whose code the code panel shows (0: the
	// process that runs the current step).
	Focus kernel.PID
}

// Sources gives the lines of a file the run executes (*playback.Player
// is one).
type Sources interface {
	Source(file string) []string
}

// Input is everything Build needs.
type Input struct {
	Snap    *playback.Snapshot
	Lanes   []playback.Lane // playback.Player.Timeline(Snap.Step)
	Sources Sources         // may be nil: no code panel text
	File    string          // the scenario's file (Player.File)
	UI      UI
}
