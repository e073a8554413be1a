package graph

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// sqlDrivers are the database/sql drivers of the SQL backends newsgraph
// offers, registered by Cayley's backends (lib/pq, pgx).
var sqlDrivers = map[string]string{
	"postgres":  "postgres",
	"cockroach": "pgx",
}

// IsSQL reports whether backend is one of Cayley's SQL backends
// (PostgreSQL, CockroachDB). They are written in place, one transaction per
// article, and many processes may read them while one builds.
func IsSQL(backend string) bool { _, ok := sqlDrivers[backend]; return ok }

// sqlDB is a connection pool to the database of a SQL backend, beside the
// one Cayley opens: for what Cayley does not do (checking that the graph's
// tables exist, an index, the build lock).
type sqlDB struct {
	backend string
	db      *sql.DB
}

func openSQL(ctx context.Context, backend, addr string) (*sqlDB, error) {
	db, err := sql.Open(sqlDrivers[backend], addr)
	if err != nil {
		return nil, fmt.Errorf("open %s database %s: %w", backend, Redact(addr), err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("connect to %s database %s: %w", backend, Redact(addr), err)
	}
	return &sqlDB{backend: backend, db: db}, nil
}

func (d *sqlDB) Close() error { return d.db.Close() }

// hasGraph reports whether the database holds Cayley's tables, in a schema
// of the connection's search path.
func (d *sqlDB) hasGraph(ctx context.Context) (bool, error) {
	var ok bool
	err := d.db.QueryRowContext(ctx, `SELECT to_regclass('quads') IS NOT NULL AND to_regclass('nodes') IS NOT NULL`).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("look for the graph's tables: %w", err)
	}
	return ok, nil
}

// addLabelIndex indexes the quads by label. Cayley's SQL schema has no
// such index, and a build reads each article's quads by their label: without
// it every article costs a scan of the whole quads table.
func (d *sqlDB) addLabelIndex(ctx context.Context) error {
	if _, err := d.db.ExecContext(ctx, `CREATE INDEX IF NOT EXISTS newsgraph_label ON quads (label_hash)`); err != nil {
		return fmt.Errorf("index the quads by label: %w", err)
	}
	return nil
}

// ErrBuildRunning is returned when another build is writing the same graph
// in a SQL database.
var ErrBuildRunning = errors.New("another build is writing this graph")

// lockKey is the key of the PostgreSQL advisory lock a build holds: one per
// schema the graph's tables are in (the first of the search path), so that
// graphs in two schemas of one database are built independently.
const lockKey = `hashtext('newsgraph build ' || coalesce(current_schema(), ''))`

// lockBuild takes PostgreSQL's session-level advisory lock that makes builds
// of one graph exclusive, failing at once if another build holds it. The
// lock lives as long as the connection: the returned function releases it,
// and the server releases it if the process dies. CockroachDB has no
// advisory locks: there, nothing is locked.
func (d *sqlDB) lockBuild(ctx context.Context) (func(), error) {
	if d.backend != "postgres" {
		return func() {}, nil
	}
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("lock the graph for the build: %w", err)
	}
	var ok bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock(`+lockKey+`)`).Scan(&ok); err != nil {
		conn.Close()
		return nil, fmt.Errorf("lock the graph for the build: %w", err)
	}
	if !ok {
		conn.Close()
		return nil, ErrBuildRunning
	}
	return func() {
		conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock(`+lockKey+`)`)
		conn.Close()
	}, nil
}

// passwordKV is a password in a key=value connection string.
var passwordKV = regexp.MustCompile(`(?i)(\bpassword\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&']+)`)

// passwordURL is the password of a URL in a longer text.
var passwordURL = regexp.MustCompile(`([a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@`)

// Redact hides the passwords in a store's path or address, in a message
// that names one: postgres://ng:secret@host/db becomes
// postgres://ng:xxxxx@host/db, and password=secret in a key=value
// connection string or a URL's query becomes password=xxxxx.
func Redact(s string) string {
	if u, err := url.Parse(s); err == nil && u.Scheme != "" && u.Host != "" {
		s = u.Redacted()
	} else {
		s = passwordURL.ReplaceAllString(s, "${1}xxxxx@")
	}
	if strings.Contains(strings.ToLower(s), "password") {
		s = passwordKV.ReplaceAllString(s, "${1}xxxxx")
	}
	return s
}
