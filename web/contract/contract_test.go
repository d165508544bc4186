package contract

import (
	"errors"
	"strings"
	"testing"

	"zombielab/sim"
	"zombielab/sim/playback"
)

func TestPositionOf(t *testing.T) {
	tests := []struct {
		name      string
		src       string
		line, col int
	}{
		{"syntax", "import os\nx = (1,\n", 2, 5},
		{"unsupported", "import os\n\nasync def f():\n    pass\n", 3, 1},
		{"header", "# zombielab: method=thread\nimport os\n", 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			opt, _, err := sim.Load("custom.py", []byte(tc.src), sim.Overrides{})
			if err == nil {
				_, err = sim.New(opt)
			}
			if err == nil {
				t.Fatal("the scenario loaded; want an error")
			}
			le := PositionOf(err)
			if le.Line != tc.line || (tc.col != 0 && le.Col != tc.col) || le.Col == 0 {
				t.Errorf("PositionOf(%v) = line %d col %d, want line %d col %d", err, le.Line, le.Col, tc.line, tc.col)
			}
		})
	}
	if le := PositionOf(errors.New("plain")); le.Line != 0 || le.Message != "plain" {
		t.Errorf("an error without a position: %+v", le)
	}
}

func TestLatestException(t *testing.T) {
	tb := "Traceback (most recent call last):\n  File \"exc.py\", line 7, in <module>\n    f(0)\n" +
		"  File \"exc.py\", line 4, in f\n    return 1 / x\nZeroDivisionError: division by zero\n"
	tests := []struct {
		name    string
		console []playback.Output
		want    Exception
		ok      bool
	}{
		{"none", []playback.Output{{PID: 1001, FD: 1, Text: "parent\n"}}, Exception{}, false},
		{"whole", []playback.Output{{PID: 1001, FD: 1, Text: "parent\n"}, {PID: 1002, FD: 2, Text: tb}},
			Exception{PID: 1002, Line: 4, Message: "ZeroDivisionError: division by zero"}, true},
		{"in pieces, interleaved", []playback.Output{
			{PID: 1002, FD: 2, Text: tb[:40]}, {PID: 1001, FD: 1, Text: "x\n"}, {PID: 1002, FD: 2, Text: tb[40:]}},
			Exception{PID: 1002, Line: 4, Message: "ZeroDivisionError: division by zero"}, true},
		{"carets (3.11+)", []playback.Output{{PID: 1002, FD: 2, Text: "Traceback (most recent call last):\n  File \"exc.py\", line 9, in <module>\n    print(f(0))\n          ^^^^\n" +
			"  File \"exc.py\", line 4, in f\n    return '你好' + x\n           ~~~~~~~^~~\nTypeError: no\n"}},
			Exception{PID: 1002, Line: 4, Col: 8, Message: "TypeError: no"}, true},
		{"carets in a frame before, none in the last", []playback.Output{{PID: 1002, FD: 2, Text: "Traceback (most recent call last):\n  File \"exc.py\", line 9, in <module>\n    print(f(0))\n          ^^^^\n" +
			"  File \"exc.py\", line 4, in f\n    raise E\nE\n"}},
			Exception{PID: 1002, Line: 4, Message: "E"}, true},
		{"library only", []playback.Output{{PID: 1003, FD: 2, Text: "Traceback (most recent call last):\n  File \"/usr/lib/python3.13/multiprocessing/process.py\", line 3\nValueError: no\n"}},
			Exception{PID: 1003, Message: "ValueError: no"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := LatestException(tc.console, "exc.py")
			if ok != tc.ok || got != tc.want {
				t.Errorf("got %+v %v, want %+v %v", got, ok, tc.want, tc.ok)
			}
		})
	}
}

// TestLatestExceptionFromARun: the traceback the simulator really prints
// (the parent goes on, so a later step shows the child's traceback).
func TestLatestExceptionFromARun(t *testing.T) {
	src := "import os\nimport time\n\ndef f(x):\n    return 1 / x\n\nif os.fork() == 0:\n    f(0)\ntime.sleep(1)\nprint('parent')\n"
	pl, err := playback.Load("exc.py", []byte(src), sim.Overrides{})
	if err != nil {
		t.Fatal(err)
	}
	pl.RunToEnd()
	s := pl.Seek(pl.Len() - 1)
	ex, ok := LatestException(s.Console, "exc.py")
	if !ok || ex.Line != 5 || ex.Col != 8 || !strings.HasPrefix(ex.Message, "ZeroDivisionError") {
		t.Errorf("LatestException = %+v, %v; want line 5, column 8 (the carets under 1 / x), ZeroDivisionError", ex, ok)
	}
}
