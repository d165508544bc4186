//go:build js && wasm

// Command player is zombielab's WebAssembly player: an ebiten game that
// runs a scenario in the browser (the whole simulator is in the wasm, no
// server) and plays it back step by step. It is its own page, player.html,
// meant for an iframe; the host page drives it with postMessage and every
// state is in its URL (web/contract holds both, and EMBEDDING.md documents
// them).
//
// The split follows Ebitengine's habits: Update holds all logic (commands
// from the page, input, the playback clock), Draw only paints the display
// list that web/view computed. Three habits are deliberately not ebiten's:
// input is not polled per tick but queued from the page's DOM events
// (input.go), playback counts wall-clock time, not ticks (clock.go), so
// that a machine drawing two frames a second loses no press and plays at
// the speed asked for; and the screen is the canvas in device pixels
// (LayoutF), the view laid out for the frame's size in CSS pixels and every
// op scaled on the way (paint.go), so that text is crisp and never under 12
// CSS pixels. Chinese text on the canvas uses a CJK font the page loads
// the first time it is needed (cjk.go). What stays HTML — the Chinese
// narration caption, the editor, the settings menu, the screen-reader
// mirror — is in player.html, fed by the bridge.
//
// It deliberately holds no drawing decisions (web/view does, tested on the
// host) and no simulation (sim/playback does).
package main
