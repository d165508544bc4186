// This file tests the errors of a with statement on an object that is not
// a context manager, in every modelled version (3.8, 3.11 and 3.13 are also
// checked against CPython by testdata/lang/with_errors.py; 3.14 is not
// installed here, its wording comes from its Python/ceval.c).

package pyvm

import "testing"

func TestWithErrorsByVersion(t *testing.T) {
	src := `class Neither: pass
class EnterOnly:
    def __enter__(self): return self
class ExitOnly:
    def __exit__(self, *a): pass
for o in [Neither(), EnterOnly(), ExitOnly()]:
    try:
        with o:
            pass
    except Exception as e:
        print(type(e).__name__, e)
`
	cases := []struct {
		v    Version
		want string
	}{
		{Py38, "AttributeError __enter__\nAttributeError __exit__\nAttributeError __enter__\n"},
		{Py311, "TypeError 'Neither' object does not support the context manager protocol\n" +
			"TypeError 'EnterOnly' object does not support the context manager protocol (missed __exit__ method)\n" +
			"TypeError 'ExitOnly' object does not support the context manager protocol\n"},
		{Py313, "TypeError 'Neither' object does not support the context manager protocol\n" +
			"TypeError 'EnterOnly' object does not support the context manager protocol (missed __exit__ method)\n" +
			"TypeError 'ExitOnly' object does not support the context manager protocol\n"},
		{Py314, "TypeError 'Neither' object does not support the context manager protocol (missed __exit__ method)\n" +
			"TypeError 'EnterOnly' object does not support the context manager protocol (missed __exit__ method)\n" +
			"TypeError 'ExitOnly' object does not support the context manager protocol (missed __enter__ method)\n"},
	}
	for _, tc := range cases {
		t.Run(tc.v.String(), func(t *testing.T) {
			r := runSource(t, src, Config{Version: tc.v})
			if r.err != nil || r.stdout != tc.want {
				t.Errorf("got %q (%v), want %q", r.stdout, r.err, tc.want)
			}
		})
	}
}
