// Reading a stream of snapshots: one JSON object per line, other lines
// ignored (docs/CHECKPOINTS.md: "Lines on stdout that are not JSON snapshots are
// ignored by the comparison").

package checkpoint

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// maxLine bounds one line of a stream; a snapshot of a large family is a few
// kilobytes, a scenario's own output lines are usually shorter.
const maxLine = 4 << 20

// ParseStream reads snapshots from r in order. A line that is not a JSON
// object, or a JSON object without a "label" key, is skipped. A line that
// claims to be a snapshot (an object with "label") but does not decode is an
// error naming its line number.
func ParseStream(r io.Reader) ([]Snapshot, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxLine)
	var out []Snapshot
	for n := 1; sc.Scan(); n++ {
		s, ok, err := parseLine(sc.Bytes())
		if err != nil {
			return out, fmt.Errorf("checkpoint stream line %d: %v", n, err)
		}
		if ok {
			out = append(out, s)
		}
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("checkpoint stream: %v", err)
	}
	return out, nil
}

func parseLine(line []byte) (Snapshot, bool, error) {
	line = bytes.TrimSpace(line)
	if len(line) == 0 || line[0] != '{' {
		return Snapshot{}, false, nil
	}
	var keys map[string]json.RawMessage
	if json.Unmarshal(line, &keys) != nil {
		return Snapshot{}, false, nil
	}
	if _, ok := keys["label"]; !ok {
		return Snapshot{}, false, nil
	}
	var s Snapshot
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return Snapshot{}, false, fmt.Errorf("bad snapshot: %v", err)
	}
	if s.Label == "" {
		return Snapshot{}, false, fmt.Errorf("bad snapshot: empty label")
	}
	s.Normalize()
	return s, true, nil
}
