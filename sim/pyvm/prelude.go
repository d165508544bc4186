// This file holds the runtime code written in Python itself, compiled once
// and run hidden (no line events, no traceback entries): the exit-function
// runner, so that atexit handlers are ordinary frames that may block.

package pyvm

const preludeSource = `
def _run_exitfuncs():
    while True:
        h = _atexit_pop()
        if h is None:
            break
        try:
            h[0](*h[1], **h[2])
        except BaseException as e:
            _atexit_report(h[0], e)
`

var preludeCode = func() *Code {
	in := &Interp{}
	code, err := in.compileSource("<zombielab>", []byte(preludeSource), true)
	if err != nil {
		panic("pyvm: prelude does not compile: " + err.Error())
	}
	return code
}()

// preludeNatives are the Go helpers the prelude calls, set in its globals.
var preludeNatives = []*Builtin{
	{name: "_atexit_pop", fn: atexitPop},
	{name: "_atexit_report", fn: atexitReport},
}
