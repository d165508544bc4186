package view

import (
	"math"
	"testing"
)

// TestDarkContrast: in the dark palette, text keeps a contrast of at least
// 4.5:1 (WCAG AA) on the backgrounds it is drawn on, as in the light one.
func TestDarkContrast(t *testing.T) {
	pairs := []struct {
		name     string
		text, bg Color
	}{
		{"text on paper", ColorText, Paper},
		{"text on a panel", ColorText, ColorPanel},
		{"muted on paper", ColorMuted, Paper},
		{"muted on a panel", ColorMuted, ColorPanel},
		{"text on a running node", ColorText, ColorRunning},
		{"text on a sleeping node", ColorText, ColorSleeping},
		{"text on a zombie node", ColorText, LightGrey},
		{"text on the current line", ColorText, ColorMarker},
		{"a sleeping tag", Blue, White},
	}
	for _, p := range pairs {
		if r := contrast(Dark(p.text), Dark(p.bg)); r < 4.5 {
			t.Errorf("%s: %v on %v has contrast %.2f, want >= 4.5", p.name, Dark(p.text), Dark(p.bg), r)
		}
	}
	if c := (Color{1, 2, 3, 0x80}); Dark(c) != c {
		t.Errorf("a colour outside the palette changed: %v", Dark(c))
	}
	if got := Dark(fade(Paper, 0.5)); got.A != fade(Paper, 0.5).A {
		t.Errorf("Dark lost the alpha: %v", got)
	}
}

// contrast is WCAG 2's contrast ratio of two opaque colours.
func contrast(a, b Color) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c Color) float64 {
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
}

func pow(x, y float64) float64 { return math.Pow(x, y) }
