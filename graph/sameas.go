package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// Linking actors across articles.
//
// The extractor keys an actor by what one article calls it, so an article
// that only says "President Trump" gives a node …/person/trump apart from
// the …/person/donald-trump of another article. The linking step writes
// owl:sameAs quads (label schema.SameAsGraph, both directions) between the
// nodes of one type that denote the same actor. The links are a function of
// the names (ng:name) and aliases (ng:alias) of all the actors in the store
// and of nothing else, so they do not depend on the order in which articles
// were built nor on whether a build was incremental. The rules are
// conservative, since a wrong merge is worse than a missed one:
//
//   - a person node whose key is one word ("trump") is linked to the only
//     person node whose key ends in "-word" ("donald-trump"), if that
//     node's aliases include the word; when several keys end so
//     ("gordon-brown", "michael-brown") the one-word node is linked to
//     nothing, by this rule or the next;
//   - two nodes of one type are linked when a name or alias of one equals a
//     name of the other once folded with schema.Key, and no third node of
//     that type has that name or alias ("NATO" as an alias of the North
//     Atlantic Treaty Organization, and an organisation named "Nato").

// actorForms is what the links of one actor node are computed from.
type actorForms struct {
	typ, key string         // from the node's IRI: "person", "donald-trump"
	names    map[string]int // folded ng:name → quads that give it
	aliases  map[string]int // folded ng:alias → quads that give it
}

// linkState holds the names and aliases of every actor node of a store and
// the owl:sameAs links it holds (label schema.SameAsGraph). A build reads it
// once and keeps it in step with every change it writes, so that the links
// can be recomputed after each article without reading the store again.
type linkState struct {
	actors map[quad.IRI]*actorForms
	links  map[quad.Quad]bool
}

// readLinkState reads the names, aliases and owl:sameAs links of the store.
func (s *Store) readLinkState(ctx context.Context) (*linkState, error) {
	ls := &linkState{actors: map[quad.IRI]*actorForms{}, links: map[quad.Quad]bool{}}
	for _, p := range []quad.IRI{schema.ArticleName, schema.Alias, schema.SameAs} {
		qs, err := s.quadsOf(ctx, quad.Predicate, p)
		if err != nil {
			return nil, fmt.Errorf("read the quads of %s: %w", shortIRI(p), err)
		}
		ls.update(nil, qs)
	}
	return ls, nil
}

// update records quads deleted from and added to the store. Quads other
// than actors' names and aliases and the links are ignored.
func (ls *linkState) update(dels, adds []quad.Quad) {
	for _, c := range []struct {
		qs    []quad.Quad
		delta int
	}{{dels, -1}, {adds, +1}} {
		for _, q := range c.qs {
			switch q.Predicate {
			case schema.ArticleName, schema.Alias:
				iri, ok := q.Subject.(quad.IRI)
				if !ok || !IsActor(iri) {
					continue
				}
				f := ls.actors[iri]
				if f == nil {
					if c.delta < 0 {
						continue
					}
					f = newActorForms(iri)
					ls.actors[iri] = f
				}
				m := f.names
				if q.Predicate == schema.Alias {
					m = f.aliases
				}
				k := schema.Key(literal(q.Object))
				if m[k] += c.delta; m[k] <= 0 {
					delete(m, k)
				}
				if len(f.names) == 0 && len(f.aliases) == 0 {
					delete(ls.actors, iri)
				}
			case schema.SameAs:
				if q.Label != quad.IRI(schema.SameAsGraph) {
					continue
				}
				if c.delta > 0 {
					ls.links[q] = true
				} else {
					delete(ls.links, q)
				}
			}
		}
	}
}

// newActorForms is the empty record of an actor node, with the type and
// key its IRI gives.
func newActorForms(iri quad.IRI) *actorForms {
	f := &actorForms{names: map[string]int{}, aliases: map[string]int{}}
	rest := strings.TrimPrefix(string(iri), schema.IDNS)
	if i := strings.IndexByte(rest, '/'); i > 0 {
		f.typ, f.key = rest[:i], rest[i+1:]
		if k, err := unescapeSegment(f.key); err == nil {
			f.key = k
		}
	}
	return f
}

// changes returns the link quads to delete and to add so that the store
// holds the links its names and aliases imply, each list sorted.
func (ls *linkState) changes() (dels, adds []quad.Quad) {
	want := map[quad.Quad]bool{}
	for _, p := range sameActors(ls.actors) {
		for _, q := range linkQuads(p[0], p[1]) {
			want[q] = true
		}
	}
	for q := range ls.links {
		if !want[q] {
			dels = append(dels, q)
		}
	}
	for q := range want {
		if !ls.links[q] {
			adds = append(adds, q)
		}
	}
	sort.Slice(dels, func(i, j int) bool { return quadLess(dels[i], dels[j]) })
	sort.Slice(adds, func(i, j int) bool { return quadLess(adds[i], adds[j]) })
	return dels, adds
}

// linkQuads is the owl:sameAs quads of a link, one each way.
func linkQuads(a, b quad.IRI) []quad.Quad {
	label := quad.IRI(schema.SameAsGraph)
	return []quad.Quad{
		{Subject: a, Predicate: schema.SameAs, Object: b, Label: label},
		{Subject: b, Predicate: schema.SameAs, Object: a, Label: label},
	}
}

// sameActors applies the linking rules (see the top of this file) to the
// actor nodes and returns the pairs of nodes that denote the same actor,
// each in IRI order, sorted.
func sameActors(actors map[quad.IRI]*actorForms) [][2]quad.IRI {
	pairs := map[[2]quad.IRI]bool{}
	link := func(a, b quad.IRI) {
		if a == b {
			return
		}
		if b < a {
			a, b = b, a
		}
		pairs[[2]quad.IRI{a, b}] = true
	}

	// Person nodes keyed by one word, and the others by their last word.
	person := strings.ToLower(string(schema.Person))
	byLast := map[string][]quad.IRI{}
	var single []quad.IRI
	for iri, f := range actors {
		if f.typ != person || f.key == "" {
			continue
		}
		if i := strings.LastIndexByte(f.key, '-'); i >= 0 {
			byLast[f.key[i+1:]] = append(byLast[f.key[i+1:]], iri)
		} else {
			single = append(single, iri)
		}
	}
	ambiguous := map[quad.IRI]bool{}
	for _, iri := range single {
		w := actors[iri].key
		switch cands := byLast[w]; {
		case len(cands) > 1:
			ambiguous[iri] = true
		case len(cands) == 1 && actors[cands[0]].aliases[w] > 0:
			link(iri, cands[0])
		}
	}

	// Names and aliases shared by two nodes of a type, one of which has it
	// as a name.
	type form struct{ typ, key string }
	holders := map[form][]quad.IRI{}
	named := map[form]bool{}
	for iri, f := range actors {
		if f.typ == "" {
			continue
		}
		for k := range f.names {
			if k != "" {
				holders[form{f.typ, k}] = append(holders[form{f.typ, k}], iri)
				named[form{f.typ, k}] = true
			}
		}
		for k := range f.aliases {
			if _, both := f.names[k]; k != "" && !both {
				holders[form{f.typ, k}] = append(holders[form{f.typ, k}], iri)
			}
		}
	}
	for fm, hs := range holders {
		if len(hs) == 2 && named[fm] && !ambiguous[hs[0]] && !ambiguous[hs[1]] {
			link(hs[0], hs[1])
		}
	}

	out := make([][2]quad.IRI, 0, len(pairs))
	for p := range pairs {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// UpdateSameAs recomputes the owl:sameAs links of the whole graph from the
// names and aliases of its actors and writes the changes, in one
// transaction except on bolt (see apply). Build does it at its end.
func (s *Store) UpdateSameAs(ctx context.Context) (added, removed int, err error) {
	ls, err := s.readLinkState(ctx)
	if err != nil {
		return 0, 0, err
	}
	return s.writeLinks(ctx, ls)
}

// writeLinks writes the link changes that ls implies and records them in
// ls.
func (s *Store) writeLinks(ctx context.Context, ls *linkState) (added, removed int, err error) {
	dels, adds := ls.changes()
	if len(dels) == 0 && len(adds) == 0 {
		return 0, 0, nil
	}
	if err := s.apply(ctx, dels, adds); err != nil {
		return 0, 0, fmt.Errorf("write the owl:sameAs links: %w", err)
	}
	ls.update(dels, adds)
	return len(adds), len(dels), nil
}

// sameAsIndex reads every owl:sameAs quad between actor nodes (whatever its
// label) and returns, for each node, the nodes it is linked to in either
// direction, sorted.
func (s *Store) sameAsIndex(ctx context.Context) (map[quad.Value][]quad.Value, error) {
	qs, err := s.quadsOf(ctx, quad.Predicate, schema.SameAs)
	if err != nil {
		return nil, fmt.Errorf("read the owl:sameAs links: %w", err)
	}
	seen := map[[2]quad.Value]bool{}
	idx := map[quad.Value][]quad.Value{}
	for _, q := range qs {
		if !IsActor(q.Subject) || !IsActor(q.Object) || q.Subject == q.Object {
			continue
		}
		for _, e := range [][2]quad.Value{{q.Subject, q.Object}, {q.Object, q.Subject}} {
			if !seen[e] {
				seen[e] = true
				idx[e[0]] = append(idx[e[0]], e[1])
			}
		}
	}
	for _, ns := range idx {
		sortValues(ns)
	}
	return idx, nil
}

// sameActor is the nodes linked to n by owl:sameAs, directly or through
// others, n included, sorted.
func sameActor(idx map[quad.Value][]quad.Value, n quad.Value) []quad.Value {
	seen := map[quad.Value]bool{n: true}
	nodes := []quad.Value{n}
	for i := 0; i < len(nodes); i++ {
		for _, m := range idx[nodes[i]] {
			if !seen[m] {
				seen[m] = true
				nodes = append(nodes, m)
			}
		}
	}
	sortValues(nodes)
	return nodes
}

func sortValues(vs []quad.Value) {
	sort.Slice(vs, func(i, j int) bool { return quad.StringOf(vs[i]) < quad.StringOf(vs[j]) })
}
