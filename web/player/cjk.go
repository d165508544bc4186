//go:build js && wasm

// The CJK font, loaded lazily: main.wasm carries only Go Mono, and the
// first frame with a wide character (view.IsWide: Chinese program output, a
// Chinese comment in the code) asks the page for wqy-microhei-subset.ttf,
// a 0.8 MB subset of WenQuanYi Micro Hei (Apache-2.0; see
// wqy-microhei-LICENSE.txt) covering GB2312's 3,755 common hanzi, its
// punctuation and symbols, and every CJK character of the site's texts,
// from the same origin. When it arrives, the frame is painted again.

package main

import (
	"sync"
	"syscall/js"

	"golang.org/x/image/font/opentype"

	"zombielab/web/view"
)

// cjk is the loaded CJK font; nil until then.
var cjk *opentype.Font

// cjkLoad is the font's state between the page's callback and Update.
type cjkLoad struct {
	mu        sync.Mutex
	requested bool
	arrived   []byte // the font's bytes, until Update takes them
	failed    string
}

// need asks the page for the font the first time d has wide text.
func (c *cjkLoad) need(d *view.DisplayList, br *bridge) {
	if c.requested || cjk != nil || !hasWide(d) || br.host.Type() != js.TypeObject {
		return
	}
	c.requested = true
	br.host.Call("loadFont", "wqy-microhei-subset.ttf")
}

func hasWide(d *view.DisplayList) bool {
	for _, o := range d.Ops {
		if o.Kind != view.OpText {
			continue
		}
		for _, r := range o.Text {
			if view.IsWide(r) {
				return true
			}
		}
	}
	return false
}

// deliver is called by the page with the font's bytes (a Uint8Array) or
// an error message.
func (c *cjkLoad) deliver(args []js.Value) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(args) == 0 || args[0].Type() != js.TypeObject {
		c.failed = "the CJK font could not be loaded"
		if len(args) > 0 && args[0].Type() == js.TypeString {
			c.failed += ": " + args[0].String()
		}
		return
	}
	b := make([]byte, args[0].Get("length").Int())
	js.CopyBytesToGo(b, args[0])
	c.arrived = b
}

// take installs the font if it arrived; true when the frame must be
// painted again.
func (c *cjkLoad) take() bool {
	c.mu.Lock()
	b := c.arrived
	c.arrived = nil
	c.mu.Unlock()
	if b == nil {
		return false
	}
	src, err := opentype.Parse(b)
	if err != nil {
		c.mu.Lock()
		c.failed = "the CJK font: " + err.Error()
		c.mu.Unlock()
		return false
	}
	cjk = src
	clear(faces)
	atlas.forget()
	return true
}
