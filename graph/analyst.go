package graph

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc"

	"newsgraph/schema"
)

// quadsOf returns the quads with node n in direction d.
func (s *Store) quadsOf(ctx context.Context, d quad.Direction, n quad.Value) ([]quad.Quad, error) {
	ref := s.QS.ValueOf(n)
	if ref == nil {
		return nil, nil
	}
	it := s.QS.QuadIterator(d, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		out = append(out, s.QS.Quad(it.Result()))
	}
	return out, it.Err()
}

// DisplayName is a node's display name (see Snapshot.DisplayName).
func (s *Store) DisplayName(ctx context.Context, n quad.Value) (string, error) {
	qs, err := s.quadsOf(ctx, quad.Subject, n)
	if err != nil {
		return "", err
	}
	counts := map[string]int{}
	for _, q := range qs {
		switch {
		case q.Predicate == schema.Name && q.Label == quad.IRI(schema.NamesGraph):
			return literal(q.Object), nil
		case q.Predicate == schema.ArticleName:
			counts[literal(q.Object)]++
		}
	}
	return chooseName(counts, n), nil
}

// nameProps are the predicates of actors' names.
var nameProps = []quad.Value{schema.Name, schema.ArticleName, schema.Alias}

// FindActors returns the actor nodes a name designates: those whose name or
// alias is the name exactly, or else equal to it once folded with
// schema.Key; sorted by the number of articles mentioning them, most first.
func (s *Store) FindActors(ctx context.Context, name string) ([]quad.Value, error) {
	count := map[quad.Value]int{}
	qs, err := s.quadsOf(ctx, quad.Object, quad.String(name))
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		if slices.Contains(nameProps, q.Predicate) && IsActor(q.Subject) {
			count[q.Subject]++
		}
	}
	if len(count) == 0 {
		key := schema.Key(name)
		for _, p := range nameProps {
			qs, err := s.quadsOf(ctx, quad.Predicate, p)
			if err != nil {
				return nil, err
			}
			for _, q := range qs {
				if IsActor(q.Subject) && schema.Key(literal(q.Object)) == key {
					count[q.Subject]++
				}
			}
		}
	}
	var out []quad.Value
	for n := range count {
		out = append(out, n)
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return quad.StringOf(out[i]) < quad.StringOf(out[j])
	})
	return out, nil
}

// Evidence is a sentence that supports a fact.
type Evidence struct {
	Article  string
	Sentence string
	Start    int64 // code point offset of the sentence in the article, or -1
}

// EvidenceFor returns the sentences supporting subject –p→ object, from
// every article, in article and offset order.
func (s *Store) EvidenceFor(ctx context.Context, subj quad.Value, p quad.IRI, obj quad.Value) ([]Evidence, error) {
	qs, err := s.quadsOf(ctx, quad.Object, subj)
	if err != nil {
		return nil, err
	}
	var out []Evidence
	for _, q := range qs {
		if q.Predicate != schema.Subject {
			continue
		}
		props, err := s.quadsOf(ctx, quad.Subject, q.Subject)
		if err != nil {
			return nil, err
		}
		okP, okO := false, false
		ev := Evidence{Start: -1}
		for _, e := range props {
			switch e.Predicate {
			case schema.PredicateProp:
				okP = e.Object == p
			case schema.Object:
				okO = e.Object == obj
			case schema.Article:
				if iri, ok := e.Object.(quad.IRI); ok {
					ev.Article = articleIDOf(iri)
				}
			case schema.Sentence:
				ev.Sentence = literal(e.Object)
			case schema.Start:
				ev.Start = intOf(e.Object)
			}
		}
		if okP && okO {
			out = append(out, ev)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Article != out[j].Article {
			return out[i].Article < out[j].Article
		}
		return out[i].Start < out[j].Start
	})
	return out, nil
}

// Step is one edge of a path between actors.
type Step struct {
	From, To  quad.Value
	Predicate quad.IRI
	Reversed  bool // the edge is To –Predicate→ From
	Evidence  []Evidence
	FromName  string
	ToName    string
	Relation  string // the predicate's name ("met"), or SameAsRelation
}

// SameAsRelation is the Relation of a Step between two nodes of one actor
// (owl:sameAs).
const SameAsRelation = "same_as"

// ShortestPath finds a shortest chain of actor-to-actor edges (relations and
// affiliations, either direction) between an actor named a and one named
// b, by breadth-first search over the quad store, up to maxDepth edges. It
// returns nil when there is none, and no steps when a and b name the same
// node. Nodes linked by owl:sameAs are one actor:
// the search moves between them at no cost, and such a move is a Step of
// Relation SameAsRelation that does not count towards maxDepth.
func (s *Store) ShortestPath(ctx context.Context, a, b string, maxDepth int) ([]Step, error) {
	from, err := s.FindActors(ctx, a)
	if err != nil {
		return nil, err
	}
	if len(from) == 0 {
		return nil, fmt.Errorf("no actor named %q", a)
	}
	to, err := s.FindActors(ctx, b)
	if err != nil {
		return nil, err
	}
	if len(to) == 0 {
		return nil, fmt.Errorf("no actor named %q", b)
	}
	same, err := s.sameAsIndex(ctx)
	if err != nil {
		return nil, err
	}
	target := map[quad.Value]bool{}
	for _, n := range to {
		target[n] = true
	}
	type prev struct {
		node quad.Value
		step Step
	}
	back := map[quad.Value]*prev{}
	var found quad.Value
	// reach records that m is reached from p (nil for a start) and, at no
	// cost, the nodes of the same actor; it returns the nodes newly reached.
	reach := func(m quad.Value, p *prev) []quad.Value {
		if _, seen := back[m]; seen {
			return nil
		}
		back[m] = p
		got := []quad.Value{m}
		for i := 0; i < len(got); i++ {
			for _, o := range same[got[i]] {
				if _, seen := back[o]; !seen {
					back[o] = &prev{got[i], Step{From: got[i], To: o, Predicate: schema.SameAs, Relation: SameAsRelation}}
					got = append(got, o)
				}
			}
		}
		for _, n := range got {
			if target[n] && found == nil {
				found = n
			}
		}
		return got
	}
	var frontier []quad.Value
	for _, n := range from {
		frontier = append(frontier, reach(n, nil)...)
	}
	for depth := 0; found == nil && depth < maxDepth && len(frontier) > 0; depth++ {
		var next []quad.Value
		for _, n := range frontier {
			steps, err := s.neighbours(ctx, n)
			if err != nil {
				return nil, err
			}
			for _, st := range steps {
				next = append(next, reach(st.To, &prev{n, st})...)
			}
			if found != nil {
				break
			}
		}
		frontier = next
	}
	if found == nil {
		return nil, nil
	}
	path := []Step{} // empty when an actor named a is named b too
	for n := found; back[n] != nil; n = back[n].node {
		path = append(path, back[n].step)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	for i := range path {
		st := &path[i]
		subj, obj := st.From, st.To
		if st.Reversed {
			subj, obj = obj, subj
		}
		if st.Relation != SameAsRelation {
			if st.Evidence, err = s.EvidenceFor(ctx, subj, st.Predicate, obj); err != nil {
				return nil, err
			}
		}
		if st.FromName, err = s.DisplayName(ctx, st.From); err != nil {
			return nil, err
		}
		if st.ToName, err = s.DisplayName(ctx, st.To); err != nil {
			return nil, err
		}
	}
	return path, nil
}

// neighbours lists the actor-to-actor edges at n, in a deterministic order.
func (s *Store) neighbours(ctx context.Context, n quad.Value) ([]Step, error) {
	byKey := map[string]*Step{}
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		qs, err := s.quadsOf(ctx, d, n)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			rel := relationName(q.Predicate)
			if rel == "" || !IsActor(q.Subject) || !IsActor(q.Object) {
				continue
			}
			st := Step{From: n, To: q.Object, Predicate: q.Predicate.(quad.IRI), Relation: rel}
			if d == quad.Object {
				st.To, st.Reversed = q.Subject, true
			}
			k := quad.StringOf(st.To) + " " + rel + fmt.Sprint(st.Reversed)
			if byKey[k] == nil {
				byKey[k] = &st
			}
		}
	}
	keys := make([]string, 0, len(byKey))
	for k := range byKey {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]Step, 0, len(keys))
	for _, k := range keys {
		out = append(out, *byKey[k])
	}
	return out, nil
}

// Profile is what the graph says about one actor.
type Profile struct {
	Node      quad.Value
	SameAs    []quad.Value `json:",omitempty"` // the other nodes of the actor (owl:sameAs)
	Name      string
	Types     []string
	Names     []string // every name and alias
	Articles  []string
	Roles     []ProfileRole
	Quotes    []ProfileQuote
	Relations []ProfileRelation
}

// ProfileRole is a role an actor holds.
type ProfileRole struct {
	Title, HeldIn, Article, Sentence string
}

// ProfileQuote is something an actor said.
type ProfileQuote struct {
	Text, Article, Sentence string
}

// ProfileRelation is a relation to or from an actor.
type ProfileRelation struct {
	Subject, Relation, Object string
	Evidence                  []Evidence
}

// Profile gathers an actor's types, names, roles, quotes and relations:
// those of node n and of the nodes linked to it by owl:sameAs, directly or
// through others, as one actor. The profile's Name is the display name that
// most of their articles give (then the longest, then the first in lexical
// order), Node the first node with that name and SameAs the others; so the
// profile is the same whichever of the nodes n is.
func (s *Store) Profile(ctx context.Context, n quad.Value) (*Profile, error) {
	idx, err := s.sameAsIndex(ctx)
	if err != nil {
		return nil, err
	}
	type member struct {
		node    quad.Value
		name    string
		out, in []quad.Quad
	}
	var members []member
	counts := map[string]int{}
	for _, m := range sameActor(idx, n) {
		mb := member{node: m}
		if mb.name, err = s.DisplayName(ctx, m); err != nil {
			return nil, err
		}
		if mb.out, err = s.quadsOf(ctx, quad.Subject, m); err != nil {
			return nil, err
		}
		if mb.in, err = s.quadsOf(ctx, quad.Object, m); err != nil {
			return nil, err
		}
		articles := map[quad.Value]bool{}
		for _, q := range mb.out {
			if q.Predicate == schema.MentionedIn {
				articles[q.Object] = true
			}
		}
		counts[mb.name] += len(articles)
		members = append(members, mb)
	}
	p := &Profile{Name: chooseName(counts, n)}
	isMember := map[quad.Value]bool{}
	for _, mb := range members {
		isMember[mb.node] = true
		if p.Node == nil && mb.name == p.Name {
			p.Node = mb.node
		}
	}
	for _, mb := range members {
		if mb.node != p.Node {
			p.SameAs = append(p.SameAs, mb.node)
		}
	}
	seen := map[string]bool{}
	once := func(k string) bool {
		if seen[k] {
			return false
		}
		seen[k] = true
		return true
	}
	nodeProps := func(m quad.Value) (map[quad.IRI]quad.Value, error) {
		qs, err := s.quadsOf(ctx, quad.Subject, m)
		props := map[quad.IRI]quad.Value{}
		for _, q := range qs {
			if iri, ok := q.Predicate.(quad.IRI); ok {
				props[iri] = q.Object
			}
		}
		return props, err
	}
	for _, mb := range members {
		for _, q := range mb.out {
			switch q.Predicate {
			case schema.TypeProp:
				if t := TypeName(q.Object); t != "" && once("t"+t) {
					p.Types = append(p.Types, t)
				}
			case schema.Name, schema.ArticleName, schema.Alias:
				if l := literal(q.Object); once("n" + l) {
					p.Names = append(p.Names, l)
				}
			case schema.MentionedIn:
				if iri, ok := q.Object.(quad.IRI); ok && once("a"+string(iri)) {
					p.Articles = append(p.Articles, articleIDOf(iri))
				}
			case schema.Holds:
				props, err := nodeProps(q.Object)
				if err != nil {
					return nil, err
				}
				r := ProfileRole{Title: literal(props[schema.Title]), Sentence: literal(props[schema.Sentence])}
				if art, ok := props[schema.Article].(quad.IRI); ok {
					r.Article = articleIDOf(art)
				}
				if org := props[schema.HeldIn]; org != nil {
					if r.HeldIn, err = s.DisplayName(ctx, org); err != nil {
						return nil, err
					}
				}
				if once("r" + r.Title + "\x00" + r.HeldIn + "\x00" + r.Article) {
					p.Roles = append(p.Roles, r)
				}
			case schema.Said:
				props, err := nodeProps(q.Object)
				if err != nil {
					return nil, err
				}
				qu := ProfileQuote{Text: literal(props[schema.Text]), Sentence: literal(props[schema.Sentence])}
				if art, ok := props[schema.Article].(quad.IRI); ok {
					qu.Article = articleIDOf(art)
				}
				if once("q" + qu.Text + "\x00" + qu.Article) {
					p.Quotes = append(p.Quotes, qu)
				}
			}
		}
	}
	// Relations, with the actor's nodes as one: the relations of two of its
	// nodes with a third actor are one relation with the evidence of both.
	nameOf := func(v quad.Value) (string, error) {
		if isMember[v] {
			return p.Name, nil
		}
		return s.DisplayName(ctx, v)
	}
	one := func(v quad.Value) quad.Value {
		if isMember[v] {
			return p.Node
		}
		return v
	}
	merged := map[string]int{} // relation key → index in p.Relations
	for _, mb := range members {
		for _, q := range append(mb.out, mb.in...) {
			rel := relationName(q.Predicate)
			if rel == "" || !IsActor(q.Subject) || !IsActor(q.Object) {
				continue
			}
			if !once("rel" + quad.StringOf(q.Subject) + rel + quad.StringOf(q.Object)) {
				continue
			}
			evs, err := s.EvidenceFor(ctx, q.Subject, q.Predicate.(quad.IRI), q.Object)
			if err != nil {
				return nil, err
			}
			k := quad.StringOf(one(q.Subject)) + "\x00" + rel + "\x00" + quad.StringOf(one(q.Object))
			if i, ok := merged[k]; ok {
				p.Relations[i].Evidence = append(p.Relations[i].Evidence, evs...)
				continue
			}
			r := ProfileRelation{Relation: rel, Evidence: evs}
			if r.Subject, err = nameOf(q.Subject); err != nil {
				return nil, err
			}
			if r.Object, err = nameOf(q.Object); err != nil {
				return nil, err
			}
			merged[k] = len(p.Relations)
			p.Relations = append(p.Relations, r)
		}
	}
	for i := range p.Relations {
		p.Relations[i].Evidence = sortEvidence(p.Relations[i].Evidence)
	}
	sort.Strings(p.Types)
	sort.Strings(p.Names)
	sort.Strings(p.Articles)
	sort.Slice(p.Roles, func(i, j int) bool { return p.Roles[i].Article+p.Roles[i].Title < p.Roles[j].Article+p.Roles[j].Title })
	sort.Slice(p.Quotes, func(i, j int) bool {
		return p.Quotes[i].Article+p.Quotes[i].Text < p.Quotes[j].Article+p.Quotes[j].Text
	})
	sort.Slice(p.Relations, func(i, j int) bool {
		a, b := p.Relations[i], p.Relations[j]
		return a.Subject+"\x00"+a.Relation+"\x00"+a.Object < b.Subject+"\x00"+b.Relation+"\x00"+b.Object
	})
	return p, nil
}

// sortEvidence sorts evidence by article, offset and sentence and drops
// repeats.
func sortEvidence(evs []Evidence) []Evidence {
	sort.SliceStable(evs, func(i, j int) bool {
		a, b := evs[i], evs[j]
		if a.Article != b.Article {
			return a.Article < b.Article
		}
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Sentence < b.Sentence
	})
	return slices.Compact(evs)
}

// Stats counts the graph's nodes by type and edges by predicate.
type Stats struct {
	Quads       int64
	Nodes       int64
	Articles    int
	NodesByType map[string]int // actor types and newsgraph's own classes, short names
	ByPredicate map[string]int // short predicate IRI → quads
}

// Stats counts the graph.
func (sn *Snapshot) Stats() Stats {
	st := Stats{Quads: int64(len(sn.Quads)), NodesByType: map[string]int{}, ByPredicate: map[string]int{}}
	typed := map[[2]string]bool{}
	nodes := map[quad.Value]bool{}
	for _, q := range sn.Quads {
		nodes[q.Subject], nodes[q.Object] = true, true
		st.ByPredicate[shortIRI(q.Predicate)]++
		if q.Predicate == schema.TypeProp {
			k := [2]string{quad.StringOf(q.Subject), shortIRI(q.Object)}
			if !typed[k] {
				typed[k] = true
				st.NodesByType[k[1]]++
			}
			if q.Object == schema.ArticleClass {
				st.Articles++
			}
		}
	}
	st.Nodes = int64(len(nodes))
	return st
}

// shortIRI writes an IRI with its registered prefix ("ng:met").
func shortIRI(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		return voc.ShortIRI(string(iri))
	}
	return strings.Trim(quad.StringOf(v), "<>")
}
