package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/sim/pyast"
)

func TestStripCommentLines(t *testing.T) {
	tests := []struct {
		name, src, want string
		ok              bool
	}{
		{"comment lines emptied", "# head\nx = 1\n    # indented\ny = 2\n", "\nx = 1\n\ny = 2\n", true},
		{"trailing comments kept", "x = 1  # one\n", "", false},
		{"inside a docstring kept", "def f():\n    \"\"\"Doc\n    # not a comment\n    \"\"\"\n    # a comment\n    return 1\n",
			"def f():\n    \"\"\"Doc\n    # not a comment\n    \"\"\"\n\n    return 1\n", true},
		{"inside an f-string over lines kept", "s = f'''{1}\n# text\n'''\n# c\n", "s = f'''{1}\n# text\n'''\n\n", true},
		{"inside brackets emptied", "x = [\n    1,\n    # two\n    2,\n]\n", "x = [\n    1,\n\n    2,\n]\n", true},
		{"does not parse: as it is", "def (:\n# c\n", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := stripCommentLines("t.py", []byte(tc.src))
			if ok != tc.ok || ok && string(got) != tc.want {
				t.Errorf("got %q, %v; want %q, %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestLibOverlaySameCode checks that every file of the player's library
// copy parses to the same tree, with the same positions, as the original.
func TestLibOverlaySameCode(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	overlay, err := libOverlay(root, dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(overlay); err != nil {
		t.Fatal(err)
	}
	n, saved := 0, 0
	err = filepath.WalkDir(filepath.Join(dir, "lib"), func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join(dir, "lib"), path)
		orig, err := os.ReadFile(filepath.Join(root, pylibDir, rel))
		if err != nil {
			return err
		}
		stripped, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Count(string(orig), "\n") != strings.Count(string(stripped), "\n") {
			t.Errorf("%s: %d lines, %d in the copy", rel, strings.Count(string(orig), "\n"), strings.Count(string(stripped), "\n"))
		}
		a, errA := pyast.Parse(rel, orig)
		b, errB := pyast.Parse(rel, stripped)
		if errA != nil || errB != nil {
			t.Errorf("%s: %v, %v", rel, errA, errB)
			return nil
		}
		if pyast.Dump(a) != pyast.Dump(b) {
			t.Errorf("%s: the copy parses differently", rel)
		}
		n++
		saved += len(orig) - len(stripped)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 30 {
		t.Errorf("only %d library files stripped", n)
	}
	t.Logf("%d files, %d bytes of comment lines left out", n, saved)
}
