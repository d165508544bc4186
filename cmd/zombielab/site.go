// build and serve: the static site. It holds the teaching pages (content/
// rendered by web/page into the top-level index.html template: the
// walkthrough, the gallery and the embedding guide in English and Chinese),
// the scenario gallery's sources and the player (player.html, its script and
// style, main.wasm compiled from web/player with the same Go toolchain, and
// that toolchain's wasm_exec.js); every text and wasm asset also gets
// precompressed .gz and .br twins, which serve picks by Accept-Encoding.
// Compressed twins are cached by content hash in the user cache folder, so
// a start whose player did not change compresses nothing again.

package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/andybalholm/brotli"

	sitepage "zombielab/web/page"
)

// siteOptions say how thoroughly to build.
type siteOptions struct {
	// BrotliQuality trades build time for size: 11 (the smallest; about
	// 20 s for the wasm) for a site to publish, less for a local server.
	BrotliQuality int
}

// publishOptions are build's; serveOptions are serve's and the browser
// tests', where the wasm crosses the loopback and a quick start matters more.
var (
	publishOptions = siteOptions{BrotliQuality: brotli.BestCompression}
	serveOptions   = siteOptions{BrotliQuality: 5}
)

// playerStatic holds player.html, player.js and player.css, copied as they
// are except for the wasm size placeholder (see writePlayerPage).
const playerStatic = "web/player/static"

// wasmBytesPlaceholder in player.html becomes main.wasm's size, so that the
// loader can show progress even when the server sends the wasm compressed
// (then Content-Length is the compressed size, not what the reader counts).
const wasmBytesPlaceholder = "ZOMBIELAB_WASM_BYTES"

// moduleRoot finds the folder holding go.mod, starting from the working
// directory: build reads the sources of the site from the tree.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find the zombielab source tree (go.mod) above the working directory; run from inside the repository")
		}
		dir = parent
	}
}

// buildSite writes the site into out and reports progress to w.
func buildSite(out string, w io.Writer, opt siteOptions) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(out, "scenarios"), 0o755); err != nil {
		return err
	}
	fmt.Fprintf(w, "build: writing %s\n", out)
	if err := writePages(root, out, w); err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(root, "content", "scenarios", "*.py"))
	if err != nil {
		return err
	}
	for _, f := range files {
		if err := copyFile(f, filepath.Join(out, "scenarios", filepath.Base(f))); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "build: %d scenario sources\n", len(files))
	if err := buildPlayer(root, out, w); err != nil {
		return err
	}
	return precompressSite(out, w, opt.BrotliQuality)
}

// writePages renders the teaching pages into the index.html template.
func writePages(root, out string, w io.Writer) error {
	layout, err := os.ReadFile(filepath.Join(root, "index.html"))
	if err != nil {
		return err
	}
	pages, err := sitepage.Build(layout)
	if err != nil {
		return err
	}
	pics, err := keyFrames()
	if err != nil {
		return err
	}
	for name, svg := range pics {
		pages[name] = svg
	}
	names := make([]string, 0, len(pages))
	for name := range pages {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		dst := filepath.Join(out, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, pages[name], 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "build: %d page files (walkthrough, gallery, embedding; en and zh)\n", len(names))
	return nil
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

// goToolchain names the go command to compile the player with and its
// GOROOT, whose lib/wasm/wasm_exec.js must match the compiled wasm: the go
// of an explicit GOROOT, else the go on PATH (the one `go run` came from).
func goToolchain() (goCmd, goroot string, err error) {
	goCmd = "go"
	if r := os.Getenv("GOROOT"); r != "" {
		if c := filepath.Join(r, "bin", "go"+exeSuffix()); fileExists(c) {
			goCmd = c
		}
	}
	if goCmd == "go" {
		if goCmd, err = exec.LookPath("go"); err != nil {
			return "", "", errors.New("the player is compiled with the go command, which is not on PATH; install Go 1.26 (https://go.dev/dl/) or add its bin folder to PATH")
		}
	}
	outb, err := exec.Command(goCmd, "env", "GOROOT").Output()
	if err != nil {
		return "", "", fmt.Errorf("%s env GOROOT: %v", goCmd, err)
	}
	return goCmd, strings.TrimSpace(string(outb)), nil
}

func exeSuffix() string {
	if runtime.GOOS == "windows" {
		return ".exe"
	}
	return ""
}

func fileExists(name string) bool {
	st, err := os.Stat(name)
	return err == nil && !st.IsDir()
}

// buildPlayer compiles web/player to out/main.wasm, copies wasm_exec.js
// from the same GOROOT, and writes the player's page, script and style.
func buildPlayer(root, out string, w io.Writer) error {
	goCmd, goroot, err := goToolchain()
	if err != nil {
		return err
	}
	wasm := filepath.Join(out, "main.wasm")
	if err := compileWasm(goCmd, root, wasm, w); err != nil {
		return err
	}
	// Go 1.24 moved wasm_exec.js from misc/wasm to lib/wasm.
	execJS := filepath.Join(goroot, "lib", "wasm", "wasm_exec.js")
	if !fileExists(execJS) {
		execJS = filepath.Join(goroot, "misc", "wasm", "wasm_exec.js")
	}
	if err := copyFile(execJS, filepath.Join(out, "wasm_exec.js")); err != nil {
		return fmt.Errorf("wasm_exec.js of the toolchain that compiled main.wasm: %v", err)
	}
	st, err := os.Stat(wasm)
	if err != nil {
		return err
	}
	return writePlayerPage(filepath.Join(root, filepath.FromSlash(playerStatic)), out, st.Size())
}

// wasmNoInline are the packages the player's build compiles without
// inlining: code that runs once or seldom (ebiten's shader compiler with the
// go/parser, text/template and regexp it uses at start-up, the Python
// parser, the narration, the URL contract, checkpoints, JSON; the image
// and compression decoders, URL parsing and the text and font packages
// ebiten links but the player's monospaced text does not shape with),
// where inlined copies only make the download bigger. The interpreter, the
// kernel, the simulator and the drawing keep theirs. main.wasm was 3.54 MB
// brotli without this and 3.45 MB with it (2026-12-07, quality 11, window
// 2^24); the decoders and text packages took 13 KB more off (2026-12-08).
var wasmNoInline = []string{
	"go/...", "text/...", "regexp/...", "encoding/json",
	"github.com/hajimehoshi/ebiten/v2/internal/shader...",
	"zombielab/sim/pyast", "zombielab/sim/playback", "zombielab/sim/scenario",
	"zombielab/sim/checkpoint", "zombielab/web/contract",
	"image/...", "compress/...", "archive/...", "net/...",
	"github.com/go-text/...", "golang.org/x/text/...", "golang.org/x/image/tiff...", "golang.org/x/image/ccitt",
	"github.com/hajimehoshi/ebiten/v2/internal/gamepaddb",
}

// wasmBuildArgs are the go command's arguments that build the player;
// overlay, if not empty, is a go -overlay file (libOverlay).
func wasmBuildArgs(out, overlay string) []string {
	args := []string{"build", "-trimpath", "-ldflags=-s -w"}
	if overlay != "" {
		args = append(args, "-overlay="+overlay)
	}
	for _, p := range wasmNoInline {
		args = append(args, "-gcflags="+p+"=-l")
	}
	return append(args, "-o", out, "./web/player")
}

// compileWasm runs `GOOS=js GOARCH=wasm go build` and, since the first build
// of ebiten takes about a minute, says every few seconds that it still runs.
func compileWasm(goCmd, root, wasm string, w io.Writer) error {
	fmt.Fprintf(w, "build: compiling the player (GOOS=js GOARCH=wasm %s build ./web/player); the first build takes about a minute\n", goCmd)
	tmp, err := os.MkdirTemp("", "zombielab-pylib-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	overlay, err := libOverlay(root, tmp)
	if err != nil {
		return fmt.Errorf("the library without its comment lines: %v", err)
	}
	cmd := exec.Command(goCmd, wasmBuildArgs(wasm, overlay)...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm", "CGO_ENABLED=0")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	tick := time.NewTicker(5 * time.Second)
	defer tick.Stop()
	for {
		select {
		case err := <-done:
			if err != nil {
				return fmt.Errorf("compiling the player failed: %v\n%s", err, stderr.Bytes())
			}
			fmt.Fprintf(w, "build: main.wasm compiled in %.1fs\n", time.Since(start).Seconds())
			return nil
		case <-tick.C:
			fmt.Fprintf(w, "build: still compiling the player (%.0fs)\n", time.Since(start).Seconds())
		}
	}
}

// writePlayerPage copies the player's static files, filling in the wasm's
// size where player.html asks for it.
func writePlayerPage(static, out string, wasmSize int64) error {
	entries, err := os.ReadDir(static)
	if err != nil {
		return fmt.Errorf("the player's page: %v", err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		data, err := os.ReadFile(filepath.Join(static, e.Name()))
		if err != nil {
			return err
		}
		data = bytes.ReplaceAll(data, []byte(wasmBytesPlaceholder), []byte(strconv.FormatInt(wasmSize, 10)))
		if err := os.WriteFile(filepath.Join(out, e.Name()), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// siteTypes are the MIME types of what the site ships, set explicitly so
// that neither the host's mime database nor the browser has to guess.
var siteTypes = map[string]string{
	".html": "text/html; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".css":  "text/css; charset=utf-8",
	".wasm": "application/wasm",
	".py":   "text/x-python; charset=utf-8",
	".json": "application/json",
	".svg":  "image/svg+xml",
	".txt":  "text/plain; charset=utf-8",
	".md":   "text/markdown; charset=utf-8",
	".png":  "image/png",
	".ico":  "image/x-icon",
	".ttf":  "font/ttf", // the player's CJK font, loaded when Chinese text appears
}

// compressible says whether an asset gets .gz and .br twins: text and wasm
// shrink to a fraction; images are compressed already.
func compressible(name string) bool {
	ext := path.Ext(name)
	return ext != ".png" && ext != ".ico" && ext != ".gz" && ext != ".br" && siteTypes[ext] != ""
}

// precompressSite writes name.gz and name.br next to every compressible file
// under out, and reports main.wasm's three sizes. Twins come from the
// cache of compressed assets when an earlier build compressed the same
// bytes at the same quality (compressedCache), so only what changed since
// is compressed again: serve's second start skips the wasm's compression.
func precompressSite(out string, w io.Writer, brQuality int) error {
	var names []string
	err := filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && compressible(p) {
			names = append(names, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	sort.Strings(names)
	cache := compressedCache()
	start, hits := time.Now(), 0
	for _, name := range names {
		sizes, hit, err := precompress(name, brQuality, cache)
		if err != nil {
			return err
		}
		if hit {
			hits++
		}
		if filepath.Base(name) == "main.wasm" {
			fmt.Fprintf(w, "build: main.wasm %s raw, %s gzip, %s brotli (quality %d)\n",
				megabytes(sizes[0]), megabytes(sizes[1]), megabytes(sizes[2]), brQuality)
		}
	}
	fmt.Fprintf(w, "build: precompressed %d files in %.1fs (%d from the cache)\n", len(names), time.Since(start).Seconds(), hits)
	pruneCache(cache, 14*24*time.Hour)
	return nil
}

func megabytes(n int64) string { return fmt.Sprintf("%.2f MB", float64(n)/1e6) }

// compressedCache is the folder of compressed assets kept between builds,
// keyed by content hash: $XDG_CACHE_HOME/zombielab/compressed (or the
// system's user cache folder), "" when there is none.
func compressedCache() string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	dir = filepath.Join(dir, "zombielab", "compressed")
	if os.MkdirAll(dir, 0o755) != nil {
		return ""
	}
	return dir
}

// precompress writes name.gz and name.br and returns the raw, gzip and
// brotli sizes, and whether both twins came from cache.
func precompress(name string, brQuality int, cache string) ([3]int64, bool, error) {
	var sizes [3]int64
	data, err := os.ReadFile(name)
	if err != nil {
		return sizes, false, err
	}
	sum := sha256.Sum256(data)
	key := hex.EncodeToString(sum[:16])
	gz, gzHit := cached(cache, key+".gz", func() ([]byte, error) { return gzipBytes(data) })
	br, brHit := cached(cache, key+".br"+strconv.Itoa(brQuality), func() ([]byte, error) { return brotliBytes(data, brQuality) })
	if gz == nil || br == nil {
		return sizes, false, fmt.Errorf("compressing %s failed", name)
	}
	if err := os.WriteFile(name+".gz", gz, 0o644); err != nil {
		return sizes, false, err
	}
	if err := os.WriteFile(name+".br", br, 0o644); err != nil {
		return sizes, false, err
	}
	return [3]int64{int64(len(data)), int64(len(gz)), int64(len(br))}, gzHit && brHit, nil
}

// cached returns the cache's file for key, or makes it with compress and
// stores it (written to a temporary name and renamed, so that two builds
// at once never read half a file). A cache that cannot be read or written
// only costs time.
func cached(cache, key string, compress func() ([]byte, error)) ([]byte, bool) {
	file := filepath.Join(cache, key)
	if cache != "" {
		if data, err := os.ReadFile(file); err == nil {
			now := time.Now()
			_ = os.Chtimes(file, now, now) // recently used: kept by pruneCache
			return data, true
		}
	}
	data, err := compress()
	if err != nil {
		return nil, false
	}
	if cache != "" {
		if tmp, err := os.CreateTemp(cache, key+".tmp*"); err == nil {
			_, werr := tmp.Write(data)
			if cerr := tmp.Close(); werr == nil && cerr == nil {
				_ = os.Rename(tmp.Name(), file)
			}
			_ = os.Remove(tmp.Name())
		}
	}
	return data, false
}

// pruneCache removes cached files not used for maxAge: each build of a
// changed player adds a few megabytes.
func pruneCache(cache string, maxAge time.Duration) {
	if cache == "" {
		return
	}
	entries, _ := os.ReadDir(cache)
	for _, e := range entries {
		if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > maxAge {
			_ = os.Remove(filepath.Join(cache, e.Name()))
		}
	}
}

func gzipBytes(data []byte) ([]byte, error) {
	var gz bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := gw.Write(data); err != nil {
		return nil, err
	}
	if err := gw.Close(); err != nil {
		return nil, err
	}
	return gz.Bytes(), nil
}

func brotliBytes(data []byte, quality int) ([]byte, error) {
	var br bytes.Buffer
	bw := brotli.NewWriterOptions(&br, brotli.WriterOptions{Quality: quality, LGWin: 24})
	if _, err := bw.Write(data); err != nil {
		return nil, err
	}
	if err := bw.Close(); err != nil {
		return nil, err
	}
	return br.Bytes(), nil
}

func buildCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "dist", "output folder")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := buildSite(*out, stdout, publishOptions); err != nil {
		fmt.Fprintf(stderr, "zombielab build: %v\n", err)
		return 1
	}
	return 0
}

func serveCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on (loopback by default)")
	out := fs.String("o", "", "folder to build into (default: a temporary folder)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	dir := *out
	if dir == "" {
		tmp, err := os.MkdirTemp("", "zombielab-site-")
		if err != nil {
			fmt.Fprintf(stderr, "zombielab serve: %v\n", err)
			return 1
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	// Listen first: the address answers at once, with a page that says the
	// site is being built (and reloads itself) until it is ready.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "zombielab serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "listening on http://%s/; building the site, the page says when it is ready\n", ln.Addr())
	// Stop on Ctrl-C or SIGTERM by returning, so that the temporary
	// folder is removed.
	stop, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	var site atomic.Pointer[http.Handler]
	building := buildingHandler(time.Now())
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h := site.Load(); h != nil {
			(*h).ServeHTTP(w, r)
			return
		}
		building.ServeHTTP(w, r)
	})}
	failed := make(chan error, 1)
	go func() { failed <- srv.Serve(ln) }()
	built := make(chan error, 1)
	go func() { built <- buildSite(dir, stdout, serveOptions) }()
	for {
		select {
		case err := <-built:
			if err != nil {
				srv.Close()
				fmt.Fprintf(stderr, "zombielab serve: %v\n", err)
				return 1
			}
			h := siteHandler(dir)
			site.Store(&h)
			fmt.Fprintf(stdout, "serving %s on http://%s/ (the player alone: http://%s/player.html?scenario=seed-loop; Ctrl-C to stop)\n", dir, ln.Addr(), ln.Addr())
		case err := <-failed:
			fmt.Fprintf(stderr, "zombielab serve: %v\n", err)
			return 1
		case <-stop.Done():
			srv.Close()
			fmt.Fprintln(stdout, "zombielab serve: stopped")
			return 0
		}
	}
}

// buildingHandler answers every request while serve builds the site: 503
// with Retry-After and a plain page (no script, nothing off the origin)
// that reloads itself every two seconds.
func buildingHandler(since time.Time) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		h.Set("Content-Security-Policy", "default-src 'none'")
		h.Set("Cache-Control", "no-store")
		h.Set("Retry-After", "2")
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><title>zombielab: building</title></head>
<body><p>zombielab is building the site (%.0f s so far; the first build compiles the player, which takes a minute or more). This page reloads by itself.</p></body></html>
`, time.Since(since).Seconds())
	})
}

// siteHandler serves the built folder: explicit MIME types, the
// precompressed twin the client accepts (br, then gzip), and never a file
// outside dir.
func siteHandler(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if strings.Contains(r.URL.Path, "..") {
			http.Error(w, "bad path", http.StatusBadRequest)
			return
		}
		name := path.Clean("/" + r.URL.Path)
		if strings.HasSuffix(name, "/") {
			name += "index.html"
		}
		file := filepath.Join(dir, filepath.FromSlash(name))
		if st, err := os.Stat(file); err == nil && st.IsDir() {
			file = filepath.Join(file, "index.html")
		}
		if !fileExists(file) {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "no-cache")
		if t := siteTypes[filepath.Ext(file)]; t != "" {
			h.Set("Content-Type", t)
		} else {
			h.Set("Content-Type", "application/octet-stream")
		}
		if compressible(file) {
			h.Add("Vary", "Accept-Encoding")
			if enc := pickEncoding(r.Header.Get("Accept-Encoding"), file); enc != "" {
				h.Set("Content-Encoding", enc)
				file += encodingExt[enc]
			}
		}
		serveFile(w, r, file)
	})
}

func serveFile(w http.ResponseWriter, r *http.Request, file string) {
	f, err := os.Open(file)
	if err != nil {
		http.Error(w, "cannot read "+filepath.Base(file), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		http.Error(w, "cannot read "+filepath.Base(file), http.StatusInternalServerError)
		return
	}
	// ServeContent handles HEAD, If-Modified-Since and ranges; the
	// Content-Type set above keeps it from sniffing.
	http.ServeContent(w, r, "", st.ModTime(), f)
}

// encodingExt maps a content coding to the suffix of its precompressed twin,
// in the order of preference.
var encodingExt = map[string]string{"br": ".br", "gzip": ".gz"}

var encodingPreference = []string{"br", "gzip"}

// pickEncoding returns the preferred coding that the Accept-Encoding header
// allows and that file has a twin for, or "" for the file as it is.
func pickEncoding(acceptEncoding, file string) string {
	accepted := parseAcceptEncoding(acceptEncoding)
	for _, enc := range encodingPreference {
		if accepted[enc] && fileExists(file+encodingExt[enc]) {
			return enc
		}
	}
	return ""
}

// parseAcceptEncoding returns the codings with a non-zero quality (RFC 9110
// §12.5.3); "*" stands for every coding not named.
func parseAcceptEncoding(header string) map[string]bool {
	named := map[string]bool{}
	ok := map[string]bool{}
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding == "" {
			continue
		}
		allowed := !zeroQuality(params)
		if coding == "*" {
			star = allowed
			continue
		}
		named[coding] = true
		ok[coding] = allowed
	}
	if star {
		for _, enc := range encodingPreference {
			if !named[enc] {
				ok[enc] = true
			}
		}
	}
	return ok
}

// zeroQuality reports whether a coding's parameters say q=0 ("not
// acceptable").
func zeroQuality(params string) bool {
	for _, p := range strings.Split(params, ";") {
		k, v, found := strings.Cut(strings.TrimSpace(p), "=")
		if found && strings.EqualFold(strings.TrimSpace(k), "q") {
			q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
			return err == nil && q == 0
		}
	}
	return false
}
