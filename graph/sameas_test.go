package graph

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"newsgraph/extract"
	"newsgraph/internal/testtools"
	"newsgraph/schema"
)

// handMade is an extractor that returns hand-made results, by article text.
type handMade map[string]*extract.Result

func (h handMade) Extract(ctx context.Context, a extract.Article) (*extract.Result, error) {
	r, ok := h[a.Text]
	if !ok {
		return nil, fmt.Errorf("no hand-made result for %q", a.Text)
	}
	res := *r
	res.Article = a
	return &res, nil
}

func entity(t schema.Type, key, name string, aliases ...string) extract.Entity {
	return extract.Entity{Key: key, Name: name, Type: t, Aliases: aliases}
}

func person(key, name string, aliases ...string) extract.Entity {
	return entity(schema.Person, key, name, aliases...)
}

// article is a hand-made article: its text, entities and the facts between
// them (subject, predicate, object).
type article struct {
	text     string
	entities []extract.Entity
	facts    []extract.Fact
}

func fact(s int, p schema.Predicate, o int, sentence string) extract.Fact {
	return extract.Fact{Subject: s, Predicate: p, Object: o, Evidence: extract.Evidence{Text: sentence}}
}

// results turns articles into the results the extractor would give, by
// id, and the extractor that gives them.
func results(arts map[string]article) (map[string]*extract.Result, handMade) {
	byID, x := map[string]*extract.Result{}, handMade{}
	for id, a := range arts {
		r := &extract.Result{
			Article:  extract.Article{ID: id, Text: a.text, Hash: a.text},
			Entities: a.entities,
			Facts:    a.facts,
		}
		byID[id], x[a.text] = r, r
	}
	return byID, x
}

// linkStrings lists the pairs sameActors links among the actors of the
// results, as "person/trump = person/donald-trump" (each pair in IRI order).
func linkStrings(res map[string]*extract.Result) []string {
	ls := &linkState{actors: map[quad.IRI]*actorForms{}, links: map[quad.Quad]bool{}}
	for _, r := range res {
		ls.update(nil, ArticleQuads(r))
	}
	var out []string
	for _, p := range sameActors(ls.actors) {
		out = append(out, shortActor(p[0])+" = "+shortActor(p[1]))
	}
	return out
}

func shortActors(vs []quad.Value) []string {
	var out []string
	for _, v := range vs {
		out = append(out, shortActor(v))
	}
	return out
}

func shortActor(v quad.Value) string {
	return strings.TrimPrefix(strings.Trim(quad.StringOf(v), "<>"), schema.IDNS)
}

func TestSameActorRules(t *testing.T) {
	org := func(key, name string, aliases ...string) extract.Entity {
		return entity(schema.Organization, key, name, aliases...)
	}
	for _, tc := range []struct {
		name     string
		articles [][]extract.Entity
		want     []string
	}{
		{"surname to the one full name with it as alias",
			[][]extract.Entity{{person("donald-trump", "Donald Trump", "Trump")}, {person("trump", "Trump")}},
			[]string{"person/donald-trump = person/trump"}},
		{"surname, full name without it as alias",
			[][]extract.Entity{{person("lena-marsh", "Lena Marsh")}, {person("marsh", "Marsh")}},
			nil},
		{"surname of two full names",
			[][]extract.Entity{{person("gordon-brown", "Gordon Brown", "Brown")}, {person("michael-brown", "Michael Brown")}, {person("brown", "Brown")}},
			nil},
		{"surname of two full names, both with it as alias",
			[][]extract.Entity{{person("george-w-bush", "George W. Bush", "Bush")}, {person("george-h-w-bush", "George H. W. Bush", "Bush")}, {person("bush", "Bush")}},
			nil},
		{"surname of full names in one article",
			[][]extract.Entity{{person("ivana-quill", "Ivana Quill", "Quill"), person("ada-quill", "Ada Quill")}, {person("quill", "Quill")}},
			nil},
		{"a key that begins with the word is no candidate",
			[][]extract.Entity{{person("lebron-james", "LeBron James", "James")}, {person("james-cole", "James Cole", "Cole")}, {person("james", "James")}},
			[]string{"person/james = person/lebron-james"}},
		{"acronym as alias of the full name",
			[][]extract.Entity{{org("north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "NATO")}, {org("nato", "Nato")}},
			[]string{"organization/nato = organization/north-atlantic-treaty-organization"}},
		{"alias of two, name of a third",
			[][]extract.Entity{{org("north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "NATO")}, {org("national-association-of-theatre-owners", "National Association of Theatre Owners", "NATO")}, {org("nato", "NATO")}},
			nil},
		{"an alias two share is no name",
			[][]extract.Entity{{org("world-health-organization", "World Health Organization", "WHO")}, {org("who-group", "The Who Group", "WHO")}},
			nil},
		{"same name, other type",
			[][]extract.Entity{{entity(schema.Country, "georgia", "Georgia")}, {person("georgia-lee", "Georgia Lee", "Georgia")}, {entity(schema.Place, "georgia-state", "Georgia State", "Georgia")}},
			nil},
		{"names that fold alike",
			[][]extract.Entity{{person("anne-zoe-muller", "Anne-Zoë Müller")}, {person("a-muller", "Anne Zoe Muller")}},
			[]string{"person/a-muller = person/anne-zoe-muller"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			arts := map[string]article{}
			for i, ents := range tc.articles {
				arts[fmt.Sprint("x", i)] = article{text: fmt.Sprint("article ", i), entities: ents}
			}
			res, _ := results(arts)
			if got := linkStrings(res); !slices.Equal(got, tc.want) {
				t.Errorf("links %q, want %q", got, tc.want)
			}
		})
	}
}

// sameAsArticles are hand-made articles whose actors link: "Trump" of t2
// and "Donald Trump" of t1, NATO by acronym and by name; and "Brown",
// whose full name is ambiguous, with nothing.
var sameAsArticles = map[string]article{
	"t1": {"Donald Trump met Ada Quill.\n",
		[]extract.Entity{person("donald-trump", "Donald Trump", "Trump"), person("ada-quill", "Ada Quill", "Quill")},
		[]extract.Fact{fact(0, schema.Met, 1, "Donald Trump met Ada Quill.")}},
	"t2": {"President Trump criticised Bram Okafor.\n",
		[]extract.Entity{person("trump", "Trump"), person("bram-okafor", "Bram Okafor")},
		[]extract.Fact{fact(0, schema.Criticized, 1, "President Trump criticised Bram Okafor.")}},
	"n1": {"The North Atlantic Treaty Organization (NATO) met.\n",
		[]extract.Entity{entity(schema.Organization, "north-atlantic-treaty-organization", "North Atlantic Treaty Organization", "NATO")}, nil},
	"n2": {"Nato warned Bram Okafor.\n",
		[]extract.Entity{entity(schema.Organization, "nato", "Nato"), person("bram-okafor", "Bram Okafor")},
		[]extract.Fact{fact(0, schema.Warned, 1, "Nato warned Bram Okafor.")}},
	"b1": {"Gordon Brown spoke. Brown left.\n", []extract.Entity{person("gordon-brown", "Gordon Brown", "Brown")}, nil},
	"b2": {"Michael Brown spoke.\n", []extract.Entity{person("michael-brown", "Michael Brown")}, nil},
	"b3": {"Mr Brown met Ada Quill.\n",
		[]extract.Entity{person("brown", "Brown"), person("ada-quill", "Ada Quill")},
		[]extract.Fact{fact(0, schema.Met, 1, "Mr Brown met Ada Quill.")}},
}

// wantSameAs is the owl:sameAs quads of sameAsArticles.
var wantSameAs = []string{
	"organization/nato = organization/north-atlantic-treaty-organization",
	"organization/north-atlantic-treaty-organization = organization/nato",
	"person/donald-trump = person/trump",
	"person/trump = person/donald-trump",
}

// sameAsQuads lists the store's owl:sameAs quads as "subject = object",
// sorted, checking their label.
func sameAsQuads(t *testing.T, st *Store) []string {
	t.Helper()
	qs, err := st.quadsOf(context.Background(), quad.Predicate, schema.SameAs)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, q := range qs {
		if q.Label != quad.IRI(schema.SameAsGraph) {
			t.Errorf("%v: label %v, want %s", q, q.Label, schema.SameAsGraph)
		}
		out = append(out, shortActor(q.Subject)+" = "+shortActor(q.Object))
	}
	sort.Strings(out)
	return out
}

func TestSameAsDoesNotDependOnTheBuild(t *testing.T) {
	ctx := context.Background()
	_, x := results(sameAsArticles)
	// Each article in a file of its own, so that builds can take them in
	// any order.
	dir := t.TempDir()
	file := map[string]string{}
	for id, a := range sameAsArticles {
		file[id] = filepath.Join(dir, id+".txt")
		writeFile(t, file[id], a.text)
	}
	files := func(ids ...string) []string {
		var out []string
		for _, id := range ids {
			out = append(out, file[id])
		}
		return out
	}
	all := []string{"t1", "t2", "n1", "n2", "b1", "b2", "b3"}
	reversed := slices.Clone(all)
	slices.Reverse(reversed)
	// The first build has a t2 that names no Trump, the next the real one.
	noTrump := filepath.Join(t.TempDir(), "t2.txt")
	writeFile(t, noTrump, "Bram Okafor spoke.\n")
	x["Bram Okafor spoke.\n"] = &extract.Result{Entities: []extract.Entity{person("bram-okafor", "Bram Okafor")}}

	for _, tc := range []struct {
		name    string
		backend string
		builds  [][]string // the inputs of successive builds into one store
	}{
		{"memstore, in order", "memstore", [][]string{files(all...)}},
		{"memstore, reversed", "memstore", [][]string{files(reversed...)}},
		{"memstore, one at a time", "memstore", [][]string{files("b3"), files("t2"), files("n2"), files("b2"), files("n1"), files("t1"), files("b1")}},
		{"memstore, a link that comes with a change", "memstore", [][]string{append(files("t1", "n1", "n2", "b1", "b2", "b3"), noTrump), files(all...)}},
		{"bolt, in order", "bolt", [][]string{files(all...)}},
		{"bolt, reversed", "bolt", [][]string{files(reversed...)}},
		{"bolt, incremental", "bolt", [][]string{files("t2", "b3", "n1"), files("b1", "t1"), files(all...)}},
		{"bolt, a link that comes with a change", "bolt", [][]string{append(files("t1", "n1", "n2", "b1", "b2", "b3"), noTrump), files(all...)}},
		{"postgres, reversed", "postgres", [][]string{files(reversed...)}},
		{"postgres, incremental", "postgres", [][]string{files("b2", "t1"), append(files("n1", "n2", "b1", "b3"), noTrump), files(all...)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var st *Store
			var err error
			switch tc.backend {
			case "memstore":
				st = NewMemory()
				defer st.Close()
				for _, in := range tc.builds {
					if _, err := st.Build(ctx, BuildOptions{Inputs: in, Extractor: x, Workers: 1}); err != nil {
						t.Fatal(err)
					}
				}
			case "bolt":
				db := t.TempDir()
				for _, in := range tc.builds {
					buildBolt(t, db, x, in...)
				}
				if st, err = Open("bolt", db, nil); err != nil {
					t.Fatal(err)
				}
				defer st.Close()
			case "postgres":
				addr := postgresURL(t)
				for _, in := range tc.builds {
					buildPostgres(t, addr, x, in...)
				}
				st = openPostgres(t, addr)
			}
			if got := sameAsQuads(t, st); !slices.Equal(got, wantSameAs) {
				t.Errorf("owl:sameAs quads:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(wantSameAs, "\n"))
			}
			// Recomputed from the store, the links are what the builds wrote.
			if added, removed, err := st.UpdateSameAs(ctx); added != 0 || removed != 0 || err != nil {
				t.Errorf("UpdateSameAs: %d added, %d removed, %v", added, removed, err)
			}
		})
	}
}

func TestSameAsFollowsChanges(t *testing.T) {
	res, _ := results(sameAsArticles)
	for _, tc := range []struct {
		backend string
		open    func(t *testing.T) (*Store, error)
	}{
		{"memstore", func(t *testing.T) (*Store, error) { return NewMemory(), nil }},
		{"bolt", func(t *testing.T) (*Store, error) { return OpenOrCreate("bolt", t.TempDir(), nil) }},
		{"postgres", func(t *testing.T) (*Store, error) { return OpenOrCreate("postgres", postgresURL(t), nil) }},
	} {
		t.Run(tc.backend, func(t *testing.T) {
			st, err := tc.open(t)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			testSameAsFollowsChanges(t, st, res)
		})
	}
}

// testSameAsFollowsChanges writes articles with ReplaceArticle and checks
// the links after each.
func testSameAsFollowsChanges(t *testing.T, st *Store, res map[string]*extract.Result) {
	ctx := context.Background()
	for _, id := range []string{"t1", "t2", "b1", "b3"} {
		if _, _, err := st.ReplaceArticle(ctx, res[id]); err != nil {
			t.Fatal(err)
		}
	}
	steps := []struct {
		what   string
		change *extract.Result
		want   []string
	}{
		{"brown links while his full name is unique", nil, []string{
			"person/brown = person/gordon-brown", "person/donald-trump = person/trump",
			"person/gordon-brown = person/brown", "person/trump = person/donald-trump"}},
		{"no more once a second full name ends in brown", res["b2"], []string{
			"person/donald-trump = person/trump", "person/trump = person/donald-trump"}},
		{"the link goes with the article that made it", &extract.Result{
			Article:  extract.Article{ID: "t2", Text: "Bram Okafor spoke.\n", Hash: "changed"},
			Entities: []extract.Entity{person("bram-okafor", "Bram Okafor")}}, nil},
	}
	for _, s := range steps {
		if s.change != nil {
			if _, _, err := st.ReplaceArticle(ctx, s.change); err != nil {
				t.Fatal(err)
			}
		}
		if got := sameAsQuads(t, st); !slices.Equal(got, s.want) {
			t.Errorf("%s: %q, want %q", s.what, got, s.want)
		}
	}
}

// buildSameAs builds sameAsArticles (and more) into a fresh in-memory store.
func buildSameAs(t *testing.T, more map[string]article) *Store {
	t.Helper()
	arts := map[string]article{}
	for id, a := range sameAsArticles {
		arts[id] = a
	}
	for id, a := range more {
		arts[id] = a
	}
	_, x := results(arts)
	dir := t.TempDir()
	for id, a := range arts {
		writeFile(t, filepath.Join(dir, id+".txt"), a.text)
	}
	st := NewMemory()
	t.Cleanup(func() { st.Close() })
	if _, err := st.Build(context.Background(), BuildOptions{Inputs: []string{dir}, Extractor: x}); err != nil {
		t.Fatal(err)
	}
	return st
}

func TestPathThroughSameAs(t *testing.T) {
	// Another Trump with "Trump" as alias makes the surname ambiguous.
	ivana := map[string]article{"t3": {"Ivana Trump spoke. Trump left.\n",
		[]extract.Entity{person("ivana-trump", "Ivana Trump", "Trump")}, nil}}
	for _, tc := range []struct {
		name     string
		more     map[string]article
		a, b     string
		maxDepth int
		want     string // the path's steps, "" for none
	}{
		{"through Trump = Donald Trump", nil, "Ada Quill", "Bram Okafor", 2,
			"Ada Quill ←met– Donald Trump | Donald Trump = Trump | Trump –criticized→ Bram Okafor"},
		{"the other way round", nil, "Bram Okafor", "Ada Quill", 2,
			"Bram Okafor ←criticized– Trump | Trump = Donald Trump | Donald Trump –met→ Ada Quill"},
		{"to a node of the actor", nil, "Ada Quill", "Trump", 1,
			"Ada Quill ←met– Donald Trump"},
		{"sameAs costs nothing", nil, "North Atlantic Treaty Organization", "Ada Quill", 3,
			"North Atlantic Treaty Organization = Nato | Nato –warned→ Bram Okafor | Bram Okafor ←criticized– Trump | Trump = Donald Trump | Donald Trump –met→ Ada Quill"},
		{"no link, no path", ivana, "Ada Quill", "Bram Okafor", 6, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := buildSameAs(t, tc.more)
			steps, err := st.ShortestPath(context.Background(), tc.a, tc.b, tc.maxDepth)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range steps {
				switch {
				case s.Relation == SameAsRelation:
					got = append(got, s.FromName+" = "+s.ToName)
				case s.Reversed:
					got = append(got, s.FromName+" ←"+s.Relation+"– "+s.ToName)
				default:
					got = append(got, s.FromName+" –"+s.Relation+"→ "+s.ToName)
				}
				if s.Relation != SameAsRelation && len(s.Evidence) == 0 {
					t.Errorf("step %v has no evidence", s)
				}
			}
			if g := strings.Join(got, " | "); g != tc.want {
				t.Errorf("path %q\nwant %q", g, tc.want)
			}
		})
	}
}

func TestProfileMergesSameAs(t *testing.T) {
	ctx := context.Background()
	st := buildSameAs(t, nil)
	var profiles []*Profile
	for _, name := range []string{"Trump", "Donald Trump"} {
		ns, err := st.FindActors(ctx, name)
		if err != nil || len(ns) == 0 {
			t.Fatalf("%s: %v %v", name, ns, err)
		}
		for _, n := range ns {
			p, err := st.Profile(ctx, n)
			if err != nil {
				t.Fatal(err)
			}
			profiles = append(profiles, p)
		}
	}
	p := profiles[0]
	for _, q := range profiles[1:] {
		if fmt.Sprintf("%+v", q) != fmt.Sprintf("%+v", p) {
			t.Errorf("profiles differ by node:\n%+v\n%+v", p, q)
		}
	}
	var rels []string
	for _, r := range p.Relations {
		rels = append(rels, r.Subject+" "+r.Relation+" "+r.Object)
	}
	for _, c := range []struct{ what, got, want string }{
		{"name", p.Name, "Donald Trump"},
		{"node", shortActor(p.Node), "person/donald-trump"},
		{"same as", fmt.Sprint(shortActors(p.SameAs)), "[person/trump]"},
		{"names", strings.Join(p.Names, "|"), "Donald Trump|Trump"},
		{"articles", strings.Join(p.Articles, "|"), "t1|t2"},
		{"relations", strings.Join(rels, "|"), "Donald Trump criticized Bram Okafor|Donald Trump met Ada Quill"},
	} {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
	// An actor without links is profiled as before.
	ns, err := st.FindActors(ctx, "Brown")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range ns {
		p, err := st.Profile(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		if p.Node != n || len(p.SameAs) != 0 {
			t.Errorf("Brown: node %v, same as %v", p.Node, p.SameAs)
		}
	}
}

// TestSameAsExports checks that the links keep the N-Quads export valid
// and leave the flat export, which is per article, alone.
func TestSameAsExports(t *testing.T) {
	ctx := context.Background()
	st := buildSameAs(t, nil)
	file := filepath.Join(t.TempDir(), "out.nq")
	if err := WriteFileAtomic(file, func(w io.Writer) error { return st.Export(ctx, "nquads", w) }); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if want := "<https://newsgraph.dev/id/person/trump> <http://www.w3.org/2002/07/owl#sameAs> <https://newsgraph.dev/id/person/donald-trump> <https://newsgraph.dev/graph/sameas> .\n"; !strings.Contains(string(b), want) {
		t.Errorf("the N-Quads lack %q", want)
	}
	nquads := strings.Count(string(b), "\n")

	withLinks := exportString(t, st, "tsv")
	links, err := st.quadsOf(ctx, quad.Predicate, schema.SameAs)
	if err != nil || len(links) != len(wantSameAs) {
		t.Fatalf("links %v %v", links, err)
	}
	if err := st.apply(ctx, links, nil); err != nil {
		t.Fatal(err)
	}
	if without := exportString(t, st, "tsv"); withLinks != without || without == "" {
		t.Errorf("the links change the flat export:\n%s\n--- without them:\n%s", withLinks, without)
	}

	n3 := testtools.NeedNQuadsTools(t)
	if n := testtools.CheckNQuads(t, n3, file); n != nquads {
		t.Errorf("the parsers read %d quads, the export has %d", n, nquads)
	}
}

func TestGizmoFollowsSameAs(t *testing.T) {
	st := buildSameAs(t, nil)
	for _, tc := range []struct {
		query, want string
	}{
		{`g.V().Has(g.IRI("ng:name"), "Trump").FollowRecursive(g.IRI("owl:sameAs")).Out(g.IRI("schema:name")).All()`,
			"map[id:Donald Trump]|map[id:Trump]"},
		{`g.V().Has(g.IRI("schema:name"), "Donald Trump").Both(g.IRI("owl:sameAs")).Unique().Out(g.IRI("schema:name")).All()`,
			"map[id:Trump]"},
		{`var a = g.V().Has(g.IRI("schema:name"), "Donald Trump"); a.Union(a.Out(g.IRI("owl:sameAs"))).Out(g.IRI("ng:criticized")).Out(g.IRI("schema:name")).All()`,
			"map[id:Bram Okafor]"},
	} {
		got := queryStrings(t, st, tc.query)
		sort.Strings(got)
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("%s:\n%s, want %s", tc.query, g, tc.want)
		}
	}
}
