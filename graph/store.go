// Package graph stores the facts newsgraph extracts in a Cayley quad store
// and reads them back: building (replacing an article's quads as a unit),
// Gizmo queries, exports, statistics, shortest paths and profiles, and the
// HTTP server with Cayley's web UI.
package graph

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bolt" // backends newsgraph offers
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

func init() { schema.RegisterPrefixes() }

// Defaults of the --db and --dbpath flags.
const (
	DefaultBackend = "bolt"
	DefaultPath    = "data/newsgraph.db"
)

// ErrNoGraph is returned when opening a store that was never built.
var ErrNoGraph = errors.New("no graph there: run `newsgraph build` first")

// Store is an open quad store.
type Store struct {
	Backend string
	Path    string
	QS      graph.QuadStore
	qw      graph.QuadWriter
}

// boltFile is where Cayley's bolt backend keeps a store at dir.
func boltFile(dir string) string { return filepath.Join(dir, "indexes.bolt") }

// kvOptions adds to the options of a bolt store "no_bloom", unless they
// set it: Cayley's key-value stores otherwise keep bloom filters sized for
// a hundred million quads (about 75 MB each, up to five for a new store)
// and fill them at every open by reading every quad. At newsgraph's
// scale the indexes answer as fast: building all 2,226 BBC articles took
// as long without them, in half the memory (0.63 GB instead of 1.24 GB),
// and path and profile queries open in half the memory.
func kvOptions(backend string, opts graph.Options) graph.Options {
	if backend != "bolt" {
		return opts
	}
	if _, set := opts["no_bloom"]; set {
		return opts
	}
	out := graph.Options{"no_bloom": true}
	for k, v := range opts {
		out[k] = v
	}
	return out
}

// Open opens an existing store. Options are passed to the backend (for
// bolt, with "no_bloom" unless set: see kvOptions).
func Open(backend, path string, opts graph.Options) (*Store, error) {
	switch {
	case backend == "bolt":
		if _, err := os.Stat(boltFile(path)); err != nil {
			return nil, fmt.Errorf("%s: %w", path, ErrNoGraph)
		}
		// Bolt waits for its file lock without a timeout: fail instead.
		if err := checkUnlocked(boltFile(path)); err != nil {
			return nil, fmt.Errorf("%s is open in another process (newsgraph serve?): %w", path, err)
		}
	case IsSQL(backend):
		// Cayley opens a database without its tables, and every read
		// fails later.
		ctx := context.Background()
		d, err := openSQL(ctx, backend, path)
		if err != nil {
			return nil, err
		}
		ok, err := d.hasGraph(ctx)
		d.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", Redact(path), err)
		} else if !ok {
			return nil, fmt.Errorf("%s: %w", Redact(path), ErrNoGraph)
		}
	}
	qs, err := graph.NewQuadStore(backend, path, kvOptions(backend, opts))
	if err != nil {
		return nil, fmt.Errorf("open %s store %s: %w", backend, Redact(path), err)
	}
	return wrap(backend, path, qs)
}

// OpenOrCreate opens a store, creating it first where the backend is
// persistent and the store does not exist yet. On the SQL backends it
// creates Cayley's tables in the database (or in the schema first in the
// connection's search path), which the connecting user must own, and an
// index of the quads by label.
func OpenOrCreate(backend, path string, opts graph.Options) (*Store, error) {
	if IsSQL(backend) {
		if err := initSQL(context.Background(), backend, path, opts); err != nil {
			return nil, err
		}
	} else if graph.IsPersistent(backend) {
		if err := graph.InitQuadStore(backend, path, opts); err != nil && err != graph.ErrDatabaseExists {
			return nil, fmt.Errorf("create %s store %s: %w", backend, path, err)
		}
	}
	qs, err := graph.NewQuadStore(backend, path, kvOptions(backend, opts))
	if err != nil {
		return nil, fmt.Errorf("open %s store %s: %w", backend, Redact(path), err)
	}
	return wrap(backend, path, qs)
}

// initSQL creates the graph's tables in a SQL database that has none yet
// (Cayley's Init logs an error when they exist), and the label index.
func initSQL(ctx context.Context, backend, path string, opts graph.Options) error {
	d, err := openSQL(ctx, backend, path)
	if err != nil {
		return err
	}
	defer d.Close()
	ok, err := d.hasGraph(ctx)
	if err != nil {
		return fmt.Errorf("%s: %w", Redact(path), err)
	}
	if !ok {
		if err := graph.InitQuadStore(backend, path, opts); err != nil && err != graph.ErrDatabaseExists {
			return fmt.Errorf("create %s store %s: %w", backend, Redact(path), err)
		}
	}
	if err := d.addLabelIndex(ctx); err != nil {
		return fmt.Errorf("%s: %w", Redact(path), err)
	}
	return nil
}

// NewMemory returns an empty in-memory store.
func NewMemory() *Store {
	st, err := OpenOrCreate("memstore", "", nil)
	if err != nil {
		panic(err)
	}
	return st
}

func wrap(backend, path string, qs graph.QuadStore) (*Store, error) {
	qw, err := graph.NewQuadWriter("single", qs, graph.Options{"ignore_duplicate": true, "ignore_missing": true})
	if err != nil {
		qs.Close()
		return nil, err
	}
	return &Store{Backend: backend, Path: path, QS: qs, qw: qw}, nil
}

// Close closes the store.
func (s *Store) Close() error {
	err := s.qw.Close()
	if err2 := s.QS.Close(); err == nil {
		err = err2
	}
	return err
}

// Handle is the store as a Cayley handle (for Cayley's HTTP API).
func (s *Store) Handle() *graph.Handle {
	return &graph.Handle{QuadStore: s.QS, QuadWriter: s.qw}
}

// QuadCount is the exact number of quads in the store.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	st, err := s.QS.Stats(ctx, true)
	if err != nil {
		return 0, err
	}
	return st.Quads.Size, nil
}

// AllQuads calls fn with every quad of the store.
func (s *Store) AllQuads(ctx context.Context, fn func(quad.Quad) error) error {
	r := graph.NewQuadStoreReader(s.QS)
	defer r.Close()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		q, err := r.ReadQuad()
		if err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		if err := fn(q); err != nil {
			return err
		}
	}
}

// checkUnlocked fails if another process holds the file lock bolt takes.
func checkUnlocked(file string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return err
	}
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}
