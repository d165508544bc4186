// Finding CPython interpreters: on PATH and under pyenv.

package probe

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"zombielab/sim/cpython"
)

// Interpreter is one CPython found on this machine.
type Interpreter struct {
	Version cpython.Version // 3.11, which the simulator may or may not model
	Patch   string          // "3.11.7"
	Path    string          // the executable
}

// minMinor is the oldest CPython 3 the probe supports: the gallery targets
// 3.8+, and the probe's wrappers follow the multiprocessing of 3.8-3.13.
const minMinor = 8

// FindPythons returns one interpreter per CPython version 3.8+ found under
// $PYENV_ROOT/versions (or ~/.pyenv/versions) and on PATH, oldest first.
// pyenv installs come first, so a version on both is taken from pyenv.
func FindPythons() []Interpreter {
	byVersion := map[cpython.Version]Interpreter{}
	seen := map[string]bool{}
	for _, cand := range candidates() {
		real, err := filepath.EvalSymlinks(cand)
		if err != nil || seen[real] {
			continue
		}
		seen[real] = true
		in, err := describe(cand)
		if err != nil {
			continue
		}
		if _, dup := byVersion[in.Version]; !dup {
			byVersion[in.Version] = in
		}
	}
	var out []Interpreter
	for _, in := range byVersion {
		out = append(out, in)
	}
	sort.Slice(out, func(i, j int) bool {
		v := out[j].Version
		return !out[i].Version.AtLeast(v.Major, v.Minor)
	})
	return out
}

func candidates() []string {
	var out []string
	root := os.Getenv("PYENV_ROOT")
	if root == "" {
		if home, err := os.UserHomeDir(); err == nil {
			root = filepath.Join(home, ".pyenv")
		}
	}
	if root != "" {
		dirs, _ := filepath.Glob(filepath.Join(root, "versions", "*", "bin", "python3"))
		sort.Strings(dirs)
		out = append(out, dirs...)
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		if strings.Contains(dir, "pyenv/shims") {
			continue // shims dispatch to one of the versions above
		}
		names, _ := filepath.Glob(filepath.Join(dir, "python3*"))
		sort.Strings(names)
		for _, n := range names {
			if base := filepath.Base(n); base == "python3" || isMinorName(base) {
				out = append(out, n)
			}
		}
	}
	return out
}

// isMinorName matches "python3.11" but not "python3.11-config".
func isMinorName(base string) bool {
	rest, ok := strings.CutPrefix(base, "python3.")
	_, err := strconv.Atoi(rest)
	return ok && err == nil
}

// describe runs path to learn its implementation and version.
func describe(path string) (Interpreter, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	out, err := exec.CommandContext(ctx, path, "-I", "-c",
		"import platform,sys;print(platform.python_implementation(),platform.python_version())").Output()
	if err != nil {
		return Interpreter{}, err
	}
	f := strings.Fields(string(out))
	if len(f) != 2 || f[0] != "CPython" {
		return Interpreter{}, fmt.Errorf("%s is not CPython", path)
	}
	parts := strings.SplitN(f[1], ".", 3)
	minor := 0
	if len(parts) >= 2 && parts[0] == "3" {
		minor, _ = strconv.Atoi(parts[1])
	}
	if minor < minMinor {
		return Interpreter{}, fmt.Errorf("%s is CPython %s; the probe needs 3.%d or newer", path, f[1], minMinor)
	}
	return Interpreter{Version: cpython.Version{Major: 3, Minor: minor}, Patch: f[1], Path: path}, nil
}

// ResolvePython turns "--python" into an interpreter: a path (anything with
// a slash), a version "X.Y" looked up with FindPythons, or "" for the
// newest one found.
func ResolvePython(spec string) (Interpreter, error) {
	if strings.Contains(spec, "/") {
		return describe(spec)
	}
	all := FindPythons()
	if spec == "" && len(all) > 0 {
		return all[len(all)-1], nil
	}
	var have []string
	for _, in := range all {
		if in.Version.String() == spec {
			return in, nil
		}
		have = append(have, in.Version.String())
	}
	if major, minor, ok := strings.Cut(spec, "."); ok {
		if n, err := strconv.Atoi(minor); err == nil && (major == "2" || major == "3" && n < minMinor) {
			return Interpreter{}, fmt.Errorf("--python %s: the probe needs CPython 3.%d or newer (found here: %s)", spec, minMinor, strings.Join(have, ", "))
		}
	}
	return Interpreter{}, fmt.Errorf("no CPython %s found on PATH or under pyenv (found: %s)", spec, strings.Join(have, ", "))
}
