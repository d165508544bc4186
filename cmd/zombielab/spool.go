// The spool: what `run --json` writes last (the checkpoints) is kept in a
// temporary file while the run goes, so that the run's memory does not grow
// with its length (issue 17: streaming output in constant memory).

package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
)

// spool holds comma-separated JSON values: in an unlinked temporary file,
// or in memory when no temporary file can be made.
type spool struct {
	f   *os.File
	w   *bufio.Writer
	mem bytes.Buffer
	n   int
}

func newSpool() *spool {
	s := &spool{}
	if f, err := os.CreateTemp("", "zombielab-run-*.json"); err == nil {
		// Unlinked at once where the system allows it (Linux, macOS):
		// nothing is left behind, however the run ends.
		os.Remove(f.Name())
		s.f, s.w = f, bufio.NewWriter(f)
	}
	return s
}

func (s *spool) writer() io.Writer {
	if s.w != nil {
		return s.w
	}
	return &s.mem
}

// add appends one JSON value.
func (s *spool) add(b []byte) error {
	w := s.writer()
	if s.n > 0 {
		if _, err := io.WriteString(w, ","); err != nil {
			return err
		}
	}
	s.n++
	_, err := w.Write(b)
	return err
}

// copyTo writes what was added to w.
func (s *spool) copyTo(w io.Writer) error {
	if s.f == nil {
		_, err := w.Write(s.mem.Bytes())
		return err
	}
	if err := s.w.Flush(); err != nil {
		return err
	}
	if _, err := s.f.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.f)
	return err
}

func (s *spool) close() {
	if s.f != nil {
		s.f.Close()
		os.Remove(s.f.Name()) // where unlinking an open file failed
	}
}
