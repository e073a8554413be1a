package graph

import (
	"context"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"newsgraph/schema"
)

// Snapshot is the whole graph read into memory, indexed for the exports and
// statistics that walk all of it.
type Snapshot struct {
	Quads []quad.Quad
	// names[node][name] = number of articles that give node that name.
	names   map[quad.Value]map[string]int
	display map[quad.Value]string // display names
	out     map[quad.Value][]int  // quads by subject
}

// ReadSnapshot reads every quad of the store.
func (s *Store) ReadSnapshot(ctx context.Context) (*Snapshot, error) {
	sn := &Snapshot{names: map[quad.Value]map[string]int{}, display: map[quad.Value]string{}, out: map[quad.Value][]int{}}
	err := s.AllQuads(ctx, func(q quad.Quad) error {
		sn.Quads = append(sn.Quads, q)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Slice(sn.Quads, func(i, j int) bool { return quadLess(sn.Quads[i], sn.Quads[j]) })
	for i, q := range sn.Quads {
		sn.out[q.Subject] = append(sn.out[q.Subject], i)
		if q.Predicate == schema.Name && q.Label == quad.IRI(schema.NamesGraph) {
			sn.display[q.Subject] = literal(q.Object)
		}
		if q.Predicate == schema.ArticleName {
			if n, ok := q.Object.(quad.String); ok {
				m := sn.names[q.Subject]
				if m == nil {
					m = map[string]int{}
					sn.names[q.Subject] = m
				}
				m[string(n)]++
			}
		}
	}
	return sn, nil
}

func quadLess(a, b quad.Quad) bool {
	for _, d := range []quad.Direction{quad.Label, quad.Subject, quad.Predicate, quad.Object} {
		x, y := quad.StringOf(a.Get(d)), quad.StringOf(b.Get(d))
		if x != y {
			return x < y
		}
	}
	return false
}

// DisplayName is a node's display name (schema:name): the name most of
// its articles give it, then the longest, then the first in lexical order.
// Nodes without a name get their IRI.
func (sn *Snapshot) DisplayName(n quad.Value) string {
	if d, ok := sn.display[n]; ok {
		return d
	}
	return chooseName(sn.names[n], n)
}

func chooseName(names map[string]int, n quad.Value) string {
	best, bc := "", -1
	for name, c := range names {
		if c > bc || c == bc && (utf8.RuneCountInString(name) > utf8.RuneCountInString(best) ||
			utf8.RuneCountInString(name) == utf8.RuneCountInString(best) && name < best) {
			best, bc = name, c
		}
	}
	if bc < 0 {
		return quad.StringOf(n)
	}
	return best
}

// Out is the objects of node n through predicate p (in any article).
func (sn *Snapshot) Out(n quad.Value, p quad.IRI) []quad.Value {
	var vs []quad.Value
	for _, i := range sn.out[n] {
		if q := sn.Quads[i]; q.Predicate == p {
			vs = append(vs, q.Object)
		}
	}
	return vs
}

// first is the first object of n through p as a string, or "".
func (sn *Snapshot) first(n quad.Value, p quad.IRI) string {
	for _, v := range sn.Out(n, p) {
		return literal(v)
	}
	return ""
}

// literal is the text of a literal value (the IRI of an IRI).
func literal(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.LangString:
		return string(v.Value)
	case quad.TypedString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case nil:
		return ""
	}
	return quad.StringOf(v)
}

// intOf is an integer literal's value, or -1.
func intOf(v quad.Value) int64 {
	if i, ok := v.(quad.Int); ok {
		return int64(i)
	}
	return -1
}

// IsActor reports whether n is an actor node.
func IsActor(n quad.Value) bool {
	iri, ok := n.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), schema.IDNS)
}

// TypeName is the actor type of a class IRI ("Person"), or "".
func TypeName(class quad.Value) string {
	iri, ok := class.(quad.IRI)
	if !ok {
		return ""
	}
	t, ok := schema.ParseType(strings.TrimPrefix(string(iri), schema.SchemaNS))
	if !ok {
		return ""
	}
	return string(t)
}

// relationName is the name of an actor-to-actor predicate ("met",
// "affiliated_with"), or "".
func relationName(p quad.Value) string {
	iri, ok := p.(quad.IRI)
	if !ok {
		return ""
	}
	if iri == schema.AffiliatedWith {
		return "affiliated_with"
	}
	if !strings.HasPrefix(string(iri), schema.NS) {
		return ""
	}
	if pr, ok := schema.ParsePredicate(strings.TrimPrefix(string(iri), schema.NS)); ok {
		return string(pr)
	}
	return ""
}

// located is where a node of the graph was read from.
type located struct {
	article  string
	sentence string
	start    int64
}

func (sn *Snapshot) locatedOf(n quad.Value) located {
	l := located{start: -1}
	for _, i := range sn.out[n] {
		q := sn.Quads[i]
		switch q.Predicate {
		case schema.Article:
			if iri, ok := q.Object.(quad.IRI); ok {
				l.article = articleIDOf(iri)
			}
		case schema.Sentence:
			l.sentence = literal(q.Object)
		case schema.Start:
			l.start = intOf(q.Object)
		}
	}
	return l
}

// evidenceKey identifies the evidence of subject –predicate→ object in an
// article.
type evidenceKey struct {
	s, p, o quad.Value
	article string
}

// evidence indexes the evidence nodes: for each fact in each article, the
// sentence that comes first in the article.
func (sn *Snapshot) evidence() map[evidenceKey]located {
	ev := map[evidenceKey]located{}
	for _, q := range sn.Quads {
		if q.Predicate != schema.TypeProp || q.Object != schema.EvidenceClass {
			continue
		}
		n := q.Subject
		var k evidenceKey
		for _, i := range sn.out[n] {
			e := sn.Quads[i]
			switch e.Predicate {
			case schema.Subject:
				k.s = e.Object
			case schema.PredicateProp:
				k.p = e.Object
			case schema.Object:
				k.o = e.Object
			}
		}
		l := sn.locatedOf(n)
		k.article = l.article
		if old, ok := ev[k]; !ok || l.start >= 0 && (old.start < 0 || l.start < old.start) {
			ev[k] = l
		}
	}
	return ev
}
