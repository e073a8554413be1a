package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"newsgraph/graph"
	"newsgraph/internal/testtools"
)

// run runs newsgraph in-process with the given arguments.
func run(ctx context.Context, stdin string, args ...string) (stdout, stderr string, err error) {
	var out, errb bytes.Buffer
	cmd := newRootCmd()
	cmd.SetArgs(args)
	cmd.SetIn(strings.NewReader(stdin))
	cmd.SetOut(&out)
	cmd.SetErr(&errb)
	err = cmd.ExecuteContext(ctx)
	return out.String(), errb.String(), err
}

var seeds = filepath.Join(testtools.RepoRoot(), "seeds")

var (
	seedOnce sync.Once
	seedDB   string
	seedErr  error
	seedDir  string
)

// seedGraph builds seeds/ with the real extractor once per test binary and
// returns the store's path.
func seedGraph(t *testing.T) string {
	t.Helper()
	seedOnce.Do(func() {
		seedDir, seedErr = os.MkdirTemp("", "newsgraph-seeds-")
		if seedErr != nil {
			return
		}
		seedDB = filepath.Join(seedDir, "db")
		var out, errs string
		out, errs, seedErr = run(context.Background(), "", "--dbpath", seedDB, "-q", "build", seeds)
		if seedErr != nil {
			seedErr = fmt.Errorf("%v\n%s\n%s", seedErr, out, errs)
		}
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
	return seedDB
}

func TestMain(m *testing.M) {
	code := m.Run()
	if seedDir != "" {
		os.RemoveAll(seedDir)
	}
	os.Exit(code)
}

func TestBuildSummary(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	out, _, err := run(context.Background(), "", "--dbpath", db, "-q", "build", seeds)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"articles   5 (5 new", "sentences", "entities", "facts", "quads", "seconds"} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	// Building the same input again changes nothing.
	out, _, err = run(context.Background(), "", "--dbpath", db, "-q", "build", seeds)
	if err != nil || !strings.Contains(out, "5 unchanged") || !strings.Contains(out, "(0 added, 0 removed)") {
		t.Errorf("rebuild: %v\n%s", err, out)
	}
}

func TestBuildNamesBadFiles(t *testing.T) {
	in := t.TempDir()
	for _, f := range []string{"001_52376a2a999791c0.txt", "003_832239db96256c0f.txt"} {
		b, err := os.ReadFile(filepath.Join(seeds, f))
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(in, f), b, 0o644)
	}
	os.WriteFile(filepath.Join(in, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(in, "binary.txt"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(in, "latin1.txt"), []byte("Le ministre fran\xe7ais a rencontr\xe9 ses homologues \xe0 Paris.\n"), 0o644)
	big, _ := os.Create(filepath.Join(in, "huge.txt"))
	big.Truncate(50 << 20)
	big.Close()

	db := filepath.Join(t.TempDir(), "db")
	out, errs, err := run(context.Background(), "", "--dbpath", db, "build", in)
	var ee exitError
	if !errors.As(err, &ee) || ee.code != 1 {
		t.Errorf("exit: %v, want status 1", err)
	}
	for _, want := range []string{"empty.txt: empty file", "binary.txt: binary file", "huge.txt: file too large", "latin1.txt", "Windows-1252"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if !strings.Contains(out, "articles   3 (3 new, 0 changed, 0 unchanged, 3 failed)") {
		t.Errorf("summary:\n%s", out)
	}
	// A size limit flag.
	_, errs, err = run(context.Background(), "", "--dbpath", filepath.Join(t.TempDir(), "db"), "build", "--max-size", "1KB", in)
	if err == nil || !strings.Contains(errs, "003_832239db96256c0f.txt: file too large") {
		t.Errorf("--max-size 1KB: %v\n%s", err, errs)
	}
}

func TestQueryTimeout(t *testing.T) {
	db := seedGraph(t)
	_, _, err := run(context.Background(), "", "--dbpath", db, "query", "--timeout", "300ms", "while(true){}")
	if !errors.Is(err, graph.ErrTimeout) {
		t.Errorf("err = %v, want a timeout", err)
	}
}

func TestQueryFromStdin(t *testing.T) {
	db := seedGraph(t)
	out, _, err := run(context.Background(), `g.V().Has(g.IRI("rdf:type"), g.IRI("schema:NewsArticle")).Out(g.IRI("ng:id")).All()`, "--dbpath", db, "query", "--limit", "2")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, `"id": "000_ad8773f625c12b7a"`) || strings.Count(out, `"id"`) != 2 {
		t.Errorf("query output:\n%s", out)
	}
}

func TestExportFormats(t *testing.T) {
	db := seedGraph(t)
	dir := t.TempDir()
	for _, f := range graph.ExportFormats {
		file := filepath.Join(dir, "out."+f)
		if _, _, err := run(context.Background(), "", "--dbpath", db, "export", "--format", f, "--out", file); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		if st, err := os.Stat(file); err != nil || st.Size() == 0 && f != "tsv" {
			t.Errorf("%s: %v", f, err)
		}
	}
	if _, _, err := run(context.Background(), "", "--dbpath", db, "export", "--format", "nope", "--out", filepath.Join(dir, "nope")); err == nil {
		t.Error("unknown format accepted")
	}
	if _, err := os.Stat(filepath.Join(dir, "nope")); err == nil {
		t.Error("a failed export left a file")
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".*tmp*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestStats(t *testing.T) {
	db := seedGraph(t)
	out, _, err := run(context.Background(), "", "--dbpath", db, "stats")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"articles  5", "nodes by type", "schema:NewsArticle", "edges by predicate", "ng:hash"} {
		if !strings.Contains(out, want) {
			t.Errorf("stats lack %q:\n%s", want, out)
		}
	}
}
