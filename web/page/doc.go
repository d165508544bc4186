// Package page renders zombielab's teaching pages: the walkthrough in
// English and Chinese, the scenario gallery and the embedding guide, as a
// static site around the player (player.html, issue 6).
//
// It follows goldmark's own design: the ```zombielab fenced block is turned
// into a Figure node by an AST transformer, drawn by its own renderer, and
// both are installed by an Extender (FigureExtension). Output is safe by
// default: raw HTML in the Markdown is omitted, every attribute and caption
// is escaped, and the pages run under a Content-Security-Policy that allows
// only the site's own origin.
//
// A figure is checked when the page is built, never in the browser: its
// scenario must be in the gallery (package content) and its step must lie
// within that scenario's trace, which is counted by running the simulator
// (package sim) once per scenario, version and start method.
//
// What it deliberately does not do: serve or write files (the CLI does, from
// the map Build returns), compile the player, or run the simulator in the
// browser. Its pages talk to the player only through the player's URL
// parameters, written by the player's own contract (web/contract), and its
// postMessage API.
package page
