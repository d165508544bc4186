//go:build js && wasm

// The bridge to the page: window.zombielab.command(msg) queues commands
// from player.js (which relays the host's postMessage), and emit calls
// window.zombielabHost.emit(msg) for what the page shows or forwards: the
// messages of web/contract (ready, step and error for the host, source and
// url for the page itself), as the objects their JSON describes.

package main

import (
	"encoding/json"
	"sync"
	"syscall/js"

	"zombielab/web/contract"
)

// bridge is shared by the JS event callbacks and the game's Update, which
// run on different goroutines.
type bridge struct {
	mu     sync.Mutex
	queue  []map[string]any
	host   js.Value
	funcs  []js.Func
	probed map[string]any // the game's latest published state
	// fontSink receives the CJK font's bytes from the page (cjk.go).
	fontSink func([]js.Value)
}

func newBridge() *bridge {
	b := &bridge{host: js.Global().Get("zombielabHost")}
	api := js.Global().Get("Object").New()
	api.Set("command", b.fn(func(args []js.Value) any {
		if len(args) > 0 && args[0].Type() == js.TypeObject {
			b.push(toMap(args[0]))
		}
		return nil
	}))
	// probe is for the browser tests and for debugging: the state the game
	// last published, as JSON-like data.
	api.Set("probe", b.fn(func([]js.Value) any {
		b.mu.Lock()
		defer b.mu.Unlock()
		if b.probed == nil {
			return nil
		}
		return js.ValueOf(b.probed)
	}))
	// font is the page's answer to host.loadFont: the font's bytes, or a
	// message saying why not.
	api.Set("font", b.fn(func(args []js.Value) any {
		if b.fontSink != nil {
			b.fontSink(args)
		}
		return nil
	}))
	js.Global().Set("zombielab", api)
	return b
}

func (b *bridge) fn(f func([]js.Value) any) js.Func {
	jf := js.FuncOf(func(this js.Value, args []js.Value) any { return f(args) })
	b.funcs = append(b.funcs, jf)
	return jf
}

func (b *bridge) push(m map[string]any) {
	b.mu.Lock()
	b.queue = append(b.queue, m)
	b.mu.Unlock()
}

// take returns the queued messages, oldest first.
func (b *bridge) take() []map[string]any {
	b.mu.Lock()
	defer b.mu.Unlock()
	q := b.queue
	b.queue = nil
	return q
}

// publish sets what probe answers; m must not change afterwards.
func (b *bridge) publish(m map[string]any) {
	b.mu.Lock()
	b.probed = m
	b.mu.Unlock()
}

// emit sends one of web/contract's messages to player.js; a page without
// the host object (the wasm run some other way) simply gets nothing.
func (b *bridge) emit(msg contract.Message) {
	if b.host.Type() != js.TypeObject {
		return
	}
	data, err := json.Marshal(msg)
	if err != nil {
		// Only a value outside its type's range (a Lang past ZH) fails;
		// say so rather than send nothing.
		data, _ = json.Marshal(contract.NewError(contract.LoadError{Message: "the player: " + err.Error()}))
	}
	b.host.Call("emit", js.Global().Get("JSON").Call("parse", string(data)))
}

func (b *bridge) emitError(le contract.LoadError) { b.emit(contract.NewError(le)) }

// query is the page's location.search.
func query() string { return js.Global().Get("location").Get("search").String() }

// toMap copies a message's own fields that are strings, numbers or
// booleans; anything else a host sends is ignored.
func toMap(v js.Value) map[string]any {
	m := map[string]any{}
	keys := js.Global().Get("Object").Call("keys", v)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		switch f := v.Get(k); f.Type() {
		case js.TypeString:
			m[k] = f.String()
		case js.TypeNumber:
			m[k] = f.Float()
		case js.TypeBoolean:
			m[k] = f.Bool()
		}
	}
	return m
}
