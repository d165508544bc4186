// Package scenario reads what a scenario file says about itself in comments:
// the "# zombielab: key=value" settings of docs/CHECKPOINTS.md
// (until, method, python), the gallery's own keys (versions, verify) and
// the simulator-only pid_max and init,
// the bilingual title and lesson ("# title:", "# title.zh:", "# lesson:",
// "# lesson.zh:", "# verify.reason:"), and every "# checkpoint: LABEL" with
// the line of the statement it applies to. Settings come back in the types
// the simulator runs with, so nobody downstream parses them again: python=
// and versions= as cpython.Version (a version the simulator does not model is
// an error here, with its position), method= as cpython.StartMethod, init=
// as kernel.InitPolicy.
//
// It works on lines and comments only: it does not parse Python, so it does
// not see comments inside triple-quoted strings as anything special, and it
// judges the statement after a checkpoint by its first word. It rejects what
// the contract forbids (bad labels, a checkpoint before try/if/while/pass or
// before a clause such as else that has no line event of its own) with
// file:line:col errors.
package scenario
