package graph

import (
	"context"
	"strings"
	"testing"

	"newsgraph/extract"
	"newsgraph/schema"
)

// fakeExtractor stands in for the extractor in graph-layer tests: it finds
// the names of a small fixed cast by string search and states the facts of
// the fixture articles.
type fakeExtractor struct{}

type castMember struct {
	name  string
	typ   schema.Type
	alias string
}

var cast = []castMember{
	{"Ada Quill", schema.Person, "Quill"},
	{"Bram Okafor", schema.Person, "Okafor"},
	{"Cleo Marsh", schema.Person, "Marsh"},
	{"Dunmore", schema.Country, ""},
	{"Eastfold Council", schema.Organization, ""},
	{"Fenwick", schema.Place, ""},
}

// Extract finds cast members, one sentence per line, and the facts: "X met
// Y", "X criticised Y", X said “…”, and "Title X" roles ("Minister Ada
// Quill of Dunmore").
func (fakeExtractor) Extract(ctx context.Context, a extract.Article) (*extract.Result, error) {
	res := &extract.Result{Article: a}
	off := 0
	for _, line := range strings.SplitAfter(a.Text, "\n") {
		t := strings.TrimRight(line, "\n")
		if strings.TrimSpace(t) != "" {
			res.Sentences = append(res.Sentences, extract.Sentence{Span: extract.Span{Start: off, End: off + len(t)}, Text: t})
		}
		off += len(line)
	}
	ent := map[string]int{}
	for si, s := range res.Sentences {
		for _, c := range cast {
			for _, form := range []string{c.name, c.alias} {
				if form == "" {
					continue
				}
				i := strings.Index(s.Text, form)
				if i < 0 || form == c.alias && strings.Contains(s.Text, c.name) {
					continue
				}
				idx, ok := ent[c.name]
				if !ok {
					idx = len(res.Entities)
					ent[c.name] = idx
					res.Entities = append(res.Entities, extract.Entity{Key: schema.Key(c.name), Name: c.name, Type: c.typ})
				}
				e := &res.Entities[idx]
				if form == c.alias && (len(e.Aliases) == 0) {
					e.Aliases = append(e.Aliases, form)
				}
				e.Mentions = append(e.Mentions, extract.Mention{Span: extract.Span{Start: s.Start + i, End: s.Start + i + len(form)}, Sentence: si, Text: form})
			}
		}
	}
	// find is the cast member named first in text.
	find := func(text string) int {
		best, at := -1, len(text)
		for _, c := range cast {
			for _, form := range []string{c.name, c.alias} {
				if i := strings.Index(text, form); form != "" && i >= 0 && i < at {
					if e, ok := ent[c.name]; ok {
						best, at = e, i
					}
				}
			}
		}
		return best
	}
	for si, s := range res.Sentences {
		ev := extract.Evidence{Sentence: si, Span: s.Span, Text: s.Text}
		for _, verb := range []struct {
			word string
			p    schema.Predicate
		}{{" met ", schema.Met}, {" criticised ", schema.Criticized}} {
			if i := strings.Index(s.Text, verb.word); i >= 0 {
				sub, obj := find(s.Text[:i]), find(s.Text[i:])
				if sub >= 0 && obj >= 0 {
					res.Facts = append(res.Facts, extract.Fact{Subject: sub, Predicate: verb.p, Object: obj, Evidence: ev})
				}
			}
		}
		if i := strings.Index(s.Text, " said “"); i >= 0 {
			j := strings.Index(s.Text, "”")
			q0 := i + len(" said “")
			if sp := find(s.Text[:i]); sp >= 0 && j > q0 {
				res.Quotes = append(res.Quotes, extract.Quote{Speaker: sp, Text: s.Text[q0:j],
					Span: extract.Span{Start: s.Start + q0, End: s.Start + j}, Evidence: ev})
			}
		}
		if i := strings.Index(s.Text, "Minister "); i >= 0 {
			p := find(s.Text[i:])
			org := -1
			if k := strings.Index(s.Text, " of "); k >= 0 {
				org = find(s.Text[k:])
			}
			if p >= 0 {
				res.Roles = append(res.Roles, extract.Role{Person: p, Title: "Minister", Org: org, Evidence: ev})
			}
		}
	}
	return res, nil
}

// fixture articles: ids and texts.
var fixtures = map[string]string{
	"a1": "Talks in Fenwick\n\ndate 2025-01-02 By A Reporter\n\nMinister Ada Quill of Dunmore met Bram Okafor in Fenwick.\nQuill said “the talks went well, très bien” after the meeting.\n",
	"a2": "Bram Okafor criticised Cleo Marsh on Tuesday.\nCleo Marsh met Eastfold Council officials.\n",
	"a3": "Cleo Marsh said “nothing \"new\" here\\” to reporters.\n",
}

// buildFixtures writes the fixture articles into dir and builds them into a
// fresh in-memory store.
func buildFixtures(t *testing.T) (*Store, *BuildReport) {
	t.Helper()
	dir := writeFixtures(t, fixtures)
	st := NewMemory()
	t.Cleanup(func() { st.Close() })
	rep, err := st.Build(context.Background(), BuildOptions{Inputs: []string{dir}, Extractor: fakeExtractor{}})
	if err != nil {
		t.Fatal(err)
	}
	return st, rep
}

func writeFixtures(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for id, text := range files {
		writeFile(t, dir+"/"+id+".txt", text)
	}
	return dir
}
