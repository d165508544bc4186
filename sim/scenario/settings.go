// The "# zombielab: key=value ..." settings: until, method, python
// (docs/CHECKPOINTS.md), the gallery's versions and verify, and the
// simulator-only pid_max, pids_max and init.

package scenario

import (
	"strconv"
	"strings"

	"zombielab/sim/cpython"
	"zombielab/sim/kernel"
)

// settings reads every key=value of one "# zombielab:" line. raw is the
// whole source line, used to give each error its column.
func (p *parser) settings(line, col int, raw, value string) {
	for _, field := range strings.Fields(value) {
		at := strings.Index(raw, field) + 1
		key, val, ok := strings.Cut(field, "=")
		if !ok || val == "" {
			p.errorf(line, at, "setting %q: want key=value, such as until=4.5s", field)
			continue
		}
		if err := p.setting(line, at, key, val); err != "" {
			p.errorf(line, at, "%s", err)
		}
	}
}

// minPidMax is the smallest pid_max with a pid for the main process: the
// shell takes kernel.ReservedPIDs and main the next one.
const minPidMax = kernel.ReservedPIDs + 2

// untilCheckpoint reads until=LABEL#N: the run stops right after the N-th
// snapshot of LABEL (docs/CHECKPOINTS.md). LABEL must be a checkpoint of the
// file, which is checked once every comment has been read.
func (p *parser) untilCheckpoint(line, at int, val string) string {
	label, num, _ := strings.Cut(val, "#")
	if !validLabel(label) {
		return "until=" + val + ": want a duration such as 4.5s or a checkpoint LABEL#N such as tick#5 (label: letters, digits, - and _)"
	}
	n, err := strconv.ParseUint(num, 10, 31)
	if err != nil || n == 0 || strings.HasPrefix(num, "+") {
		return "until=" + val + ": N in LABEL#N counts the times the main process reaches the checkpoint, from 1 to 2147483647, such as " + label + "#5"
	}
	p.sc.UntilCheckpoint = label + "#" + strconv.FormatUint(n, 10)
	p.untilAt = [2]int{line, at}
	return ""
}

// checkUntilLabel rejects until=LABEL#N when no checkpoint is called LABEL.
func (p *parser) checkUntilLabel() {
	if p.sc.UntilCheckpoint == "" {
		return
	}
	label, _, _ := strings.Cut(p.sc.UntilCheckpoint, "#")
	var have []string
	for _, c := range p.sc.Checkpoints {
		if c.Label == label {
			return
		}
		have = append(have, c.Label)
	}
	hint := "the file has no checkpoint: add \"# checkpoint: " + label + "\" before a statement"
	if len(have) > 0 {
		hint = "its checkpoints are " + strings.Join(have, ", ")
	}
	p.errorf(p.untilAt[0], p.untilAt[1], "until=%s: no checkpoint %q in this file; %s", p.sc.UntilCheckpoint, label, hint)
}

// setting applies one key=value and returns an error message or "".
func (p *parser) setting(line, at int, key, val string) string {
	var err error
	switch key {
	case "until":
		p.sc.Until, p.sc.UntilCheckpoint = 0, ""
		if strings.Contains(val, "#") {
			return p.untilCheckpoint(line, at, val)
		}
		p.sc.Until, err = ParseDuration(val)
		if err == nil && p.sc.Until == 0 {
			return "until=0: leave the setting out for a scenario that ends by itself"
		}
	case "method":
		p.sc.Method, err = cpython.ParseStartMethod(val)
	case "python":
		p.sc.Python, err = cpython.Parse(val)
	case "versions":
		p.sc.Versions = nil
		for _, v := range strings.Split(val, ",") {
			var ver cpython.Version
			if ver, err = cpython.Parse(v); err != nil {
				break
			}
			p.sc.Versions = append(p.sc.Versions, ver)
		}
	case "verify":
		switch val {
		case "yes":
			p.sc.Verify = true
		case "no":
			p.sc.Verify = false
		default:
			return "verify=" + val + ": want yes or no"
		}
	case "pid_max":
		// Linux accepts RESERVED_PIDS+1 (301) up to PID_MAX_LIMIT (kernel/pid.c).
		n, convErr := strconv.Atoi(val)
		if convErr != nil || n < 301 || n > 4194304 {
			return "pid_max=" + val + ": Linux accepts 301 to 4194304; to bound the number of processes use pids_max=N (a pids cgroup limit)"
		}
		if n < minPidMax {
			// With pid_max ≤ 1000 the simulated machine numbers from
			// RESERVED_PIDS (300) and its shell takes 300: with 301 no pid
			// is left for the scenario's main process.
			return "pid_max=" + val + ": the simulated shell takes pid 300, which leaves no pid for the scenario's main process; use " + strconv.Itoa(minPidMax) + " or more (to bound the number of processes use pids_max=N)"
		}
		p.sc.PidMax = n
	case "pids_max":
		// The pids cgroup controller's pids.max: fork fails with EAGAIN once
		// the group holds that many processes, zombies included.
		n, convErr := strconv.Atoi(val)
		if convErr != nil || n < 1 {
			return "pids_max=" + val + ": want a whole number of processes, at least 1"
		}
		p.sc.PidsMax = n
	case "init":
		switch val {
		case "reap":
			p.sc.Init = kernel.InitReapsAtOnce
		case "never":
			p.sc.Init = kernel.InitNeverReaps
		default:
			return "init=" + val + ": want reap or never"
		}
	default:
		return "unknown setting " + key + ": want until, method, python, versions, verify, pid_max, pids_max or init"
	}
	if err != nil {
		return err.Error()
	}
	return ""
}
