// Colours: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
// 2008), distinguishable with every common colour-vision deficiency. Colour
// is never the only cue: every state also has its own shape or label.

package view

import "zombielab/sim/kernel"

// The palette.
var (
	Black     = Color{0x00, 0x00, 0x00, 0xff}
	Orange    = Color{0xe6, 0x9f, 0x00, 0xff}
	SkyBlue   = Color{0x56, 0xb4, 0xe9, 0xff}
	Green     = Color{0x00, 0x9e, 0x73, 0xff} // bluish green
	Yellow    = Color{0xf0, 0xe4, 0x42, 0xff}
	Blue      = Color{0x00, 0x72, 0xb2, 0xff}
	Vermilion = Color{0xd5, 0x5e, 0x00, 0xff}
	Purple    = Color{0xcc, 0x79, 0xa7, 0xff} // reddish purple

	Grey      = Color{0x99, 0x99, 0x99, 0xff}
	DarkGrey  = Color{0x55, 0x55, 0x55, 0xff}
	LightGrey = Color{0xe8, 0xe8, 0xe8, 0xff}
	White     = Color{0xff, 0xff, 0xff, 0xff}
	Paper     = Color{0xfa, 0xfa, 0xf7, 0xff}
)

// The roles colours play.
var (
	ColorRunning  = Green
	ColorSleeping = SkyBlue
	ColorZombie   = Grey
	ColorBadge    = Vermilion // the zombie's Z badge, reaped chips
	ColorAdopted  = Orange    // the edge and label of a reparenting
	ColorPlayhead = Vermilion
	ColorMarker   = Yellow
	ColorText     = Black
	ColorMuted    = DarkGrey
	ColorPanel    = White
)

// stateColor is the fill of a process in state st.
func stateColor(st kernel.State) Color {
	switch st {
	case kernel.StateRunning:
		return ColorRunning
	case kernel.StateSleeping:
		return ColorSleeping
	}
	return ColorZombie
}

func fade(c Color, alpha float32) Color {
	c.A = uint8(float32(c.A) * min(max(alpha, 0), 1))
	return c
}
