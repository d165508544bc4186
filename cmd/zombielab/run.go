// zombielab run: simulate one scenario and show it as a terminal, a trace, a
// ps table, JSON, or checkpoint snapshots.

package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"zombielab/content"
	"zombielab/sim"
	"zombielab/sim/checkpoint"
	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
	"zombielab/sim/scenario"
)

type runFlags struct {
	python, method, until, psAt string
	seed                        uint64
	stepCap                     int
	trace, json, checkpoints    bool
	locals                      bool
}

func runCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f runFlags
	fs.StringVar(&f.python, "python", "", "CPython version to model (3.8 … 3.14; default: the scenario's, else "+cpython.Default().String()+")")
	fs.StringVar(&f.method, "method", "", "multiprocessing start method: fork, spawn or forkserver (default: the scenario's, else the version's)")
	fs.Var((*seedFlag)(&f.seed), "seed", "seed for jittered costs, 0 to 18446744073709551615 (0: the middle of every cost range)")
	fs.StringVar(&f.until, "until", "", "stop at this logical time after the first line, e.g. 5s or 800ms")
	fs.IntVar(&f.stepCap, "step-cap", sim.DefaultStepCap, "stop after this many executed lines")
	fs.BoolVar(&f.trace, "trace", false, "print every event line instead of the program's output")
	fs.BoolVar(&f.json, "json", false, "print the whole trace as JSON")
	fs.BoolVar(&f.locals, "locals", false, "with --trace or --json: also record the variables of the program's innermost frame whenever they change")
	fs.BoolVar(&f.checkpoints, "checkpoints", false, "print one JSON snapshot per checkpoint reached (docs/CHECKPOINTS.md)")
	fs.StringVar(&f.psAt, "ps-at", "", "print a ps table of the process family at this logical time, e.g. 2.5s")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: zombielab run FILE.py|NAME [flags]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(reorder(args)); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	name, src, err := readScenario(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "zombielab run: %v\n", err)
		return 2
	}
	over, err := f.overrides()
	if err != nil {
		fmt.Fprintf(stderr, "zombielab run: %v\n", err)
		return 2
	}
	opt, _, err := sim.Load(name, src, over)
	if err != nil {
		fmt.Fprintf(stderr, "%v\n", err)
		return 2
	}
	s, err := sim.New(opt)
	if err != nil {
		fmt.Fprintf(stderr, "%v\n", err)
		return 2
	}
	// Every output but --ps-at is written as the run goes, record by
	// record, so a long run needs no more memory than its trace.
	w := &streamer{t: s.Trace(), stdout: stdout, stderr: stderr}
	switch {
	case f.trace:
		w.each = w.traceLine
	case f.json:
		// The checkpoints close the document, after every record: they
		// wait in a spool file as the run goes (Forget releases them).
		w.each, w.end = w.jsonRecord, w.jsonEnd
		w.spool = newSpool()
		defer w.spool.close()
		io.WriteString(stdout, "{\n \"records\": [")
	case f.checkpoints:
		w.each = w.checkpoint
	case f.psAt != "":
	default:
		w.each, w.anytime = w.terminal, true
		w.only, w.filtered = sim.RecOutput, true
	}
	for s.Step() {
		w.flush(false)
		// What is written is not read again: memory stays bounded.
		s.Forget(w.written())
	}
	reason := s.Stopped()
	w.flush(true)
	if w.end != nil {
		w.end()
	}
	if f.psAt != "" {
		fmt.Fprint(stdout, kernel.FormatPS(s.Kernel().Snapshot()))
	}
	if w.err != nil {
		fmt.Fprintf(stderr, "zombielab run: %v\n", w.err)
		return 1
	}
	if msg := stopNote(reason, opt); msg != "" {
		fmt.Fprintln(stderr, msg)
	}
	return s.MainExitCode()
}

// reorder lets flags follow the file name, as users type them
// (`run seed-loop --python 3.11`).
func reorder(args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if strings.HasPrefix(a, "-") && len(a) > 1 {
			flags = append(flags, a)
			if !strings.Contains(a, "=") && i+1 < len(args) && takesValue(a) {
				flags = append(flags, args[i+1])
				i++
			}
			continue
		}
		rest = append(rest, a)
	}
	return append(flags, rest...)
}

func takesValue(flagName string) bool {
	switch strings.TrimLeft(flagName, "-") {
	case "trace", "json", "checkpoints", "locals":
		return false
	}
	return true
}

func (f runFlags) overrides() (sim.Overrides, error) {
	var o sim.Overrides
	o.Seed, o.StepCap, o.Locals = f.seed, f.stepCap, f.locals
	var err error
	if f.python != "" {
		if o.Python, err = cpython.Parse(f.python); err != nil {
			return o, fmt.Errorf("--python: %v", err)
		}
	}
	if f.method != "" {
		if o.Method, err = cpython.ParseStartMethod(f.method); err != nil {
			return o, fmt.Errorf("--method: %v", err)
		}
	}
	if f.stepCap < 1 {
		return o, fmt.Errorf("--step-cap %d: want a number of executed lines, at least 1", f.stepCap)
	}
	until, name := f.until, "--until"
	if f.psAt != "" {
		until, name = f.psAt, "--ps-at"
	}
	if until != "" {
		d, err := scenario.ParseDuration(until)
		if err != nil {
			return o, fmt.Errorf("%s: %v", name, err)
		}
		if d == 0 {
			return o, fmt.Errorf("%s 0s: want a time after the first line, such as 2.5s", name)
		}
		o.Until = kernel.Duration(d)
	}
	return o, nil
}

// seedFlag reads --seed as a uint64 and says what it wants when the value
// is out of range or not a number.
type seedFlag uint64

func (s *seedFlag) String() string { return strconv.FormatUint(uint64(*s), 10) }

func (s *seedFlag) Set(v string) error {
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return fmt.Errorf("want a whole number from 0 to %d", uint64(math.MaxUint64))
	}
	*s = seedFlag(n)
	return nil
}

// readScenario reads a file path, or a gallery scenario by name.
func readScenario(arg string) (string, []byte, error) {
	if strings.HasSuffix(arg, ".py") || strings.ContainsRune(arg, filepath.Separator) {
		src, err := os.ReadFile(arg)
		if err != nil {
			return "", nil, err
		}
		return filepath.Base(arg), src, nil
	}
	src, err := galleryScenario(arg)
	if err != nil {
		return "", nil, err
	}
	return arg + ".py", src, nil
}

func stopNote(r sim.StopReason, opt sim.Options) string {
	switch r {
	case sim.ReachedCap:
		return fmt.Sprintf("zombielab: stopped at the step cap (%d executed lines; work inside a line counts too: a builtin's iterations, code it calls back, copies; raise it with --step-cap)", opt.StepCap)
	case sim.Deadlock:
		return "zombielab: stopped: every remaining process sleeps forever (a wait, read or sigwait that nothing will end)"
	}
	return ""
}

// streamer writes the trace's records as the run appends them. Records that
// carry a time wait until the main process's first line fixes the origin
// (Trace.Started); the terminal's output does not.
type streamer struct {
	t              *sim.Trace
	stdout, stderr io.Writer
	each           func(i int, r sim.Record)
	end            func()
	anytime        bool // each needs no times: write before the origin is known
	// only is the one kind of record each wants, when filtered (the
	// others are skipped without being unpacked).
	only      sim.RecordKind
	filtered  bool
	next      int // the next record to write
	jsonCount int
	spool     *spool // --json: the checkpoints written so far
	err       error
}

// flush writes the records appended since the last call; final writes
// them even if the main process never ran a line (no origin but 0).
func (w *streamer) flush(final bool) {
	if w.each == nil || (!w.anytime && !w.t.Started() && !final) {
		return
	}
	for ; w.next < w.t.Len() && w.err == nil; w.next++ {
		if w.filtered && w.t.KindAt(w.next) != w.only {
			continue
		}
		w.each(w.next, w.t.At(w.next))
	}
}

// written is how many records are written and will not be read again
// (all of them when no record is written: --ps-at reads the kernel).
func (w *streamer) written() int {
	if w.each == nil {
		return w.t.Len()
	}
	return w.next
}

func (w *streamer) traceLine(i int, _ sim.Record) {
	if line := w.t.Line(i); line != "" { // state facts have no line
		_, w.err = fmt.Fprintln(w.stdout, line)
	}
}

// terminal prints what the processes wrote, in simulated time order, as a
// terminal running real CPython would show it.
func (w *streamer) terminal(_ int, r sim.Record) {
	if r.Kind != sim.RecOutput {
		return
	}
	e := w.t.Event(r)
	out := w.stdout
	if e.FD == 2 {
		out = w.stderr
	}
	_, w.err = io.WriteString(out, e.Data)
}

func (w *streamer) checkpoint(_ int, r sim.Record) {
	if r.Kind == sim.RecCheckpoint {
		_, w.err = w.stdout.Write(append(checkpoint.Marshal(w.t.Checkpoint(r)), '\n'))
	}
}

// jsonRecord writes one record of the --json document, one per line, and
// spools a checkpoint's snapshot for the document's end.
func (w *streamer) jsonRecord(_ int, r sim.Record) {
	b, err := json.Marshal(jsonOf(w.t, r))
	if err != nil {
		w.err = err
		return
	}
	if r.Kind == sim.RecCheckpoint {
		c, err := json.Marshal(w.t.Checkpoint(r))
		if err != nil {
			w.err = err
			return
		}
		if w.err = w.spool.add(c); w.err != nil {
			return
		}
	}
	sep := ",\n  "
	if w.jsonCount == 0 {
		sep = "\n  "
	}
	w.jsonCount++
	_, w.err = io.WriteString(w.stdout, sep+string(b))
}

// jsonEnd closes the records and writes the spooled checkpoints: the
// array json.Marshal makes of them.
func (w *streamer) jsonEnd() {
	if w.err != nil {
		return
	}
	if _, w.err = io.WriteString(w.stdout, "\n ],\n \"checkpoints\": ["); w.err != nil {
		return
	}
	if w.err = w.spool.copyTo(w.stdout); w.err != nil {
		return
	}
	_, w.err = io.WriteString(w.stdout, "]\n}\n")
}

type jsonRecord struct {
	Kind  string `json:"kind"`
	T     string `json:"t"`
	PID   int    `json:"pid,omitempty"`
	File  string `json:"file,omitempty"`
	Line  int    `json:"line,omitempty"`
	Func  string `json:"func,omitempty"`
	Depth int    `json:"depth,omitempty"`
	Event string `json:"event,omitempty"`
	FD    int    `json:"fd,omitempty"`
	Text  string `json:"text,omitempty"`
	// Vars are a "locals" record's variables, in order.
	Vars []jsonVar `json:"vars,omitempty"`
	// Step marks the records a player stops at (sim.Record.Step): every
	// line, and the last record of each group of events with no line.
	Step bool `json:"step,omitempty"`
}

func jsonOf(t *sim.Trace, r sim.Record) jsonRecord {
	j := jsonRecord{Kind: r.Kind.String(), T: sim.FormatTime(t.Rel(r.Time)), PID: int(r.PID), Step: r.Step}
	switch r.Kind {
	case sim.RecLine:
		top := t.Top(r)
		j.File, j.Line, j.Func, j.Depth = top.File, top.Line, top.Func, len(t.Frames(r))
	case sim.RecKernel, sim.RecState:
		e := t.Event(r)
		j.Event, j.Text = e.Kind.String(), e.Body()
	case sim.RecOutput:
		e := t.Event(r)
		j.FD, j.Text = e.FD, e.Data
	case sim.RecStop:
		j.Text = t.Stop(r).String()
	case sim.RecRole:
		j.Text = t.Role(r)
	case sim.RecCheckpoint:
		j.Text = t.Checkpoint(r).Label
	case sim.RecUncaught:
		j.Text = t.Uncaught(r)
	case sim.RecChildren:
		j.Text = fmt.Sprint(t.Children(r))
	case sim.RecLocals:
		l := t.Locals(r)
		j.Func = l.Func
		j.Vars = []jsonVar{}
		for _, v := range l.Vars {
			j.Vars = append(j.Vars, jsonVar{v.Name, v.Value})
		}
	}
	return j
}

// jsonVar is one variable of a "locals" record: its name and a glimpse of
// its value (at most about 60 bytes).
type jsonVar struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

func galleryScenario(name string) ([]byte, error) {
	src, err := content.Scenario(name)
	if err != nil {
		return nil, fmt.Errorf("%q is neither a .py file nor a gallery scenario (gallery: %s)", name, strings.Join(content.Names(), ", "))
	}
	return src, nil
}
