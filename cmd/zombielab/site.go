// build and serve: the static site. Today the site is the top-level
// index.html and the scenario gallery's sources; the player (issue 6) and the
// walkthrough (issue 7) are added to the same build.

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

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
func buildSite(out string, w io.Writer) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(out, "scenarios"), 0o755); err != nil {
		return err
	}
	fmt.Fprintf(w, "build: writing %s\n", out)
	if err := copyFile(filepath.Join(root, "index.html"), filepath.Join(out, "index.html")); err != nil {
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
	fmt.Fprintf(w, "build: index.html and %d scenario sources\n", len(files))
	return nil
}

func copyFile(from, to string) error {
	data, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, data, 0o644)
}

func buildCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "dist", "output folder")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if err := buildSite(*out, stdout); err != nil {
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
	if err := buildSite(dir, stdout); err != nil {
		fmt.Fprintf(stderr, "zombielab serve: %v\n", err)
		return 1
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "zombielab serve: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "serving %s on http://%s/ (Ctrl-C to stop)\n", dir, ln.Addr())
	if err := http.Serve(ln, siteHandler(dir)); err != nil {
		fmt.Fprintf(stderr, "zombielab serve: %v\n", err)
		return 1
	}
	return 0
}

// siteHandler serves the built folder with explicit MIME types for what the
// site ships, so a browser never has to sniff.
func siteHandler(dir string) http.Handler {
	_ = mime.AddExtensionType(".wasm", "application/wasm")
	_ = mime.AddExtensionType(".py", "text/x-python; charset=utf-8")
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "..") {
			http.Error(w, "bad path", http.StatusBadRequest)
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	})
}
