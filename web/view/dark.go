// The dark palette: every colour of the light one has a dark counterpart,
// so a frame is built once and painted either way (the player maps each
// op's colour when the page prefers a dark scheme). Backgrounds go dark,
// text goes light, and the state fills are deepened so that light text on
// them keeps its contrast; the accents (vermilion, orange, purple) stay.

package view

// The console is a terminal in either scheme: near-black, light text,
// outside the palette that Dark maps.
var (
	ColorConsole     = Color{0x11, 0x11, 0x11, 0xff}
	ColorConsoleText = Color{0xf0, 0xf0, 0xf0, 0xff}
)

// darkOf maps the light palette's opaque colours.
var darkOf = map[Color]Color{
	Paper:     {0x1d, 0x1f, 0x21, 0xff},
	White:     {0x26, 0x28, 0x2b, 0xff},
	LightGrey: {0x3a, 0x3d, 0x41, 0xff},
	Black:     {0xe8, 0xe8, 0xe8, 0xff},
	DarkGrey:  {0xb4, 0xb4, 0xb4, 0xff},
	SkyBlue:   {0x1f, 0x5f, 0x86, 0xff},
	Green:     {0x0b, 0x6e, 0x52, 0xff},
	Yellow:    {0x6b, 0x64, 0x20, 0xff},
	Blue:      {0x56, 0xb4, 0xe9, 0xff},
	Grey:      {0x75, 0x75, 0x75, 0xff},
}

// Dark is c in the dark palette (its alpha kept); a colour outside the
// palette is itself.
func Dark(c Color) Color {
	a := c.A
	c.A = 0xff
	if d, ok := darkOf[c]; ok {
		c = d
	}
	c.A = a
	return c
}
