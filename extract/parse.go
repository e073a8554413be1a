package extract

import (
	"newsgraph/extract/nlp"
	"newsgraph/extract/nlp/tokenize"
)

// The NLP core's analysis of the article, aligned with the extractor's own
// tokens. The extractor segments and tokenizes the text itself (segment.go),
// so the two token streams are joined by byte offsets: each extractor token
// is linked to the first parse word it overlaps, and each parse word to the
// first extractor token it overlaps. Words that only one side has (a split
// "n't", a dropped bullet) are simply unlinked.
//
// The recognizer runs over the whole article; the tagger and the parser,
// which cost several times more, run on a sentence only when a clause rule
// first asks about one of its words (depAt), and the rules ask only where
// word order leaves the reading open (parseSubject). Most sentences are
// never parsed.

// depWord is one word of the dependency parse.
type depWord struct {
	head  int    // document-wide index of the head word, or -1 for a root
	rel   string // UD relation to the head, subtype included ("nsubj:pass")
	lemma string
	ps    int // its parse sentence
	lo    int // document-wide index of the first word of its parse sentence
	hi    int // and one past the last
	sent  int // extractor sentence of the linked token, or -1
	tok   int // linked extractor token of sentence sent, or -1
}

// depParse is the article's analysis by the NLP core.
type depParse struct {
	nlp    *nlp.Pipeline
	sents  [][]string // the words of each parse sentence
	parsed []bool     // whether each parse sentence has been parsed
	words  []depWord
	at     [][]int // at[si][k]: the parse word of extractor token k of sentence si, or -1
}

// recognize runs the NLP core's tokenizer and named-entity recognizer over
// text, and returns its sentences, their words and the entity spans in
// byte offsets of text. The rule-based recognizer asks the spans only
// about names that no lexicon and no sure cue types: there the model's
// view of the context is better than a default guess.
func recognize(p *nlp.Pipeline, text string) ([]tokenize.Sentence, [][]string, []labeledSpan) {
	split := tokenize.Split(text)
	words := make([][]string, len(split))
	for i, s := range split {
		words[i] = make([]string, len(s.Tokens))
		for k, t := range s.Tokens {
			words[i][k] = t.Text
		}
	}
	tags := p.Recognizer().Recognize(words, nil)
	var spans []labeledSpan
	for i, s := range split {
		for _, e := range nlp.Entities(tags[i]) {
			spans = append(spans, labeledSpan{Span: Span{s.Tokens[e.Start].Start, s.Tokens[e.End-1].End}, label: e.Label})
		}
	}
	return split, words, spans
}

// alignParse links the NLP core's sentences with those of d; they are
// parsed later, on demand.
func (d *document) alignParse(p *nlp.Pipeline, split []tokenize.Sentence, words [][]string) {
	dp := &depParse{nlp: p, sents: words, parsed: make([]bool, len(split)), at: make([][]int, len(d.sents))}
	var starts, ends []int
	for ps, s := range split {
		lo := len(dp.words)
		hi := lo + len(s.Tokens)
		for _, t := range s.Tokens {
			dp.words = append(dp.words, depWord{head: -1, ps: ps, lo: lo, hi: hi, sent: -1, tok: -1})
			starts, ends = append(starts, t.Start), append(ends, t.End)
		}
	}
	// Both token streams are in text order: walk them together.
	j := 0
	for si := range d.sents {
		toks := d.sents[si].toks
		at := make([]int, len(toks))
		for k, t := range toks {
			for j < len(ends) && ends[j] <= t.Start {
				j++
			}
			at[k] = -1
			if j < len(starts) && starts[j] < t.End {
				at[k] = j
				for w := j; w < len(starts) && starts[w] < t.End; w++ {
					if dp.words[w].sent < 0 {
						dp.words[w].sent, dp.words[w].tok = si, k
					}
				}
			}
		}
		dp.at[si] = at
	}
	d.parse = dp
}

// parseSentence tags, lemmatizes and parses the sentence of parse word
// w, once.
func (dp *depParse) parseSentence(w int) {
	ps, lo := dp.words[w].ps, dp.words[w].lo
	if dp.parsed[ps] {
		return
	}
	dp.parsed[ps] = true
	words := dp.sents[ps]
	n := len(words)
	buf := make([]string, 4*n)
	upos, xpos, lemmas, rels := buf[:n], buf[n:2*n], buf[2*n:3*n], buf[3*n:]
	heads := make([]int, n)
	dp.nlp.Tagger().Tag(words, upos, xpos)
	dp.nlp.Tagger().Lemmatize(words, upos, xpos, lemmas)
	dp.nlp.Parser().Parse(words, upos, xpos, heads, rels)
	for k := range n {
		dw := &dp.words[lo+k]
		dw.rel, dw.lemma = rels[k], lemmas[k]
		if heads[k] > 0 {
			dw.head = lo + heads[k] - 1
		}
	}
}

// depAt returns the parse word of token k of sentence si, or -1, parsing
// its sentence if need be.
func (d *document) depAt(si, k int) int {
	if d.parse == nil || k < 0 || k >= len(d.parse.at[si]) {
		return -1
	}
	w := d.parse.at[si][k]
	if w >= 0 {
		d.parse.parseSentence(w)
	}
	return w
}

// depKids returns the dependents of parse word w with relation rel (or a
// subtype of it: "nsubj" matches "nsubj:pass"), in text order.
func (d *document) depKids(w int, rel string) []int {
	var out []int
	ws := d.parse.words
	for c := ws[w].lo; c < ws[w].hi; c++ {
		if ws[c].head == w && relIs(ws[c].rel, rel) {
			out = append(out, c)
		}
	}
	return out
}

// relIs reports whether relation r is rel or one of its subtypes.
func relIs(r, rel string) bool {
	return r == rel || len(r) > len(rel) && r[:len(rel)] == rel && r[len(rel)] == ':'
}

// depMention returns the widest mention of the extractor token linked to
// parse word w, or -1.
func (d *document) depMention(w int) int {
	dw := &d.parse.words[w]
	if dw.sent < 0 {
		return -1
	}
	best := -1
	for mi := d.sentMentions[dw.sent][0]; mi < d.sentMentions[dw.sent][1]; mi++ {
		m := &d.mentions[mi]
		if m.start <= dw.tok && dw.tok < m.end && (best < 0 || m.end-m.start > d.mentions[best].end-d.mentions[best].start) {
			best = mi
		}
	}
	return best
}

// depClause is what the parse says about the subject of a verb.
type depClause struct {
	verb    int   // parse word of the verb
	subj    int   // parse word heading the subject, or -1
	from    int   // the verb the subject was read from: verb, or one it hangs from (conj, xcomp, advcl)
	passive bool  // subj is a passive subject, acted on by the agent
	ms      []int // mentions naming subj or, for a passive, its agent ("by X")
}

// depSubject reads the subject the parse gives the verb at token v of
// sentence si: its nsubj (the one nearest the verb), or for a verb without
// one the subject of the verb it is coordinated with ("X arrived and
// said") or that governs it ("X wants to meet"). A relative pronoun
// subject ("X, who said") stands for the noun the clause modifies. An
// adverbial -ing clause of saying ("X responded by saying") has the
// subject of the verb it modifies. ok is false when the parse names no
// subject.
func (d *document) depSubject(si, v int) (c depClause, ok bool) {
	w := d.depAt(si, v)
	if w < 0 {
		return c, false
	}
	ws := d.parse.words
	c.verb, c.subj = w, -1
	for range 4 {
		s := -1 // the nsubj nearest before the verb, else the first
		for _, k := range d.depKids(w, "nsubj") {
			if s < 0 || k < c.verb {
				s = k
			}
		}
		if s >= 0 {
			c.from = w
			relative := ""
			if relativePronouns[ws[s].lemma] {
				if !relIs(ws[w].rel, "acl") || ws[w].head < 0 {
					return c, false
				}
				relative = ws[s].lemma
				s = ws[w].head
			}
			c.subj = s
			// A passive verb has its own passive auxiliary; a verb that
			// shares the subject of a passive one ("X is expected to
			// meet") is active.
			c.passive = ws[s].rel == "nsubj:pass" && w == c.verb && len(d.depKids(w, "aux:pass")) > 0
			if c.passive {
				for _, a := range d.depKids(w, "obl") {
					if ws[a].rel == "obl:agent" || d.depHasCase(a, "by") {
						c.ms = d.depNounMentions(a)
						break
					}
				}
				return c, true
			}
			c.ms = d.depNounMentions(s)
			if len(c.ms) > 0 && relative != "" && relative != "that" && (relative == "who") != d.isPerson(c.ms[0]) {
				// "X, which …" is no person, "X, who …" is one: the
				// parser took the wrong noun for the antecedent.
				c.ms = nil
			}
			return c, true
		}
		switch {
		case ws[w].head < 0:
			return c, false
		case ws[w].rel == "conj",
			ws[w].rel == "xcomp" && len(d.depKids(ws[w].head, "obj")) == 0,
			ws[w].rel == "advcl" && d.depGerund(w):
			// "X arrived and said", "X wants to meet", "X responded by
			// saying": the subject of the verb this one hangs from.
			w = ws[w].head
		default:
			return c, false
		}
	}
	return c, false
}

// depGerund reports whether parse word w is the -ing form of a reporting
// verb introduced by a conjunction ("by saying", "before adding"). Other
// -ing clauses often have a subject of their own that the parser misses
// ("X complained about Y's backing Z"), and their attachment is the
// parser's weak point.
func (d *document) depGerund(w int) bool {
	dw := &d.parse.words[w]
	if dw.sent < 0 || len(d.depKids(w, "mark")) == 0 || len(d.depKids(w, "nmod:poss")) > 0 {
		return false
	}
	t := d.sents[dw.sent].toks[dw.tok]
	return isParticiple(t.lower) && isReporting(t)
}

// depHasCase reports whether parse word w has the case marker word.
func (d *document) depHasCase(w int, word string) bool {
	for _, c := range d.depKids(w, "case") {
		if dw := &d.parse.words[c]; dw.sent >= 0 && d.sents[dw.sent].toks[dw.tok].lower == word {
			return true
		}
	}
	return false
}

// relativePronouns as the subject of a relative clause stand for the noun
// the clause modifies.
var relativePronouns = set(`who which that whom`)

// depNounMentions returns the usable mentions that name the noun phrase
// headed by parse word s: the name its words run to ("Rep. Adam Schiff",
// which the parser heads with "Rep." and joins with flat), else the name in
// its apposition ("the minister, Jane Doe"), with the names coordinated
// with it by a conjunction ("X and Y"). A name that only qualifies a title
// and the name after it ("Senate Majority Leader Jane Doe") is not the
// head: the parser may have joined the name after it as a conjunct.
func (d *document) depNounMentions(s int) []int {
	mi := d.depName(s)
	if mi >= 0 && d.qualifier(mi) {
		mi = -1
	}
	for _, rel := range []string{"appos", "conj"} {
		for _, a := range d.depKids(s, rel) {
			if mi >= 0 {
				break
			}
			if mi = d.depName(a); mi >= 0 && d.qualifier(mi) {
				mi = -1
			}
		}
	}
	if mi < 0 {
		return nil
	}
	out := []int{mi}
	for _, c := range d.depKids(s, "conj") {
		if len(d.depKids(c, "cc")) == 0 {
			continue
		}
		if ci := d.depName(c); ci >= 0 && ci != mi {
			out = append(out, ci)
		}
	}
	return out
}

// depName returns the usable mention of parse word s or of the last of the
// words joined to it by flat (a name after a title), or -1.
func (d *document) depName(s int) int {
	best := -1
	for w := s; w >= 0; {
		if mi := d.depMention(w); mi >= 0 && d.usable(mi) {
			best = mi
		}
		next := -1
		for _, f := range d.depKids(w, "flat") {
			next = f
		}
		w = next
	}
	return best
}

// depWordOf returns the parse word heading mention mi: the first of its
// words whose head lies outside it, or -1.
func (d *document) depWordOf(mi int) int {
	m := &d.mentions[mi]
	for k := m.start; k < m.end; k++ {
		w := d.depAt(m.sent, k)
		if w < 0 {
			continue
		}
		h := d.parse.words[w].head
		if h < 0 {
			return w
		}
		if hw := &d.parse.words[h]; hw.sent != m.sent || hw.tok < m.start || hw.tok >= m.end {
			return w
		}
	}
	return -1
}

// depUnder reports whether parse word w lies in the subtree of word a,
// with the relation by which its branch hangs from a (top, "" when w is a
// itself) and whether a relation on the way is other than one that joins
// a name or coordinates names (modifier: an apposition, a modifier, a
// relative clause).
func (d *document) depUnder(w, a int) (top string, modifier, ok bool) {
	ws := d.parse.words
	for n := 0; w >= 0 && n < ws[w].hi-ws[w].lo; n++ {
		if w == a {
			return top, modifier, true
		}
		top = ws[w].rel
		// A name coordinated with another ("X and Y") modifies nothing.
		modifier = modifier || !nameRels[top] && !(top == "conj" && d.depMention(w) >= 0)
		w = ws[w].head
	}
	return "", false, false
}

// nameRels join the words of one name, or a title to its name.
var nameRels = set(`flat flat:name compound nmod:desc`)

// parseSubject checks the subject the rules found for the verb at token v
// of sentence si (the mentions r) against the parse, and returns the
// parse's subject where the two disagree in a case the parse reads better
// than word order (ok true); otherwise the rules' subject stands. The
// cases are:
//
//   - the rules found nothing, and the parse names an actor before the
//     verb ("X, who … since …, blasted", "X on Tuesday said");
//   - the rules' subject lies inside the parse subject's noun phrase, in
//     a modifier, apposition or relative clause of it ("Even China,
//     Pyongyang's only ally, said", "X's lawyer said": no actor said it);
//   - the verb shares the subject of a verb it is coordinated with or
//     modifies, and the rules took a word of that verb's predicate ("X
//     exhorted Y to … and said", "X answered Y by saying");
//   - the verb is passive and the rules took its passive subject, who is
//     acted on rather than acting ("X has been called a … by Y").
func (d *document) parseSubject(si, v int, r []int) (ms []int, ok bool) {
	toks := d.sents[si].toks
	if d.unfinished(si) {
		return nil, false
	}
	if len(r) > 0 && d.nextToVerb(r[0], v) && !(v > 0 && passiveAux[toks[v-1].lower]) {
		// "Tulsa police Chief Jane Doe said": a name right before the
		// verb is its subject; the parser is weakest in long titles.
		return nil, false
	}
	if len(r) > 0 && d.titledApposition(r[0], v) {
		// "Acme Association chief executive, Jane Doe, said": the
		// person the title names speaks, not the body that qualifies
		// the title, which the parser may read as the subject.
		return nil, false
	}
	if len(r) == 0 && !d.nameBefore(si, v) {
		return nil, false // no actor the parse could name
	}
	if v > 0 && isParticiple(toks[v].lower) && (commaBefore(toks, v) || d.clauseStart(si, v)) {
		return nil, false // ", saying …": the rules read the main clause's subject
	}
	if v > 0 && nounTriggers[toks[v].lower] && (determiners[toks[v-1].lower] || isPossessive(toks[v-1])) {
		return nil, false // "the talks", "X's visit": a noun has no subject in the parse
	}
	c, found := d.depSubject(si, v)
	if !found {
		return nil, false
	}
	ws := d.parse.words
	// A subject is never governed by a preposition ("the chief executive
	// of X, told"), nor quoted, nor the object of a relative clause
	// ("councillors who back X met"): such a reading is the parser's error.
	if len(c.ms) > 0 {
		if m := &d.mentions[c.ms[0]]; d.precededByPrep(c.ms[0]) || d.placeAfterPrep(c.ms[0]) || d.sents[m.sent].toks[m.start].quoted || d.relativeObject(c.ms[0]) >= 0 {
			c.ms = nil
		}
	}
	if len(r) == 0 {
		if c.passive || len(c.ms) == 0 || c.subj > c.verb {
			return nil, false
		}
		if k := d.mentions[c.ms[0]].kind; k != byName && k != byTitle {
			return nil, false
		}
		return c.ms, true
	}
	if len(c.ms) > 0 && d.mentions[c.ms[0]].ent == d.mentions[r[0]].ent {
		return nil, false // they agree
	}
	rw := d.depWordOf(r[0])
	if rw < 0 {
		return nil, false
	}
	if c.passive {
		if _, modifier, under := d.depUnder(rw, c.subj); under && !modifier {
			return c.ms, true
		}
		return nil, false
	}
	if d.nextToVerb(r[0], v) {
		return nil, false // see above
	}
	// The parse's subject has a name, or the rules took its possessor
	// where the subject is another person ("X's lawyer said": an unnamed
	// source; "X's campaign said" speaks for X). A subject the parse does
	// not name may be the title before the rules' name ("Secretary of
	// State X said").
	if top, modifier, under := d.depUnder(rw, c.subj); under && modifier && (len(c.ms) > 0 || top == "nmod:poss" && d.depPersonNoun(c.subj)) {
		return c.ms, true
	}
	// A coordinated verb shares the subject only where the conjunction
	// stands right before it ("X exhorted Y to … and said"); in "X won,
	// but Y had said" the words between are its own subject.
	if c.from != c.verb && len(c.ms) > 0 && (ws[c.verb].rel != "conj" || d.sharesSubject(si, v, c.verb)) {
		if top, _, under := d.depUnder(rw, c.from); under && top != "" && !relIs(top, "nsubj") && rw > c.from {
			return c.ms, true
		}
	}
	return nil, false
}

// titledApposition reports whether person mention mi stands between
// commas after a title, with only the closing comma between it and the
// verb at v: "X chief executive, Jane Doe, said".
func (d *document) titledApposition(mi, v int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	return d.isPerson(mi) && m.start >= 2 && toks[m.start-1].text == "," && toks[m.start-2].title && m.end+1 == v && toks[m.end].text == ","
}

// nextToVerb reports whether mention mi ends right before the verb at
// token v, but for adverbs, auxiliaries and negation.
func (d *document) nextToVerb(mi, v int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	if m.end > v {
		return false
	}
	for k := m.end; k < v; k++ {
		if w := toks[k].lower; !adverbs[w] && !auxiliaries[w] && !passiveAux[w] && w != "not" && w != "n't" {
			return false
		}
	}
	return true
}

// depPersonNoun reports whether parse word w is a common noun or title
// that names a person ("lawyer", "spokesman", "campaign strategist").
func (d *document) depPersonNoun(w int) bool {
	dw := &d.parse.words[w]
	if dw.sent < 0 {
		return false
	}
	t := d.sents[dw.sent].toks[dw.tok]
	return personNouns[t.lower] || t.title || descriptionHead(t)
}

// nameBefore reports whether a usable name or title that no preposition
// governs stands before token v of sentence si.
func (d *document) nameBefore(si, v int) bool {
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.end <= v && (m.kind == byName || m.kind == byTitle) && d.usable(mi) && !d.precededByPrep(mi) {
			return true
		}
	}
	return false
}

// unfinished reports whether sentence si does not end as a sentence does
// (with a stop, a question or exclamation mark, or a colon, before any
// closing marks): a headline, a caption or a byline. The parser is
// trained on whole sentences and is weak on these; the rules read them.
func (d *document) unfinished(si int) bool {
	toks := d.sents[si].toks
	n := len(toks)
	for n > 0 && (isQuote(toks[n-1].text) || toks[n-1].text == ")") {
		n--
	}
	if n == 0 {
		return true
	}
	switch toks[n-1].text {
	case ".", "!", "?", "…", ":", ";":
		return false
	}
	return true
}

// sharesSubject reports whether the verb at token v of sentence si,
// coordinated with another (parse word w), has no subject of its own
// between it and the conjunction ("X exhorted Y to … and said", "X won,
// mocked Y and left"; not "X won, but the senator, Y, had said"): no
// mention stands between its conjunction and it, or, with no conjunction,
// it follows a comma or dash of a list that closes no name.
func (d *document) sharesSubject(si, v, w int) bool {
	toks := d.sents[si].toks
	for _, c := range d.depKids(w, "cc") {
		cw := &d.parse.words[c]
		if cw.sent != si || cw.tok >= v {
			continue
		}
		for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
			if m := &d.mentions[mi]; m.start > cw.tok && m.start < v && m.kind != byAdjective && !d.precededByPrep(mi) {
				return false // "and in Republican contests, has" is no subject
			}
		}
		return true
	}
	k := v - 1
	for k >= 0 && (adverbs[toks[k].lower] || auxiliaries[toks[k].lower]) {
		k--
	}
	return k > 0 && (toks[k].text == "," || isDash(toks[k].text)) && d.mentionEnding(si, k) < 0
}
