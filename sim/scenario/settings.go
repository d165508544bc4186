// The "# zombielab: key=value ..." settings: until, method, python
// (CHECKPOINTS.md), the gallery's versions and verify, and the
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
		if err := p.setting(key, val); err != "" {
			p.errorf(line, at, "%s", err)
		}
	}
}

// setting applies one key=value and returns an error message or "".
func (p *parser) setting(key, val string) string {
	var err error
	switch key {
	case "until":
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
