// zombielab verify: run a scenario under real CPython with the probe, run the
// simulator on the same file modelling the same version, and compare the
// checkpoint streams (docs/CHECKPOINTS.md). Exit status: 0 all agree, 1 something
// disagrees, 2 nothing could be run.

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"zombielab/cmd/zombielab/internal/probe"
	"zombielab/content"
	"zombielab/sim"
	"zombielab/sim/checkpoint"
	"zombielab/sim/cpython"
	"zombielab/sim/scenario"
)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// verdict is one row of the verify table.
type verdict struct {
	scenario, python string
	outcome          string // agree, DISAGREE, skip, error
	detail           string
}

func verifyCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pythons multiFlag
	fs.Var(&pythons, "python", "interpreter to check: X.Y (found on PATH or under pyenv) or a path; repeatable (default: every CPython 3.8+ found)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zombielab verify [--python X.Y|PATH]... FILE.py|PATTERN|NAME|all...")
		fmt.Fprintln(stderr, "  several scenarios, like go test packages: a.py b.py, 'content/scenarios/*.py', seed-loop spawn, all")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(args)); err != nil {
		return 2
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	interps, err := interpreters(pythons)
	if err != nil {
		fmt.Fprintf(stderr, "zombielab verify: %v\n", err)
		return 2
	}
	files, cleanup, err := scenarioFiles(fs.Args())
	defer cleanup()
	if err != nil {
		fmt.Fprintf(stderr, "zombielab verify: %v\n", err)
		return 2
	}
	var rows []verdict
	for _, f := range files {
		for _, py := range interps {
			v := verifyOne(f, py, new(sync.Mutex))
			rows = append(rows, v)
			printVerdict(stdout, v)
		}
	}
	return verifyStatus(rows)
}

func verifyStatus(rows []verdict) int {
	ran, bad := 0, false
	for _, r := range rows {
		switch r.outcome {
		case "agree":
			ran++
		case "DISAGREE", "error":
			ran++
			bad = true
		}
	}
	switch {
	case bad:
		return 1
	case ran == 0:
		return 2
	}
	return 0
}

func printVerdict(w io.Writer, v verdict) {
	fmt.Fprintf(w, "%-22s %-6s %s\n", v.scenario, v.python, v.outcome)
	if v.detail != "" {
		for _, line := range strings.Split(strings.TrimRight(v.detail, "\n"), "\n") {
			fmt.Fprintf(w, "    %s\n", line)
		}
	}
}

// interpreters resolves --python flags, or finds every CPython 3.8+.
func interpreters(specs []string) ([]probe.Interpreter, error) {
	if len(specs) == 0 {
		found := probe.FindPythons()
		if len(found) == 0 {
			return nil, fmt.Errorf("no CPython 3.8+ found on PATH or under pyenv; name one with --python")
		}
		return found, nil
	}
	var out []probe.Interpreter
	for _, s := range specs {
		py, err := probe.ResolvePython(s)
		if err != nil {
			return nil, err
		}
		out = append(out, py)
	}
	return out, nil
}

// scenarioFiles turns the arguments, like go test's packages, into files on
// disk: FILE.py paths, glob patterns ('content/scenarios/*.py'), gallery
// NAMEs and "all" (every gallery scenario), in the order given, each file
// once. Gallery scenarios are written to a temporary folder under their own
// names, which tracebacks and the probe show; cleanup removes it.
func scenarioFiles(args []string) ([]string, func(), error) {
	dir := ""
	cleanup := func() {
		if dir != "" {
			os.RemoveAll(dir)
		}
	}
	var files []string
	seen := map[string]bool{}
	add := func(f string) {
		key := f
		if abs, err := filepath.Abs(f); err == nil {
			key = abs
		}
		if !seen[key] {
			seen[key] = true
			files = append(files, f)
		}
	}
	for _, arg := range args {
		paths, names, err := expandArg(arg)
		if err != nil {
			return nil, cleanup, err
		}
		for _, p := range paths {
			add(p)
		}
		for _, n := range names {
			src, err := galleryScenario(n)
			if err != nil {
				return nil, cleanup, err
			}
			if dir == "" {
				if dir, err = os.MkdirTemp("", "zombielab-verify-"); err != nil {
					return nil, cleanup, err
				}
			}
			f := filepath.Join(dir, n+".py")
			if !seen[f] {
				if err := os.WriteFile(f, src, 0o644); err != nil {
					return nil, cleanup, err
				}
			}
			add(f)
		}
	}
	return files, cleanup, nil
}

// expandArg reads one argument of verify: file paths (a path, or the
// matches of a glob pattern) or gallery names ("all", or one NAME).
func expandArg(arg string) (paths, names []string, err error) {
	switch {
	case arg == "all":
		return nil, content.Names(), nil
	case strings.ContainsAny(arg, "*?["):
		matches, err := filepath.Glob(arg)
		if err != nil {
			return nil, nil, fmt.Errorf("pattern %q: %v", arg, err)
		}
		if len(matches) == 0 {
			return nil, nil, fmt.Errorf("pattern %q matches no file", arg)
		}
		return matches, nil, nil
	case strings.HasSuffix(arg, ".py") || strings.ContainsRune(arg, filepath.Separator):
		if _, err := os.Stat(arg); err != nil {
			return nil, nil, err
		}
		return []string{arg}, nil, nil
	}
	return nil, []string{arg}, nil
}

// verifyOne compares one scenario under one interpreter. simulating, held
// while the simulator runs, lets callers that verify several at once keep
// the CPU-bound simulations from starving the real runs, whose timing
// margins are measured in wall-clock time.
func verifyOne(file string, py probe.Interpreter, simulating *sync.Mutex) verdict {
	name := strings.TrimSuffix(filepath.Base(file), ".py")
	v := verdict{scenario: name, python: py.Version.String()}
	src, err := os.ReadFile(file)
	if err != nil {
		v.outcome, v.detail = "error", err.Error()
		return v
	}
	sc, err := scenario.Parse(filepath.Base(file), src)
	if err != nil {
		v.outcome, v.detail = "error", err.Error()
		return v
	}
	if !sc.Verify {
		v.outcome, v.detail = "skip", "simulator-only: "+sc.VerifyReason
		return v
	}
	if !sc.MeantFor(py.Version) {
		v.outcome, v.detail = "skip", "the scenario is not meant for "+v.python
		return v
	}
	if err := py.Version.Validate(); err != nil {
		v.outcome, v.detail = "skip", err.Error()
		return v
	}
	simulating.Lock()
	simSnaps, err := simulate(file, src, py.Version)
	simulating.Unlock()
	if err != nil {
		v.outcome, v.detail = "error", "simulator: "+err.Error()
		return v
	}
	res, err := probe.Run(context.Background(), probe.Options{Python: py.Path, Scenario: file})
	if err != nil {
		v.outcome, v.detail = "error", "CPython "+py.Patch+": "+err.Error()
		return v
	}
	if d := checkpoint.Compare(res.Snapshots, simSnaps); d != nil {
		v.outcome = "DISAGREE"
		v.detail = d.Render("CPython "+py.Patch, "simulator") +
			fmt.Sprintf("reproduce: go run ./cmd/zombielab verify --python %s %s", v.python, name)
		return v
	}
	v.outcome = "agree"
	return v
}

func simulate(file string, src []byte, v cpython.Version) ([]checkpoint.Snapshot, error) {
	opt, _, err := sim.Load(filepath.Base(file), src, sim.Overrides{Python: v})
	if err != nil {
		return nil, err
	}
	s, err := sim.New(opt)
	if err != nil {
		return nil, err
	}
	s.RunToEnd()
	return s.Checkpoints(), nil
}
