package main

import (
	"strings"
	"testing"

	"zombielab/content"
	sitepage "zombielab/web/page"
)

// TestKeyFrames checks that every gallery scenario has its picture in
// every language at the path the gallery cards name, and that each
// picture's narration is in its language (the Chinese one used to be the
// English picture with no narration).
func TestKeyFrames(t *testing.T) {
	pics, err := keyFrames()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range content.Names() {
		for _, l := range sitepage.Languages {
			path := sitepage.PicturePath(name, l)
			svg, ok := pics[path]
			if !ok {
				t.Errorf("%s: no %s", name, path)
				continue
			}
			s := string(svg)
			if !strings.HasPrefix(s, "<svg") {
				t.Errorf("%s is not an SVG", path)
			}
			cjk := strings.ContainsAny(s, "进程的")
			if wantCJK := l.String() == "zh"; cjk != wantCJK {
				t.Errorf("%s: Chinese text %v, want %v", path, cjk, wantCJK)
			}
		}
	}
	if want := len(content.Names()) * len(sitepage.Languages); len(pics) != want {
		t.Errorf("%d pictures, want %d", len(pics), want)
	}
}
