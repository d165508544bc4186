package pyast

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestTmpDifferential(t *testing.T) {
	dir := os.Getenv("CORPUS")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	out, _ := os.Create("/tmp/diff_go.jsonl")
	defer out.Close()
	for _, f := range files {
		b, _ := os.ReadFile(f)
		lines := strings.SplitN(string(b), "\n", 2)
		if len(lines) < 2 {
			continue
		}
		body := strings.TrimSpace(lines[1])
		body = strings.TrimSuffix(strings.TrimPrefix(body, "[]byte("), ")")
		src, err := strconv.Unquote(body)
		if err != nil {
			continue
		}
		res := "ok"
		if _, err := Parse("f.py", []byte(src)); err != nil {
			res = err.Error()
		}
		j, _ := json.Marshal(map[string]string{"src": src, "res": res})
		out.Write(append(j, '\n'))
	}
}
