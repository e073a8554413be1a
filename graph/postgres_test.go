package graph

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"reflect"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// postgresEnv names the environment variable with the URL of a PostgreSQL
// database for the tests of the postgres backend; `make test` starts a
// throwaway server and sets it.
const postgresEnv = "NEWSGRAPH_POSTGRES"

// postgresURL returns the URL of a fresh, empty schema in the database
// NEWSGRAPH_POSTGRES names, dropped when the test ends, so that tests (and
// packages tested in parallel) do not share a graph. It skips the test when
// the variable is not set.
func postgresURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skipf("%s is not set: no PostgreSQL to test the postgres backend on (`make test` starts one)", postgresEnv)
	}
	db, err := sql.Open("postgres", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "ngtest_" + hex.EncodeToString(b)
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("%s=%s: create a schema: %v", postgresEnv, Redact(base), err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", base)
		if err != nil {
			t.Error(err)
			return
		}
		defer db.Close()
		if _, err := db.Exec("DROP SCHEMA " + schema + " CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", postgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema) // lib/pq passes it to the server
	u.RawQuery = q.Encode()
	return u.String()
}

// buildPostgres builds inputs into the postgres store at addr.
func buildPostgres(t *testing.T, addr string, x Extractor, inputs ...string) *BuildReport {
	t.Helper()
	rep, err := BuildAt(context.Background(), "postgres", addr, BuildOptions{Inputs: inputs, Extractor: x})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

// openPostgres opens the store at addr, closed when the test ends.
func openPostgres(t *testing.T, addr string) *Store {
	t.Helper()
	st, err := Open("postgres", addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// freshExport builds files (article id → text) into a new in-memory store
// and exports it as N-Quads.
func freshExport(t *testing.T, files map[string]string) string {
	t.Helper()
	st := NewMemory()
	defer st.Close()
	if len(files) > 0 {
		if _, err := st.Build(context.Background(), BuildOptions{Inputs: []string{writeFixtures(t, files)}, Extractor: fakeExtractor{}}); err != nil {
			t.Fatal(err)
		}
	}
	return exportString(t, st, "nquads")
}

func TestPostgresGivesWhatBoltGives(t *testing.T) {
	addr := postgresURL(t)
	in := writeFixtures(t, fixtures)
	bolt := t.TempDir()
	br := buildBolt(t, bolt, fakeExtractor{}, in)
	pr := buildPostgres(t, addr, fakeExtractor{}, in)
	if pr.Added != 3 || pr.Quads != br.Quads || pr.QuadsAdded != br.QuadsAdded || pr.Quads == 0 {
		t.Errorf("postgres build %+v, bolt build %+v", pr, br)
	}
	b, err := Open("bolt", bolt, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	p := openPostgres(t, addr)
	ctx := context.Background()

	for _, format := range []string{"nquads", "tsv", "jsonld", "graphml", "dot"} {
		if got, want := exportString(t, p, format), exportString(t, b, format); got != want || got == "" {
			t.Errorf("%s export differs from bolt's:\n%s\n--- bolt:\n%s", format, got, want)
		}
	}
	same := func(what string, get func(*Store) (interface{}, error)) {
		t.Helper()
		got, err := get(p)
		if err != nil {
			t.Fatalf("%s on postgres: %v", what, err)
		}
		want, err := get(b)
		if err != nil {
			t.Fatalf("%s on bolt: %v", what, err)
		}
		if g, w := fmt.Sprintf("%+v", got), fmt.Sprintf("%+v", want); g != w {
			t.Errorf("%s on postgres: %s\nbolt: %s", what, g, w)
		}
	}
	for _, tc := range []struct {
		name string
		get  func(*Store) (interface{}, error)
	}{
		{"quad count", func(s *Store) (interface{}, error) { return s.QuadCount(ctx) }},
		{"stats", func(s *Store) (interface{}, error) {
			sn, err := s.ReadSnapshot(ctx)
			if err != nil {
				return nil, err
			}
			return json.Marshal(sn.Stats())
		}},
		{"stored hashes", func(s *Store) (interface{}, error) { return s.StoredHashes(ctx) }},
		{"gizmo", func(s *Store) (interface{}, error) {
			return queryStrings(t, s, `g.V().Has(g.IRI("schema:name"), "Cleo Marsh").Both(g.IRI("ng:met")).Out(g.IRI("schema:name")).Unique().All()`), nil
		}},
		{"path", func(s *Store) (interface{}, error) {
			steps, err := s.ShortestPath(ctx, "Ada Quill", "eastfold council", 6)
			if len(steps) != 3 {
				return nil, fmt.Errorf("%d steps, want 3 (%v)", len(steps), err)
			}
			return json.Marshal(steps)
		}},
		{"profile", func(s *Store) (interface{}, error) {
			ns, err := s.FindActors(ctx, "Quill")
			if err != nil || len(ns) != 1 {
				return nil, fmt.Errorf("actors named Quill: %v %v", ns, err)
			}
			pr, err := s.Profile(ctx, ns[0])
			if err != nil {
				return nil, err
			}
			return json.Marshal(pr)
		}},
	} {
		same(tc.name, tc.get)
	}

	// The web UI's API answers from the postgres store.
	h, err := NewHandler(p, ServerConfig{Addr: "127.0.0.1:64210", Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	q := `g.V().Has(g.IRI("schema:name"), "Ada Quill").Out(g.IRI("ng:met")).Out(g.IRI("schema:name")).Unique().All()`
	code, _, body := request(t, h, "POST", "/api/v1/query/gizmo", q, nil)
	var res struct{ Result []map[string]string }
	if code != 200 || json.Unmarshal([]byte(body), &res) != nil || len(res.Result) != 1 || res.Result[0]["id"] != "Bram Okafor" {
		t.Errorf("v1 query: %d %s", code, body)
	}
}

func TestPostgresRebuildReplacesChangedArticles(t *testing.T) {
	addr := postgresURL(t)
	files := map[string]string{"a1": fixtures["a1"], "a2": fixtures["a2"]}
	in := writeFixtures(t, files)
	if rep := buildPostgres(t, addr, fakeExtractor{}, in); rep.Added != 2 {
		t.Fatalf("first build: %+v", rep)
	}
	p := openPostgres(t, addr)
	a1Before := queryStrings(t, p, `g.V().Has(g.IRI("ng:article"), g.IRI("ngart:a1")).All()`)

	// a2 changes, a3 is new, a1 stays.
	writeFile(t, in+"/a2.txt", "Cleo Marsh criticised Bram Okafor.\n")
	writeFile(t, in+"/a3.txt", fixtures["a3"])
	rep := buildPostgres(t, addr, fakeExtractor{}, in)
	if rep.Added != 1 || rep.Updated != 1 || rep.Unchanged != 1 || rep.QuadsRemoved == 0 || rep.QuadsAdded == 0 {
		t.Fatalf("second build: %+v", rep)
	}
	if a1After := queryStrings(t, p, `g.V().Has(g.IRI("ng:article"), g.IRI("ngart:a1")).All()`); !reflect.DeepEqual(a1After, a1Before) || len(a1After) == 0 {
		t.Errorf("a1's nodes changed: %v, were %v", a1After, a1Before)
	}
	checkNodeRefs(t, addr)
	files["a2"], files["a3"] = "Cleo Marsh criticised Bram Okafor.\n", fixtures["a3"]
	if got, want := exportString(t, p, "nquads"), freshExport(t, files); got != want {
		t.Errorf("incremental build differs from a fresh one:\n%s\n--- fresh:\n%s", got, want)
	}
	// Nothing changed: nothing written.
	if rep := buildPostgres(t, addr, fakeExtractor{}, in); rep.Unchanged != 3 || rep.QuadsAdded+rep.QuadsRemoved != 0 {
		t.Errorf("third build: %+v", rep)
	}
}

// Two versions of the articles of the interruption tests: the actors differ
// (Eastfold Council only in the old one, Ada Quill and Fenwick only in the
// new one), so their display names depend on which articles are new.
const (
	oldVersion = "Bram Okafor criticised Cleo Marsh on Tuesday.\nCleo Marsh met Eastfold Council officials.\n"
	newVersion = "Ada Quill met Cleo Marsh in Fenwick.\nCleo Marsh said “we agreed” afterwards.\n"
)

// versions returns n articles m000… with the given text.
func versions(n int, text string) map[string]string {
	files := map[string]string{}
	for i := 0; i < n; i++ {
		files[fmt.Sprintf("m%03d", i)] = text
	}
	return files
}

// checkConsistent checks that every article in the postgres store at addr
// is either the old or the new version, that the store is exactly what a
// fresh build of that mix of versions gives (display names included), and
// returns the number of new articles.
func checkConsistent(t *testing.T, addr string, n int) int {
	t.Helper()
	st := openPostgres(t, addr)
	ctx := context.Background()
	hashes, err := st.StoredHashes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	oldHash, newHash := sha256Hex(oldVersion), sha256Hex(newVersion)
	mix := map[string]string{}
	var ids []string
	for id, h := range hashes {
		switch h {
		case oldHash:
			mix[id] = oldVersion
		case newHash:
			mix[id] = newVersion
			ids = append(ids, id)
		default:
			t.Errorf("article %s has hash %s, of neither version", id, h)
		}
	}
	if len(hashes) != n {
		t.Errorf("%d articles in the store, want %d", len(hashes), n)
	}
	if got, want := exportString(t, st, "nquads"), freshExport(t, mix); got != want {
		sort.Strings(ids)
		t.Errorf("the store is not what a fresh build of its articles gives (new: %v):\n%s\n--- fresh:\n%s", ids, got, want)
	}
	checkNodeRefs(t, addr)
	// Usable: a query runs.
	if got := queryStrings(t, st, `g.V().Has(g.IRI("schema:name"), "Cleo Marsh").All()`); len(got) != 1 {
		t.Errorf("Cleo Marsh: %v", got)
	}
	st.Close()
	return len(ids)
}

// checkNodeRefs checks Cayley's bookkeeping in the postgres store at addr:
// every node is used by a quad, every value of a quad is a node, and each
// node's reference count is the number of places quads use it.
func checkNodeRefs(t *testing.T, addr string) {
	t.Helper()
	db, err := sql.Open("postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var wrong, unused, missing int
	err = db.QueryRow(`WITH refs AS (
		SELECT h, count(*) AS c FROM (
			SELECT subject_hash AS h FROM quads UNION ALL SELECT predicate_hash FROM quads
			UNION ALL SELECT object_hash FROM quads UNION ALL SELECT label_hash FROM quads WHERE label_hash IS NOT NULL
		) AS used GROUP BY h)
		SELECT count(*), count(*) FILTER (WHERE r.h IS NULL), count(*) FILTER (WHERE n.hash IS NULL)
		FROM nodes n FULL JOIN refs r ON n.hash = r.h
		WHERE n.hash IS NULL OR r.h IS NULL OR n.refs <> r.c`).Scan(&wrong, &unused, &missing)
	if err != nil {
		t.Fatal(err)
	}
	if wrong != 0 {
		t.Errorf("%d nodes with wrong reference counts (%d unused, %d missing)", wrong, unused, missing)
	}
}

// sha256Hex is the content hash of an article file with the given text.
func sha256Hex(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// progressCanceller cancels its build once the given number of articles
// have been written.
func progressCanceller(cancel context.CancelFunc, after int) func(done, total int) {
	return func(done, total int) {
		if done == after {
			cancel()
		}
	}
}

func TestPostgresInterruptedBuildLeavesWholeArticles(t *testing.T) {
	addr := postgresURL(t)
	const n = 8
	in := writeFixtures(t, versions(n, oldVersion))
	buildPostgres(t, addr, fakeExtractor{}, in)
	if got := checkConsistent(t, addr, n); got != 0 {
		t.Fatalf("%d new articles before the change", got)
	}

	for id, text := range versions(n, newVersion) {
		writeFile(t, in+"/"+id+".txt", text)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	_, err := BuildAt(ctx, "postgres", addr, BuildOptions{
		Inputs: []string{in}, Extractor: fakeExtractor{}, Workers: 1, Progress: progressCanceller(cancel, 3),
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want canceled", err)
	}
	if got := checkConsistent(t, addr, n); got != 3 {
		t.Errorf("%d new articles after the interrupted build, want the 3 written before it stopped", got)
	}

	// The next build finishes the job.
	rep := buildPostgres(t, addr, fakeExtractor{}, in)
	if rep.Updated != n-3 || rep.Unchanged != 3 {
		t.Errorf("build after the interrupted one: %+v", rep)
	}
	if got := checkConsistent(t, addr, n); got != n {
		t.Errorf("%d new articles after the last build, want %d", got, n)
	}
}

func TestPostgresKilledBuildLeavesWholeArticles(t *testing.T) {
	addr := postgresURL(t)
	const n = 60
	in := writeFixtures(t, versions(n, oldVersion))
	buildPostgres(t, addr, fakeExtractor{}, in)
	for id, text := range versions(n, newVersion) {
		writeFile(t, in+"/"+id+".txt", text)
	}

	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperSlowBuild$", "-test.v")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_SLOW_BUILD_BACKEND=postgres", "NEWSGRAPH_SLOW_BUILD_DB="+addr, "NEWSGRAPH_SLOW_BUILD_IN="+in)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once it has written a few articles, while it writes more.
	sc := bufio.NewScanner(out)
	for sc.Scan() && sc.Text() != "written 3" {
	}
	if sc.Text() != "written 3" {
		t.Fatalf("the helper build did not write 3 articles")
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	got := checkConsistent(t, addr, n)
	t.Logf("killed with %d of %d articles new", got, n)
	if got < 3 || got == n {
		t.Errorf("%d new articles after the killed build: it should have been killed after the third", got)
	}
	// The killed build's lock went with its connection: the next build
	// runs, and finishes the job.
	rep := buildPostgres(t, addr, fakeExtractor{}, in)
	if rep.Updated != n-got || rep.Unchanged != got {
		t.Errorf("build after the killed one: %+v", rep)
	}
	if got := checkConsistent(t, addr, n); got != n {
		t.Errorf("%d new articles after the last build, want %d", got, n)
	}
}

func TestPostgresOneBuildAtATime(t *testing.T) {
	addr := postgresURL(t)
	in := writeFixtures(t, map[string]string{"a1": fixtures["a1"]})
	ctx := context.Background()
	d, err := openSQL(ctx, "postgres", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	unlock, err := d.lockBuild(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := BuildAt(ctx, "postgres", addr, BuildOptions{Inputs: []string{in}, Extractor: fakeExtractor{}}); !errors.Is(err, ErrBuildRunning) {
		t.Errorf("build while another holds the lock: err = %v, want %v", err, ErrBuildRunning)
	}
	// A graph in another schema of the same database is built meanwhile.
	if rep := buildPostgres(t, postgresURL(t), fakeExtractor{}, in); rep.Added != 1 {
		t.Errorf("build of another schema: %+v", rep)
	}
	unlock()
	if rep := buildPostgres(t, addr, fakeExtractor{}, in); rep.Added != 1 {
		t.Errorf("build after the lock was released: %+v", rep)
	}
}

func TestPostgresOpenBeforeBuild(t *testing.T) {
	addr := postgresURL(t)
	if _, err := Open("postgres", addr, nil); !errors.Is(err, ErrNoGraph) {
		t.Errorf("open an empty database: err = %v, want %v", err, ErrNoGraph)
	}
	// A database that does not exist, with a password that must not show.
	u, _ := url.Parse(addr)
	u.Path = "/no_such_database_" + strings.Repeat("x", 4)
	u.User = url.UserPassword(u.User.Username(), "s3cret")
	_, err := Open("postgres", u.String(), nil)
	if err == nil || strings.Contains(err.Error(), "s3cret") || !strings.Contains(err.Error(), "no_such_database") {
		t.Errorf("open a missing database: err = %v", err)
	}
}
