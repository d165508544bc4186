// This file adds the directory calls of os (Modules/posixmodule.c
// os_mkdir_impl, os_rmdir_impl, os_rename_impl, os_replace_impl):
// mkdir, rmdir, rename and replace over the simulated file system;
// makedirs and removedirs are Lib/os.py's, in the os module's hidden
// Python (mod_exec.go). dir_fd is not modelled.

package pyvm

import "strings"

// DirHost is what a Host offers for directories.
type DirHost interface {
	// Mkdir makes a directory with permission bits mode (the umask
	// already applied).
	Mkdir(path string, mode int) error
	// Rmdir removes an empty directory.
	Rmdir(path string) error
	// Rename moves a file or directory (rename(2): a file replaces a
	// file, a directory an empty directory).
	Rename(src, dst string) error
}

func dirHost(in *Interp) (DirHost, error) {
	if h, ok := in.host.(DirHost); ok {
		return h, nil
	}
	return nil, osError(errENOSYS)
}

// umaskOf is the process's umask (os.umask keeps it in the os module).
func umaskOf(in *Interp) int64 {
	if mv, ok := in.modules.getStr("os"); ok {
		if v, ok := mv.(*Module).dict.getStr(osUmaskKey); ok {
			n, _ := asInt(v)
			return n
		}
	}
	return 0o022
}

func osDirFns(m *Module) {
	m.fn("mkdir", func(in *Interp, args []Value, kw []string) (Value, error) {
		vals, err := bindArgs(in.cfg.Version, "mkdir", args, kw, 2, []string{"path", "mode", "dir_fd"}, mkInt(0o777), None)
		if err != nil {
			return nil, err
		}
		if vals[2] != None {
			return nil, raisef(notImplementedClass, "os.mkdir's dir_fd is not supported by the simulator")
		}
		p, err := pathArg("mkdir", vals[:1], nil)
		if err != nil {
			return nil, err
		}
		mode, ok := asInt(vals[1])
		if !ok {
			return nil, newTypeError("'%s' object cannot be interpreted as an integer", typeName(vals[1]))
		}
		h, err := dirHost(in)
		if err != nil {
			return nil, err
		}
		return None, fileError(h.Mkdir(absPath(in, p), int(mode&0o7777&^umaskOf(in))), p)
	})
	m.fn("rmdir", func(in *Interp, args []Value, kw []string) (Value, error) {
		p, err := pathArg("rmdir", args, kw)
		if err != nil {
			return nil, err
		}
		h, err := dirHost(in)
		if err != nil {
			return nil, err
		}
		return None, fileError(h.Rmdir(absPath(in, p)), p)
	})
	for _, name := range []string{"rename", "replace"} {
		name := name
		m.fn(name, func(in *Interp, args []Value, kw []string) (Value, error) {
			if err := checkArgs(name, args, kw, 2, 2); err != nil {
				return nil, err
			}
			src, err := pathArg(name, args[:1], nil)
			if err != nil {
				return nil, err
			}
			dst, err := pathArg(name, args[1:], nil)
			if err != nil {
				return nil, err
			}
			h, err := dirHost(in)
			if err != nil {
				return nil, err
			}
			if strings.HasSuffix(src, "/") || strings.HasSuffix(dst, "/") {
				// A trailing slash asks for a directory (do_renameat2).
				if info, err := in.host.Stat(absPath(in, src)); err == nil && !info.Dir {
					return nil, fileError2(ENOTDIR, src, dst)
				}
			}
			if err := h.Rename(absPath(in, src), absPath(in, dst)); err != nil {
				return nil, fileError2(err, src, dst)
			}
			return None, nil
		})
	}
}

// fileError2 is an OSError naming two files (path_error2), shown as
// "'src' -> 'dst'".
func fileError2(err error, src, dst string) error {
	e, ok := err.(Errno)
	if !ok {
		return osError(err)
	}
	return &PyError{newExc(fileErrorClass(e), mkInt(int64(e)), Str(e.Error()), Str(src), None, Str(dst))}
}
