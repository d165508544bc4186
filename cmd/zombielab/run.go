package main

import (
	"fmt"
	"io"
)

func runCmd(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "zombielab run: not wired yet")
	return 2
}
