// The Python side of the probe, embedded and written to a fresh directory
// for each run.

package probe

import (
	"embed"
	"os"
	"path/filepath"
)

//go:embed launcher.py py/sitecustomize.py py/_zl_probe.py
var pyFiles embed.FS

// writePython copies the embedded Python files into dir (launcher.py at the
// top, the sitecustomize package directory under py/).
func writePython(dir string) error {
	for _, name := range []string{"launcher.py", "py/sitecustomize.py", "py/_zl_probe.py"} {
		data, err := pyFiles.ReadFile(name)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
