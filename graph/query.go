package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// DefaultQueryTimeout bounds a query's run time when none is given.
const DefaultQueryTimeout = 30 * time.Second

// gizmoPrelude runs in every Gizmo session before the user's query: it
// makes the registered prefixes (ng:, schema:, rdf:, …) usable through
// g.IRI("ng:met").
const gizmoPrelude = "g.addDefaultNamespaces()"

func init() {
	// Cayley's HTTP API and UI create their Gizmo sessions through the
	// language registry: give them newsgraph's namespaces too.
	query.RegisterLanguage(query.Language{
		Name:    gizmo.Name,
		Session: func(qs graph.QuadStore) query.Session { return NewGizmoSession(qs) },
		HTTP:    func(qs graph.QuadStore) query.HTTP { return NewGizmoSession(qs) },
		REPL:    func(qs graph.QuadStore) query.REPLSession { return NewGizmoSession(qs) },
	})
}

// NewGizmoSession is a Gizmo session over qs that knows newsgraph's
// namespaces. A session is one JavaScript VM: use it for one query at a
// time.
func NewGizmoSession(qs graph.QuadStore) *gizmo.Session {
	s := gizmo.NewSession(qs)
	ctx := context.Background()
	it, err := s.Execute(ctx, gizmoPrelude, query.Options{Collation: query.Raw})
	if err != nil {
		panic(err) // the prelude is fixed text
	}
	for it.Next(ctx) {
	}
	if err := it.Err(); err != nil {
		panic(err)
	}
	return s
}

// ErrTimeout is returned when a query runs out of time.
var ErrTimeout = errors.New("query timed out")

// Query runs a Gizmo query and returns its results as JSON-ready values.
// limit ≤ 0 is unlimited; timeout ≤ 0 is DefaultQueryTimeout.
func Query(ctx context.Context, qs graph.QuadStore, text string, limit int, timeout time.Duration) ([]interface{}, error) {
	if timeout <= 0 {
		timeout = DefaultQueryTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	s := NewGizmoSession(qs)
	it, err := s.Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	out := []interface{}{}
	for it.Next(ctx) {
		if r := it.Result(); r != nil {
			out = append(out, r)
		}
	}
	err = it.Err()
	if errors.Is(err, context.DeadlineExceeded) || err == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return out, fmt.Errorf("%w after %v", ErrTimeout, timeout)
	}
	return out, err
}
