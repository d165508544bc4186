// Package content holds what zombielab teaches: the scenario gallery (plain
// Python files that real CPython runs unchanged) and, later, the annotated
// walkthrough. The files are embedded so that the CLI and the WebAssembly
// player carry the same gallery.
package content

import (
	"embed"
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed scenarios/*.py
var scenarios embed.FS

// ErrNoScenario is returned for a name the gallery does not have.
var ErrNoScenario = errors.New("no such scenario in the gallery")

// Scenario returns the source of the gallery scenario called name (the file
// name without .py).
func Scenario(name string) ([]byte, error) {
	if name == "" || strings.ContainsAny(name, "/\\.") {
		return nil, ErrNoScenario
	}
	src, err := scenarios.ReadFile(path.Join("scenarios", name+".py"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoScenario
	}
	return src, err
}

// Names lists the gallery's scenarios, sorted.
func Names() []string {
	entries, _ := scenarios.ReadDir("scenarios")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".py"))
	}
	sort.Strings(names)
	return names
}
