//go:build js && wasm

// The playback clock: how many steps the player moves while playing at a
// speed in steps per second, by the wall clock (performance.now), not by
// ticks: at 4 frames a second, speed 8 still plays 8 steps a second, two
// per frame.

package main

// maxStepsPerUpdate bounds the work of one Update when the speed is high
// or frames are far apart; maxGapMs bounds how much time one Update makes
// up for (a hidden tab comes back without jumping ahead).
const (
	maxStepsPerUpdate = 64
	maxGapMs          = 5000
)

type playClock struct {
	last float64 // performance.now() at the previous advance; 0 before the first
	acc  float64 // fraction of a step carried to the next Update
	gap  float64 // the longest time between two advances since the last reset (the probe's gapMs)
}

// advance returns the steps to move at time nowMs.
func (c *playClock) advance(speed, nowMs float64) int {
	if c.last == 0 {
		c.last = nowMs
		return 0
	}
	c.gap = max(c.gap, nowMs-c.last)
	dt := min(max(nowMs-c.last, 0), maxGapMs)
	c.last = nowMs
	c.acc += speed * dt / 1000
	n := int(c.acc)
	c.acc -= float64(n)
	return min(n, maxStepsPerUpdate)
}

// reset starts afresh at nowMs, so play begins with a full step's wait.
func (c *playClock) reset(nowMs float64) { c.last, c.acc, c.gap = nowMs, 0, 0 }
