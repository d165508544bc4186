package checkpoint

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"zombielab/internal/golden"
)

func TestRoleLess(t *testing.T) {
	want := []string{"main", "forkserver", "resource_tracker", "p1", "p1.1", "p1.1.1", "p1.2", "p1.10", "p2", "p9", "p10", "p10.1", "p11", "px", "zzz"}
	for _, tc := range []struct {
		name string
		in   []string
	}{
		{"already sorted", append([]string(nil), want...)},
		{"reversed", reversed(want)},
		{"lexicographic order is wrong", sortedBytes(want)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sort.SliceStable(tc.in, func(i, j int) bool { return RoleLess(tc.in[i], tc.in[j]) })
			if !reflect.DeepEqual(tc.in, want) {
				t.Errorf("got %v\nwant %v", tc.in, want)
			}
		})
	}
	for _, tc := range []struct{ a, b string }{{"p1", "p1"}, {"main", "main"}, {"p01", "p01"}} {
		if RoleLess(tc.a, tc.b) {
			t.Errorf("RoleLess(%q, %q) = true, want false (irreflexive)", tc.a, tc.b)
		}
	}
}

func reversed(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

func sortedBytes(s []string) []string {
	out := append([]string(nil), s...)
	sort.Strings(out)
	return out
}

func TestChildRole(t *testing.T) {
	for _, tc := range []struct {
		parent string
		n      int
		want   string
	}{{"main", 1, "p1"}, {"main", 12, "p12"}, {"p3", 2, "p3.2"}, {"p3.2", 1, "p3.2.1"}} {
		if got := ChildRole(tc.parent, tc.n); got != tc.want || !IsChildRole(got) {
			t.Errorf("ChildRole(%q, %d) = %q, want %q", tc.parent, tc.n, got, tc.want)
		}
	}
	for _, bad := range []string{"p", "p0", "p01", "p1.", "p1..2", "main", "q1"} {
		if IsChildRole(bad) {
			t.Errorf("IsChildRole(%q) = true", bad)
		}
	}
}

func TestMarshal(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   Snapshot
		want string
	}{
		{"contract example",
			Snapshot{Label: "tick#2", TMs: 1003, Procs: []Proc{{"p2", "main", "zombie"}, {"main", "outside", "alive"}}, Children: []string{"p2"}},
			`{"label":"tick#2","t_ms":1003,"procs":[{"role":"main","ppid":"outside","state":"alive"},{"role":"p2","ppid":"main","state":"zombie"}],"children":["p2"]}`},
		{"empty children are [] not null",
			Snapshot{Label: "a#1", Procs: []Proc{{"main", "outside", "alive"}}},
			`{"label":"a#1","t_ms":0,"procs":[{"role":"main","ppid":"outside","state":"alive"}],"children":[]}`},
		{"children sorted numerically",
			Snapshot{Label: "b#3", Procs: []Proc{{"main", "outside", "alive"}}, Children: []string{"p10", "p9", "p2"}},
			`{"label":"b#3","t_ms":0,"procs":[{"role":"main","ppid":"outside","state":"alive"}],"children":["p2","p9","p10"]}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(Marshal(tc.in))
			if got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if strings.Contains(got, "\n") {
				t.Errorf("Marshal output spans lines")
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	in := []Snapshot{
		{Label: "start#1", TMs: 0, Procs: []Proc{{"main", "outside", "alive"}}, Children: []string{}},
		{Label: "tick#1", TMs: 501, Procs: []Proc{{"main", "outside", "alive"}, {"resource_tracker", "main", "alive"}, {"forkserver", "main", "alive"}, {"p1", "forkserver", "zombie"}, {"p1.1", "init", "alive"}}, Children: []string{"p1"}},
	}
	var buf bytes.Buffer
	buf.WriteString("hello from the scenario\n{not json\n{\"other\":1}\n\n")
	for _, s := range in {
		buf.Write(Marshal(s))
		buf.WriteString("\n")
	}
	got, err := ParseStream(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for i := range in {
		in[i].Normalize()
	}
	if !reflect.DeepEqual(got, in) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, in)
	}
}

func TestParseStreamErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"unknown field", "x\n{\"label\":\"a#1\",\"pid\":3}\n", "line 2"},
		{"wrong type", "{\"label\":\"a#1\",\"t_ms\":\"soon\"}\n", "line 1"},
		{"empty label", "{\"label\":\"\"}\n", "empty label"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseStream(strings.NewReader(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}

func snap(label string, tms int64, children []string, procs ...Proc) Snapshot {
	return Snapshot{Label: label, TMs: tms, Procs: procs, Children: children}
}

var (
	mainP   = Proc{"main", "outside", "alive"}
	p1Z     = Proc{"p1", "main", "zombie"}
	p1A     = Proc{"p1", "main", "alive"}
	p2Z     = Proc{"p2", "main", "zombie"}
	tracker = Proc{"resource_tracker", "main", "alive"}
)

func TestCompare(t *testing.T) {
	base := []Snapshot{snap("tick#1", 500, []string{"p1"}, mainP, p1Z), snap("tick#2", 1500, []string{"p2"}, mainP, p2Z)}
	for _, tc := range []struct {
		name   string
		b      []Snapshot
		index  int
		reason Reason // 0: agree
	}{
		{"identical", base, 0, 0},
		{"t_ms ignored", []Snapshot{snap("tick#1", 7, []string{"p1"}, mainP, p1Z), snap("tick#2", 9, []string{"p2"}, mainP, p2Z)}, 0, 0},
		{"proc order ignored", []Snapshot{snap("tick#1", 500, []string{"p1"}, p1Z, mainP), base[1]}, 0, 0},
		{"duplicate proc is the same set", []Snapshot{snap("tick#1", 500, []string{"p1"}, p1Z, mainP, p1Z), base[1]}, 0, 0},
		{"state differs", []Snapshot{snap("tick#1", 500, []string{"p1"}, mainP, p1A), base[1]}, 0, ReasonProcs},
		{"extra helper", []Snapshot{base[0], snap("tick#2", 1500, []string{"p2"}, mainP, tracker, p2Z)}, 1, ReasonProcs},
		{"children differ", []Snapshot{base[0], snap("tick#2", 1500, []string{"p1", "p2"}, mainP, p2Z)}, 1, ReasonChildren},
		{"label differs", []Snapshot{base[0], snap("tock#1", 1500, []string{"p2"}, mainP, p2Z)}, 1, ReasonLabel},
		{"shorter", base[:1], 1, ReasonMissing},
		{"longer", append(append([]Snapshot(nil), base...), base[0]), 2, ReasonMissing},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Compare(base, tc.b)
			if tc.reason == 0 {
				if d != nil {
					t.Fatalf("want agreement, got\n%s", d)
				}
				return
			}
			if d == nil {
				t.Fatalf("want %v at %d, got agreement", tc.reason, tc.index)
			}
			if d.Index != tc.index || d.Reason != tc.reason {
				t.Errorf("got %v at %d, want %v at %d", d.Reason, d.Index, tc.reason, tc.index)
			}
		})
	}
}

// TestRender checks the side-by-side rendering against testdata/*.golden;
// run with -update to rewrite them and review the diff.
func TestRender(t *testing.T) {
	for _, tc := range []struct {
		name string
		a, b []Snapshot
	}{
		{"procs", []Snapshot{snap("tick#1", 500, []string{"p1"}, mainP, p1Z)},
			[]Snapshot{snap("tick#1", 512, []string{"p1"}, mainP, tracker, p1A)}},
		{"children", []Snapshot{snap("tick#1", 500, []string{"p1"}, mainP, p1Z)},
			[]Snapshot{snap("tick#1", 500, []string{"p1", "p2"}, mainP, p1Z)}},
		{"missing", []Snapshot{snap("tick#1", 500, []string{"p1"}, mainP, p1Z), snap("tick#2", 1500, []string{"p2"}, mainP, p2Z)},
			[]Snapshot{snap("tick#1", 500, []string{"p1"}, mainP, p1Z)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := Compare(tc.a, tc.b)
			if d == nil {
				t.Fatal("streams agree")
			}
			golden.CheckString(t, filepath.Join("testdata", "render-"+tc.name+".golden"), d.Render("simulator", "real"))
		})
	}
}

func ExampleCompare() {
	sim := []Snapshot{{Label: "tick#1", Procs: []Proc{{"main", "outside", "alive"}, {"p1", "main", "zombie"}}, Children: []string{"p1"}}}
	real := []Snapshot{{Label: "tick#1", TMs: 503, Procs: []Proc{{"p1", "main", "zombie"}, {"main", "outside", "alive"}}, Children: []string{"p1"}}}
	fmt.Println(Compare(sim, real) == nil)
	real[0].Procs[0].State = "alive"
	fmt.Print(Compare(sim, real).Render("simulator", "real"))
	// Output:
	// true
	// first difference at checkpoint 1 (processes differ; 1 vs 1 checkpoints)
	//   simulator                                | real
	//   label tick#1                             | label tick#1
	//   main             ppid=outside     alive  | main             ppid=outside     alive
	// ! p1               ppid=main        zombie | p1               ppid=main        alive
	//   children [p1]                            | children [p1]
}

func ExampleMarshal() {
	s := Snapshot{Label: "tick#2", TMs: 1003, Procs: []Proc{{"p2", "main", "zombie"}, {"main", "outside", "alive"}}, Children: []string{"p2"}}
	fmt.Println(string(Marshal(s)))
	// Output:
	// {"label":"tick#2","t_ms":1003,"procs":[{"role":"main","ppid":"outside","state":"alive"},{"role":"p2","ppid":"main","state":"zombie"}],"children":["p2"]}
}

// FuzzParseStream: whatever the input, every snapshot ParseStream accepts
// survives Marshal → ParseStream unchanged and agrees with itself.
func FuzzParseStream(f *testing.F) {
	f.Add([]byte(`{"label":"tick#2","t_ms":1003,"procs":[{"role":"main","ppid":"outside","state":"alive"}],"children":["p2"]}`))
	f.Add([]byte("noise\n{\"label\":\"a#1\",\"procs\":null}\n{}\n"))
	f.Fuzz(func(t *testing.T, in []byte) {
		snaps, err := ParseStream(bytes.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		for _, s := range snaps {
			buf.Write(Marshal(s))
			buf.WriteByte('\n')
		}
		again, err := ParseStream(&buf)
		if err != nil {
			t.Fatalf("re-parse: %v\n%s", err, buf.Bytes())
		}
		if !reflect.DeepEqual(snaps, again) {
			t.Fatalf("round trip changed the stream:\n%+v\n%+v", snaps, again)
		}
		if d := Compare(snaps, again); d != nil {
			t.Fatalf("a stream disagrees with itself:\n%s", d)
		}
	})
}
