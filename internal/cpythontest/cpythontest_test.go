package cpythontest

import (
	"os"
	"testing"
)

func TestFind(t *testing.T) {
	if p := Find(2, 99); p != "" {
		t.Errorf("Find(2, 99) = %q, want none", p)
	}
	for _, minor := range []int{8, 11, 13} {
		if p := Find(3, minor); p != "" {
			if st, err := os.Stat(p); err != nil || st.IsDir() {
				t.Errorf("Find(3, %d) = %q, not a file: %v", minor, p, err)
			}
		}
	}
}
