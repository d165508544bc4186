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
	"strings"
	"testing"
	"time"

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
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
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

// TestPrecompressCache: twins are cached by content hash and quality, so a
// second build of the same bytes compresses nothing; what changed is
// compressed again; entries unused for long are pruned.
func TestPrecompressCache(t *testing.T) {
	dir, cache := t.TempDir(), t.TempDir()
	name := filepath.Join(dir, "main.wasm")
	data := bytes.Repeat([]byte("\x00asm zombie "), 5000)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, step := range []struct {
		what    string
		quality int
		change  bool
		wantHit bool
	}{
		{"first build", 5, false, false},
		{"same bytes, same quality", 5, false, true},
		{"same bytes, best quality", 11, false, false},
		{"changed bytes", 5, true, false},
		{"changed bytes again", 5, false, true},
	} {
		if step.change {
			data = append(data, "more"...)
			if err := os.WriteFile(name, data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		_, hit, err := precompress(name, step.quality, cache)
		if err != nil || hit != step.wantHit {
			t.Fatalf("%s: hit %v, err %v; want hit %v", step.what, hit, err, step.wantHit)
		}
		gz, _ := os.ReadFile(name + ".gz")
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatal(err)
		}
		back, _ := io.ReadAll(zr)
		br, _ := os.ReadFile(name + ".br")
		backBr, _ := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
		if !bytes.Equal(back, data) || !bytes.Equal(backBr, data) {
			t.Fatalf("%s: the twins do not decompress to the file", step.what)
		}
	}
	entries, _ := os.ReadDir(cache)
	old := time.Now().Add(-30 * 24 * time.Hour)
	if err := os.Chtimes(filepath.Join(cache, entries[0].Name()), old, old); err != nil {
		t.Fatal(err)
	}
	pruneCache(cache, 14*24*time.Hour)
	if after, _ := os.ReadDir(cache); len(after) != len(entries)-1 {
		t.Errorf("prune kept %d of %d entries, want one removed", len(after), len(entries))
	}
}

// TestBuildingHandler: while serve builds, every address answers at once
// with a page that says so and reloads itself, and nothing else.
func TestBuildingHandler(t *testing.T) {
	for _, path := range []string{"/", "/player.html?scenario=seed-loop", "/main.wasm"} {
		rec := httptest.NewRecorder()
		buildingHandler(time.Now().Add(-3*time.Second)).ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		body := rec.Body.String()
		if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") != "2" ||
			rec.Header().Get("Content-Security-Policy") != "default-src 'none'" ||
			!strings.Contains(body, "is building the site (3 s so far") || !strings.Contains(body, `http-equiv="refresh"`) ||
			strings.Contains(body, "<script") {
			t.Errorf("%s: %d %v\n%s", path, rec.Code, rec.Header(), body)
		}
	}
}
