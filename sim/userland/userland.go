package userland

import (
	"bytes"
	"embed"
	"path"
	"strings"
)

//go:embed bin/*.py lib/*.py
var files embed.FS

// Kind is what a path names in the simulated file system.
type Kind uint8

const (
	NotFound   Kind = iota // ENOENT
	Directory              // exec gives EACCES
	Executable             // a program of this package, or python3
	Device                 // /dev/null: not executable (EACCES)
	NotDir                 // a path through a non-directory (ENOTDIR)
)

func (k Kind) String() string {
	return [...]string{"not found", "directory", "executable", "device", "not a directory"}[k]
}

// Python is the program name Lookup gives for every CPython executable; the
// simulator runs it with a fresh interpreter rather than a file of bin/.
const Python = "python3"

// dirs are the directories of the simulated file system (Debian with the
// merged /usr: /bin is /usr/bin).
var dirs = []string{"/", "/bin", "/dev", "/etc", "/home", "/proc", "/root", "/sbin", "/tmp",
	"/usr", "/usr/bin", "/usr/lib", "/usr/local", "/usr/local/bin", "/usr/local/sbin", "/usr/sbin", "/var"}

// programs maps an executable's base name to the program that runs it.
var programs = map[string]string{
	"sh": "sh", "dash": "sh",
	"true": "true", "false": "false", "sleep": "sleep", "echo": "echo",
	"cat": "cat", "ls": "ls", "ps": "ps", "grep": "grep", "wc": "wc", "kill": "kill", "head": "head", "env": "env", "pwd": "pwd", "tail": "tail", "cut": "cut", "tr": "tr", "pgrep": "pgrep", "pkill": "pgrep", "xargs": "xargs", "awk": "awk", "mawk": "awk", "pstree": "pstree",
	"python3": Python, "python": Python,
	"python3.8": Python, "python3.9": Python, "python3.10": Python, "python3.11": Python,
	"python3.12": Python, "python3.13": Python, "python3.14": Python,
}

// Lookup says what an absolute, clean path is: a directory, /dev/null, one
// of the executables in /bin and /usr/bin (the same files: /bin links to
// usr/bin) with the program that runs it, or nothing.
func Lookup(p string) (Kind, string) {
	p = path.Clean(p)
	for _, d := range dirs {
		if p == d {
			return Directory, ""
		}
	}
	if p == "/dev/null" {
		return Device, ""
	}
	dir, base := path.Split(p)
	dir = strings.TrimSuffix(dir, "/")
	if dir == "/bin" || dir == "/usr/bin" {
		if prog, ok := programs[base]; ok {
			return Executable, prog
		}
	}
	// A path through a file: /bin/sh/x, /dev/null/x.
	for d := dir; d != "/" && d != ""; d = path.Dir(d) {
		if k, _ := Lookup(d); k == Executable || k == Device {
			return NotDir, ""
		}
	}
	return NotFound, ""
}

// Program returns the Python-subset source of a program of bin/ (for
// example "sh") and its file name as tracebacks show it.
//
// A program whose first line is "# uses: _regex" gets bin/_regex.py, the
// regular expressions grep, pgrep and awk share, put before it.
func Program(name string) (string, []byte, bool) {
	if strings.HasPrefix(name, "_") {
		return "", nil, false
	}
	b, err := files.ReadFile("bin/" + name + ".py")
	if err != nil {
		return "", nil, false
	}
	if bytes.HasPrefix(b, []byte("# uses: _regex\n")) {
		lib, err := files.ReadFile("bin/_regex.py")
		if err != nil {
			panic("userland: " + err.Error())
		}
		b = append(append(lib[:len(lib):len(lib)], '\n'), b...)
	}
	return "/usr/bin/" + name, b, true
}

// Source gives a pure-Python library module of lib/ (subprocess), for the
// interpreter's Loader.
func Source(module string) (string, []byte, bool) {
	if strings.ContainsAny(module, "./") {
		return "", nil, false
	}
	b, err := files.ReadFile("lib/" + module + ".py")
	if err != nil {
		return "", nil, false
	}
	// Named relative to Lib/, as sim/pylib names its files, which is how
	// the player's code panel finds a library file's module.
	return module + ".py", b, true
}
