//go:build js && wasm

// The playback clock: at the fixed tick rate, how many steps the player
// moves while playing at a speed in steps per second.

package main

// maxStepsPerTick bounds the work of one Update when the speed is high.
const maxStepsPerTick = 8

type playClock struct {
	acc float64 // fraction of a step carried to the next tick
}

// tick returns the steps to move this tick.
func (c *playClock) tick(speed float64, ticksPerSecond int) int {
	c.acc += speed / float64(ticksPerSecond)
	n := int(c.acc)
	c.acc -= float64(n)
	if n > maxStepsPerTick {
		n = maxStepsPerTick
	}
	return n
}

// reset starts a fresh second, so play begins with a full step's wait.
func (c *playClock) reset() { c.acc = 0 }
