// This file keeps a module's names to the CPython version run: a name that
// only later versions' module has (functools.cache, math.lcm, datetime.UTC)
// is missing under an earlier one, as an attribute (AttributeError), in
// `from ... import` (ImportError) and in dir(), though the simulated module
// defines it for every version. The names and versions are measured
// (lib_versions_table.go).

package pyvm

import (
	"strconv"
	"strings"
)

// absentNames[m-8][module] holds the names of module that 3.m lacks, and
// presentNames[m-8][module] those it has, of the names of the table.
var absentNames, presentNames = func() (absent, present [6]map[string]map[string]bool) {
	for i := range absent {
		absent[i], present[i] = map[string]map[string]bool{}, map[string]map[string]bool{}
	}
	for rest := libVersionTable; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue
		}
		has := map[string]bool{}
		for _, m := range strings.Split(f[2], ",") {
			has[m] = true
		}
		for i := range absent {
			sets := absent
			if has[strconv.Itoa(i+8)] {
				sets = present
			}
			if sets[i][f[0]] == nil {
				sets[i][f[0]] = map[string]bool{}
			}
			sets[i][f[0]][f[1]] = true
		}
	}
	return absent, present
}()

// gate gives module m the names this interpreter's version lacks.
func (in *Interp) gate(m *Module) *Module {
	minor := min(max(in.cfg.Version.Minor, 8), 13)
	m.absent = absentNames[minor-8][m.name]
	return m
}

// versionHas reports whether this version's CPython module has name, of
// the names only some versions have (random.randbytes from 3.9).
func (in *Interp) versionHas(module, name string) bool {
	if in == nil {
		return false
	}
	minor := min(max(in.cfg.Version.Minor, 8), 13)
	return presentNames[minor-8][module][name]
}

// lacks reports whether m's name is one this version's module does not
// have (gate).
func (m *Module) lacks(name string) bool {
	return m.absent != nil && m.absent[name]
}
