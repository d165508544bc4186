package pyast

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestTmpSyntaxCases(t *testing.T) {
	f, _ := os.Open(os.Getenv("CASES"))
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	agree, n, exact, sameMsg := 0, 0, 0, 0
	diffs := map[string]int{}
	posDiffs := map[string]int{}
	shown := 0
	for sc.Scan() {
		var c struct{ Src, Py string }
		json.Unmarshal(sc.Bytes(), &c)
		me := "ok"
		if _, err := Parse("f.py", []byte(c.Src)); err != nil {
			me = strings.TrimPrefix(err.Error(), "f.py:")
		}
		n++
		if (me == "ok") != (c.Py == "ok") {
			if strings.Contains(me, "not supported") || strings.Contains(me, "Missing parentheses") {
				continue
			}
			t.Logf("%q\n   py: %s\n   me: %s", c.Src, c.Py, me)
			continue
		}
		agree++
		if me == c.Py {
			exact++
		} else if strings.SplitN(me, ": ", 2)[1:][0:1] != nil && msgOf(me) == msgOf(c.Py) {
			sameMsg++
			posDiffs[msgOf(c.Py)[:min(40, len(msgOf(c.Py)))]]++
			if os.Getenv("SHOW") != "" && strings.HasPrefix(msgOf(c.Py), os.Getenv("SHOW")) && shown < 6 {
				shown++
				t.Logf("%q\n   py: %s\n   me: %s", c.Src, c.Py, me)
			}
		} else {
			diffs[msgOf(c.Py)+"  <->  "+msgOf(me)]++
			if os.Getenv("SHOWD") != "" && strings.HasPrefix(msgOf(me), os.Getenv("SHOWD")) && shown < 4 {
				shown++
				t.Logf("%q\n   py: %s\n   me: %s", c.Src, c.Py, me)
			}
		}
		if me != c.Py && os.Getenv("MSGS") != "" {
			t.Logf("%q\n   py: %s\n   me: %s", c.Src, c.Py, me)
		}
	}
	t.Logf("agree %d of %d; same message and position %d, same message %d", agree, n, exact, sameMsg)
	for k, v := range posDiffs {
		if v > 1 {
			t.Logf("pos %5d %s", v, k)
		}
	}
	for k, v := range diffs {
		if v > 1 {
			t.Logf("%5d %s", v, k)
		}
	}
}

func msgOf(s string) string {
	parts := strings.SplitN(s, ": ", 2)
	if len(parts) < 2 {
		return s
	}
	return parts[1]
}
