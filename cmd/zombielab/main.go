// Command zombielab runs, verifies and publishes process-lifecycle scenarios.
//
//	zombielab run FILE.py|NAME [flags]     simulate a scenario
//	zombielab verify [flags] FILE.py|PATTERN|NAME|all...
//	zombielab build [-o dist]              write the static site
//	zombielab serve [--addr 127.0.0.1:8080] build, then serve it
//
// main stays thin: each subcommand lives in its own file and owns its flags.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"run", "simulate a scenario and print what its processes write (or --trace, --ps-at, --json, --checkpoints)", runCmd},
		{"verify", "run scenarios under real CPython too and compare the checkpoints", verifyCmd},
		{"build", "write the static site to a folder", buildCmd},
		{"serve", "build the static site and serve it on 127.0.0.1", serveCmd},
	}
}

func main() {
	paceGC()
	os.Exit(profiled(func() int { return dispatch(os.Args[1:], os.Stdout, os.Stderr) }))
}

// profiled runs f under Go's CPU profiler when ZOMBIELAB_CPUPROFILE names a
// file: how the README's performance figures for `run` were broken down.
func profiled(f func() int) int {
	path := os.Getenv("ZOMBIELAB_CPUPROFILE")
	if path == "" {
		return f()
	}
	out, err := os.Create(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "zombielab: ZOMBIELAB_CPUPROFILE: %v\n", err)
		return 2
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		fmt.Fprintf(os.Stderr, "zombielab: ZOMBIELAB_CPUPROFILE: %v\n", err)
		return 2
	}
	defer pprof.StopCPUProfile()
	return f()
}

func dispatch(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "zombielab: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: zombielab <command> [arguments]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-7s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'zombielab <command> -h' for a command's flags.")
}
