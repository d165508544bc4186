// os.chmod and os.access over the simulated file system (issue 16: a
// program writes a script, makes it executable and runs it). The host
// keeps the permission bits; a host without them (tests) refuses.

package pyvm

// ModeHost is the optional part of a Host that keeps permission bits.
type ModeHost interface {
	// Chmod is chmod(2): ENOENT for a missing path.
	Chmod(path string, mode int) error
	// Access is access(2) for root, as the simulated programs run: F_OK,
	// R_OK and W_OK hold for any existing path, X_OK when some execute
	// bit is set (or for a directory).
	Access(path string, mode int) (bool, error)
}

func osModeFns(m *Module) {
	m.fn("chmod", osChmod)
	m.fn("access", osAccess)
}

func modeHost(in *Interp, name string) (ModeHost, error) {
	if h, ok := in.host.(ModeHost); ok {
		return h, nil
	}
	return nil, raisef(notImplementedClass, "os.%s is not supported by the simulator here (this host keeps no file modes)", name)
}

// osChmod is os.chmod(path, mode) (Modules/posixmodule.c os_chmod_impl;
// dir_fd and follow_symlinks are not modelled).
func osChmod(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("chmod", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := pathArg("chmod", args[:1], nil)
	if err != nil {
		return nil, err
	}
	mode, ok := asInt(args[1])
	if !ok {
		return nil, newTypeError("an integer is required")
	}
	h, err := modeHost(in, "chmod")
	if err != nil {
		return nil, err
	}
	return None, fileError(h.Chmod(absPath(in, p), int(mode)&0o7777), p)
}

// osAccess is os.access(path, mode): False, not an error, for a missing
// path.
func osAccess(in *Interp, args []Value, kw []string) (Value, error) {
	if err := checkArgs("access", args, kw, 2, 2); err != nil {
		return nil, err
	}
	p, err := pathArg("access", args[:1], nil)
	if err != nil {
		return nil, err
	}
	mode, ok := asInt(args[1])
	if !ok {
		return nil, newTypeError("an integer is required")
	}
	h, err := modeHost(in, "access")
	if err != nil {
		return nil, err
	}
	ok, err = h.Access(absPath(in, p), int(mode))
	return mkBool(ok && err == nil), nil
}

// Cwd is in's working directory (os.getcwd()).
func Cwd(in *Interp) string { return cwdOf(in) }

// CwdAttr is the os module attribute that holds the working directory: a
// host starts an exec'd program in its caller's directory by setting it.
const CwdAttr = osCwdKey
