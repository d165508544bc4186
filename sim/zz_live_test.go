// The tests that start real CPython runs by the hundred come last in the
// package (go test runs files in name order), so that their budget
// (internal/testbudget) can give them whatever time the package's other
// tests left before go test's deadline.

package sim

import (
	"path/filepath"
	"strings"
	"testing"
	"zombielab/internal/testbudget"
)

// TestCorpusMatchesCPython checks the recorded files against the CPython
// versions installed here.
func TestCorpusMatchesCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	if *corpusRecord != "" {
		t.Skip("just recorded")
	}
	files := corpusFiles(t)
	// The programs mostly sleep and wait for their children, so several
	// run at once (a sequential pass over a few hundred runs took more
	// than go test's ten minutes on a busy machine); the results are
	// reported one subtest each, in order.
	type run struct {
		v    Version
		py   string
		file string
		got  corpusOutcome
		err  error
	}
	var runs []*run
	for _, v := range corpusVersions {
		py := corpusPython(v)
		if py == "" {
			t.Logf("CPython %s not installed: not checked", v)
			continue
		}
		for _, file := range files {
			runs = append(runs, &run{v: v, py: py, file: file})
		}
	}
	sem := make(chan struct{}, corpusParallel)
	done := make(chan struct{})
	budget := testbudget.New(t)
	started := runs[:0:0]
	for _, r := range runs {
		sem <- struct{}{}
		if !budget.Allow() {
			<-sem
			continue
		}
		started = append(started, r)
		go func() {
			r.got, r.err = runCorpusCPython(r.py, r.file)
			<-sem
			done <- struct{}{}
		}()
	}
	for range started {
		<-done
	}
	budget.Report()
	for _, r := range started {
		name := strings.TrimSuffix(filepath.Base(r.file), ".py")
		t.Run(r.v.String()+"/"+name, func(t *testing.T) {
			want, err := readExpected(strings.TrimSuffix(r.file, ".py") + ".expected")
			if err != nil {
				t.Fatal(err)
			}
			if r.err != nil {
				t.Fatal(r.err)
			}
			if r.got.text() != want[r.v].text() {
				t.Errorf("%s no longer prints what %s.expected records\n--- now\n%s--- recorded\n%s", r.py, name, r.got.text(), want[r.v].text())
			}
		})
	}
}
