// The whole run as steps: the last step of every scenario shows how the run
// really ended, and a program that fails shows its traceback and exit.

package playback

import (
	"fmt"
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/kernel"
)

// TestLastStepIsTheEnd walks every gallery scenario to its last step and
// checks that the snapshot there is the kernel's final process table and
// the whole terminal output, and that it says why the run stopped.
func TestLastStepIsTheEnd(t *testing.T) {
	for _, name := range galleryNames(t) {
		t.Run(name, func(t *testing.T) {
			o := sim.Overrides{}
			if testing.Short() {
				o.StepCap = 20_000
			}
			p := load(t, name, o)
			p.RunToEnd()
			last := p.Seek(p.Len() - 1)
			if !last.Final || last.Stop == sim.Running || last.OnLine {
				t.Fatalf("last step %d: final=%v stop=%v onLine=%v; want the stop record's step", last.Step, last.Final, last.Stop, last.OnLine)
			}
			if got, want := tableOf(last.Procs), kernelTable(p.System().Kernel()); got != want {
				t.Errorf("process table at the last step:\n%s\nkernel's final table:\n%s", got, want)
			}
			if got, want := consoleOf(last.Console), terminalOf(p.System().Kernel()); got != want {
				t.Errorf("console at the last step:\n%s\nkernel's terminal:\n%s", got, want)
			}
			if !strings.HasPrefix(last.Narration.EN, "The run") || last.Narration.ZH == "" {
				t.Errorf("last narration does not say how the run ended: %q / %q", last.Narration.EN, last.Narration.ZH)
			}
		})
	}
}

func tableOf(procs []Proc) string {
	var b strings.Builder
	for _, p := range procs {
		fmt.Fprintf(&b, "%d %d %s %s\n", p.PID, p.PPID, p.Stat, p.Cmdline)
	}
	return b.String()
}

func kernelTable(k *kernel.Kernel) string {
	var b strings.Builder
	for _, p := range k.Snapshot().Procs {
		fmt.Fprintf(&b, "%d %d %s %s\n", p.PID, p.PPID, p.Stat(), p.Cmdline)
	}
	return b.String()
}

func consoleOf(out []Output) string {
	var b strings.Builder
	for _, o := range out {
		fmt.Fprintf(&b, "%d %d %q\n", o.PID, o.FD, o.Text)
	}
	return b.String()
}

func terminalOf(k *kernel.Kernel) string {
	var b strings.Builder
	for _, o := range k.Terminal() {
		fmt.Fprintf(&b, "%d %d %q\n", o.PID, o.FD, o.Data)
	}
	return b.String()
}

// TestEndOfRun pins what the issue asked for, scenario by scenario: the
// end is shown, not just the last line.
func TestEndOfRun(t *testing.T) {
	t.Run("zombies-pile-up", func(t *testing.T) {
		p := load(t, "zombies-pile-up", sim.Overrides{})
		p.RunToEnd()
		last := p.Seek(p.Len() - 1)
		if !last.MainExited || last.MainStatus.ExitStatus() != 0 {
			t.Errorf("main exited=%v status=%v; want exited 0", last.MainExited, last.MainStatus)
		}
		for _, pr := range last.Procs {
			if pr.Role != "" {
				t.Errorf("family member %s (pid %d) still in the table at the end", pr.Role, pr.PID)
			}
		}
		reapedByInit := 0
		for i := 0; i < p.Len(); i++ {
			for _, e := range p.Seek(i).Events {
				if e.Kind == kernel.EventReap && e.PID == 1 {
					reapedByInit++
				}
			}
		}
		if reapedByInit != 3 {
			t.Errorf("init reaped %d processes over the run, want the 3 zombies", reapedByInit)
		}
		if !strings.Contains(consoleOf(last.Console), "leaving 3 zombies") {
			t.Errorf("console at the end lacks %q:\n%s", "leaving 3 zombies", consoleOf(last.Console))
		}
	})
	t.Run("fork-waitpid", func(t *testing.T) {
		p := load(t, "fork-waitpid", sim.Overrides{})
		p.RunToEnd()
		last := p.Seek(p.Len() - 1)
		var lines []string
		for _, o := range last.Console {
			lines = append(lines, o.Text)
		}
		if len(lines) != 3 {
			t.Errorf("console at the end has %d lines, want all 3: %q", len(lines), lines)
		}
	})
}

// TestFailingProgramEnds: a custom program whose import fails ends on steps
// that show the traceback and exit status 1, and the narration says why.
func TestFailingProgramEnds(t *testing.T) {
	src := "import os\nfrom multiprocessing import Poool\nprint('never')\n"
	p, err := Load("broken.py", []byte(src), sim.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	p.RunToEnd()
	last := p.Seek(p.Len() - 1)
	if !last.MainExited || last.MainStatus.ExitStatus() != 1 {
		t.Fatalf("main exited=%v status=%v; want exit status 1", last.MainExited, last.MainStatus)
	}
	want := "ImportError: cannot import name 'Poool' from 'multiprocessing'"
	if !strings.HasPrefix(last.MainUncaught, want) {
		t.Errorf("MainUncaught = %q, want it to start with %q", last.MainUncaught, want)
	}
	console := consoleOf(last.Console)
	if !strings.Contains(console, "Traceback (most recent call last)") || !strings.Contains(console, want) {
		t.Errorf("console at the end lacks the traceback:\n%s", console)
	}
	if !strings.Contains(last.Narration.EN, "ended: exited 1") || !strings.Contains(last.Narration.EN, want) {
		t.Errorf("last narration = %q; want the exit status and the exception", last.Narration.EN)
	}
	// The exit has a step of its own, before the end, that says why.
	exit := -1
	for i := 0; i < p.Len(); i++ {
		for _, e := range p.Seek(i).Events {
			if e.Kind == kernel.EventExit && e.PID == last.Main {
				exit = i
			}
		}
	}
	if exit < 0 || exit == p.Len()-1 {
		t.Fatalf("main's exit is at step %d of %d; want a step of its own before the end", exit, p.Len())
	}
	if n := p.Seek(exit).Narration.EN; !strings.Contains(n, want) {
		t.Errorf("exit step narration = %q; want the exception", n)
	}
}

// TestNarrationDatesOldEvents: a step over a long sleep tells the events
// that happened during it at their own time.
func TestNarrationDatesOldEvents(t *testing.T) {
	p := load(t, "fork-waitpid", sim.Overrides{})
	p.RunToEnd()
	dated := 0
	for i := 1; i < p.Len(); i++ {
		s := p.SeekFrom(0, i)
		for _, e := range s.Events {
			if e.Kind == kernel.EventExit && millis(p.rel(e.Time)) != millis(s.Time) {
				if !strings.Contains(s.Narration.EN, "at "+millis(p.rel(e.Time))+" s") && strings.Contains(s.Narration.EN, "exits") {
					t.Errorf("step %d at %s narrates an exit of %s without its time: %q", i, s.TimeText, millis(p.rel(e.Time)), s.Narration.EN)
				}
				dated++
			}
		}
	}
	if dated == 0 {
		t.Fatal("no step covered an exit from an earlier time; the test checks nothing")
	}
}
