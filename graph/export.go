package graph

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot" // export formats
	_ "github.com/cayleygraph/quad/graphml"
	_ "github.com/cayleygraph/quad/jsonld"
)

// ExportFormats are the formats Export writes.
var ExportFormats = []string{"nquads", "tsv", "jsonld", "graphml", "dot"}

// cayleyFormat is the quad format behind an export format name.
func cayleyFormat(name string) string {
	if name == "dot" {
		return "graphviz"
	}
	return name
}

// Export writes the whole graph in one of ExportFormats. Quads are written
// in a deterministic order.
func (s *Store) Export(ctx context.Context, format string, w io.Writer) error {
	sn, err := s.ReadSnapshot(ctx)
	if err != nil {
		return err
	}
	return sn.Export(format, w)
}

// Export writes the snapshot in one of ExportFormats.
func (sn *Snapshot) Export(format string, w io.Writer) error {
	var qw quad.WriteCloser
	switch format {
	case "tsv":
		return sn.WriteTSV(w)
	case "nquads":
		qw = NewNQuadsWriter(w)
	default:
		f := quad.FormatByName(cayleyFormat(format))
		if f == nil || f.Writer == nil || !slices.Contains(ExportFormats, format) {
			return fmt.Errorf("unknown export format %q (want one of %v)", format, ExportFormats)
		}
		qw = f.Writer(w)
	}
	if _, err := qw.WriteQuads(sn.Quads); err != nil {
		qw.Close()
		return err
	}
	return qw.Close()
}

// WriteFileAtomic writes a file through fn: into a temporary file in the
// same folder, renamed over path only when fn and the writing succeeded,
// so path never holds a half-written file.
func WriteFileAtomic(path string, fn func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = fn(f); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
