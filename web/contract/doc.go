// Package contract is the player's stable contract with the pages that
// embed it (web/player/EMBEDDING.md): the URL parameters (Params, with the
// one encoder and parser of the player's query), the postMessage commands
// a host sends (Command), the messages the player sends back (ReadyMessage,
// StepMessage, ErrorMessage) and the position of a scenario's load error
// (LoadError).
//
// It is plain Go, tested natively and under GOOS=js GOARCH=wasm, and shared
// by the player (web/player), which speaks it, and the teaching pages
// (web/page), which link into the player with it. It does not touch the
// DOM, ebiten or a run of the simulator: it turns values into the
// contract's text and back, and web/player does the rest.
package contract
