// Package browsertest starts Debian's headless Chromium for the player's
// browser tests and records what a page does that a test must check
// afterwards: every request it sends and every console error or uncaught
// exception. It skips (or, with ZOMBIELAB_REQUIRE_BROWSER=1, fails) when no
// Chromium is installed.
//
// It does not know the player; cmd/zombielab's browser_test.go does.
package browsertest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Chromium returns the browser to test with: $ZOMBIELAB_CHROMIUM, else
// chromium on PATH.
func Chromium(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("ZOMBIELAB_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("ZOMBIELAB_REQUIRE_BROWSER") == "1" {
		t.Fatal("ZOMBIELAB_REQUIRE_BROWSER=1 but no Chromium was found (apt-get install chromium, or set ZOMBIELAB_CHROMIUM)")
	}
	t.Skip("no Chromium found: the player's browser tests are skipped (apt-get install chromium; ZOMBIELAB_REQUIRE_BROWSER=1 makes this an error)")
	return ""
}

// flags run Chromium headless, offline and reproducible: WebGL2 through
// SwiftShader (no GPU on CI machines), no background traffic, a fresh
// profile (the allocator makes a temporary --user-data-dir).
func flags(exe string, width, height int) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox, // root in containers
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.WindowSize(width, height),
		chromedp.Flag("use-angle", "swiftshader"),
		chromedp.Flag("enable-unsafe-swiftshader", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("force-device-scale-factor", "1"),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("mute-audio", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		// A headless window counts as hidden: keep its frames and timers
		// at full rate.
		chromedp.Flag("disable-renderer-backgrounding", true),
		chromedp.Flag("disable-background-timer-throttling", true),
		chromedp.Flag("disable-backgrounding-occluded-windows", true),
	}
}

// Recorder collects a tab's requests and errors.
type Recorder struct {
	mu       sync.Mutex
	requests []string
	errors   []string
}

// Requests returns the URLs requested so far.
func (r *Recorder) Requests() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.requests...)
}

// Errors returns the console errors and uncaught exceptions so far.
func (r *Recorder) Errors() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.errors...)
}

func (r *Recorder) add(list *[]string, s string) {
	r.mu.Lock()
	*list = append(*list, s)
	r.mu.Unlock()
}

// listen is the event callback: it must return quickly (chromedp.Listen).
func (r *Recorder) listen(ev any) {
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		r.add(&r.requests, ev.Request.URL)
	case *runtime.EventConsoleAPICalled:
		text := args(ev.Args)
		// Go's runtime writes a panic to stderr, which wasm_exec.js turns
		// into console.log lines.
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert ||
			strings.Contains(text, "panic:") || strings.Contains(text, "fatal error:") {
			r.add(&r.errors, "console."+string(ev.Type)+": "+text)
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil {
			text += " " + d.Exception.Description
		}
		r.add(&r.errors, fmt.Sprintf("exception at %s:%d:%d: %s", d.URL, d.LineNumber+1, d.ColumnNumber+1, text))
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			r.add(&r.errors, "log: "+ev.Entry.Text+" "+ev.Entry.URL)
		}
	}
}

func args(objs []*runtime.RemoteObject) string {
	var parts []string
	for _, o := range objs {
		if o.Description != "" {
			parts = append(parts, o.Description)
		} else {
			parts = append(parts, string(o.Value))
		}
	}
	return strings.Join(parts, " ")
}

// New starts Chromium with a viewport of width×height CSS pixels (device
// scale 1) and opens one tab whose events the Recorder sees. The browser
// stops when the test ends.
func New(t testing.TB, exe string, width, height int) (context.Context, *Recorder) {
	t.Helper()
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), flags(exe, width, height)...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	rec := &Recorder{}
	if err := chromedp.Listen(ctx, rec.listen); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(int64(width), int64(height))); err != nil {
		t.Fatalf("viewport: %v", err)
	}
	return ctx, rec
}
