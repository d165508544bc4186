// This file runs the language programs of testdata/lang (issue 14: what
// learners paste) under several modelled versions. Each program's golden
// file holds one section per group of versions that print the same thing:
//
//	=== 3.8
//	--- stdout
//	...
//	=== 3.11 3.13
//	--- stdout
//	...
//
// go test -update rewrites the golden files from the VM;
// TestLangMatchesCPython checks every section's stdout, stderr (paths cut
// to file names) and exit status against the real CPython of each
// version, so a golden file is a record of what CPython prints.

package pyvm

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"zombielab/internal/golden"
)

// langVersions are the versions every language program runs under.
var langVersions = []Version{Py38, Py311, Py313}

func langFiles(t *testing.T) []string {
	files, err := filepath.Glob("testdata/lang/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no language programs: %v", err)
	}
	return files
}

// langLoader serves testdata/lang/lib/NAME.py, stand-ins for the few
// library modules the programs import (CPython has its own).
func langLoader(module string) (string, []byte, bool) {
	file := filepath.Join("testdata", "lang", "lib", module+".py")
	src, err := os.ReadFile(file)
	if err != nil {
		return "", nil, false
	}
	return module + ".py", src, true
}

// runLang runs a program on the fake host as version v.
func runLang(file string, src []byte, v Version) result {
	s := newFakeSys()
	p, err := s.spawn(filepath.Base(file), string(src), Config{Version: v, Loader: langLoader})
	if err != nil {
		return result{err: err}
	}
	err = s.run(200000)
	return result{stdout: s.stdout.String(), stderr: s.stderr.String(), status: p.status, err: err}
}

// langGolden renders the results by version, merging versions whose
// output is the same.
func langGolden(results []result) string {
	texts := make([]string, len(results))
	for i, r := range results {
		texts[i] = goldenText(r)
	}
	return versionSections(langVersions, texts)
}

// versionSections renders one section per group of versions whose texts
// are the same ("=== 3.11 3.13\n" and the text), in the order of versions.
func versionSections(versions []Version, texts []string) string {
	var b strings.Builder
	done := make([]bool, len(texts))
	for i := range texts {
		if done[i] {
			continue
		}
		names := []string{versions[i].String()}
		for j := i + 1; j < len(texts); j++ {
			if !done[j] && texts[j] == texts[i] {
				done[j] = true
				names = append(names, versions[j].String())
			}
		}
		fmt.Fprintf(&b, "=== %s\n%s", strings.Join(names, " "), texts[i])
	}
	return b.String()
}

// versionSection is the text of version v's section of a golden file.
func versionSection(golden string, v Version) (string, bool) {
	for _, sec := range strings.Split(golden, "=== ")[1:] {
		head, body, _ := strings.Cut(sec, "\n")
		for _, name := range strings.Fields(head) {
			if name == v.String() {
				return body, true
			}
		}
	}
	return "", false
}

// langSection finds the golden section of version v: stdout, stderr, status.
func langSection(golden string, v Version) (stdout, stderr string, status int, ok bool) {
	body, ok := versionSection(golden, v)
	if !ok {
		return "", "", 0, false
	}
	stdout = body[len("--- stdout\n"):strings.Index(body, "--- stderr\n")]
	stderr = body[strings.Index(body, "--- stderr\n")+len("--- stderr\n") : strings.Index(body, "--- status\n")]
	fmt.Sscan(body[strings.Index(body, "--- status\n")+len("--- status\n"):], &status)
	return stdout, stderr, status, true
}

func TestLang(t *testing.T) {
	for _, file := range langFiles(t) {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var results []result
			for _, v := range langVersions {
				results = append(results, runLang(file, src, v))
			}
			got := langGolden(results)
			golden.CheckString(t, strings.TrimSuffix(file, ".py")+".golden", got)
		})
	}
}

func TestLangMatchesCPython(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	for _, v := range langVersions {
		py := cpythonFor(v)
		if py == "" {
			continue
		}
		for _, file := range langFiles(t) {
			t.Run(v.String()+"/"+filepath.Base(file), func(t *testing.T) {
				compareLang(t, py, file, v)
			})
		}
	}
}

func compareLang(t *testing.T, py, file string, v Version) {
	want, err := os.ReadFile(strings.TrimSuffix(file, ".py") + ".golden")
	if err != nil {
		t.Fatal(err)
	}
	simOut, simErr, simStatus, ok := langSection(string(want), v)
	if !ok {
		t.Fatalf("no section for %s in the golden file", v)
	}
	cmd := exec.Command(py, filepath.Base(file))
	cmd.Dir = filepath.Dir(file)
	var stdout, stderr strings.Builder
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	err = cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	if simOut != stdout.String() || simStatus != status {
		t.Errorf("simulator and CPython %s differ\n--- simulator (status %d)\n%s--- cpython (status %d)\n%s", py, simStatus, simOut, status, stdout.String())
	}
	if got := caretStderr(stderr.String()); caretStderr(simErr) != got {
		t.Errorf("stderr differs from CPython %s\n--- simulator\n%s--- cpython\n%s", py, simErr, got)
	}
}
