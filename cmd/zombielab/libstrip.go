// The player carries the simulated Python library (sim/pylib/lib) in its
// download. Its comment lines, a sixth of its text, are read by people
// who open the files, never by the interpreter, and a comment line is
// never a traceback's line (it never runs). So the player is built with a
// copy of the library whose comment lines are left empty, through the go
// command's -overlay: line numbers, code and what every run prints stay
// the same, and main.wasm is about 25 KB of brotli smaller. The files in
// the repository, the command-line tool and the tests keep their comments.
// The multiprocessing model (sim/mp), which the player shows learners as
// they step through it, keeps its comments in the player too.

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"

	"zombielab/sim/pyast"
)

// pylibDir is the library whose comment lines the player leaves out.
const pylibDir = "sim/pylib/lib"

// libOverlay writes the library of the tree at root, its comment lines
// emptied, under dir, and a go -overlay file that builds with it; it
// returns the overlay file's path.
func libOverlay(root, dir string) (string, error) {
	replace := map[string]string{}
	base := filepath.Join(root, filepath.FromSlash(pylibDir))
	err := filepath.WalkDir(base, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		stripped, ok := stripCommentLines(path, src)
		if !ok {
			return nil
		}
		rel, err := filepath.Rel(base, path)
		if err != nil {
			return err
		}
		out := filepath.Join(dir, "lib", rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, stripped, 0o644); err != nil {
			return err
		}
		abs, err := filepath.Abs(path)
		if err != nil {
			return err
		}
		replace[abs] = out
		return nil
	})
	if err != nil {
		return "", err
	}
	data, err := json.Marshal(map[string]any{"Replace": replace})
	if err != nil {
		return "", err
	}
	overlay := filepath.Join(dir, "overlay.json")
	return overlay, os.WriteFile(overlay, data, 0o644)
}

// stripCommentLines empties the lines of a Python file that hold only a
// comment, leaving every other line (and so every line number) as it is;
// a line inside a string that spans lines is kept whatever it holds. ok
// is false when there is nothing to strip or the file does not parse
// (then it is embedded as it is).
func stripCommentLines(name string, src []byte) (out []byte, ok bool) {
	m, err := pyast.Parse(name, src)
	if err != nil {
		return nil, false
	}
	// Lines inside strings that span lines (docstrings and other
	// triple-quoted text): not comments, whatever they start with.
	inString := map[int]bool{}
	pyast.Inspect(m, func(n pyast.Node) bool {
		switch n.(type) {
		case *pyast.Constant, *pyast.JoinedStr:
			p, e := n.Position(), n.EndPosition()
			for l := p.Line + 1; l <= e.Line; l++ {
				inString[l] = true
			}
		}
		return true
	})
	lines := strings.Split(string(src), "\n")
	changed := false
	for i, l := range lines {
		if t := strings.TrimLeft(l, " \t"); strings.HasPrefix(t, "#") && !inString[i+1] {
			lines[i] = ""
			changed = true
		}
	}
	if !changed {
		return nil, false
	}
	return []byte(strings.Join(lines, "\n")), true
}
