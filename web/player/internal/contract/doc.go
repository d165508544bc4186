//go:build js && wasm

// Package contract is the player's stable contract with the pages that
// embed it, kept apart from ebiten so that it can be tested on its own
// (under GOOS=js GOARCH=wasm with node): the URL parameters (Params), the
// postMessage commands a host sends (Command), and the position of a
// scenario's load error (LoadError).
//
// It does not touch the DOM, ebiten or the simulator's run; web/player does.
package contract
