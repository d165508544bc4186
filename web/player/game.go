//go:build js && wasm

// The game: Update applies the page's commands, the user's input and the
// playback clock, and recomputes the frame when the step changes; Draw
// paints it only when it changed; Layout is the fixed logical size.

package main

import (
	"math"
	"syscall/js"

	"github.com/hajimehoshi/ebiten/v2"

	"zombielab/sim/kernel"
	"zombielab/sim/playback"
	"zombielab/web/contract"
	"zombielab/web/view"
)

type game struct {
	br      *bridge
	params  contract.Params
	pl      *playback.Player // nil when the scenario failed to load
	loadErr *contract.LoadError
	snap    *playback.Snapshot

	// The frame's size in CSS pixels and the device pixel ratio: the
	// layout is chosen for the first, the canvas drawn at the second.
	cssW, cssH float32
	dpr        float64
	dark       bool // the page prefers a dark colour scheme (view.Dark)
	font       cjkLoad

	python, method string            // what the run models (runsAs), on the page's menus
	controls       contract.Controls // what the page's controls were last told

	playing bool
	focus   kernel.PID
	clock   playClock
	in      input

	target     *view.DisplayList // the current state's frame
	from       *view.DisplayList // what was on screen when target changed
	tweenAt    float64           // performance.now() when the transition from → target began
	tween      float32           // how far it has got, 0..1
	frame      *view.DisplayList // what Draw paints: target, or on the way to it
	dirty      bool              // frame changed since the last Draw
	resized    bool              // the frame's size or pixel ratio changed since the last Update
	minText    float32           // the frame's smallest text, CSS px
	drawn      int               // frames painted
	firstFrame float64           // performance.now() at the first paint
	updateMs   float64           // how long the last Update took
	seekMs     float64           // how long the last Seek took
	buildMs    float64           // how long the last frame took to build (view.Build)
	drawMs     float64           // how long the last painting Draw took
	drawSumMs  float64           // all painting Draws together (the probe's average)
	// A transition repaints every frame: the time from one paint to the
	// next while one runs, and how many such intervals (the probe's
	// frames a second while animating).
	animMs     float64
	animFrames int
	lastPaint  float64 // performance.now() at the last paint
	animating  bool    // the last paint was inside a transition
}

func newGame(br *bridge, q string) *game {
	p, errs := contract.ParseQuery(q)
	g := &game{br: br}
	win := js.Global().Get("window")
	g.cssW, g.cssH = float32(win.Get("innerWidth").Float()), float32(win.Get("innerHeight").Float())
	g.dpr = max(win.Get("devicePixelRatio").Float(), 1)
	g.followScheme(win)
	g.in.listen()
	g.br.fontSink = g.font.deliver
	g.load(p)
	for _, err := range errs {
		// A bad parameter does not stop the player: it says so and runs
		// with the default.
		br.emitError(contract.LoadError{Message: err.Error()})
	}
	return g
}

// load opens the scenario p names and goes to p.Step.
func (g *game) load(p contract.Params) {
	g.params, g.playing, g.loadErr, g.focus, g.snap = p, false, nil, 0, nil
	name, src, err := source(p)
	if src != nil {
		g.br.emit(contract.NewSource(name, src))
	}
	if err == nil {
		var pl *playback.Player
		if pl, err = open(p, name, src); err == nil {
			g.pl = pl
			g.python, g.method = runsAs(p, name, src)
		}
	}
	if err != nil {
		le := contract.PositionOf(err)
		g.loadErr, g.pl, g.snap = &le, nil, nil
		g.br.emitError(le)
		g.refresh()
		return
	}
	g.goTo(p.Step)
	g.br.emit(contract.NewReady(g.pl.Len(), g.pl.Done()))
	g.emitStep()
	g.setPlaying(p.Autoplay)
}

func contractError(err error) contract.LoadError { return contract.PositionOf(err) }

// Update runs at ebiten's tick (60 per second when frames keep up); what
// it does depends on the events queued and the time passed since the last
// one, never on how many ticks there were.
func (g *game) Update() error {
	start := now()
	defer func() { g.updateMs = now() - start }()
	if g.resized {
		// A new size: the new layout at once, no transition.
		g.resized = false
		g.refresh()
		g.tween = 1
		g.frame = g.target
		if g.snap != nil {
			// The caption's band moved with the layout: the page
			// places it again from the new step message.
			g.emitStep()
		}
	}
	if g.font.take() {
		g.dirty = true
	}
	if dark, changed := g.in.scheme(); changed {
		g.dark, g.dirty = dark, true
	}
	for _, m := range g.br.take() {
		g.command(m)
	}
	for _, a := range g.in.actions(g.target) {
		g.act(a)
	}
	if g.playing && g.pl != nil {
		g.play(g.clock.advance(g.params.Speed, start))
	}
	g.advanceTween()
	g.publish()
	return nil
}

// play moves n steps on at once: a slow frame shows where playback has got
// to by now, without building the frames in between.
func (g *game) play(n int) {
	to, end := g.snap.Step, false
	for ; n > 0; n-- {
		next := g.pl.Next(to, g.params.Into)
		if end = next == to; end {
			break
		}
		to = next
	}
	g.move(to)
	if end {
		g.setPlaying(false)
	}
}

func (g *game) command(m map[string]any) {
	c, err := contract.DecodeCommand(m, g.params)
	if err != nil {
		g.br.emitError(contract.LoadError{Message: err.Error()})
		return
	}
	switch c.Kind {
	case contract.CmdGoto:
		g.move(c.Step)
	case contract.CmdPlay:
		g.setPlaying(true)
	case contract.CmdPause:
		g.setPlaying(false)
	case contract.CmdLoad:
		g.load(c.Load)
	case contract.CmdSettings:
		g.settings(c.Load)
	case contract.CmdAct:
		g.in.buttons++
		if k, ok := view.ParseAction(c.Action); ok {
			g.act(view.Action{Kind: k})
		}
	}
}

// settings applies the page's menus: another version or start method is
// another run, opened at the same step; step into and the speed only change
// how the player moves.
func (g *game) settings(p contract.Params) {
	if g.pl == nil {
		return
	}
	name, src, err := source(p)
	if err != nil {
		return
	}
	if python, method := runsAs(p, name, src); python != g.python || method != g.method {
		p.Step = g.snap.Step
		g.load(p)
		return
	}
	if p.Into != g.params.Into {
		g.act(view.Action{Kind: view.ActInto})
	}
	if p.Speed != g.params.Speed {
		g.params.Speed = p.Speed
		g.clock.reset(now())
		g.refresh()
		g.syncURL()
	}
}

func (g *game) act(a view.Action) {
	if g.pl == nil {
		return
	}
	step := g.snap.Step
	switch a.Kind {
	case view.ActFirst:
		g.move(0)
	case view.ActBack:
		g.move(g.pl.Prev(step, g.params.Into))
	case view.ActForward:
		g.move(g.pl.Next(step, g.params.Into))
	case view.ActLast:
		if !g.pl.Done() {
			// A run that never ends by itself stops at its cap or
			// until=; "last" is the last step after one more stretch.
			g.pl.Extend(playback.KeyframeEvery * 4)
		}
		g.move(g.pl.Len() - 1)
	case view.ActPlay:
		g.setPlaying(!g.playing)
	case view.ActInto:
		g.params.Into = !g.params.Into
		g.refresh()
		g.syncURL()
	case view.ActSeekTime:
		g.move(g.pl.AtTime(a.Time))
	case view.ActFocus:
		g.focus = a.PID
		g.refresh()
	}
}

func (g *game) setPlaying(on bool) {
	if g.pl == nil || g.playing == on {
		return
	}
	g.playing = on
	g.clock.reset(now())
	g.refresh()
}

// move goes to step i (clamped) and tells the page.
func (g *game) move(i int) {
	if g.pl == nil || (g.snap != nil && g.snap.Step == i) {
		return
	}
	g.goTo(i)
	g.emitStep()
}

func (g *game) goTo(i int) {
	start := now()
	g.snap = g.pl.Seek(i)
	g.seekMs = now() - start
	g.params.Step = g.snap.Step
	g.refresh()
	g.syncURL()
}

func (g *game) syncURL() { g.br.emit(contract.NewURL(g.params)) }

func (g *game) emitStep() {
	s := g.snap
	m := view.Mirror(s, g.params.Lang)
	told := contract.Told{Lang: m.Lang, StepText: m.Step, Narration: m.Narration, Zombies: m.Zombies, Vars: m.Vars}
	l := g.layout()
	nb := view.NarrationBox(l, s)
	caption := contract.Caption{
		Canvas: [2]float32{l.W, l.H},
		Box:    [4]float32{nb.X, nb.Y, nb.W, nb.H},
	}
	// A process that died of an uncaught exception: the editor marks the
	// line (the traceback itself is on the canvas's console).
	var raised *contract.Exception
	if ex, ok := contract.LatestException(s.Console, g.pl.File()); ok {
		raised = &ex
	}
	g.br.emit(contract.NewStep(s, told, caption, raised))
}

// tweenMs is how long a transition lasts.
const tweenMs = 200

// refresh recomputes the frame from the current state and starts a
// transition from what is on screen; while playing faster than the
// transition, positions jump.
func (g *game) refresh() {
	start := now()
	g.from, g.target, g.tweenAt, g.tween = g.frame, g.build(), start, 0
	g.buildMs = now() - start
	g.measure()
	g.font.need(g.target, g.br)
	// An error replaces the run outright: nothing of it fades under the
	// message.
	if g.from == nil || g.pl == nil || (g.playing && g.params.Speed*tweenMs > 1000) {
		g.tween = 1
	}
	g.frame = view.Interpolate(g.from, g.target, ease(g.tween))
	g.dirty = true
	g.tellControls()
}

// tellControls sends the page's controls what they show, when it changed.
func (g *game) tellControls() {
	c := contract.Controls{Lang: g.params.Lang, Playing: g.playing, Speed: g.params.Speed, Into: g.params.Into,
		Python: g.python, Method: g.method, Loaded: g.pl != nil}
	if g.pl != nil && g.snap != nil {
		c.Step, c.Steps, c.Final = g.snap.Step, g.pl.Len(), g.snap.Final
		c.Label = view.StepLabel(g.snap, g.params.Lang)
	}
	if c == g.controls {
		return
	}
	g.controls = c
	g.br.emit(contract.NewControls(c))
}

func (g *game) advanceTween() {
	if g.tween >= 1 {
		return
	}
	g.tween = min(float32((now()-g.tweenAt)/tweenMs), 1)
	g.frame = view.Interpolate(g.from, g.target, ease(g.tween))
	g.dirty = true
}

// ease is a smoothstep over the transition.
func ease(t float32) float32 { return t * t * (3 - 2*t) }

// measure finds the smallest text of the frame, in CSS pixels as the
// reader sees it (for the probe: the browser tests check it at phone,
// figure and projector sizes; the controls are the page's HTML, measured
// there).
func (g *game) measure() {
	d := g.target
	s := float32(1)
	if d.W > 0 && d.H > 0 && g.cssW > 0 && g.cssH > 0 {
		s = min(g.cssW/d.W, g.cssH/d.H)
	}
	g.minText = 0
	for _, o := range d.Ops {
		if o.Kind == view.OpText && o.Text != "" && (g.minText == 0 || o.Size*s < g.minText) {
			g.minText = o.Size * s
		}
	}
}

// publish makes the state readable by window.zombielab.probe().
func (g *game) publish() {
	m := map[string]any{
		"playing": g.playing, "drawn": g.drawn, "firstFrame": g.firstFrame,
		"into": g.params.Into, "speed": g.params.Speed,
		"updateMs": g.updateMs, "buildMs": g.buildMs, "seekMs": g.seekMs, "drawMs": g.drawMs, "settled": !g.dirty && g.tween >= 1,
		"gapMs": g.clock.gap, "minText": g.minText, "buttons": g.in.buttons, "drawSumMs": g.drawSumMs, "fps": ebiten.ActualFPS(), "atlasClearings": atlas.clearings, "animMs": g.animMs, "animFrames": g.animFrames,
		"cjkFont": cjk != nil, "layout": g.layout().Kind.String(), "narrationBand": g.layout().Narration.H, "python": g.python, "method": g.method, "cssWidth": g.cssW, "cssHeight": g.cssH, "dpr": g.dpr, "keys": g.in.keys, "presses": g.in.presses, "now": now(),
	}
	if g.snap != nil {
		m["step"], m["steps"], m["procs"] = g.snap.Step, g.pl.Len(), len(g.snap.Procs)
	}
	if g.loadErr != nil {
		m["error"] = g.loadErr.Message
	}
	if g.frame != nil {
		m["width"], m["height"], m["ops"] = int(g.frame.W), int(g.frame.H), len(g.frame.Ops)
	}
	g.br.publish(m)
}

// Draw paints only when the frame changed.
func (g *game) Draw(screen *ebiten.Image) {
	if !g.dirty || g.frame == nil {
		return
	}
	start := now()
	paint(screen, g.frame, g.dark)
	g.dirty = false
	g.drawn++
	end := now()
	g.drawMs = end - start
	g.drawSumMs += g.drawMs
	if g.drawn == 1 {
		g.firstFrame = end
	}
	if g.animating {
		g.animMs += end - g.lastPaint
		g.animFrames++
	}
	g.lastPaint, g.animating = end, g.tween < 1
}

// now is performance.now(): milliseconds since the page's navigation.
func now() float64 { return js.Global().Get("performance").Call("now").Float() }

// LayoutF makes the screen the canvas's size in device pixels, so that
// text is rasterised at the device pixel ratio, not scaled up blurred; the
// frame's size in CSS pixels chooses the view's layout (a change rebuilds
// the frame).
func (g *game) LayoutF(cssW, cssH float64) (float64, float64) {
	dpr := ebiten.Monitor().DeviceScaleFactor()
	if w, h := float32(cssW), float32(cssH); w != g.cssW || h != g.cssH || dpr != g.dpr {
		g.cssW, g.cssH, g.dpr = w, h, dpr
		g.resized = true
	}
	return math.Ceil(cssW * dpr), math.Ceil(cssH * dpr)
}

// Layout is LayoutF's integer form (ebiten.Game needs it).
func (g *game) Layout(w, h int) (int, int) {
	fw, fh := g.LayoutF(float64(w), float64(h))
	return int(fw), int(fh)
}

// followScheme follows the page's prefers-color-scheme, now and when it
// changes.
func (g *game) followScheme(win js.Value) {
	mq := win.Call("matchMedia", "(prefers-color-scheme: dark)")
	g.dark = mq.Get("matches").Bool()
	g.in.on(mq, "change", func(ev js.Value) {
		g.in.mu.Lock()
		g.in.dark, g.in.schemeChanged = ev.Get("matches").Bool(), true
		g.in.mu.Unlock()
	})
}
