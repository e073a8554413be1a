package main

import (
	"context"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"newsgraph/extract"
	"newsgraph/graph"
	"newsgraph/schema"
)

// TestSeedSurnamesAreLinked checks that a build of the seeds links each
// person node keyed by a surname alone to the one person node whose key
// ends in that surname and has it as alias (the articles that say only
// "President Trump" to those that say "Donald Trump"), and nothing else.
func TestSeedSurnamesAreLinked(t *testing.T) {
	db := seedGraph(t)
	st, err := graph.Open("bolt", db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sn, err := st.ReadSnapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	personNS := schema.IDNS + "person/"
	aliases := map[string]map[string]bool{} // person key → folded aliases
	var links []string
	for _, q := range sn.Quads {
		s := strings.Trim(quad.StringOf(q.Subject), "<>")
		switch q.Predicate {
		case schema.ArticleName, schema.Alias:
			if key, ok := strings.CutPrefix(s, personNS); ok {
				if aliases[key] == nil {
					aliases[key] = map[string]bool{}
				}
				if q.Predicate == schema.Alias {
					aliases[key][schema.Key(literalText(q.Object))] = true
				}
			}
		case schema.SameAs:
			if q.Label != quad.IRI(schema.SameAsGraph) {
				t.Errorf("%v: label %v", q, q.Label)
			}
			o := strings.Trim(quad.StringOf(q.Object), "<>")
			links = append(links, strings.TrimPrefix(s, schema.IDNS)+" = "+strings.TrimPrefix(o, schema.IDNS))
		}
	}
	var want []string
	for w := range aliases {
		if strings.Contains(w, "-") {
			continue
		}
		var cands []string
		for k := range aliases {
			if strings.HasSuffix(k, "-"+w) {
				cands = append(cands, k)
			}
		}
		if len(cands) == 1 && aliases[cands[0]][w] {
			want = append(want, "person/"+w+" = person/"+cands[0], "person/"+cands[0]+" = person/"+w)
		}
	}
	sort.Strings(want)
	sort.Strings(links)
	t.Logf("links: %q", links)
	if len(want) == 0 {
		t.Fatal("the seeds give no person keyed by a surname alone whose full name is unique")
	}
	for _, l := range want {
		if !slices.Contains(links, l) {
			t.Errorf("no link %s", l)
		}
	}
	if _, ok := aliases["trump"]; ok && !slices.Contains(links, "person/trump = person/donald-trump") {
		t.Errorf("person/trump is not linked to person/donald-trump: %q", links)
	}
}

// literalText is the text of a string literal.
func literalText(v quad.Value) string {
	if s, ok := v.(quad.String); ok {
		return string(s)
	}
	return quad.StringOf(v)
}

// TestPathAndProfileFollowSameAs runs path and profile on a graph of
// hand-made articles where "Trump" and "Donald Trump" are two nodes of
// one actor.
func TestPathAndProfileFollowSameAs(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "db")
	st, err := graph.OpenOrCreate("bolt", db, nil)
	if err != nil {
		t.Fatal(err)
	}
	person := func(key, name string, aliases ...string) extract.Entity {
		return extract.Entity{Key: key, Name: name, Type: schema.Person, Aliases: aliases}
	}
	for _, r := range []*extract.Result{
		{Article: extract.Article{ID: "t1", Text: "Donald Trump met Ada Quill.", Hash: "1"},
			Entities: []extract.Entity{person("donald-trump", "Donald Trump", "Trump"), person("ada-quill", "Ada Quill")},
			Facts:    []extract.Fact{{Subject: 0, Predicate: schema.Met, Object: 1, Evidence: extract.Evidence{Text: "Donald Trump met Ada Quill."}}}},
		{Article: extract.Article{ID: "t2", Text: "President Trump criticised Bram Okafor.", Hash: "2"},
			Entities: []extract.Entity{person("trump", "Trump"), person("bram-okafor", "Bram Okafor")},
			Facts:    []extract.Fact{{Subject: 0, Predicate: schema.Criticized, Object: 1, Evidence: extract.Evidence{Text: "President Trump criticised Bram Okafor."}}}},
	} {
		if _, _, err := st.ReplaceArticle(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want []string
		not  []string
	}{
		{[]string{"path", "--max-depth", "2", "Ada Quill", "Bram Okafor"}, []string{
			"1. Ada Quill ←met– Donald Trump\n     [t1] Donald Trump met Ada Quill.\n",
			"2. Donald Trump = Trump  (owl:sameAs: the same actor)\n",
			"3. Trump –criticized→ Bram Okafor\n     [t2] President Trump criticised Bram Okafor.\n",
		}, nil},
		{[]string{"path", "Trump", "Donald Trump"}, []string{`"Trump" and "Donald Trump" are the same actor`}, nil},
		{[]string{"profile", "Trump"}, []string{
			"Donald Trump  (Person)\n  node      <https://newsgraph.dev/id/person/donald-trump>\n  same as   <https://newsgraph.dev/id/person/trump>\n",
			"  articles  t1 t2\n",
			"Donald Trump –criticized→ Bram Okafor",
			"Donald Trump –met→ Ada Quill",
		}, []string{"\n\n"}}, // one profile
	} {
		out, _, err := run(ctx, "", append([]string{"--dbpath", db}, tc.args...)...)
		if err != nil {
			t.Errorf("%v: %v", tc.args, err)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: output lacks %q:\n%s", tc.args, w, out)
			}
		}
		for _, n := range tc.not {
			if strings.Contains(out, n) {
				t.Errorf("%v: output has %q:\n%s", tc.args, n, out)
			}
		}
	}
}
