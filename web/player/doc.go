//go:build js && wasm

// Command player is zombielab's WebAssembly player: an ebiten game that
// runs a scenario in the browser (the whole simulator is in the wasm, no
// server) and plays it back step by step. It is its own page, player.html,
// meant for an iframe; the host page drives it with postMessage and every
// state is in its URL (web/contract holds both, and EMBEDDING.md documents
// them).
//
// The split follows Ebitengine's habits: Update holds all logic at the fixed
// tick (commands from the page, input, the playback clock), Draw only
// paints the display list that web/view computed, and Layout returns the
// view's fixed logical size. What the canvas cannot show — Chinese text,
// the editor, the screen-reader mirror — is HTML in player.html, fed by the
// bridge.
//
// It deliberately holds no drawing decisions (web/view does, tested on the
// host) and no simulation (sim/playback does).
package main
