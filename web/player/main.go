//go:build js && wasm

// main stays thin: read the URL, open the scenario, run the game.

package main

import (
	"github.com/hajimehoshi/ebiten/v2"
)

func main() {
	g := newGame(newBridge(), query())
	ebiten.SetWindowTitle("zombielab player")
	// The host page may keep the iframe unfocused; playback goes on.
	ebiten.SetRunnableOnUnfocused(true)
	// Draw skips frames where nothing changed, so the screen must keep
	// what was drawn last.
	ebiten.SetScreenClearedEveryFrame(false)
	if err := ebiten.RunGame(g); err != nil {
		g.br.emitError(contractError(err))
	}
}
