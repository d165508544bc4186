// Package lang is the one type for the languages zombielab speaks: the
// player's narration and mirror, the player's lang= URL parameter, the
// teaching pages and their figures all name a language with a Lang, so that
// no two packages pass "en" and "zh" to each other as strings.
//
// It models a language, not a locale: a tag such as zh-CN or en_US parses
// to its language, and the region is dropped. What it deliberately does
// not hold: the words themselves (each package keeps its own string table
// per language) or any notion of a user's preferred language.
package lang
