// This file tests that unsupported constructs and unknown modules are
// rejected before running, with file:line:col, and never with a panic.

package pyvm

import (
	"strings"
	"testing"

	"zombielab/sim/pyast"
)

func TestRejected(t *testing.T) {
	cases := []struct {
		name, src, want string
	}{
		{"unknown module", "import os\nimport socket\n", "prog.py:2:8: module 'socket' is not supported by the simulator (supported: atexit, builtins, ctypes, errno, hashlib, itertools, math, os, os.path, select, signal, struct, sys, time, traceback, weakref)"},
		{"unknown from-module", "from json import dumps\n", "prog.py:1:1: module 'json' is not supported"},
		{"break outside loop", "break\n", "prog.py:1:1: 'break' outside loop"},
		{"return outside function", "return 1\n", "prog.py:1:1: 'return' outside function"},
		{"relative import", "from . import x\n", "prog.py:1:1: a relative import (from . import ...) is not supported"},
		{"class **kwargs", "class A(**kw):\n    pass\n", "prog.py:1:9: **kwargs in a class statement is not supported"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := New(Config{Host: newFakeSys().newProc(1)})
			err := in.RunMain("prog.py", []byte(tc.src), "__main__")
			if err == nil {
				t.Fatalf("accepted:\n%s", tc.src)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error\n got: %v\nwant prefix: %s", err, tc.want)
			}
		})
	}
}

// TestDecoratorGrammar38: before 3.9 a decorator is a dotted name with an
// optional call (PEP 614); CPython 3.8 says "invalid syntax".
func TestDecoratorGrammar38(t *testing.T) {
	src := "ds = [print]\n@ds[0]\ndef g():\n    pass\n"
	for _, v := range []Version{Py38, Py311} {
		in := New(Config{Host: newFakeSys().newProc(1), Version: v})
		err := in.RunMain("prog.py", []byte(src), "__main__")
		if v == Py38 && (err == nil || !strings.HasPrefix(err.Error(), "prog.py:2:2: invalid syntax (before Python 3.9")) {
			t.Errorf("3.8: got %v", err)
		}
		if v == Py311 && err != nil {
			t.Errorf("3.11: %v", err)
		}
	}
}

// TestLoaderModule imports a modelled pure-Python module: its lines are
// steps, and its globals live in sys.modules.
func TestLoaderModule(t *testing.T) {
	lib := "COUNT = 0\n\ndef bump():\n    global COUNT\n    COUNT += 1\n    return COUNT\n\nclass Thing:\n    pass\n"
	loader := func(name string) (string, []byte, bool) {
		switch name {
		case "pkg":
			return "pkg/__init__.py", []byte("NAME = 'pkg'\n"), true
		case "pkg.lib":
			return "pkg/lib.py", []byte(lib), true
		}
		return "", nil, false
	}
	src := "import pkg.lib\nfrom pkg.lib import bump, Thing\nimport sys\nbump()\nprint(pkg.NAME, pkg.lib.bump(), pkg.lib.COUNT, type(Thing()).__name__, 'pkg.lib' in sys.modules)\n"
	s := newFakeSys()
	p, err := s.spawn("main.py", src, Config{Loader: loader})
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for i := 0; i < 1000 && p.in.Run(0) == StopLine; i++ {
		fs := p.in.Frames()
		files = append(files, fs[len(fs)-1].File)
	}
	if got := s.stdout.String(); got != "pkg 2 2 Thing True\n" {
		t.Errorf("stdout = %q", got)
	}
	joined := strings.Join(files, " ")
	if !strings.Contains(joined, "pkg/lib.py") || !strings.Contains(joined, "pkg/__init__.py") {
		t.Errorf("module lines were not steps: %s", joined)
	}
}

// TestNativeFunctionsHidden: a library module's __zombielab_native__
// names the module-level functions CPython writes in C; they compile
// hidden (no line numbers, so no line events or traceback entries), and
// the module's other code does not.
func TestNativeFunctionsHidden(t *testing.T) {
	src := "__zombielab_native__ = ('c_func',)\n\ndef c_func():\n    return 1\n\nif True:\n    def py_func():\n        return 2\n\nclass K:\n    def c_func(self):\n        return 3\n"
	m, err := pyast.ParseFile("lib.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	code, err := compileModule(m, []byte(src), false, func(string) bool { return true }, Py313)
	if err != nil {
		t.Fatal(err)
	}
	// Code objects by path: "c_func" at module level, "K.c_func" in K.
	hidden := map[string]bool{}
	var walk func(c *Code, path string)
	walk = func(c *Code, path string) {
		for _, k := range c.Consts {
			if k, ok := k.(*Code); ok {
				p := path + k.Name
				hidden[p] = k.Hidden
				walk(k, p+".")
			}
		}
	}
	walk(code, "")
	if code.Hidden {
		t.Error("the module's own code is hidden")
	}
	want := map[string]bool{"c_func": true, "py_func": false, "K": false, "K.c_func": false}
	for name, h := range want {
		if got, ok := hidden[name]; !ok || got != h {
			t.Errorf("%s: hidden %v (found %v), want %v", name, got, ok, h)
		}
	}
}
