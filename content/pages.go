// The teaching pages' Markdown (the walkthrough and the embedding guide, one
// file per language), embedded next to the gallery so that the site builder
// reads the same text wherever it runs.

package content

import (
	"embed"
	"errors"
	"io/fs"
)

//go:embed *.md
var pages embed.FS

// ErrNoPage is returned for a page the content folder does not have.
var ErrNoPage = errors.New("no such page in content/")

// Page returns the Markdown file called name ("walkthrough.en.md").
func Page(name string) ([]byte, error) {
	md, err := pages.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ErrNoPage
	}
	return md, err
}
