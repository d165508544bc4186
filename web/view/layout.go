// The fixed logical canvas and its regions. The full layout is 1280×720;
// the compact one (for small embeds) is 640×360 and keeps the tree,
// timeline, narration and controls.

package view

// Layout places the regions on the canvas; an empty Rect means the region
// is not shown.
type Layout struct {
	W, H      float32
	Tree      Rect
	Timeline  Rect
	Code      Rect
	Console   Rect
	PS        Rect
	Narration Rect
	Controls  Rect
	// Text sizes: body and small.
	Font, Small float32
}

// Canvas sizes.
const (
	FullW, FullH       = 1280, 720
	CompactW, CompactH = 640, 360
)

// NewLayout returns the full or the compact layout.
func NewLayout(compact bool) Layout {
	if compact {
		return Layout{
			W: CompactW, H: CompactH,
			Narration: Rect{0, 0, 640, 28},
			Tree:      Rect{0, 28, 640, 200},
			Timeline:  Rect{0, 228, 640, 92},
			Controls:  Rect{0, 320, 640, 40},
			Font:      11, Small: 9,
		}
	}
	return Layout{
		W: FullW, H: FullH,
		Narration: Rect{0, 0, 1280, 36},
		Tree:      Rect{0, 36, 780, 400},
		Code:      Rect{780, 36, 500, 400},
		Timeline:  Rect{0, 436, 780, 160},
		PS:        Rect{780, 436, 500, 160},
		Console:   Rect{0, 596, 1280, 72},
		Controls:  Rect{0, 668, 1280, 52},
		Font:      13, Small: 10,
	}
}
