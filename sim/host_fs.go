// The simulated file system behind open(), os.path and os.listdir: a few
// fixed directories, the regular files the programs write (shared by every
// process of the run), /dev/null, the scenario's own file in the working
// directory, and /proc generated from the process table (procfs.go).

package sim

import (
	"slices"
	"strconv"
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/pyvm"
	"zombielab/sim/userland"
)

// simDirs are the directories that always exist.
var simDirs = []string{"/", "/bin", "/dev", "/etc", "/home", "/proc", "/root", "/tmp", "/usr", "/usr/bin", "/var", "/var/log"}

// procFile reports whether path is under /proc, resolving /proc/self, and
// returns the pid and the file name below /proc/PID ("" for the directory).
func (h *host) procPath(path string) (pid kernel.PID, file string, under bool) {
	rest, ok := strings.CutPrefix(path, "/proc/")
	if !ok {
		return 0, "", false
	}
	first, file, _ := strings.Cut(rest, "/")
	if first == "self" {
		return h.pid, file, true
	}
	n, err := strconv.Atoi(first)
	if err != nil || n <= 0 {
		return 0, "", true
	}
	return kernel.PID(n), file, true
}

// Realpath resolves /proc/self to /proc/PID.
func (h *host) Realpath(path string) string {
	if pid, file, ok := h.procPath(path); ok && pid == h.pid && strings.HasPrefix(path, "/proc/self") {
		if file == "" {
			return "/proc/" + strconv.Itoa(int(pid))
		}
		return "/proc/" + strconv.Itoa(int(pid)) + "/" + file
	}
	return path
}

func (h *host) isDir(path string) bool {
	if slices.Contains(simDirs, path) || h.s.lib.dirs[path] {
		return true
	}
	prefix := strings.TrimSuffix(path, "/") + "/"
	for p := range h.s.lib.files {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

func (h *host) scriptPath() string { return "/root/" + h.s.opt.File }

func (h *host) Stat(path string) (pyvm.FileInfo, error) {
	h.syscall()
	if pid, file, ok := h.procPath(path); ok {
		if _, live := h.s.k.Process(pid); !live {
			return pyvm.FileInfo{}, pyvm.ENOENT
		}
		if file == "" {
			return pyvm.FileInfo{Dir: true, Symlink: strings.HasPrefix(path, "/proc/self")}, nil
		}
		if file == "task" {
			return pyvm.FileInfo{Dir: true}, nil
		}
		if rest, ok := strings.CutPrefix(file, "task/"); ok {
			tid, sub, _ := strings.Cut(rest, "/")
			n, err := strconv.Atoi(tid)
			switch {
			case err != nil || !slices.Contains(h.taskIDs(pid), kernel.PID(n)):
			case sub == "":
				return pyvm.FileInfo{Dir: true}, nil
			case slices.Contains(procFiles[:4], sub):
				return pyvm.FileInfo{}, nil
			}
			return pyvm.FileInfo{}, pyvm.ENOENT
		}
		if slices.Contains(procFiles, file) {
			return pyvm.FileInfo{}, nil
		}
		return pyvm.FileInfo{}, pyvm.ENOENT
	}
	switch {
	case path == "/dev/null":
		return pyvm.FileInfo{Device: true}, nil
	case h.isDir(path):
		return pyvm.FileInfo{Dir: true}, nil
	case path == h.scriptPath():
		return pyvm.FileInfo{Size: len(h.s.opt.Source)}, nil
	}
	if b, ok := h.s.lib.files[path]; ok {
		return pyvm.FileInfo{Size: len(b)}, nil
	}
	if kind, _ := userland.Lookup(path); kind == userland.Executable {
		// A program of the userland (/bin/sh, /usr/bin/ps): it exists
		// (shutil.which, os.path.exists); its size is not modelled.
		return pyvm.FileInfo{}, nil
	}
	return pyvm.FileInfo{}, pyvm.ENOENT
}

func (h *host) ReadFile(path string) ([]byte, error) {
	h.syscall()
	if pid, file, ok := h.procPath(path); ok {
		b, found := h.procRead(pid, file)
		if !found {
			return nil, pyvm.ENOENT
		}
		return b, nil
	}
	switch {
	case path == "/dev/null":
		return nil, nil
	case h.isDir(path):
		return nil, pyvm.EISDIR
	case path == h.scriptPath():
		return h.s.opt.Source, nil
	}
	if b, ok := h.s.lib.files[path]; ok {
		return slices.Clone(b), nil
	}
	return nil, pyvm.ENOENT
}

// parentDir is the directory a new file goes in.
func parentDir(path string) string {
	i := strings.LastIndexByte(path, '/')
	if i <= 0 {
		return "/"
	}
	return path[:i]
}

func (h *host) WriteFile(path string, data []byte, appendTo bool) error {
	h.syscall()
	switch {
	case path == "/dev/null":
		return nil
	case strings.HasPrefix(path, "/proc/") || path == "/proc":
		return pyvm.EACCES
	case h.isDir(path):
		return pyvm.EISDIR
	case !h.isDir(parentDir(path)):
		return pyvm.ENOENT
	}
	if h.s.lib.files == nil {
		h.s.lib.files = map[string][]byte{}
	}
	if appendTo {
		h.s.lib.files[path] = append(h.s.lib.files[path], data...)
	} else {
		h.s.lib.files[path] = slices.Clone(data)
	}
	return nil
}

func (h *host) Remove(path string) error {
	h.syscall()
	if _, ok := h.s.lib.files[path]; ok {
		delete(h.s.lib.files, path)
		delete(h.s.lib.modes, path)
		return nil
	}
	switch {
	case h.isDir(path):
		return pyvm.EISDIR
	case strings.HasPrefix(path, "/proc/"), path == "/dev/null":
		return pyvm.EACCES
	}
	return pyvm.ENOENT
}

func (h *host) ListDir(path string) ([]string, error) {
	h.syscall()
	if path == "/proc" {
		var names []string
		for _, p := range h.s.k.Snapshot().Procs {
			names = append(names, strconv.Itoa(int(p.PID)))
		}
		return append(names, "self"), nil
	}
	if pid, file, ok := h.procPath(path); ok {
		_, live := h.s.k.Process(pid)
		switch {
		case !live:
			return nil, pyvm.ENOENT
		case file == "":
			return slices.Clone(procFiles), nil
		case file == "task":
			var names []string
			for _, t := range h.taskIDs(pid) {
				names = append(names, strconv.Itoa(int(t)))
			}
			return names, nil
		}
		if rest, ok := strings.CutPrefix(file, "task/"); ok && !strings.Contains(rest, "/") {
			if n, err := strconv.Atoi(rest); err == nil && slices.Contains(h.taskIDs(pid), kernel.PID(n)) {
				return slices.Clone(procFiles[:4]), nil
			}
		}
		return nil, pyvm.ENOENT
	}
	if !h.isDir(path) {
		if _, err := h.Stat(path); err == nil {
			return nil, pyvm.ENOTDIR
		}
		return nil, pyvm.ENOENT
	}
	prefix := strings.TrimSuffix(path, "/") + "/"
	seen := map[string]bool{}
	var names []string
	add := func(p string) {
		if rest, ok := strings.CutPrefix(p, prefix); ok && rest != "" {
			name, _, _ := strings.Cut(rest, "/")
			if !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	for p := range h.s.lib.files {
		add(p)
	}
	for p := range h.s.lib.dirs {
		add(p)
	}
	for _, d := range simDirs {
		add(d)
	}
	add(h.scriptPath())
	if path == "/dev" {
		add("/dev/null")
	}
	slices.Sort(names)
	return names, nil
}

// modeOf is path's permission bits, and whether it exists: what chmod set,
// else 0644 for a regular file, 0755 for a directory or a program of the
// userland, 0666 for /dev/null (Debian's defaults with umask 022).
func (h *host) modeOf(path string) (int, bool) {
	if _, _, ok := h.procPath(path); ok {
		_, err := h.statNoCost(path)
		return 0o555, err == nil
	}
	exists := true
	def := 0o644
	switch kind, _ := userland.Lookup(path); {
	case path == "/dev/null":
		def = 0o666
	case h.isDir(path), kind == userland.Executable, kind == userland.Directory:
		def = 0o755
	case path == h.scriptPath():
	default:
		_, exists = h.s.lib.files[path]
	}
	if m, ok := h.s.lib.modes[path]; ok && exists {
		return m, true
	}
	return def, exists
}

// statNoCost is Stat without charging a system call (for modeOf).
func (h *host) statNoCost(path string) (pyvm.FileInfo, error) {
	pid, file, _ := h.procPath(path)
	if _, live := h.s.k.Process(pid); !live {
		return pyvm.FileInfo{}, pyvm.ENOENT
	}
	if file == "" || slices.Contains(procFiles, file) {
		return pyvm.FileInfo{}, nil
	}
	return pyvm.FileInfo{}, pyvm.ENOENT
}

// Chmod is chmod(2) as root: any existing path; /proc refuses (EPERM, as
// its files are owned by the process and not changeable here).
func (h *host) Chmod(path string, mode int) error {
	h.syscall()
	if _, _, ok := h.procPath(path); ok {
		return pyvm.EPERM
	}
	if _, ok := h.modeOf(path); !ok {
		return pyvm.ENOENT
	}
	if h.s.lib.modes == nil {
		h.s.lib.modes = map[string]int{}
	}
	h.s.lib.modes[path] = mode
	return nil
}

// Access is access(2) for root (fs/namei.c generic_permission with
// CAP_DAC_OVERRIDE): reading and writing are always allowed, executing
// when some execute bit is set or for a directory.
func (h *host) Access(path string, mode int) (bool, error) {
	h.syscall()
	m, ok := h.modeOf(path)
	if !ok {
		return false, pyvm.ENOENT
	}
	if mode&1 != 0 && m&0o111 == 0 && !h.isDir(path) {
		return false, pyvm.EACCES
	}
	return true, nil
}

// exists reports whether path names anything: a file, a directory, a
// /proc entry, a program of the userland.
func (h *host) exists(path string) bool {
	if _, _, ok := h.procPath(path); ok {
		_, err := h.statNoCost(path)
		return err == nil || path == "/proc"
	}
	_, ok := h.modeOf(path)
	return ok || h.isDir(path)
}

// Mkdir is mkdir(2) as root: mode is already masked by the umask.
func (h *host) Mkdir(path string, mode int) error {
	h.syscall()
	parent := parentDir(path)
	switch {
	case h.exists(path):
		return pyvm.EEXIST
	case strings.HasPrefix(path, "/proc/"):
		return pyvm.ENOENT
	case !h.isDir(parent) && h.exists(parent):
		return pyvm.ENOTDIR
	case !h.isDir(parent):
		return pyvm.ENOENT
	}
	if h.s.lib.dirs == nil {
		h.s.lib.dirs = map[string]bool{}
	}
	h.s.lib.dirs[path] = true
	if h.s.lib.modes == nil {
		h.s.lib.modes = map[string]int{}
	}
	h.s.lib.modes[path] = mode
	return nil
}

// under reports whether anything exists below directory path.
func (h *host) under(path string) bool {
	prefix := strings.TrimSuffix(path, "/") + "/"
	for p := range h.s.lib.files {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	for p := range h.s.lib.dirs {
		if strings.HasPrefix(p, prefix) {
			return true
		}
	}
	return false
}

// Rmdir is rmdir(2): only an empty directory a program made goes; the
// system's own directories are never empty on a real machine.
func (h *host) Rmdir(path string) error {
	h.syscall()
	switch {
	case !h.exists(path):
		return pyvm.ENOENT
	case !h.isDir(path):
		return pyvm.ENOTDIR
	case path == "/" || path == "/proc":
		return pyvm.EBUSY
	case !h.s.lib.dirs[path] || h.under(path):
		return pyvm.ENOTEMPTY
	}
	delete(h.s.lib.dirs, path)
	delete(h.s.lib.modes, path)
	return nil
}

// Rename is rename(2) within the programs' files and directories: a file
// replaces a file; a directory moves with everything below it and replaces
// only an empty directory (fs/namei.c do_renameat2's checks).
func (h *host) Rename(src, dst string) error {
	h.syscall()
	srcDir := h.isDir(src)
	switch {
	case strings.HasPrefix(src, "/proc/") || strings.HasPrefix(dst, "/proc/"):
		return pyvm.EXDEV // another file system
	case !h.exists(src):
		return pyvm.ENOENT
	case src == dst:
		return nil
	case !h.isDir(parentDir(dst)) && h.exists(parentDir(dst)):
		return pyvm.ENOTDIR
	case !h.isDir(parentDir(dst)):
		return pyvm.ENOENT
	case srcDir && strings.HasPrefix(dst, src+"/"):
		return pyvm.EINVAL // the source is an ancestor of the target
	case strings.HasPrefix(src, dst+"/"):
		return pyvm.ENOTEMPTY // the target is an ancestor of the source
	case !srcDir && h.isDir(dst):
		return pyvm.EISDIR
	case srcDir && h.exists(dst) && !h.isDir(dst):
		return pyvm.ENOTDIR
	case srcDir && h.isDir(dst) && (h.under(dst) || !h.s.lib.dirs[dst]):
		return pyvm.ENOTEMPTY
	case srcDir && !h.s.lib.dirs[src], !srcDir && !h.hasFile(src):
		return pyvm.EBUSY // a system directory or file
	}
	move := func(from, to string) {
		if b, ok := h.s.lib.files[from]; ok {
			delete(h.s.lib.files, from)
			h.s.lib.files[to] = b
		}
		if h.s.lib.dirs[from] {
			delete(h.s.lib.dirs, from)
			h.s.lib.dirs[to] = true
		}
		if m, ok := h.s.lib.modes[from]; ok {
			delete(h.s.lib.modes, from)
			h.s.lib.modes[to] = m
		} else {
			delete(h.s.lib.modes, to)
		}
	}
	if !srcDir {
		move(src, dst)
		return nil
	}
	prefix := src + "/"
	var below []string
	for p := range h.s.lib.files {
		if strings.HasPrefix(p, prefix) {
			below = append(below, p)
		}
	}
	for p := range h.s.lib.dirs {
		if strings.HasPrefix(p, prefix) {
			below = append(below, p)
		}
	}
	slices.Sort(below)
	delete(h.s.lib.dirs, dst)
	move(src, dst)
	for _, p := range below {
		move(p, dst+"/"+strings.TrimPrefix(p, prefix))
	}
	return nil
}

// hasFile reports a regular file of the programs.
func (h *host) hasFile(path string) bool {
	_, ok := h.s.lib.files[path]
	return ok
}

// FileSize is a regular file's size, with no system call charged
// (pyvm.FileSizer).
func (h *host) FileSize(path string) (int, bool) {
	b, ok := h.s.lib.files[path]
	return len(b), ok
}
