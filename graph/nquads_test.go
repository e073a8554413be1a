package graph

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"newsgraph/internal/testtools"
)

// awkward are values Cayley's own N-Quads writer gets wrong.
var awkward = []quad.Quad{
	{Subject: quad.IRI("https://ex.org/a b<c>\"{|}^`\\"), Predicate: quad.IRI("ng:odd"), Object: quad.String("tab\tnew\nline \"quoted\" back\\slash \x01 é ✓"), Label: quad.IRI("https://ex.org/l")},
	{Subject: quad.BNode("b 1/x"), Predicate: quad.IRI("schema:name"), Object: quad.LangString{Value: "Zoë", Lang: "fr-CA"}},
	{Subject: quad.BNode("-x."), Predicate: quad.IRI("https://ex.org/p"), Object: quad.LangString{Value: "bad tag", Lang: "not a tag"}},
	{Subject: quad.IRI("https://ex.org/n"), Predicate: quad.IRI("https://ex.org/int"), Object: quad.Int(-42)},
	{Subject: quad.IRI("https://ex.org/n"), Predicate: quad.IRI("https://ex.org/float"), Object: quad.Float(2.5e-7)},
	{Subject: quad.IRI("https://ex.org/n"), Predicate: quad.IRI("https://ex.org/bool"), Object: quad.Bool(true)},
	{Subject: quad.IRI("https://ex.org/n"), Predicate: quad.IRI("https://ex.org/time"), Object: quad.Time(time.Date(2025, 3, 3, 10, 0, 0, 0, time.UTC))},
	{Subject: quad.IRI("https://ex.org/n"), Predicate: quad.IRI("https://ex.org/typed"), Object: quad.TypedString{Value: "P1D", Type: "xsd:duration"}},
}

func TestTermForms(t *testing.T) {
	for _, c := range []struct {
		v    quad.Value
		want string
	}{
		{quad.IRI("ng:met"), "<https://newsgraph.dev/ns#met>"},
		{quad.IRI("http://x/a b"), `<http://x/a%20b>`},
		{quad.Bool(false), `"false"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{quad.Int(7), `"7"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.TypedString{Value: "2025-03-03", Type: "xsd:date"}, `"2025-03-03"^^<http://www.w3.org/2001/XMLSchema#date>`},
		{quad.String("a\"b\\c\n"), `"a\"b\\c\n"`},
		{quad.LangString{Value: "x", Lang: "en-GB"}, `"x"@en-GB`},
	} {
		if got := Term(c.v); got != c.want {
			t.Errorf("Term(%#v) = %s, want %s", c.v, got, c.want)
		}
	}
}

func TestNQuadsExportIsValid(t *testing.T) {
	n3 := testtools.NeedNQuadsTools(t)
	st, _ := buildFixtures(t)
	if err := st.QS.ApplyDeltas(deltasOf(awkward), graph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
	want, err := st.QuadCount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "out.nq")
	if err := WriteFileAtomic(file, func(w io.Writer) error { return st.Export(context.Background(), "nquads", w) }); err != nil {
		t.Fatal(err)
	}
	if n := testtools.CheckNQuads(t, n3, file); int64(n) != want {
		t.Errorf("the parsers read %d quads, the graph has %d", n, want)
	}
	// Loaded into a fresh store, the export gives the same number of quads.
	if n := loadCount(t, file); n != want {
		t.Errorf("reloaded: %d quads, want %d", n, want)
	}
}

func deltasOf(qs []quad.Quad) []graph.Delta {
	var ds []graph.Delta
	for _, q := range qs {
		ds = append(ds, graph.Delta{Quad: q, Action: graph.Add})
	}
	return ds
}

// loadCount loads an N-Quads file into a fresh memory store with Cayley's
// reader and counts the quads.
func loadCount(t *testing.T, file string) int64 {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	st := NewMemory()
	defer st.Close()
	w := graph.NewWriter(st.qw)
	if _, err := quad.Copy(w, nquads.NewReader(f, false)); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	n, err := st.QuadCount(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}
