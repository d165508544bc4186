package content

import (
	"bytes"
	"errors"
	"testing"
)

func TestPage(t *testing.T) {
	tests := []struct {
		name    string
		wantErr error
	}{
		{"walkthrough.en.md", nil},
		{"walkthrough.zh.md", nil},
		{"embedding.md", nil},
		{"walkthrough.fr.md", ErrNoPage},
		{"../go.mod", ErrNoPage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md, err := Page(tt.name)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("Page(%q) error %v, want %v", tt.name, err, tt.wantErr)
			}
			if err == nil && !bytes.HasPrefix(md, []byte("# ")) {
				t.Errorf("Page(%q) does not start with a title", tt.name)
			}
		})
	}
}
