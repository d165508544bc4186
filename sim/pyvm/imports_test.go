// This file enforces the package boundary: the VM uses the standard library
// only, and none of the packages that would break determinism or the wasm
// build (os, time, net, sync, syscall/js, math/rand).

package pyvm

import (
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestImports(t *testing.T) {
	allowed := map[string]bool{"crypto/md5": true, "crypto/pbkdf2": true, "crypto/sha1": true, "crypto/sha256": true, "crypto/sha3": true, "crypto/sha512": true, "encoding": true, "encoding/hex": true, "hash": true, "encoding/binary": true, "maps": true, "errors": true, "fmt": true, "math": true, "math/big": true, "sort": true,
		"strconv": true, "strings": true, "unicode": true, "unicode/utf8": true,
		"zombielab/sim/pyast": true, "zombielab/sim/cpython": true}
	files, _ := filepath.Glob("*.go")
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			path, _ := strconv.Unquote(imp.Path.Value)
			if !allowed[path] {
				t.Errorf("%s imports %s, which the simulator core may not use", file, path)
			}
		}
		if len(f.Comments) == 0 || f.Comments[0].Pos() > f.Package {
			t.Errorf("%s does not open with a comment saying what it implements", file)
		}
		if f.Doc != nil && file != "doc.go" {
			t.Errorf("%s has a package comment; only doc.go should", file)
		}
	}
}
