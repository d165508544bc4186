package view

import (
	"fmt"
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/lang"
)

// TestReadableAtEverySize: at the sizes people use — a phone held upright,
// the teaching page's figure, a projector, laptops, a large screen — the
// layout family fits the frame, no text is under MinText CSS pixels, the
// canvas has no controls of its own (they are the page's HTML), nothing
// runs off the frame's right edge, and the ps table and the tree (with main's _children set)
// are in every layout.
func TestReadableAtEverySize(t *testing.T) {
	p := open(t, "seed-loop", sim.Overrides{})
	step, _ := p.Checkpoint("before-start#2")
	tests := []struct {
		w, h    float32
		compact bool
		want    LayoutKind
	}{
		{390, 844, false, LayoutPortrait},
		{320, 568, false, LayoutPortrait},
		{640, 360, true, LayoutFigure},
		{700, 438, true, LayoutFigure},
		{345, 345, true, LayoutFigure}, // the teaching page's player on a phone
		{545, 545, true, LayoutFigure}, // and beside the text on a laptop
		{1024, 768, false, LayoutWide},
		{1280, 720, false, LayoutWide},
		{1366, 768, false, LayoutWide},
		{1920, 1080, false, LayoutWide},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%vx%v", tc.w, tc.h), func(t *testing.T) {
			l := NewLayout(tc.w, tc.h, tc.compact)
			if l.Kind != tc.want {
				t.Errorf("layout %v, want %v", l.Kind, tc.want)
			}
			if l.PS.W == 0 || l.Tree.W == 0 || l.PS.H < 4*(l.Small+4) {
				t.Errorf("the ps table (%v) or the tree (%v) is missing", l.PS, l.Tree)
			}
			d := Build(input(p, step, UI{W: tc.w, H: tc.h, Compact: tc.compact}))
			if d.W != tc.w || d.H != tc.h {
				t.Errorf("frame %vx%v, want %vx%v", d.W, d.H, tc.w, tc.h)
			}
			chips := false
			for _, o := range d.Ops {
				if o.Kind == OpText && o.Text != "" && o.Size < MinText {
					t.Errorf("text %q at %v px", o.Text, o.Size)
				}
				if o.Kind != OpClip && o.Kind != OpUnclip && o.Kind != OpLine && o.Kind != OpArrow && o.Rect.X+o.Rect.W > d.W+0.5 {
					t.Errorf("%v runs off the right edge (%v)", o, d.W)
				}
				if o.Kind == OpText && o.ID == "chip:1001:1002" {
					chips = true
				}
			}
			if !chips {
				t.Error("main's _children set (chip 1002) is not shown")
			}
			for _, h := range d.Hits {
				if k := h.Action.Kind; k != ActFocus && k != ActSeekTime {
					t.Errorf("the canvas has a control: %v", h)
				}
			}
		})
	}
}

// TestBigCountsInWords: pid1-never-reaps ends with 63 zombies under a PID 1
// that never reaps; at the page's figure size their nodes are too small to
// read, so the tree says how many there are.
func TestBigCountsInWords(t *testing.T) {
	p := open(t, "pid1-never-reaps", sim.Overrides{})
	d := Build(input(p, p.Len()-1, UI{W: 640, H: 400, Compact: true}))
	for _, o := range d.Ops {
		if o.Kind == OpText && o.ID == "counts" {
			if !strings.Contains(o.Text, "63 zombies") {
				t.Errorf("the count says %q, want 63 zombies", o.Text)
			}
			return
		}
	}
	t.Error("no count of the processes in the tree")
}

// TestCanvasWordsInChinese: with lang=zh the words the canvas draws
// itself — the tree's count and the folded header — are Chinese.
func TestCanvasWordsInChinese(t *testing.T) {
	if got := countsText(65, []int{63, 2, 0, 0}, lang.ZH); got != "65 个进程：63 个僵尸，2 个睡眠" {
		t.Errorf("countsText zh = %q", got)
	}
	if got := countsText(65, []int{63, 2, 0, 0}, lang.EN); got != "65 processes: 63 zombies, 2 sleeping" {
		t.Errorf("countsText en = %q", got)
	}
	p := open(t, "seed-loop", sim.Overrides{})
	d := Build(input(p, 0, UI{Lang: lang.ZH}))
	found := false
	for _, o := range d.Ops {
		if o.Kind == OpText && strings.Contains(o.Text, "行文件头") {
			found = true
		}
		if o.Kind == OpText && strings.Contains(o.Text, "header lines") {
			t.Errorf("English on the Chinese canvas: %q", o.Text)
		}
	}
	if !found {
		t.Error("the folded header is not said in Chinese")
	}
}
