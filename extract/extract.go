// Package extract turns news articles into facts about the actors in them:
// entities with their types and aliases, relations between them, quotes with
// their speakers and the roles people hold, each with the sentence it was
// read from. It knows nothing of the graph store; schema is the vocabulary
// it shares with package graph.
//
// Extraction runs in stages over one document model (see doc.go):
// sentences and tokens, quoted spans, name mentions, entities, roles,
// pronoun and title anaphora, quotations with their speakers, and
// relations. The rules are written by hand, with general lexicons of
// countries, places, organisations, titles and given names (package
// lexicon), because there is no training data for the relations, quotes
// and roles of the gold format, and hand-written rules can follow its
// annotation guide exactly. The NLP core (package nlp) types the names that
// no lexicon and no sure cue types, with its named-entity recognizer, and
// reads the subjects of verbs where word order misleads the rules (a
// relative clause, an apposition or a parenthesis between a subject and
// its verb, a possessor, a passive, a verb coordinated with another), with
// its dependency parse.
package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"newsgraph/extract/lexicon"
	"newsgraph/extract/nlp"
	"newsgraph/extract/nlp/tokenize"
	"newsgraph/schema"
)

// Extractor extracts facts from articles. It is safe for concurrent use.
type Extractor struct {
	rec recognizer
	nlp *nlp.Pipeline // the NLP core (entities, parse); nil to use rules only
}

// New returns an Extractor with the embedded models of the NLP core
// loaded (once per process; the pipeline is shared).
func New() (*Extractor, error) {
	p, err := nlp.Default()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return &Extractor{rec: ruleRecognizer{lex: lexicon.Default()}, nlp: p}, nil
}

// NewRules returns an Extractor that reads names and clauses with the
// hand-written rules and lexicons only, without the NLP core's entity
// recognizer and dependency parse: faster, and independent of the
// embedded models.
func NewRules() *Extractor {
	return &Extractor{rec: ruleRecognizer{lex: lexicon.Default()}}
}

// Extract reads the facts of one article.
func (x *Extractor) Extract(ctx context.Context, a Article) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := &document{
		text:      a.Text,
		factSeen:  map[factKey]bool{},
		roleSeen:  map[string]bool{},
		quoteSeen: map[string]bool{},
	}
	// The NLP core's sentences and entity spans; its parse comes later,
	// a sentence at a time, where the clause rules ask for it (parse.go).
	var split []tokenize.Sentence
	var words [][]string
	if x.nlp != nil {
		split, words, d.nerSpans = recognize(x.nlp, a.Text)
		d.knownLower = x.nlp.Recognizer().KnownLower
	}
	d.sents = dropBylines(segment(a.Text), a)
	d.headline = a.Headline != ""
	if x.nlp != nil {
		d.alignParse(x.nlp, split, words)
	}
	d.quotes = findQuotes(a.Text)
	d.markQuoted()
	markCommon(d)
	markPersonWords(d)
	for si := range d.sents {
		if si%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		start := len(d.mentions)
		d.mentions = append(d.mentions, x.rec.recognize(d, si)...)
		d.sentMentions = append(d.sentMentions, [2]int{start, len(d.mentions)})
	}
	d.resolve()
	d.mergeAliases()
	d.mergeTypeConflicts()
	d.readRoles()
	d.resolveAnaphora()
	d.homeCountry()
	d.attributeQuotes(d.labelQuotes(a.Headline != ""))
	d.relations()
	return d.result(a), nil
}

// result builds the Result, numbering the entities that are mentioned.
func (d *document) result(a Article) *Result {
	r := &Result{Article: a}
	for _, s := range d.sents {
		r.Sentences = append(r.Sentences, Sentence{Span: s.Span, Text: d.text[s.Start:s.End]})
	}
	index := make([]int, len(d.entities))
	for e := range index {
		index[e] = -1
	}
	// Countries named only through an adjective ("German troops") are
	// kept where a fact, quote or role uses them.
	used := map[int]bool{}
	for _, f := range d.facts {
		used[f.Subject], used[f.Object] = true, true
	}
	for _, q := range d.quoteOut {
		used[q.Speaker] = true
	}
	for _, ro := range d.roles {
		used[ro.Org] = true
	}
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.ent < 0 || m.kind == byPronoun || m.kind == byTitle || d.entities[m.ent].adjOnly && !used[m.ent] {
			continue
		}
		e := m.ent
		if index[e] < 0 {
			index[e] = len(r.Entities)
			ent := d.entities[e]
			name := ent.name
			if ent.typ == schema.Person || !lexiconName(name) {
				name = fullestForm(ent, name)
			}
			if ent.typ == schema.Person {
				name = d.cleanPersonName(name)
				if peer := d.peerage(e); peer != "" && !strings.Contains(name, " ") {
					name = peer + " " + name // "Lord Doe", known by no other name
				}
			}
			r.Entities = append(r.Entities, Entity{Key: CanonicalKey(name), Name: name, Type: ent.typ})
		}
		out := &r.Entities[index[e]]
		s := d.sents[m.sent]
		st, en := s.toks[m.start].Start, s.toks[m.end-1].End
		out.Mentions = append(out.Mentions, Mention{Span: Span{st, en}, Sentence: m.sent, Text: d.text[st:en]})
	}
	for i := range r.Entities {
		out := &r.Entities[i]
		seen := map[string]bool{out.Name: true}
		for _, m := range out.Mentions {
			if !seen[m.Text] && strings.ContainsFunc(m.Text, func(r rune) bool { return r != ' ' }) && !d.adjectiveForm(m) {
				seen[m.Text] = true
				out.Aliases = append(out.Aliases, m.Text)
			}
		}
		sort.Strings(out.Aliases)
	}
	for _, f := range d.facts {
		if index[f.Subject] < 0 || index[f.Object] < 0 {
			continue
		}
		f.Subject, f.Object = index[f.Subject], index[f.Object]
		r.Facts = append(r.Facts, f)
	}
	for _, q := range d.quoteOut {
		if index[q.Speaker] < 0 {
			continue
		}
		q.Speaker = index[q.Speaker]
		r.Quotes = append(r.Quotes, q)
	}
	// Titles are read as written ("Sen.", which anaphora matches) and
	// given out spelled in full ("Senator"), once each.
	type roleKey struct {
		person, org int
		title       string
	}
	seenRole := map[roleKey]bool{}
	for _, ro := range d.roles {
		if index[ro.Person] < 0 {
			continue
		}
		ro.Person = index[ro.Person]
		if ro.Org >= 0 {
			ro.Org = index[ro.Org]
		}
		ro.Title = spellTitle(ro.Title)
		k := roleKey{ro.Person, ro.Org, strings.ToLower(ro.Title)}
		if seenRole[k] {
			continue
		}
		seenRole[k] = true
		r.Roles = append(r.Roles, ro)
	}
	return r
}

// adjectiveForm reports whether the mention is a demonym rather than a name.
func (d *document) adjectiveForm(m Mention) bool {
	_, ok := lexicon.Default().Adjective(m.Text)
	return ok
}

func lexiconName(s string) bool {
	e, ok := lexicon.Default().Name(s)
	return ok && e.Name == s
}

// fullestForm is the form of the entity's name with the most words.
func fullestForm(ent *entity, name string) string {
	best := name
	for f := range ent.forms {
		if n, b := len(strings.Fields(f)), len(strings.Fields(best)); n > b || n == b && len(f) > len(best) || n == b && len(f) == len(best) && f < best {
			best = f
		}
	}
	return best
}

// dropBylines leaves out the dateline and byline paragraphs: journalists
// in a byline are not actors of the article.
func dropBylines(sents []sentence, a Article) []sentence {
	out := sents[:0]
	for _, s := range sents {
		line := a.Text[s.Start:s.End]
		toks := s.toks
		byline := a.Byline != "" && strings.Contains(line, a.Byline) ||
			len(toks) <= 16 && len(toks) >= 2 && toks[0].text == "By" && toks[1].cap ||
			len(toks) >= 2 && toks[0].lower == "date" && unicode.IsDigit(firstRune(toks[1].text))
		if !byline {
			out = append(out, s)
		}
	}
	return out
}

// peerage returns the peer's title ("Lord", "Baroness") that the article
// writes right before a mention of person e, or "". A peer known by a
// title and surname alone ("Lord Doe") is named with the title, as the
// news names them.
func (d *document) peerage(e int) string {
	for _, m := range d.mentions {
		if m.ent != e || m.kind != byName || m.start == 0 {
			continue
		}
		if p := d.sents[m.sent].toks[m.start-1]; peerTitles[p.lower] && p.cap {
			return p.text
		}
	}
	return ""
}

// peerTitles are the titles of peers, written before a surname.
var peerTitles = set(`lord lady baroness baron viscount`)

// cleanPersonName drops leading words that describe rather than name a
// person ("Farmer Jane Doe", "Welshman Tom Hale"): titles, demonyms and
// words the article also writes in lower case.
func (d *document) cleanPersonName(name string) string {
	lex := lexicon.Default()
	w := strings.Fields(name)
	for len(w) > 2 || len(w) == 2 && !lex.FirstName(w[0]) {
		l := strings.ToLower(w[0])
		_, adj := lex.Adjective(w[0])
		if !(d.lowerWords[l] || lex.Title(l) || honorifics[l] || adj) || connectors[w[1]] {
			break // "Archbishop of Lisbon" is a name
		}
		w = w[1:]
	}
	return strings.Join(w, " ")
}
