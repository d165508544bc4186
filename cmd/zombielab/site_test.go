// Tests of the site server: MIME types, the choice of a precompressed twin,
// and paths that must not escape the built folder.

package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/andybalholm/brotli"
)

func TestParseAcceptEncoding(t *testing.T) {
	tests := []struct {
		name   string
		header string
		want   map[string]bool
	}{
		{"empty", "", map[string]bool{}},
		{"chrome", "gzip, deflate, br, zstd", map[string]bool{"gzip": true, "deflate": true, "br": true, "zstd": true}},
		{"q zero refuses", "br;q=0, gzip", map[string]bool{"br": false, "gzip": true}},
		{"q with spaces", "br ; q=0.5 , gzip;q=0.0", map[string]bool{"br": true, "gzip": false}},
		{"star", "*", map[string]bool{"br": true, "gzip": true}},
		{"star but not br", "*, br;q=0", map[string]bool{"br": false, "gzip": true}},
		{"case", "GZIP", map[string]bool{"gzip": true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseAcceptEncoding(tc.header); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("parseAcceptEncoding(%q) = %v, want %v", tc.header, got, tc.want)
			}
		})
	}
}

// TestSiteHandler serves a folder with one compressible and one
// incompressible asset, precompressed the way build does it.
func TestSiteHandler(t *testing.T) {
	dir := t.TempDir()
	page := bytes.Repeat([]byte("<p>zombie</p>\n"), 200)
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("index.html", page)
	write("main.wasm", append([]byte("\x00asm"), page...))
	write("logo.png", []byte("\x89PNG"))
	if err := precompressSite(dir, io.Discard, 5); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(siteHandler(dir))
	defer srv.Close()

	tests := []struct {
		name, path, accept string
		status             int
		ctype, encoding    string
	}{
		{"root is index", "/", "", 200, "text/html; charset=utf-8", ""},
		{"brotli preferred", "/index.html", "gzip, br", 200, "text/html; charset=utf-8", "br"},
		{"gzip", "/main.wasm", "gzip", 200, "application/wasm", "gzip"},
		{"br refused", "/main.wasm", "br;q=0, gzip", 200, "application/wasm", "gzip"},
		{"identity", "/main.wasm", "identity", 200, "application/wasm", ""},
		{"png never twinned", "/logo.png", "br, gzip", 200, "image/png", ""},
		{"missing", "/nope.js", "br", 404, "", ""},
		{"escape", "/../site.go", "", 400, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest("GET", srv.URL+tc.path, nil)
			req.URL.Opaque = tc.path // keep ".." as sent
			req.Header.Set("Accept-Encoding", tc.accept)
			res, err := http.DefaultTransport.RoundTrip(req)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", res.StatusCode, tc.status)
			}
			if tc.status != 200 {
				return
			}
			if got := res.Header.Get("Content-Type"); got != tc.ctype {
				t.Errorf("Content-Type %q, want %q", got, tc.ctype)
			}
			if got := res.Header.Get("Content-Encoding"); got != tc.encoding {
				t.Errorf("Content-Encoding %q, want %q", got, tc.encoding)
			}
			want, _ := os.ReadFile(filepath.Join(dir, filepath.FromSlash(tc.path)))
			if tc.path == "/" {
				want = page
			}
			if got := decode(t, tc.encoding, body); !bytes.Equal(got, want) {
				t.Errorf("decoded body differs from the file (%d bytes, want %d)", len(got), len(want))
			}
		})
	}
}

func decode(t *testing.T, encoding string, body []byte) []byte {
	t.Helper()
	var r io.Reader = bytes.NewReader(body)
	switch encoding {
	case "gzip":
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	case "br":
		r = brotli.NewReader(r)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
