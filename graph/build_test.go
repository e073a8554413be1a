package graph

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"newsgraph/extract"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBuildAndTSV(t *testing.T) {
	st, rep := buildFixtures(t)
	if rep.Added != 3 || rep.Failed != 0 {
		t.Fatalf("report %+v", rep)
	}
	var buf bytes.Buffer
	if err := st.Export(context.Background(), "tsv", &buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	t.Log("\n" + out)
	for _, want := range []string{
		"Ada Quill\ttype\tPerson\ta1\tMinister Ada Quill of Dunmore met Bram Okafor in Fenwick.\n",
		"Ada Quill\talias\tQuill\ta1\t",
		"Ada Quill\tmet\tBram Okafor\ta1\tMinister Ada Quill of Dunmore met Bram Okafor in Fenwick.\n",
		"Ada Quill\tsaid\tthe talks went well, très bien\ta1\tQuill said “the talks went well, très bien” after the meeting.\n",
		"Ada Quill\trole\tMinister\ta1\t",
		"Ada Quill\taffiliated_with\tDunmore\ta1\t",
		"Bram Okafor\tcriticized\tCleo Marsh\ta2\t",
		"Dunmore\ttype\tCountry\ta1\t",
		"Fenwick\ttype\tPlace\ta1\t",
		"Eastfold Council\ttype\tOrganization\ta2\t",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("tsv lacks %q", want)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if n := len(strings.Split(line, "\t")); n != 5 {
			t.Errorf("%d fields: %q", n, line)
		}
	}
}

func exportString(t *testing.T, st *Store, format string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := st.Export(context.Background(), format, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// buildBolt builds inputs into the bolt store at dir and returns the report.
func buildBolt(t *testing.T, dir string, x Extractor, inputs ...string) *BuildReport {
	t.Helper()
	rep, err := BuildAt(context.Background(), "bolt", dir, BuildOptions{Inputs: inputs, Extractor: x})
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func exportBolt(t *testing.T, dir, format string) string {
	t.Helper()
	st, err := Open("bolt", dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	return exportString(t, st, format)
}

func TestOffsetsAreCodePoints(t *testing.T) {
	st, _ := buildFixtures(t)
	text := []rune(fixtures["a1"])
	res, err := Query(context.Background(), st.QS, `g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Quotation")).Has(g.IRI("ng:article"), g.IRI("ngart:a1")).Save(g.IRI("ng:start"), "start").Save(g.IRI("ng:end"), "end").Save(g.IRI("ng:text"), "text").All()`, 0, 0)
	if err != nil || len(res) != 1 {
		t.Fatalf("%v %v", res, err)
	}
	m := res[0].(map[string]interface{})
	start, end := m["start"].(int64), m["end"].(int64)
	if got := string(text[start:end]); got != m["text"] {
		t.Errorf("text[%d:%d] = %q, want %q", start, end, got, m["text"])
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	dir := writeFixtures(t, fixtures)
	a, b := t.TempDir(), t.TempDir()
	buildBolt(t, a, fakeExtractor{}, dir)
	buildBolt(t, b, fakeExtractor{}, dir)
	if x, y := exportBolt(t, a, "nquads"), exportBolt(t, b, "nquads"); x != y || x == "" {
		t.Errorf("two builds of the same input differ:\n%s\n---\n%s", x, y)
	}
}

func TestRebuildReplacesChangedArticles(t *testing.T) {
	files := map[string]string{"a1": fixtures["a1"], "a2": fixtures["a2"]}
	in := writeFixtures(t, files)
	db := t.TempDir()
	if rep := buildBolt(t, db, fakeExtractor{}, in); rep.Added != 2 {
		t.Fatalf("first build: %+v", rep)
	}
	before := exportBolt(t, db, "tsv")

	// a2 changes, a3 is new, a1 stays.
	writeFile(t, in+"/a2.txt", "Cleo Marsh criticised Bram Okafor.\n")
	writeFile(t, in+"/a3.txt", fixtures["a3"])
	rep := buildBolt(t, db, fakeExtractor{}, in)
	if rep.Added != 1 || rep.Updated != 1 || rep.Unchanged != 1 || rep.QuadsRemoved == 0 {
		t.Fatalf("second build: %+v", rep)
	}
	after := exportBolt(t, db, "tsv")
	for _, gone := range []string{"Bram Okafor\tcriticized\tCleo Marsh\ta2", "Cleo Marsh\tmet\tEastfold Council\ta2", "Eastfold Council"} {
		if !strings.Contains(before, gone) || strings.Contains(after, gone) {
			t.Errorf("%q should be gone after a2 changed", gone)
		}
	}
	for _, want := range []string{"Cleo Marsh\tcriticized\tBram Okafor\ta2", "Ada Quill\tmet\tBram Okafor\ta1", "Cleo Marsh\tsaid\t"} {
		if !strings.Contains(after, want) {
			t.Errorf("missing %q after the rebuild", want)
		}
	}
	// The same as building the new inputs from scratch.
	fresh := t.TempDir()
	buildBolt(t, fresh, fakeExtractor{}, in)
	if got, want := exportBolt(t, db, "nquads"), exportBolt(t, fresh, "nquads"); got != want {
		t.Errorf("incremental build differs from a fresh one")
	}
}

func TestArticleIDs(t *testing.T) {
	// A corpus kept in folders by section, whose files repeat names.
	in := t.TempDir()
	writeFile(t, in+"/top.txt", fixtures["a3"])
	for _, sub := range []string{"politics", "business", "world/europe"} {
		os.MkdirAll(in+"/"+sub, 0o755)
		writeFile(t, in+"/"+sub+"/001.txt", fixtures["a1"])
	}
	other := writeFixtures(t, map[string]string{"top": fixtures["a2"], "a2": fixtures["a2"]})
	tests := []struct {
		name    string
		inputs  []string
		ids     []string
		failed  []string // ids reported as duplicates
		notSeen []string
	}{
		{"nested folder", []string{in}, []string{"top", "business/001", "politics/001", "world/europe/001"}, nil, nil},
		{"subfolder given", []string{in + "/world"}, []string{"europe/001"}, nil, []string{"top"}},
		{"file given", []string{in + "/politics/001.txt"}, []string{"001"}, nil, nil},
		{"two roots", []string{in, other}, []string{"top", "a2", "politics/001"}, []string{"top"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, probs := FindArticles(tt.inputs)
			if len(probs) > 0 {
				t.Fatal(probs)
			}
			got := map[string]bool{}
			for _, f := range files {
				got[f.ID] = true
			}
			for _, id := range tt.ids {
				if !got[id] {
					t.Errorf("no article %q among %v", id, files)
				}
			}
			for _, id := range tt.notSeen {
				if got[id] {
					t.Errorf("article %q found, want none", id)
				}
			}
			db := t.TempDir()
			rep := buildBolt(t, db, fakeExtractor{}, tt.inputs...)
			if rep.Failed != len(tt.failed) || rep.Added != len(files)-len(tt.failed) {
				t.Errorf("added %d, failed %d of %d files: %v", rep.Added, rep.Failed, len(files), rep.Errors)
			}
			for i, id := range tt.failed {
				if i >= len(rep.Errors) || !strings.Contains(rep.Errors[i].Err.Error(), fmt.Sprintf("duplicate article id %q", id)) {
					t.Errorf("want a duplicate-id error for %q, got %v", id, rep.Errors)
				}
			}
			tsv := exportBolt(t, db, "tsv")
			for _, id := range tt.ids {
				if !strings.Contains(tsv, "\t"+id+"\t") {
					t.Errorf("the export names no article %q", id)
				}
			}
		})
	}
}

func TestBuildReportsBadFiles(t *testing.T) {
	in := writeFixtures(t, map[string]string{"a1": fixtures["a1"], "a2": fixtures["a2"]})
	writeFile(t, in+"/empty.txt", "")
	writeFile(t, in+"/blank.txt", " \n\n")
	writeFile(t, in+"/binary.txt", "PK\x03\x04\x00\x00binary")
	// Latin-1: "Zoë Café met Ada Quill."
	writeFile(t, in+"/latin1.txt", "Zo\xeb Caf\xe9 criticised Ada Quill.\n")
	big, err := os.Create(in + "/big.txt")
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	big.Close()
	os.Mkdir(in+"/sub", 0o755)
	writeFile(t, in+"/sub/a3.txt", fixtures["a3"])
	writeFile(t, in+"/notes.md", "not an article")

	db := t.TempDir()
	rep := buildBolt(t, db, fakeExtractor{}, in)
	if rep.Added != 4 || rep.Failed != 4 {
		t.Errorf("added %d, failed %d; want 4 and 4: %+v", rep.Added, rep.Failed, rep)
	}
	reasons := map[string]string{}
	for _, p := range rep.Errors {
		reasons[ArticleID(p.Path)] = p.Err.Error()
	}
	for id, want := range map[string]string{"empty": "empty", "blank": "empty", "binary": "binary", "big": "too large"} {
		if !strings.Contains(reasons[id], want) {
			t.Errorf("%s: reason %q, want %q", id, reasons[id], want)
		}
	}
	if len(rep.Warnings) != 1 || !strings.Contains(rep.Warnings[0].String(), "latin1.txt") || !strings.Contains(rep.Warnings[0].Err.Error(), "Windows-1252") {
		t.Errorf("warnings: %v", rep.Warnings)
	}
	tsv := exportBolt(t, db, "tsv")
	for _, want := range []string{"Ada Quill\tmet\tBram Okafor\ta1", "Cleo Marsh\tsaid", "Ada Quill\ttype\tPerson\tlatin1\tZoë Café criticised Ada Quill."} {
		if !strings.Contains(tsv, want) {
			t.Errorf("missing %q", want)
		}
	}
}

// cancellingExtractor cancels the build at its second article.
type cancellingExtractor struct {
	cancel context.CancelFunc
	n      *int32
}

func (c cancellingExtractor) Extract(ctx context.Context, a extract.Article) (*extract.Result, error) {
	if atomic.AddInt32(c.n, 1) == 2 {
		c.cancel()
		return nil, ctx.Err()
	}
	return fakeExtractor{}.Extract(ctx, a)
}

func TestInterruptedBuildKeepsPreviousGraph(t *testing.T) {
	in := writeFixtures(t, map[string]string{"a1": fixtures["a1"]})
	db := t.TempDir()
	buildBolt(t, db, fakeExtractor{}, in)
	before := exportBolt(t, db, "nquads")

	more := writeFixtures(t, map[string]string{"a2": fixtures["a2"], "a3": fixtures["a3"], "a4": fixtures["a2"]})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var n int32
	_, err := BuildAt(ctx, "bolt", db, BuildOptions{Inputs: []string{more}, Extractor: cancellingExtractor{cancel, &n}, Workers: 1})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want canceled", err)
	}
	if after := exportBolt(t, db, "nquads"); after != before {
		t.Errorf("an interrupted build changed the graph")
	}
	if left, _ := filepath.Glob(filepath.Join(db, ".build-*")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}

// TestHelperSlowBuild is not a test: TestKilledBuildKeepsPreviousGraph and
// TestPostgresKilledBuildLeavesWholeArticles run it in a subprocess to build
// slowly until killed.
func TestHelperSlowBuild(t *testing.T) {
	db, in := os.Getenv("NEWSGRAPH_SLOW_BUILD_DB"), os.Getenv("NEWSGRAPH_SLOW_BUILD_IN")
	if db == "" {
		t.Skip("helper process only")
	}
	backend := os.Getenv("NEWSGRAPH_SLOW_BUILD_BACKEND")
	if backend == "" {
		backend = "bolt"
	}
	_, err := BuildAt(context.Background(), backend, db, BuildOptions{
		Inputs: []string{in}, Extractor: slowExtractor{}, Workers: 1,
		Progress: func(done, total int) { fmt.Printf("written %d\n", done) },
	})
	t.Fatalf("the build should have been killed; it ended with %v", err)
}

// slowExtractor announces each article on stdout and takes its time.
type slowExtractor struct{}

func (slowExtractor) Extract(ctx context.Context, a extract.Article) (*extract.Result, error) {
	fmt.Printf("extracting %s\n", a.ID)
	time.Sleep(100 * time.Millisecond)
	return fakeExtractor{}.Extract(ctx, a)
}

func TestKilledBuildKeepsPreviousGraph(t *testing.T) {
	in := writeFixtures(t, map[string]string{"a1": fixtures["a1"]})
	db := t.TempDir()
	buildBolt(t, db, fakeExtractor{}, in)
	before := exportBolt(t, db, "nquads")

	many := map[string]string{}
	for i := 0; i < 200; i++ {
		many[fmt.Sprintf("m%03d", i)] = fixtures["a2"]
	}
	more := writeFixtures(t, many)
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperSlowBuild$", "-test.v")
	cmd.Env = append(os.Environ(), "NEWSGRAPH_SLOW_BUILD_DB="+db, "NEWSGRAPH_SLOW_BUILD_IN="+more)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once it has written a few articles into its copy.
	sc := bufio.NewScanner(out)
	n := 0
	for sc.Scan() && n < 5 {
		if strings.HasPrefix(sc.Text(), "extracting ") {
			n++
		}
	}
	if n < 5 {
		t.Fatalf("the helper build did not start")
	}
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	if after := exportBolt(t, db, "nquads"); after != before {
		t.Errorf("a killed build changed the graph")
	}
	st, err := Open("bolt", db, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := queryStrings(t, st, `g.V().Has(g.IRI("schema:name"), "Ada Quill").Out(g.IRI("ng:met")).Out(g.IRI("schema:name")).All()`)
	st.Close()
	if strings.Join(got, "|") != "map[id:Bram Okafor]" {
		t.Errorf("query after the killed build: %v", got)
	}
	// The next build clears what the killed one left and succeeds.
	rep := buildBolt(t, db, fakeExtractor{}, in, writeFixtures(t, map[string]string{"a3": fixtures["a3"]}))
	if rep.Added != 1 || rep.Unchanged != 1 {
		t.Errorf("build after the killed one: %+v", rep)
	}
	if left, _ := filepath.Glob(filepath.Join(db, ".build-*")); len(left) != 0 {
		t.Errorf("left behind: %v", left)
	}
}

func TestDisplayNames(t *testing.T) {
	for _, tc := range []struct {
		backend string
		open    func(t *testing.T) *Store
	}{
		{"memstore", func(t *testing.T) *Store { return NewMemory() }},
		{"bolt", func(t *testing.T) *Store {
			st, err := OpenOrCreate("bolt", t.TempDir(), nil)
			if err != nil {
				t.Fatal(err)
			}
			return st
		}},
		{"postgres", func(t *testing.T) *Store {
			st, err := OpenOrCreate("postgres", postgresURL(t), nil)
			if err != nil {
				t.Fatal(err)
			}
			return st
		}},
	} {
		t.Run(tc.backend, func(t *testing.T) {
			st := tc.open(t)
			defer st.Close()
			testDisplayNames(t, st)
		})
	}
}

// testDisplayNames checks the display names ReplaceArticle writes.
func testDisplayNames(t *testing.T, st *Store) {
	ctx := context.Background()
	article := func(id, name string) *extract.Result {
		text := name + " spoke.\n"
		return &extract.Result{
			Article:   extract.Article{ID: id, Text: text, Hash: id + name},
			Sentences: []extract.Sentence{{Span: extract.Span{Start: 0, End: len(text) - 1}, Text: text[:len(text)-1]}},
			Entities:  []extract.Entity{{Key: "ada-quill", Name: name, Type: "Person", Mentions: []extract.Mention{{Span: extract.Span{Start: 0, End: len(name)}, Text: name}}}},
		}
	}
	display := func() []string {
		return queryStrings(t, st, `g.V().Has(g.IRI("rdf:type"), g.IRI("schema:Person")).Unique().Out(g.IRI("schema:name")).All()`)
	}
	for _, r := range []*extract.Result{article("x1", "A. Quill"), article("x2", "Ada Quill"), article("x3", "Ada Quill")} {
		if _, _, err := st.ReplaceArticle(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if got := display(); strings.Join(got, "|") != "map[id:Ada Quill]" {
		t.Errorf("display names: %v", got)
	}
	// Longest among equally frequent names.
	st.ReplaceArticle(ctx, article("x2", "A. Quill"))
	if got := display(); strings.Join(got, "|") != "map[id:A. Quill]" {
		t.Errorf("after x2 changed: %v", got)
	}
	st.ReplaceArticle(ctx, article("x4", "Ada B. Quill"))
	st.ReplaceArticle(ctx, article("x5", "Ada B. Quill"))
	if got := display(); strings.Join(got, "|") != "map[id:Ada B. Quill]" {
		t.Errorf("a tie goes to the longest: %v", got)
	}
	sn, err := st.ReadSnapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, r := range sn.Rows() {
		if r.Article == "x1" {
			rows = append(rows, r.Subject+" "+r.Predicate+" "+r.Object)
		}
	}
	if strings.Join(rows, "|") != "Ada B. Quill type Person|Ada B. Quill alias A. Quill" {
		t.Errorf("x1 rows: %v", rows)
	}
}

func TestOpenFailsWhileAnotherProcessHoldsTheStore(t *testing.T) {
	db := t.TempDir()
	buildBolt(t, db, fakeExtractor{}, writeFixtures(t, map[string]string{"a1": fixtures["a1"]}))
	f, err := os.Open(filepath.Join(db, "indexes.bolt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() {
		st, err := Open("bolt", db, nil)
		if err == nil {
			st.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "open in another process") {
			t.Errorf("err = %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Open waited for the lock")
	}
}
