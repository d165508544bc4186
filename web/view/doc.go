// Package view turns a playback snapshot and the UI state into a display
// list: rectangles, lines, circles and text in logical pixels on a fixed
// canvas, plus the hit rectangles that map clicks to player actions. It is
// pure Go with no graphics library, so everything it draws is tested on the
// host as text (golden dumps); web/player only paints the list and feeds
// input back.
//
// What it shows: the process tree (parent → child edges; an orphan's edge
// moves to its new reaper with an "adopted by N" label), each Python
// process's multiprocessing _children set as chips linked to their pids (a
// chip whose process is already reaped is drawn apart: the SIG_IGN trap), a
// timeline lane per process, the code with one marker per process, the
// console, a ps table, the narration and a control bar. State is told by
// colour (the Okabe–Ito palette, safe for colour-blind readers) and by shape
// and label: running is a solid box, sleeping a box with a "sleep"/"wait"/
// "read" tag, a zombie a grey dashed box with "<defunct>" and a "Z" badge.
//
// What it deliberately does not do: fonts, pixels, animation timing or
// input devices (web/player's job), and non-ASCII text on the canvas (the
// canvas font has no CJK glyphs: Chinese text goes to the player's HTML
// overlay through Mirror).
package view
