package cpython

import (
	"fmt"
	"testing"
)

const modelledList = "3.8, 3.9, 3.10, 3.11, 3.12, 3.13, 3.14"

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     Version
		err      string
	}{
		{"minor", "3.11", Version{3, 11}, ""},
		{"oldest", "3.8", Version{3, 8}, ""},
		{"newest", "3.14", Version{3, 14}, ""},
		{"patch level dropped", "3.11.7", Version{3, 11}, ""},
		{"spaces trimmed", " 3.13\n", Version{3, 13}, ""},
		{"too old", "3.7", Version{}, "python 3.7 is not modelled: choose one of " + modelledList},
		{"too new", "3.15", Version{}, "python 3.15 is not modelled: choose one of " + modelledList},
		{"python 2", "2.7.18", Version{}, "python 2.7 is not modelled: choose one of " + modelledList},
		{"empty", "", Version{}, `python version "": want X.Y, one of ` + modelledList},
		{"major only", "3", Version{}, `python version "3": want X.Y, one of ` + modelledList},
		{"word", "three", Version{}, `python version "three": want X.Y, one of ` + modelledList},
		{"four parts", "3.11.7.1", Version{}, `python version "3.11.7.1": want X.Y, one of ` + modelledList},
		{"sign", "3.+11", Version{}, `python version "3.+11": want X.Y, one of ` + modelledList},
		{"negative", "3.-11", Version{}, `python version "3.-11": want X.Y, one of ` + modelledList},
		{"empty minor", "3.", Version{}, `python version "3.": want X.Y, one of ` + modelledList},
		{"bad patch", "3.11.x", Version{}, `python version "3.11.x": want X.Y, one of ` + modelledList},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse(tc.in)
			if tc.err == "" {
				if err != nil || got != tc.want {
					t.Errorf("Parse(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
				}
				return
			}
			if err == nil || err.Error() != tc.err {
				t.Errorf("Parse(%q) error = %v\nwant %s", tc.in, err, tc.err)
			}
			if !got.IsZero() {
				t.Errorf("Parse(%q) = %v with an error, want the zero Version", tc.in, got)
			}
		})
	}
}

func TestVersionsRoundTrip(t *testing.T) {
	vs := Versions()
	if len(vs) != 7 || vs[0] != (Version{3, 8}) || vs[len(vs)-1] != (Version{3, 14}) {
		t.Fatalf("Versions() = %v", vs)
	}
	for i, v := range vs {
		if got, err := Parse(v.String()); err != nil || got != v {
			t.Errorf("Parse(%q) = %v, %v", v, got, err)
		}
		if i > 0 && (!v.AtLeast(vs[i-1].Major, vs[i-1].Minor) || vs[i-1].AtLeast(v.Major, v.Minor)) {
			t.Errorf("%v and %v are not in order", vs[i-1], v)
		}
	}
	vs[0] = Version{9, 9}
	if Versions()[0] != (Version{3, 8}) {
		t.Error("changing the returned slice changed the modelled versions")
	}
	if err := Default().Validate(); err != nil {
		t.Errorf("the default is not modelled: %v", err)
	}
	if !(Version{}).IsZero() || Default().IsZero() {
		t.Error("IsZero")
	}
	if !(Version{4, 0}).AtLeast(3, 14) || (Version{3, 13}).AtLeast(3, 14) {
		t.Error("AtLeast compares the major version first")
	}
}

func TestParseStartMethod(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want StartMethod
		err  string
	}{
		{"fork", Fork, ""},
		{"spawn", Spawn, ""},
		{"forkserver", Forkserver, ""},
		{"default", MethodDefault, `start method "default": want fork, spawn or forkserver`},
		{"", MethodDefault, `start method "": want fork, spawn or forkserver`},
		{"Fork", MethodDefault, `start method "Fork": want fork, spawn or forkserver`},
		{"vfork", MethodDefault, `start method "vfork": want fork, spawn or forkserver`},
		{" spawn", MethodDefault, `start method " spawn": want fork, spawn or forkserver`},
	} {
		t.Run(fmt.Sprintf("%q", tc.in), func(t *testing.T) {
			got, err := ParseStartMethod(tc.in)
			if got != tc.want {
				t.Errorf("ParseStartMethod(%q) = %v, want %v", tc.in, got, tc.want)
			}
			switch {
			case tc.err == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.err != "" && (err == nil || err.Error() != tc.err):
				t.Errorf("error = %v\nwant %s", err, tc.err)
			}
			if err == nil && got.String() != tc.in {
				t.Errorf("%v.String() = %q, want %q", got, got.String(), tc.in)
			}
		})
	}
	if s := StartMethod(9).String(); s != "StartMethod(9)" {
		t.Errorf("out of range: %q", s)
	}
}

func TestDefaultMethod(t *testing.T) {
	for _, tc := range []struct {
		v    Version
		want StartMethod
	}{{Version{3, 8}, Fork}, {Version{3, 13}, Fork}, {Version{3, 14}, Forkserver}} {
		if got := tc.v.DefaultMethod(); got != tc.want {
			t.Errorf("%v.DefaultMethod() = %v, want %v", tc.v, got, tc.want)
		}
	}
}

func ExampleParse() {
	v, err := Parse("3.11.7")
	fmt.Println(v, err, v.AtLeast(3, 12), v.DefaultMethod())
	_, err = Parse("3.7")
	fmt.Println(err)
	// Output:
	// 3.11 <nil> false fork
	// python 3.7 is not modelled: choose one of 3.8, 3.9, 3.10, 3.11, 3.12, 3.13, 3.14
}
