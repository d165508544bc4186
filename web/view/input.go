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
	Playing bool
	Into    bool    // step into library code
	Speed   float64 // steps per second shown as "Nx"; 0 means 1
	Compact bool    // the figure layout whatever the frame's width (the teaching page's figures)
	// W×H is the frame's size in CSS pixels (NewLayout); 0×0 the default
	// size of a page of its own, or of a small embed when Compact.
	W, H float32
	// Python and Method are the modelled CPython version and start method
	// the run uses ("3.13", "fork"), shown on the settings button.
	Python, Method string
	// EditButton leaves the narration's top right corner to the page's
	// "Edit code" button.
	EditButton bool
	Lang       lang.Lang // ZH leaves the narration to the overlay
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
