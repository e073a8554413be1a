package main

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// postgresURL returns the URL of a fresh schema in the PostgreSQL database
// that NEWSGRAPH_POSTGRES names, dropped when the test ends; it skips the
// test when the variable is not set (`make test` sets it).
func postgresURL(t *testing.T) string {
	t.Helper()
	base := os.Getenv("NEWSGRAPH_POSTGRES")
	if base == "" {
		t.Skip("NEWSGRAPH_POSTGRES is not set: no PostgreSQL to test the postgres backend on (`make test` starts one)")
	}
	db, err := sql.Open("postgres", base) // lib/pq, registered by Cayley's postgres backend
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "ngcli_" + hex.EncodeToString(b)
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create a schema in NEWSGRAPH_POSTGRES's database: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", base)
		if err == nil {
			_, err = db.Exec("DROP SCHEMA " + schema + " CASCADE")
			db.Close()
		}
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// buildSummary is the build summary without what may differ between two
// stores holding the same graph: the time, and the quads added and removed
// along the way (display names can change as articles come in).
func buildSummary(out string) string {
	out = regexp.MustCompile(`(?m)^seconds .*\n?`).ReplaceAllString(out, "")
	return regexp.MustCompile(`(?m)^(quads +\d+).*$`).ReplaceAllString(out, "$1")
}

// sortedJSON is a JSON array with its elements sorted.
func sortedJSON(t *testing.T, s string) string {
	t.Helper()
	var a []interface{}
	if err := json.Unmarshal([]byte(s), &a); err != nil {
		t.Fatalf("not a JSON array: %v\n%s", err, s)
	}
	elems := make([]string, len(a))
	for i, v := range a {
		b, _ := json.Marshal(v)
		elems[i] = string(b)
	}
	sort.Strings(elems)
	return "[" + strings.Join(elems, ",\n") + "]"
}

// TestPostgresCLI runs the commands on the seeds in PostgreSQL and in bolt:
// they must give the same results.
func TestPostgresCLI(t *testing.T) {
	pg := postgresURL(t)
	bolt := seedGraph(t)
	ctx := context.Background()
	// The seeds, copied: one of them changes below.
	in := t.TempDir()
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) != 5 {
		t.Fatalf("seeds: %v %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(in, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	out, _, err := run(ctx, "", "--db", "postgres", "--dbpath", pg, "-q", "build", in)
	if err != nil {
		t.Fatal(err)
	}
	boltOut, _, err := run(ctx, "", "--dbpath", filepath.Join(t.TempDir(), "db"), "-q", "build", in)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := buildSummary(out), buildSummary(boltOut); got != want || !strings.Contains(got, "5 new") {
		t.Errorf("postgres build:\n%s\nbolt build:\n%s", got, want)
	}

	// same runs a command on both stores and compares the outputs; Gizmo
	// results come in the backend's order, so query results are compared
	// as sets.
	same := func(t *testing.T, pgDB, boltDB string, args ...string) {
		t.Helper()
		got, _, gerr := run(ctx, "", append([]string{"--db", "postgres", "--dbpath", pgDB}, args...)...)
		want, _, werr := run(ctx, "", append([]string{"--dbpath", boltDB}, args...)...)
		if gerr != nil || werr != nil {
			t.Fatalf("%v: postgres: %v; bolt: %v", args, gerr, werr)
		}
		if args[0] == "query" {
			got, want = sortedJSON(t, got), sortedJSON(t, want)
		}
		if got != want || strings.TrimSpace(want) == "" || strings.TrimSpace(want) == "[]" {
			t.Errorf("%v on postgres:\n%.2000s\n--- on bolt:\n%.2000s", args, got, want)
		}
	}
	for _, args := range [][]string{
		{"export", "--format", "tsv"},
		{"export", "--format", "nquads"},
		{"export", "--format", "jsonld"},
		{"stats"},
		{"stats", "--json"},
		{"query", `g.V().Has(g.IRI("rdf:type"), g.IRI("schema:NewsArticle")).Out(g.IRI("ng:id")).All()`},
		{"query", `g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Person")).Out(g.IRI("schema:name")).All()`},
		{"path", "--max-depth", "3", "David Lammy", "Donald Trump"},
		{"profile", "Keir Starmer"},
		{"profile", "--json", "David Lammy"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) { same(t, pg, bolt, args...) })
	}

	// serve: Cayley's UI and API over the postgres store.
	addr := freePort(t)
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		cmd := newRootCmd()
		cmd.SetArgs([]string{"--db", "postgres", "--dbpath", pg, "-q", "serve", "--addr", addr})
		cmd.SetOut(io.Discard)
		cmd.SetErr(io.Discard)
		done <- cmd.ExecuteContext(sctx)
	}()
	var resp *http.Response
	for i := 0; i < 100; i++ {
		if resp, err = http.Post("http://"+addr+"/api/v1/query/gizmo", "text/plain",
			strings.NewReader(`g.V().Has(g.IRI("rdf:type"), g.IRI("schema:NewsArticle")).Out(g.IRI("ng:id")).All()`)); err == nil {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "004_c0f30ce9f926571c") {
		t.Errorf("v1 query: %d %s", resp.StatusCode, body)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("serve: %v", err)
	}

	// Incremental: one article changes, the others are left alone, and the
	// graph is the same as bolt's of the same articles.
	changed := filepath.Join(in, filepath.Base(files[2]))
	f, err := os.OpenFile(changed, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("\nKeir Starmer met David Lammy in London on Friday.\n"); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, _, err = run(ctx, "", "--db", "postgres", "--dbpath", pg, "-q", "build", in)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "(0 new, 1 changed, 4 unchanged, 0 failed)") {
		t.Errorf("rebuild after one article changed:\n%s", out)
	}
	bolt2 := filepath.Join(t.TempDir(), "db")
	if _, _, err := run(ctx, "", "--dbpath", bolt2, "-q", "build", in); err != nil {
		t.Fatal(err)
	}
	same(t, pg, bolt2, "export", "--format", "nquads")
	same(t, pg, bolt2, "export", "--format", "tsv")
}
