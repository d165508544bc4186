// The player in a real browser: the site is built once (buildSite, as
// `zombielab serve` does), served on 127.0.0.1:0 by siteHandler, and driven
// by headless Chromium through chromedp. What the page should show is
// computed here natively with the same sim/playback and web/view code the
// wasm runs, so the expectations are not hard-coded.
//
// Skipped in -short mode and when Chromium is absent (unless
// ZOMBIELAB_REQUIRE_BROWSER=1, which .ci/run sets).

package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"fmt"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"zombielab/internal/testbudget"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/input"
	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"zombielab/cmd/zombielab/internal/browsertest"
	"zombielab/content"
	"zombielab/sim"
	"zombielab/sim/kernel"
	"zombielab/sim/playback"
	"zombielab/web/view"
)

// playerProbe is what window.zombielab.probe() returns.
type playerProbe struct {
	Step       int     `json:"step"`
	Steps      int     `json:"steps"`
	Playing    bool    `json:"playing"`
	Drawn      int     `json:"drawn"`
	FirstFrame float64 `json:"firstFrame"`
	Settled    bool    `json:"settled"`
	Error      string  `json:"error"`
	Speed      float64 `json:"speed"`
	Into       bool    `json:"into"`
	Width      int     `json:"width"`
	Ops        int     `json:"ops"`
	Procs      int     `json:"procs"`
	SeekMs     float64 `json:"seekMs"`
	BuildMs    float64 `json:"buildMs"`
	DrawMs     float64 `json:"drawMs"`
	UpdateMs   float64 `json:"updateMs"`
	GapMs      float64 `json:"gapMs"` // the longest time between two Updates while playing
	Height     int     `json:"height"`
	Keys       int     `json:"keys"`      // key presses the player handled
	Presses    int     `json:"presses"`   // pointer presses on the canvas it handled
	Now        float64 `json:"now"`       // performance.now() when it published
	Buttons    int     `json:"buttons"`   // presses of the page's HTML buttons it handled
	DrawSumMs  float64 `json:"drawSumMs"` // every painting Draw together
	FPS        float64 `json:"fps"`
	AnimMs     float64 `json:"animMs"`     // time between paints while a transition runs
	AnimFrames int     `json:"animFrames"` // how many such intervals
	Dbg        string  `json:"dbg"`        // ebiten.ActualFPS
	MinText    float64 `json:"minText"`    // the frame's smallest text, CSS px
	Layout     string  `json:"layout"`     // the layout family (view.LayoutKind)
	DPR        float64 `json:"dpr"`
	CJKFont    bool    `json:"cjkFont"` // the CJK font has loaded
	Python     string  `json:"python"`  // the version the run models
	Method     string  `json:"method"`  // its start method
}

// page is one tab on the test server.
type page struct {
	t    *testing.T
	ctx  context.Context
	base string
}

func (p *page) run(a chromedp.Action[chromedp.Void]) {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 90*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, a); err != nil {
		p.t.Fatal(err)
	}
}

// open navigates to player.html with the query and waits for a settled
// frame; it returns the probe and the time from navigation to first frame.
func (p *page) open(query string) (playerProbe, time.Duration) {
	p.t.Helper()
	start := time.Now()
	p.run(chromedp.Navigate(p.base + "/player.html" + query))
	pr := p.settled()
	return pr, time.Since(start)
}

// settled waits until the player has painted its current state.
func (p *page) settled() playerProbe {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 120*time.Second)
	defer cancel()
	var err error
	for {
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](`(() => { const s = window.zombielab && window.zombielab.probe(); return !!s && s.drawn > 0 && s.settled; })()`,
			chromedp.WithPollingInterval(50*time.Millisecond)))
		// A poll begun while the last page was still unloading loses its
		// execution context: poll the new page.
		if err == nil || !strings.Contains(err.Error(), "Cannot find context") || ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		p.t.Fatalf("the player did not settle: %v", err)
	}
	// One more animation frame so that the last paint reached the screen.
	time.Sleep(100 * time.Millisecond)
	return p.probe()
}

func (p *page) probe() playerProbe {
	p.t.Helper()
	pr, err := chromedp.Run(p.ctx, chromedp.Evaluate[playerProbe](`window.zombielab.probe()`))
	if err != nil {
		p.t.Fatal(err)
	}
	return pr
}

func (p *page) evalNumber(expr string) float64 {
	p.t.Helper()
	n, err := chromedp.Run(p.ctx, chromedp.Evaluate[float64](expr))
	if err != nil {
		p.t.Fatal(err)
	}
	return n
}

func (p *page) text(sel string) string {
	p.t.Helper()
	s, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.querySelector(`+fmt.Sprintf("%q", sel)+`).textContent`))
	if err != nil {
		p.t.Fatal(err)
	}
	return s
}

// press types k on the canvas (which gets the focus first, as after a
// click) as a hand would, holding it 100 ms, and waits until the player
// reacts. The player queues the page's key events, so a press is seen
// however slow its frames are.
func (p *page) press(k string, reacted func(playerProbe) bool) {
	p.t.Helper()
	p.key(k)
	p.until("key "+fmt.Sprintf("%q", k), reacted)
}

// key sends one press of k to the focused canvas: down, 100 ms, up.
func (p *page) key(k string) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`document.querySelector('canvas').focus(), true`)); err != nil {
		p.t.Fatal(err)
	}
	var up []*input.DispatchKeyEventParams
	for _, ev := range kb.Encode([]rune(k)[0]) {
		if ev.Type == input.DispatchKeyEventTypeKeyUp {
			up = append(up, ev)
			continue
		}
		p.dispatch(ev)
	}
	time.Sleep(100 * time.Millisecond)
	for _, ev := range up {
		p.dispatch(ev)
	}
}

// typeFocused sends one press of k to whatever has the focus.
func (p *page) typeFocused(k string) {
	p.t.Helper()
	for _, ev := range kb.Encode([]rune(k)[0]) {
		p.dispatch(ev)
	}
}

func (p *page) dispatch(ev *input.DispatchKeyEventParams) {
	p.t.Helper()
	err := chromedp.Do(p.ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.DispatchKeyEvent, *ev)
		return err
	}))
	if err != nil {
		p.t.Fatal(err)
	}
}

// mouse sends one mouse event at (x, y) CSS pixels, the left button held
// for pressed and moved events.
func (p *page) mouse(typ input.DispatchMouseEventType, x, y float32) {
	p.t.Helper()
	ev := input.DispatchMouseEventParams{Type: typ, X: float64(x), Y: float64(y), Button: input.MouseButtonLeft, Buttons: 1, ClickCount: 1}
	if typ == input.DispatchMouseEventTypeMouseReleased {
		ev.Buttons = 0
	}
	err := chromedp.Do(p.ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, input.DispatchMouseEvent, ev)
		return err
	}))
	if err != nil {
		p.t.Fatal(err)
	}
}

// click presses the left button at (x, y) CSS pixels for 100 ms.
func (p *page) click(x, y float32) {
	p.t.Helper()
	p.mouse(input.DispatchMouseEventTypeMousePressed, x, y)
	time.Sleep(100 * time.Millisecond)
	p.mouse(input.DispatchMouseEventTypeMouseReleased, x, y)
}

// until waits for the player to react, as press does.
func (p *page) until(what string, reacted func(playerProbe) bool) {
	p.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !reacted(p.probe()) {
		if time.Now().After(deadline) {
			p.t.Fatalf("the player did not react to %s: %+v", what, p.probe())
		}
		time.Sleep(30 * time.Millisecond)
	}
}

// clickAt clicks the middle of the element the JS expression finds.
func (p *page) clickAt(expr string) {
	p.t.Helper()
	box, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]float64](`(() => { const r = (`+expr+`).getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`))
	if err != nil {
		p.t.Fatal(err)
	}
	p.click(float32(box[0]), float32(box[1]))
}

// viewport resizes the page to w×h CSS pixels.
func (p *page) viewport(w, h int, opts ...chromedp.EmulateViewportOption) {
	p.t.Helper()
	p.run(chromedp.EmulateViewport(int64(w), int64(h), opts...))
}

// throttle slows the page's CPU by rate (1: full speed), as a slow machine.
func (p *page) throttle(rate float64) {
	p.t.Helper()
	p.run(chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: rate})
		return err
	}))
}

// barReport is what the page's control bar measures: its height, the
// smallest of its visible controls (width or height) and its smallest text,
// in CSS px, and whether it fits the window.
type barReport struct {
	Height     float64 `json:"height"`
	MinControl float64 `json:"minControl"`
	MinText    float64 `json:"minText"`
	Controls   int     `json:"controls"`
	Inside     bool    `json:"inside"`
}

func (p *page) bar() barReport {
	p.t.Helper()
	r, err := chromedp.Run(p.ctx, chromedp.Evaluate[barReport](`(() => {
	  const bar = document.getElementById('bar').getBoundingClientRect();
	  let minControl = 0, minText = 0, controls = 0;
	  for (const el of document.querySelectorAll('#bar button, #bar select, #bar input, #bar output')) {
	    const r = el.getBoundingClientRect();
	    if (r.width === 0 || r.height === 0) continue; // folded away
	    const size = parseFloat(getComputedStyle(el).fontSize);
	    if (el.textContent.trim() !== '' && (minText === 0 || size < minText)) minText = size;
	    if (el.tagName === 'OUTPUT') continue;
	    controls++;
	    const m = Math.min(r.width, r.height);
	    if (minControl === 0 || m < minControl) minControl = m;
	  }
	  return { height: bar.height, minControl, minText, controls,
	    inside: bar.left >= 0 && bar.right <= innerWidth + 0.5 && bar.bottom <= innerHeight + 0.5 };
	})()`))
	if err != nil {
		p.t.Fatal(err)
	}
	return r
}

// atStep and playing are the reactions the tests wait for.
func atStep(n int) func(playerProbe) bool { return func(pr playerProbe) bool { return pr.Step == n } }

func playing(on bool) func(playerProbe) bool {
	return func(pr playerProbe) bool { return pr.Playing == on }
}

func (p *page) screenshot() *image.RGBA {
	p.t.Helper()
	data, err := chromedp.Run(p.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		p.t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		p.t.Fatal(err)
	}
	rgba := image.NewRGBA(img.Bounds())
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y++ {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x++ {
			rgba.Set(x, y, img.At(x, y))
		}
	}
	return rgba
}

// seedLoop is the scenario the tests play, opened natively.
func seedLoop(t *testing.T) *playback.Player { return gallery(t, "seed-loop") }

// gallery opens a gallery scenario natively, as the player does.
func gallery(t *testing.T, name string) *playback.Player {
	src, err := content.Scenario(name)
	if err != nil {
		t.Fatal(err)
	}
	pl, err := playback.Load(name+".py", src, sim.Overrides{Locals: true})
	if err != nil {
		t.Fatal(err)
	}
	return pl
}

func TestPlayerInBrowser(t *testing.T) {
	// Each subtest loads pages in Chromium: on a busy machine they stop
	// starting before go test's deadline (internal/testbudget) and .ci/run
	// runs this test again with all the time it needs.
	budget := testbudget.New(t)
	defer budget.Report()
	if testing.Short() {
		t.Skip("browser tests skipped in -short mode")
	}
	exe := browsertest.Chromium(t)
	dir := t.TempDir()
	var log bytes.Buffer
	if err := buildSite(dir, &log, serveOptions); err != nil {
		t.Fatalf("buildSite: %v\n%s", err, log.String())
	}
	t.Logf("build:\n%s", log.String())
	mux := http.NewServeMux()
	mux.Handle("/", siteHandler(dir))
	mux.HandleFunc("/test-host.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, hostPage)
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	// The same site from a plain static host, which negotiates no encoding.
	static := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer static.Close()
	ctx, rec := browsertest.New(t, exe, view.FullW, view.FullH)
	p := &page{t: t, ctx: ctx, base: srv.URL}
	pl := seedLoop(t)

	budget.Run(t, "seed loop loads", func(t *testing.T) {
		p.t = t
		pr, took := p.open("")
		if pr.Step != 0 || pr.Steps < 1 || pr.Error != "" {
			t.Fatalf("after loading: %+v", pr)
		}
		// The canvas is the window above the control bar.
		if b := p.bar(); pr.Width != view.FullW || float64(pr.Height) != view.FullH-b.Height || !b.Inside {
			t.Errorf("logical size %dx%d, want %dx%v above a bar %v px high", pr.Width, pr.Height, view.FullW, view.FullH-b.Height, b.Height)
		}
		t.Logf("navigation to first frame: %.0f ms (performance.now at the first paint); to a settled frame as the test saw it: %v", pr.FirstFrame, took.Round(time.Millisecond))
	})

	budget.Run(t, "keyboard", func(t *testing.T) {
		p.t = t
		p.open("")
		// press fails the test when the player does not reach the step
		// computed natively.
		want := 0
		for range 3 {
			want = pl.Next(want, false)
			p.press(kb.ArrowRight, atStep(want))
		}
		// The address follows the state, so the step can be linked.
		ctx, cancel := context.WithTimeout(p.ctx, 10*time.Second)
		defer cancel()
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`location.search === '?step=%d'`, want))); err != nil {
			search, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](`location.search`))
			t.Errorf("the URL's query is %q, want ?step=%d: %v", search, want, err)
		}
		p.press(kb.ArrowLeft, atStep(pl.Prev(want, false)))
		p.press(kb.Home, atStep(0))
		p.press(" ", playing(true))
		p.press(" ", playing(false))
		p.press("i", func(pr playerProbe) bool { return pr.Into })
		// Step into now moves one line at a time, library lines included.
		p.press(kb.End, func(pr playerProbe) bool { return pr.Step > 0 && pr.Step == pr.Steps-1 })
	})

	budget.Run(t, "the HTML controls: buttons, scrubber, speed", func(t *testing.T) {
		p.t = t
		pr, _ := p.open("")
		p.clickAt(`document.getElementById('b-forward')`)
		p.until("a click on forward", atStep(pl.Next(0, false)))
		p.clickAt(`document.getElementById('b-play')`)
		p.until("a click on play", playing(true))
		if got := p.text("#b-play"); got != "" {
			t.Errorf("the play button has text %q, want an icon with an aria-label", got)
		}
		p.clickAt(`document.getElementById('b-play')`)
		p.until("a click on pause", playing(false))
		p.clickAt(`document.getElementById('b-first')`)
		p.until("a click on first", atStep(0))
		// The step label reads as the end at the last step, numbered as
		// the URL numbers it.
		p.clickAt(`document.getElementById('b-last')`)
		p.until("a click on last", func(q playerProbe) bool { return q.Step > 0 && q.Step == q.Steps-1 })
		last := p.probe().Step
		if _, err := chromedp.Run(p.ctx, chromedp.Poll[bool](fmt.Sprintf(`document.getElementById('step-label').textContent === 'step %d, the last'`, last),
			chromedp.WithPollingTimeout(10*time.Second))); err != nil {
			t.Errorf("the step label says %q at the last step %d", p.text("#step-label"), last)
		}
		// Press on the scrubber's left end, drag to its middle: the player
		// follows.
		box, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]float64](`(() => { const r = document.getElementById('scrubber').getBoundingClientRect(); return [r.left, r.top + r.height / 2, r.width]; })()`))
		if err != nil {
			t.Fatal(err)
		}
		x, y := float32(box[0]+1), float32(box[1])
		p.mouse(input.DispatchMouseEventTypeMousePressed, x, y)
		p.until("a press on the scrubber's start", atStep(0))
		mid := float32(box[0] + box[2]/2)
		p.mouse(input.DispatchMouseEventTypeMouseMoved, mid, y)
		p.until("dragging the scrubber", func(q playerProbe) bool { return q.Step > 0 && q.Step < q.Steps-1 })
		p.mouse(input.DispatchMouseEventTypeMouseReleased, mid, y)
		// The speed menu.
		p.evalNumber(`(() => { const s = document.getElementById('speed'); s.value = '8'; s.dispatchEvent(new Event('change')); return 0; })()`)
		p.until("choosing speed 8", func(q playerProbe) bool { return q.Speed == 8 })
		if pr.Speed == 8 {
			t.Fatal("the default speed is 8 already: the test proves nothing")
		}
	})

	budget.Run(t, "keyboard and screen reader on the HTML controls", func(t *testing.T) {
		p.t = t
		p.open("")
		// Every control has a name; the buttons are native buttons.
		unnamed, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('#bar button, #bar select, #bar input')]
		  .filter(el => !(el.getAttribute('aria-label') || el.textContent.trim() || (el.labels && el.labels.length && el.labels[0].textContent.trim())))
		  .map(el => el.id)`))
		if err != nil {
			t.Fatal(err)
		}
		if len(unnamed) > 0 {
			t.Errorf("controls without an accessible name: %v", unnamed)
		}
		// Enter on the focused forward button steps; an arrow key with the
		// button focused still steps too.
		if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`document.getElementById('b-forward').focus(), true`)); err != nil {
			t.Fatal(err)
		}
		want := pl.Next(0, false)
		p.typeFocused(kb.Enter)
		p.until("Enter on forward", atStep(want))
		want = pl.Next(want, false)
		p.typeFocused(kb.ArrowRight)
		p.until("→ with forward focused", atStep(want))
	})

	budget.Run(t, "Chinese controls with lang=zh", func(t *testing.T) {
		p.t = t
		p.open("?lang=zh&step=3")
		for sel, want := range map[string]string{"#more-toggle": "设置", "#b-into": "单步进入库代码", "#edit-toggle": "编辑代码"} {
			if got := p.text(sel); got != want {
				t.Errorf("%s says %q, want %q", sel, got, want)
			}
		}
		label, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`document.getElementById('b-forward').getAttribute('aria-label')`))
		if err != nil || label != "前进一步" {
			t.Errorf("the forward button is labelled %q (%v), want 前进一步", label, err)
		}
		if got := p.text("#step-label"); !strings.HasPrefix(got, "第 3 步（") {
			t.Errorf("the step label says %q, want 第 3 步（…）", got)
		}
	})

	budget.Run(t, "every input counts at 6x CPU throttling, 1366x768", func(t *testing.T) {
		p.t = t
		p.viewport(1366, 768)
		defer p.viewport(view.FullW, view.FullH)
		pr, _ := p.open("")
		// Loading compiles the wasm; throttle only what the test is about.
		p.throttle(6)
		defer p.throttle(1)
		want := 0
		for range 12 {
			want = pl.Next(want, false)
			p.key(kb.ArrowRight)
		}
		p.until("12 key presses", func(q playerProbe) bool { return q.Keys >= pr.Keys+12 })
		if got := p.probe(); got.Step != want {
			t.Errorf("after 12 presses of → the player is at step %d, want %d", got.Step, want)
		}
		box, err := chromedp.Run(p.ctx, chromedp.Evaluate[[]float64](`(() => { const r = document.getElementById('b-forward').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; })()`))
		if err != nil {
			t.Fatal(err)
		}
		pr = p.probe()
		for range 10 {
			want = pl.Next(want, false)
			p.click(float32(box[0]), float32(box[1]))
		}
		p.until("10 clicks", func(q playerProbe) bool { return q.Buttons >= pr.Buttons+10 })
		if got := p.probe(); got.Step != want {
			t.Errorf("after 10 clicks on the forward button the player is at step %d, want %d", got.Step, want)
		}
		// Playing at speed 8 for 5 s of the player's own clock, in a run
		// long enough for it (the seed loop has 34 steps over library code).
		long := gallery(t, "pid1-never-reaps")
		p.throttle(1)
		p.open("?scenario=pid1-never-reaps&speed=8")
		p.throttle(6)
		p.key(" ")
		p.until("space (play)", playing(true))
		a := p.probe()
		for b := a; ; b = p.probe() {
			if ms := b.Now - a.Now; ms >= 5000 {
				n := 0
				for s := a.Step; s < b.Step; s = long.Next(s, false) {
					n++
				}
				got := float64(n) * 5000 / ms
				t.Logf("speed 8: %d steps in %.0f ms (%.1f per 5 s); %d frames painted (%.1f fps); last Update %.1f ms, Draw %.1f ms, view.Build %.1f ms; longest gap between Updates %.0f ms",
					n, ms, got, b.Drawn-a.Drawn, float64(b.Drawn-a.Drawn)*1000/ms, b.UpdateMs, b.DrawMs, b.BuildMs, b.GapMs)
				if got < 32 || got > 48 {
					t.Errorf("speed 8 played %.1f steps in 5 s, want 40 ± 8", got)
				}
				// What a slow classroom machine shows while playing.
				dumpPNG(t, "player-throttled-6x-1366x768.png", p.screenshot())
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
	})

	// Numbers for the README, never assertions: how fast the canvas is
	// repainted at 1366x768 under SwiftShader. Playing at speed 2, every
	// step starts a 200 ms transition, which repaints every frame it can.
	budget.Run(t, "drawing speed at 1366x768", func(t *testing.T) {
		p.t = t
		p.viewport(1366, 768)
		defer p.viewport(view.FullW, view.FullH)
		p.open("?speed=2")
		p.key(" ")
		p.until("space (play)", playing(true))
		a := p.probe()
		var b playerProbe
		for b = a; b.Now-a.Now < 4000 && b.Playing; b = p.probe() {
			time.Sleep(200 * time.Millisecond)
		}
		if n, frames := b.Drawn-a.Drawn, b.AnimFrames-a.AnimFrames; n > 0 && frames > 0 {
			t.Logf("1366x768, playing at speed 2 for %.0f ms: %d frames painted, Draw %.2f ms on average (CPU, in the wasm); during transitions %.1f frames a second; view.Build %.2f ms; ebiten's ActualFPS %.1f",
				b.Now-a.Now, n, (b.DrawSumMs-a.DrawSumMs)/float64(n), float64(frames)*1000/(b.AnimMs-a.AnimMs), b.BuildMs, b.FPS)
		}
		if b.Playing {
			p.key(" ")
			p.until("space (pause)", playing(false))
		}
	})

	budget.Run(t, "readable at every size", func(t *testing.T) {
		p.t = t
		defer p.viewport(view.FullW, view.FullH)
		shots := os.Getenv("ZOMBIELAB_BROWSER_ARTIFACTS")
		for _, tc := range []struct {
			name   string
			w, h   int
			query  string
			layout string
			opts   []chromedp.EmulateViewportOption
		}{
			{"phone 390x844, touch, DPR 3", 390, 844, "", "portrait", []chromedp.EmulateViewportOption{chromedp.EmulateScale(3), chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait}},
			{"embed 640x360", 640, 360, "?compact=1", "figure", nil},
			{"projector 1024x768", 1024, 768, "", "wide", nil},
		} {
			p.viewport(tc.w, tc.h, tc.opts...)
			pr, _ := p.open(tc.query)
			b := p.bar()
			t.Logf("%s: layout %s, smallest text %.1f px on the canvas, %.1f px in the bar; %d controls, the smallest %.1f px; bar %.0f px high; device pixel ratio %g", tc.name, pr.Layout, pr.MinText, b.MinText, b.Controls, b.MinControl, b.Height, pr.DPR)
			if pr.Layout != tc.layout || pr.Width != tc.w || float64(pr.Height) != float64(tc.h)-b.Height {
				t.Errorf("%s: layout %s %dx%d, want %s %dx%v (the window above the bar)", tc.name, pr.Layout, pr.Width, pr.Height, tc.layout, tc.w, float64(tc.h)-b.Height)
			}
			if pr.MinText < view.MinText || b.MinText < view.MinText || b.MinControl < view.Button || b.Controls < 7 || !b.Inside {
				t.Errorf("%s: smallest text %.1f px on the canvas, %.1f px in the bar (want >= %d); smallest of %d controls %.1f px (want >= %d); bar inside the window: %v", tc.name, pr.MinText, b.MinText, view.MinText, b.Controls, b.MinControl, view.Button, b.Inside)
			}
			if over := p.evalNumber(`document.documentElement.scrollWidth - window.innerWidth`); over > 0 {
				t.Errorf("%s: the page overflows horizontally by %v px", tc.name, over)
			}
			if shots != "" {
				dumpPNG(t, "player-"+strings.Fields(tc.name)[0]+".png", p.screenshot())
			}
		}
	})

	budget.Run(t, "version and start method on screen and switchable", func(t *testing.T) {
		p.t = t
		pr, _ := p.open("?step=40")
		if pr.Python != "3.13" || pr.Method != "fork" {
			t.Fatalf("the seed loop runs as %s %s, want 3.13 fork", pr.Python, pr.Method)
		}
		ctx, cancel := context.WithTimeout(p.ctx, 20*time.Second)
		defer cancel()
		// The menus show what runs.
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('python').value === '3.13' && document.getElementById('method').value === 'fork'`)); err != nil {
			t.Fatalf("the menus do not show 3.13 fork: %v", err)
		}
		p.evalNumber(`(() => { document.getElementById('python').value = '3.14'; document.getElementById('method').value = 'spawn';
		  document.getElementById('method').dispatchEvent(new Event('change')); return 0; })()`)
		p.until("choosing 3.14 and spawn", func(q playerProbe) bool { return q.Python == "3.14" && q.Method == "spawn" && q.Step == 40 })
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`location.search.includes('python=3.14') && location.search.includes('method=spawn')`)); err != nil {
			search, _ := chromedp.Run(p.ctx, chromedp.Evaluate[string](`location.search`))
			t.Errorf("the URL's query is %q, want python=3.14 and method=spawn: %v", search, err)
		}
	})

	budget.Run(t, "dark mode applies to the canvas", func(t *testing.T) {
		p.t = t
		p.colorScheme("dark")
		defer p.colorScheme("")
		p.open("")
		img := p.screenshot()
		want := view.Dark(view.Paper)
		// The narration band's left margin is paper.
		if got := img.RGBAAt(2, 2); !near(got.R, want.R) || !near(got.G, want.G) || !near(got.B, want.B) {
			t.Errorf("the canvas's paper is %v in dark mode, want %v", got, want)
		}
		if shots := os.Getenv("ZOMBIELAB_BROWSER_ARTIFACTS"); shots != "" {
			dumpPNG(t, "player-dark.png", img)
		}
	})

	// A number for the README, not an assertion: the first frame from a
	// static host that does not negotiate encodings (http.FileServer, as
	// python3 -m http.server), where the player fetches main.wasm.gz and
	// decompresses it itself.
	budget.Run(t, "first frame from a plain static host", func(t *testing.T) {
		p.t = t
		plain := &page{t: t, ctx: p.ctx, base: static.URL}
		pr, took := plain.open("")
		how, err := chromedp.Run(p.ctx, chromedp.Evaluate[string](`globalThis.zombielabLoad || ''`))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("plain static host: %s; first paint %.0f ms after navigation (performance.now); settled frame seen by the test after %v", how, pr.FirstFrame, took.Round(time.Millisecond))
		if !strings.Contains(how, "main.wasm.gz") {
			t.Errorf("from a host that does not negotiate encodings the player loaded %q, want main.wasm.gz", how)
		}
		sp, _ := p.open("")
		how, _ = chromedp.Run(p.ctx, chromedp.Evaluate[string](`globalThis.zombielabLoad || ''`))
		t.Logf("zombielab serve: %s; first paint %.0f ms", how, sp.FirstFrame)
	})

	budget.Run(t, "Chinese output on the canvas", func(t *testing.T) {
		p.t = t
		src := "print('子进程退出了')\n"
		zh, err := playback.Load("custom.py", []byte(src), sim.Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		zh.RunToEnd()
		last := zh.Len() - 1
		p.open(fmt.Sprintf("?code=%s&step=%d", base64.RawURLEncoding.EncodeToString([]byte(src)), last))
		p.until("the CJK font", func(q playerProbe) bool { return q.CJKFont && q.Settled })
		pr := p.settled()
		d := view.Build(view.Input{Snap: zh.Seek(last), Lanes: zh.Timeline(last), Sources: zh, File: zh.File(),
			UI: view.UI{W: float32(pr.Width), H: float32(pr.Height)}})
		var op view.Op
		for _, o := range d.Ops {
			if o.Kind == view.OpText && strings.Contains(o.Text, "子进程退出了") {
				op = o
			}
		}
		if op.Text == "" {
			t.Fatal("no text op with 子进程退出了 in the display list")
		}
		// The six characters after "1001> " (6 columns) are drawn: light
		// glyph pixels on the console's dark ground.
		img := p.screenshot()
		x0 := int(op.Rect.X + 6*op.Size*view.CharAdvance)
		x1 := int(op.Rect.X + 18*op.Size*view.CharAdvance)
		lit := 0
		for y := int(op.Rect.Y); y < int(op.Rect.Y+op.Rect.H); y++ {
			for x := x0; x < x1; x++ {
				if c := img.RGBAAt(x, y); c.R > 128 && c.G > 128 && c.B > 128 {
					lit++
				}
			}
		}
		t.Logf("%q at %v: %d glyph pixels in the Chinese part", op.Text, op.Rect, lit)
		if lit < 40 {
			t.Errorf("the Chinese characters are not drawn: %d lit pixels in %v", lit, op.Rect)
			dumpPNG(t, "cjk.png", img)
		}
	})

	zstep, ok := pl.Checkpoint("before-start#3")
	if !ok {
		pl.Ensure(1 << 14)
		zstep, ok = pl.Checkpoint("before-start#3")
	}
	if !ok {
		t.Fatal("seed-loop has no checkpoint before-start#3")
	}
	snap := pl.Seek(zstep)

	budget.Run(t, "one defunct after the second start", func(t *testing.T) {
		p.t = t
		pr, _ := p.open(fmt.Sprintf("?step=%d", zstep))
		if pr.Step != zstep {
			t.Fatalf("step %d, want %d", pr.Step, zstep)
		}
		ps := p.text("#mirror-ps")
		if n := strings.Count(ps, "<defunct>"); n != 1 {
			t.Errorf("the mirror's ps shows %d <defunct>, want 1:\n%s", n, ps)
		}
		if narration := p.text("#mirror-narration"); narration == "" {
			t.Error("the mirror's narration is empty")
		}
	})

	budget.Run(t, "variables after fork: pid = 0 in the child, its pid in the parent", func(t *testing.T) {
		p.t = t
		fw := gallery(t, "fork-waitpid")
		fw.RunToEnd()
		step, child := -1, kernel.PID(0)
		for i := 0; i < fw.Len() && step < 0; i++ {
			s := fw.Seek(i)
			vals := map[string]kernel.PID{}
			for _, pr := range s.Procs {
				for _, v := range pr.Locals.Vars {
					if v.Name == "pid" {
						vals[v.Value] = pr.PID
					}
				}
			}
			if _, ok := vals["0"]; ok && len(vals) == 2 {
				step, child = i, vals["0"]
			}
		}
		if step < 0 {
			t.Fatal("no step of fork-waitpid shows both results of os.fork()")
		}
		pr, _ := p.open(fmt.Sprintf("?scenario=fork-waitpid&step=%d", step))
		vars := p.text("#mirror-vars")
		if !strings.Contains(vars, "  pid = 0") || !strings.Contains(vars, fmt.Sprintf("  pid = %d", child)) {
			t.Errorf("the mirror's variables at step %d:\n%s\nwant pid = 0 and pid = %d", step, vars, child)
		}
		// The panel's lines are on the canvas: each has dark text pixels
		// where the display list puts it.
		img := p.screenshot()
		d := view.Build(view.Input{Snap: fw.Seek(step), Lanes: fw.Timeline(step), Sources: fw, File: fw.File(),
			UI: view.UI{W: float32(pr.Width), H: float32(pr.Height)}})
		lines := 0
		for _, op := range d.Ops {
			if op.ID != "vars" || op.Kind != view.OpText {
				continue
			}
			lines++
			dark := 0
			for y := int(op.Rect.Y); y < int(op.Rect.Y+op.Rect.H); y++ {
				for x := int(op.Rect.X); x < int(min(op.Rect.X+op.Rect.W, op.Rect.X+200)); x++ {
					c := img.RGBAAt(x, y)
					if int(c.R)+int(c.G)+int(c.B) < 3*110 {
						dark++
					}
				}
			}
			if dark < 8 {
				t.Errorf("variables line %q at %v: %d dark pixels on the canvas", op.Text, op.Rect, dark)
			}
		}
		if lines < 3 {
			t.Errorf("%d lines of variables in the display list", lines)
		}
	})

	budget.Run(t, "Chinese narration in HTML", func(t *testing.T) {
		p.t = t
		p.open(fmt.Sprintf("?step=%d&lang=zh", zstep))
		hidden, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`document.getElementById('caption').hidden`))
		if err != nil || hidden {
			t.Fatalf("the caption is hidden (%v) with lang=zh", err)
		}
		if got := p.text("#caption"); got != snap.Narration.ZH || got == "" {
			t.Errorf("caption %q, want %q", got, snap.Narration.ZH)
		}
		// The caption lies in the canvas's narration band, not over the
		// tree under it (it once slid down when the frame's size changed
		// after the first step).
		p.eventually("the caption inside the narration band", 20*time.Second, `(() => {
			const c = document.getElementById('caption').getBoundingClientRect();
			const k = document.querySelector('canvas').getBoundingClientRect();
			const pr = window.zombielab.probe();
			const band = pr.narrationBand;
			return band > 0 && c.top >= k.top - 1 && c.bottom <= k.top + band + 1;
		})()`)
		// On a phone the band holds three lines, and a sentence with a
		// path (step 425: "进程 1002 执行 multiprocessing/context.py:179:
		// return …") must fit in it, at 12 px or more, not be cut at the
		// band's top and right edges as it once was.
		defer p.viewport(view.FullW, view.FullH)
		p.viewport(390, 844, chromedp.EmulateScale(3), chromedp.EmulateMobile, chromedp.EmulateTouch, chromedp.EmulatePortrait)
		p.open("?step=425&lang=zh")
		p.eventually("the Chinese caption fits its band at 390x844", 20*time.Second, `(() => {
			const c = document.getElementById('caption');
			return !c.hidden && c.textContent.includes('context.py') && parseFloat(getComputedStyle(c).fontSize) >= 12 &&
				c.scrollHeight <= c.clientHeight + 1 && c.scrollWidth <= c.clientWidth + 1;
		})()`)
	})

	budget.Run(t, "zombie node has the zombie colour", func(t *testing.T) {
		p.t = t
		pr, _ := p.open(fmt.Sprintf("?step=%d", zstep))
		img := p.screenshot()
		d := view.Build(view.Input{Snap: snap, Lanes: pl.Timeline(zstep), Sources: pl, File: pl.File(),
			UI: view.UI{W: float32(pr.Width), H: float32(pr.Height)}})
		var zombie kernel.PID
		for _, pr := range snap.Procs {
			if pr.State == kernel.StateZombie {
				zombie = pr.PID
			}
		}
		id := fmt.Sprintf("proc:%d", zombie)
		want, ok := nodeFill(d, id)
		if !ok {
			t.Fatalf("no node for zombie %d in the display list", zombie)
		}
		if want == view.ColorRunning || want == view.ColorSleeping {
			t.Fatalf("the zombie's node is filled with a live state's colour %v", want)
		}
		pt, ok := uncoveredPoint(d, id, want)
		if !ok {
			var ops []string
			for _, op := range d.Ops {
				if op.ID == id {
					ops = append(ops, op.String())
				}
			}
			t.Fatalf("no uncovered area of pid %d's node in the display list:\n%s", zombie, strings.Join(ops, "\n"))
		}
		got := img.RGBAAt(int(pt.X), int(pt.Y))
		if !near(got.R, want.R) || !near(got.G, want.G) || !near(got.B, want.B) {
			t.Errorf("pixel at %v in pid %d's node is %v, want the zombie colour %v", pt, zombie, got, want)
		}
	})

	budget.Run(t, "seeking by URL equals stepping", func(t *testing.T) {
		p.t = t
		p.open("")
		step := 0
		for range 5 {
			step = pl.Next(step, false)
			p.press(kb.ArrowRight, atStep(step))
		}
		if pr := p.settled(); pr.Step != step {
			t.Fatalf("stepped to %d, want %d", pr.Step, step)
		}
		stepped := p.screenshot()
		p.open(fmt.Sprintf("?step=%d", step))
		seeked := p.screenshot()
		if diff, box := countDiff(stepped, seeked); diff != 0 {
			t.Errorf("%d pixels differ (within %v) between stepping to %d and loading ?step=%d", diff, box, step, step)
			dumpPNG(t, "stepped.png", stepped)
			dumpPNG(t, "seeked.png", seeked)
		}
	})

	budget.Run(t, "broken scenario shows its error", func(t *testing.T) {
		p.t = t
		code := base64.RawURLEncoding.EncodeToString([]byte("import os\n\nx = (1,\n"))
		p.run(chromedp.Navigate(p.base + "/player.html?code=" + code))
		// eventually, not a Poll: a poll begun while the last page was
		// still unloading loses its execution context on a busy machine.
		p.eventually("the editor's error", 120*time.Second, `!document.getElementById('editor-error').hidden`)
		msg := p.text("#editor-error")
		if !regexp.MustCompile(`custom\.py:3:\d+: `).MatchString(msg) {
			t.Errorf("the editor's error %q does not name custom.py:3:col", msg)
		}
		if pr := p.settled(); pr.Error == "" || pr.Drawn == 0 {
			t.Errorf("the canvas should show the error, not stay blank: %+v", pr)
		}
	})

	budget.Run(t, "a Python exception is marked at its line", func(t *testing.T) {
		p.t = t
		src := "import os\nimport time\n\ndef f(x):\n    return 1 / x\n\nif os.fork() == 0:\n    f(0)\ntime.sleep(1)\nprint('parent')\n"
		pl, err := playback.Load("custom.py", []byte(src), sim.Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		pl.RunToEnd()
		p.open(fmt.Sprintf("?code=%s&step=%d", base64.RawURLEncoding.EncodeToString([]byte(src)), pl.Len()-1))
		msg := p.text("#editor-error")
		if !strings.Contains(msg, "ZeroDivisionError") || !strings.Contains(msg, "(line 5)") {
			t.Errorf("the editor says %q, want the ZeroDivisionError at line 5", msg)
		}
		if bad := p.text("#gutter .bad"); bad != "5\n" {
			t.Errorf("the gutter marks %q, want line 5", bad)
		}
	})

	// A number for the README, not an assertion: what one frame with a
	// thousand processes costs in the browser.
	budget.Run(t, "1000 processes", func(t *testing.T) {
		p.t = t
		src := "import os\nimport time\nfor i in range(1000):\n    if os.fork() == 0:\n        time.sleep(100)\n        os._exit(0)\ntime.sleep(100)\n"
		many, err := playback.Load("custom.py", []byte(src), sim.Overrides{})
		if err != nil {
			t.Fatal(err)
		}
		step := many.AtTime(50 * kernel.Second) // every child is asleep
		pr, _ := p.open(fmt.Sprintf("?code=%s&step=%d", base64.RawURLEncoding.EncodeToString([]byte(src)), step))
		if pr.Error != "" {
			t.Fatal(pr.Error)
		}
		if pr.Procs < 1000 {
			t.Errorf("step %d shows %d processes, want the 1000 children and more", pr.Step, pr.Procs)
		}
		t.Logf("step %d: %d processes, %d ops; in the wasm: seek (running the simulation that far) %.1f ms, view.Build %.1f ms, paint (Draw) %.1f ms", pr.Step, pr.Procs, pr.Ops, pr.SeekMs, pr.BuildMs, pr.DrawMs)
		// Once the glyphs are cached: redraw the same step (i toggles
		// step-into, which rebuilds and repaints the frame).
		p.press("i", func(pr playerProbe) bool { return pr.Into })
		pr = p.settled()
		t.Logf("the same frame again: view.Build %.1f ms, paint (Draw) %.1f ms", pr.BuildMs, pr.DrawMs)
	})

	budget.Run(t, "postMessage API from a host page", func(t *testing.T) {
		p.t = t
		p.run(chromedp.Navigate(p.base + "/test-host.html"))
		ready := p.waitMessage(`m.type === 'ready' && m.steps >= 1`)
		t.Logf("ready: %v", ready)
		p.post(fmt.Sprintf(`{type: 'goto', step: %d}`, zstep))
		step := p.waitMessage(fmt.Sprintf(`m.type === 'step' && m.step === %d`, zstep))
		if ps, _ := step["ps"].(string); strings.Count(ps, "<defunct>") != 1 {
			t.Errorf("the step message's ps has %d <defunct>, want 1:\n%s", strings.Count(ps, "<defunct>"), ps)
		}
		if step["time"] != snap.TimeText || step["narration"] != snap.Narration.EN {
			t.Errorf("step message %v, want time %q narration %q", step, snap.TimeText, snap.Narration.EN)
		}
		p.post(`{type: 'play'}`)
		p.waitMessage(fmt.Sprintf(`m.type === 'step' && m.step > %d`, zstep))
		p.post(`{type: 'pause'}`)
		p.post(`{type: 'load', code: 'import os\nos.fork(\n'}`)
		bad := p.waitMessage(`m.type === 'error'`)
		if bad["line"] != float64(2) || bad["col"] == float64(0) {
			t.Errorf("error message %v, want it at line 2 with a column", bad)
		}
		p.post(`{type: 'load', scenario: 'fork-waitpid', python: '3.12'}`)
		p.waitMessage(`m.type === 'ready' && window.msgs.filter(x => x.type === 'ready').length >= 2`)
	})

	budget.Run(t, "without WebGL2 a clear message", func(t *testing.T) {
		p.t = t
		// The browser pretends to have no WebGL2, for this navigation only.
		var id cdppage.ScriptIdentifier
		err := chromedp.Do(p.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			res, err := cdp.Call(ctx, tg, cdppage.AddScriptToEvaluateOnNewDocument, cdppage.AddScriptToEvaluateOnNewDocumentParams{
				Source: `(() => { const get = HTMLCanvasElement.prototype.getContext;
				  HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
				    return kind === 'webgl2' ? null : get.call(this, kind, ...rest); }; })();`,
			})
			id = res.Identifier
			return err
		}))
		if err != nil {
			t.Fatal(err)
		}
		defer chromedp.Do(p.ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, cdppage.RemoveScriptToEvaluateOnNewDocument, cdppage.RemoveScriptToEvaluateOnNewDocumentParams{Identifier: id})
			return err
		}))
		p.run(chromedp.Navigate(p.base + "/player.html"))
		p.eventually("the message that WebGL2 is missing", 60*time.Second, `!document.getElementById('fatal').hidden`)
		if msg := p.text("#fatal"); !strings.Contains(msg, "WebGL2") {
			t.Errorf("the message %q does not say WebGL2 is missing", msg)
		}
	})

	budget.Run(t, "no request leaves the origin", func(t *testing.T) {
		for _, u := range rec.Requests() {
			if !strings.HasPrefix(u, srv.URL+"/") && !strings.HasPrefix(u, static.URL+"/") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				t.Errorf("request outside %s: %s", srv.URL, u)
			}
		}
		if len(rec.Requests()) == 0 {
			t.Error("no request was recorded at all")
		}
	})

	budget.Run(t, "no console errors", func(t *testing.T) {
		for _, e := range rec.Errors() {
			t.Error(e)
		}
	})
}

// nodeFill is the colour of the first fill op of a node: its body.
func nodeFill(d *view.DisplayList, id string) (view.Color, bool) {
	for _, op := range d.Ops {
		if op.ID == id && (op.Kind == view.OpFillRect || op.Kind == view.OpFillRoundRect) {
			return op.Color, true
		}
	}
	return view.Color{}, false
}

// hostPage embeds the player as anybody's docs would and keeps every
// message it sends in window.msgs.
const hostPage = `<!doctype html><meta charset="utf-8"><title>host</title><link rel="icon" href="data:,">
<iframe id="player" src="/player.html?compact=1" width="640" height="360"></iframe>
<script>
window.msgs = [];
window.addEventListener('message', (e) => {
  if (e.source === document.getElementById('player').contentWindow) window.msgs.push(e.data);
});
window.send = (m) => document.getElementById('player').contentWindow.postMessage(m, '*');
</script>`

// waitMessage waits for a message from the player for which the JS
// condition on m holds, and returns it.
func (p *page) waitMessage(cond string) map[string]any {
	p.t.Helper()
	ctx, cancel := context.WithTimeout(p.ctx, 60*time.Second)
	defer cancel()
	m, err := chromedp.Run(ctx, chromedp.Poll[map[string]any](`window.msgs && window.msgs.find((m) => `+cond+`)`,
		chromedp.WithPollingInterval(50*time.Millisecond)))
	if err != nil {
		p.t.Fatalf("no message with %s: %v", cond, err)
	}
	return m
}

// post sends a message (a JS object literal) to the player in the host.
func (p *page) post(msg string) {
	p.t.Helper()
	if _, err := chromedp.Run(p.ctx, chromedp.Evaluate[bool](`window.send(`+msg+`), true`)); err != nil {
		p.t.Fatal(err)
	}
}

// uncoveredPoint finds a point inside the op with this ID and fill colour
// that no later op paints over.
func uncoveredPoint(d *view.DisplayList, id string, c view.Color) (view.Point, bool) {
	for i, op := range d.Ops {
		if op.ID != id || op.Color != c || (op.Kind != view.OpFillRect && op.Kind != view.OpFillRoundRect) {
			continue
		}
		r := op.Rect.Inset(op.Radius + 2)
		for y := r.Y; y < r.Y+r.H; y += 2 {
			for x := r.X; x < r.X+r.W; x += 2 {
				if !covered(d.Ops[i+1:], x, y) {
					return view.Point{X: x, Y: y}, true
				}
			}
		}
	}
	return view.Point{}, false
}

// covered is conservative: any later op whose box (grown by half its
// stroke width and 2 px of antialiasing and glyph overhang) holds the point
// covers it.
func covered(ops []view.Op, x, y float32) bool {
	for _, o := range ops {
		r := o.Rect
		g := o.Width/2 + 2
		switch o.Kind {
		case view.OpStrokeRect, view.OpStrokeRoundRect, view.OpDashedRect:
			// An outline covers only a band along its edges.
			inner := r.Inset(g + o.Radius)
			if inner.Contains(x, y) {
				continue
			}
		}
		if o.Kind == view.OpLine || o.Kind == view.OpArrow {
			r = view.Rect{X: min(o.From.X, o.To.X), Y: min(o.From.Y, o.To.Y), W: abs(o.To.X - o.From.X), H: abs(o.To.Y - o.From.Y)}
		}
		if o.Kind == view.OpClip || o.Kind == view.OpUnclip {
			continue
		}
		if (view.Rect{X: r.X - g, Y: r.Y - g, W: r.W + 2*g, H: r.H + 2*g}).Contains(x, y) {
			return true
		}
	}
	return false
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

func near(a, b uint8) bool { return a+3 >= b && b+3 >= a }

// countDiff counts the pixels that differ and returns their bounding box.
func countDiff(a, b *image.RGBA) (int, image.Rectangle) {
	if a.Bounds() != b.Bounds() {
		return a.Bounds().Dx() * a.Bounds().Dy(), a.Bounds()
	}
	n, box := 0, image.Rectangle{}
	for y := a.Rect.Min.Y; y < a.Rect.Max.Y; y++ {
		for x := a.Rect.Min.X; x < a.Rect.Max.X; x++ {
			if a.RGBAAt(x, y) != b.RGBAAt(x, y) {
				n++
				box = box.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	return n, box
}

// dumpPNG keeps a screenshot for a failing comparison in
// $ZOMBIELAB_BROWSER_ARTIFACTS, if set.
func dumpPNG(t *testing.T, name string, img image.Image) {
	dir := os.Getenv("ZOMBIELAB_BROWSER_ARTIFACTS")
	if dir == "" {
		return
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err == nil {
		_ = os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644)
		t.Logf("wrote %s", filepath.Join(dir, name))
	}
}
