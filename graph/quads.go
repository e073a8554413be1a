package graph

import (
	"strconv"
	"unicode/utf8"

	"github.com/cayleygraph/quad"

	"newsgraph/extract"
	"newsgraph/schema"
)

// Node kinds of schema.NodeIRI.
const (
	kindEvidence = "fact"
	kindQuote    = "quote"
	kindRole     = "role"
)

// ArticleQuads is the quads that represent one extracted article, every one
// labelled with the article's IRI, without duplicates, in a deterministic
// order. Offsets in the graph are Unicode code point offsets into the
// article text.
func ArticleQuads(res *extract.Result) []quad.Quad {
	b := quadBuilder{res: res, label: schema.ArticleIRI(res.Article.ID), seen: map[quad.Quad]bool{}}
	b.build()
	return b.quads
}

type quadBuilder struct {
	res   *extract.Result
	label quad.IRI
	quads []quad.Quad
	seen  map[quad.Quad]bool
	runes []int32 // runes[i] = code points before byte i of the text
}

func (b *quadBuilder) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if o == nil || b.seen[q] {
		return
	}
	b.seen[q] = true
	b.quads = append(b.quads, q)
}

// actor is the node of the entity with index i, or nil.
func (b *quadBuilder) actor(i int) quad.Value {
	if i < 0 || i >= len(b.res.Entities) {
		return nil
	}
	return EntityIRI(b.res.Entities[i])
}

// EntityIRI is the graph node of an extracted entity.
func EntityIRI(e extract.Entity) quad.IRI {
	key := e.Key
	if key == "" {
		key = schema.Key(e.Name)
	}
	return schema.ActorIRI(e.Type, key)
}

// cp converts a byte offset into the article text to a code point offset.
func (b *quadBuilder) cp(off int) quad.Int {
	text := b.res.Article.Text
	if b.runes == nil {
		// runes[i] = the number of code points that start before byte i.
		b.runes = make([]int32, len(text)+1)
		n := int32(0)
		for i := 0; i < len(text); i++ {
			b.runes[i] = n
			if utf8.RuneStart(text[i]) {
				n++
			}
		}
		b.runes[len(text)] = n
	}
	if off < 0 {
		off = 0
	}
	if off > len(text) {
		off = len(text)
	}
	return quad.Int(b.runes[off])
}

// sentence is the text of an evidence's sentence.
func (b *quadBuilder) sentence(ev extract.Evidence) string {
	if ev.Text != "" {
		return ev.Text
	}
	if ev.Sentence >= 0 && ev.Sentence < len(b.res.Sentences) {
		return b.res.Sentences[ev.Sentence].Text
	}
	if ev.Start < ev.End && ev.End <= len(b.res.Article.Text) {
		return b.res.Article.Text[ev.Start:ev.End]
	}
	return ""
}

// located writes where node n was read from: article, sentence, offsets.
func (b *quadBuilder) located(n quad.Value, ev extract.Evidence, span extract.Span) {
	b.add(n, schema.Article, b.label)
	if s := b.sentence(ev); s != "" {
		b.add(n, schema.Sentence, quad.String(s))
	}
	if span.End > span.Start {
		b.add(n, schema.Start, b.cp(span.Start))
		b.add(n, schema.End, b.cp(span.End))
	}
}

// evidence writes the evidence node of subject –p→ object.
func (b *quadBuilder) evidence(s quad.Value, p quad.IRI, o quad.Value, ev extract.Evidence) {
	if s == nil || o == nil {
		return
	}
	n := schema.NodeIRI(kindEvidence, b.res.Article.ID, s.String(), string(p), o.String(), strconv.Itoa(ev.Start))
	b.add(n, schema.TypeProp, schema.EvidenceClass)
	b.add(n, schema.Subject, s)
	b.add(n, schema.PredicateProp, p)
	b.add(n, schema.Object, o)
	b.located(n, ev, ev.Span)
}

func (b *quadBuilder) build() {
	a := b.res.Article
	art := b.label
	b.add(art, schema.TypeProp, schema.ArticleClass)
	b.add(art, schema.ArticleID, quad.String(a.ID))
	if a.Headline != "" {
		b.add(art, schema.Headline, quad.String(a.Headline))
	}
	if a.Date != "" {
		b.add(art, schema.DatePublished, quad.TypedString{Value: quad.String(a.Date), Type: quad.IRI(schema.XSDDate)})
	}
	if a.Hash != "" {
		b.add(art, schema.Hash, quad.String(a.Hash))
	}

	for i, e := range b.res.Entities {
		x := b.actor(i)
		b.add(x, schema.TypeProp, e.Type.IRI())
		b.add(x, schema.ArticleName, quad.String(e.Name))
		for _, al := range e.Aliases {
			if al != "" && al != e.Name {
				b.add(x, schema.Alias, quad.String(al))
			}
		}
		b.add(x, schema.MentionedIn, art)
		if len(e.Mentions) > 0 {
			m := e.Mentions[0]
			ev := extract.Evidence{Sentence: m.Sentence, Span: m.Span}
			if m.Sentence >= 0 && m.Sentence < len(b.res.Sentences) {
				ev.Span = b.res.Sentences[m.Sentence].Span
			}
			b.evidence(x, schema.TypeProp, e.Type.IRI(), ev)
		}
	}

	for _, f := range b.res.Facts {
		s, o := b.actor(f.Subject), b.actor(f.Object)
		if s == nil || o == nil || s == o {
			continue
		}
		p := f.Predicate.IRI()
		b.add(s, p, o)
		b.evidence(s, p, o, f.Evidence)
	}

	for _, q := range b.res.Quotes {
		sp := b.actor(q.Speaker)
		if sp == nil || q.Text == "" {
			continue
		}
		n := schema.NodeIRI(kindQuote, a.ID, sp.String(), strconv.Itoa(q.Start), strconv.Itoa(q.End), q.Text)
		b.add(sp, schema.Said, n)
		b.add(n, schema.TypeProp, schema.QuoteClass)
		b.add(n, schema.Text, quad.String(q.Text))
		b.add(n, schema.Speaker, sp)
		b.located(n, q.Evidence, q.Span)
	}

	for _, r := range b.res.Roles {
		p := b.actor(r.Person)
		if p == nil || r.Title == "" {
			continue
		}
		org := b.actor(r.Org)
		orgKey := ""
		if org != nil {
			orgKey = org.String()
		}
		n := schema.NodeIRI(kindRole, a.ID, p.String(), r.Title, orgKey)
		if !b.seen[quad.Quad{Subject: p, Predicate: schema.Holds, Object: n, Label: art}] {
			b.add(p, schema.Holds, n)
			b.add(n, schema.TypeProp, schema.RoleClass)
			b.add(n, schema.Title, quad.String(r.Title))
			b.add(n, schema.HeldIn, org)
			b.located(n, r.Evidence, r.Evidence.Span)
		}
		if org != nil && org != p {
			b.add(p, schema.AffiliatedWith, org)
			b.evidence(p, schema.AffiliatedWith, org, r.Evidence)
		}
	}
}
