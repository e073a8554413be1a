package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/schema"
)

// markQuoted flags the tokens inside quotations.
func (d *document) markQuoted() {
	qi := 0
	for si := range d.sents {
		for ti := range d.sents[si].toks {
			t := &d.sents[si].toks[ti]
			for qi < len(d.quotes) && d.quotes[qi].End <= t.Start {
				qi++
			}
			if qi < len(d.quotes) && t.Start >= d.quotes[qi].Start && t.End <= d.quotes[qi].End {
				t.quoted = true
			}
		}
	}
}

// sentenceAt returns the sentence holding byte offset off, or -1.
func (d *document) sentenceAt(off int) int {
	for si, s := range d.sents {
		if off >= s.Start && off < s.End {
			return si
		}
		if off < s.Start {
			return si
		}
	}
	return -1
}

// tokenAt returns the index of the first token of sentence si starting at
// or after off.
func (d *document) tokenAt(si, off int) int {
	toks := d.sents[si].toks
	for k, t := range toks {
		if t.Start >= off {
			return k
		}
	}
	return len(toks)
}

// attributeQuotes finds the speaker of each quotation: a reporting verb
// with its subject after the quotation ("…," Smith said / said Smith) or
// before it (Smith said: "…" / Smith described it as "…"). Every span of a
// quotation that runs over several paragraphs has the speaker found for any
// of them. Quotations whose speaker is not a named (or resolvable) actor are
// left out, and so are those in the paragraphs of skip, read by speaker
// label (labelQuotes).
func (d *document) attributeQuotes(skip map[int]bool) {
	units := map[int][]int{}
	var order []int
	for qi, q := range d.quotes {
		if si := d.sentenceAt(q.Start); si >= 0 && skip[d.sents[si].para] {
			continue
		}
		if _, ok := units[q.unit]; !ok {
			order = append(order, q.unit)
		}
		units[q.unit] = append(units[q.unit], qi)
	}
	lastSpeakers, lastPara, lastSent, lastOut := []int(nil), -1, -1, -1
	for _, u := range order {
		spans := units[u]
		speakers, si := []int(nil), -1
		if titleOfWork(d.text[d.quotes[spans[0]].Start:d.quotes[spans[len(spans)-1]].End]) || len(spans) == 1 && (d.namesThing(d.quotes[spans[0]]) || d.namedAsTitle(d.quotes[spans[0]])) {
			continue
		}
		nobody, unknown, pron := false, false, ""
		for _, qi := range spans {
			sp, s := d.speakerOf(d.quotes[qi])
			if len(sp) > 0 {
				speakers, si = sp, s
				break
			}
			nobody = nobody || s == unnamed
			if s == unknownSpeaker && !unknown {
				unknown, pron = true, d.attributedPronoun(d.quotes[qi])
			}
		}
		if nobody {
			lastSpeakers = nil
			continue
		}
		first := d.sentenceAt(d.quotes[spans[0]].Start)
		if first < 0 {
			continue
		}
		para := d.sents[first].para
		inherited := false
		if len(speakers) == 0 {
			// A quotation with no attribution of its own continues the
			// last speaker's in the same paragraph, or in the next one
			// when it opens that paragraph; a paragraph that ends in a
			// colon ("She added:") introduces the next one.
			opensPara := d.tokenAt(first, d.quotes[spans[0]].Start) <= 1 && (first == 0 || d.sents[first-1].para != para)
			switch {
			case unknown:
				// "“…,” he added" where "he" was resolved to no one: the
				// speaker of the quotation right before it, in the
				// sentence before, goes on ("A spokesman for Acme said
				// it was “…”. “…,” he added."), if the pronoun fits, and
				// so does a body whose spokesman the sentence before
				// reports; after other sentences, or with a pronoun that
				// does not fit, the speaker is someone else, whom no
				// other rule may guess.
				opens := d.opensSentence(first, d.quotes[spans[0]].Start)
				if lastSpeakers != nil && lastSent >= first-1 && opens && (para == lastPara || para == lastPara+1) && d.fitPronoun(lastSpeakers, pron) {
					speakers, si, inherited = lastSpeakers, first, para == lastPara
				} else if opens && first > 0 && d.sents[first-1].para == para {
					if b := d.spokesmanBody(first - 1); b >= 0 {
						speakers, si = []int{b}, first-1
					}
				}
			case opensPara && first > 0 && lastByColon(d.sents[first-1]):
				speakers, si = d.colonSpeaker(first - 1)
			case lastSpeakers != nil && d.opensSentence(first, d.quotes[spans[0]].Start) && (para == lastPara || para == lastPara+1 && opensPara):
				speakers, si, inherited = lastSpeakers, first, para == lastPara
			case d.tokenAt(first, d.quotes[spans[0]].Start) <= 1 && first > 0 && (d.sents[first-1].para == para || opensPara):
				// "X said the talks had failed. "We tried," …": a
				// quotation that is a sentence of its own continues the
				// reported speech of the sentence before it.
				speakers, si = d.reportedSpeaker(first - 1)
				if len(speakers) == 0 && d.sents[first-1].para == para {
					// "Writing in the Post, X set out his view. “…”"
					if subj := d.mainSubject(first - 1); len(subj) > 0 && d.isPerson(subj[0]) && !d.afterUnknownReporter(first-1, subj[0]) {
						speakers, si = d.ents(subj[:1]), first-1
					}
				}
			}
			if len(speakers) > 0 && !d.allPersons(speakers) && d.personPronounAfter(d.quotes[spans[len(spans)-1]]) && !d.namesSpokesman(first-1) {
				// "A reporter for Acme called it “chaos.” “We saw
				// it,” he said.": "he" is a person, not the body
				// named before; but "she" may be the body's
				// spokeswoman, who speaks for it.
				speakers = nil
			}
		}
		if len(speakers) == 0 {
			lastSpeakers = nil
			continue
		}
		if len(speakers) > 1 && firstPersonSingular(d.text[d.quotes[spans[0]].Start:d.quotes[spans[len(spans)-1]].End]) {
			// "…, B and C, who joked, “I haven't seen it”": one
			// speaker, the one named nearest before the words.
			speakers = []int{d.nearestBefore(speakers, d.quotes[spans[0]].Start)}
		}
		lastSpeakers, lastPara = speakers, d.sents[d.sentenceAt(d.quotes[spans[len(spans)-1]].Start)].para
		lastSent = d.sentenceAt(d.quotes[spans[len(spans)-1]].End - 1)
		for _, qi := range spans {
			q := d.quotes[qi]
			text := d.text[q.Start:q.End]
			if len(strings.Fields(text)) == 0 {
				continue
			}
			ev := si
			if s := d.sentenceAt(q.Start); s >= 0 {
				ev = s
			}
			if inherited && lastOut >= 0 && d.quoteOut[lastOut].Speaker == speakers[0] {
				// Join the continuation to the quotation it continues.
				prev := &d.quoteOut[lastOut]
				if d.sents[d.sentenceAt(prev.Start)].para == d.sents[ev].para {
					prev.Text += " " + text
					prev.End = q.End
					continue
				}
			}
			for _, sp := range speakers {
				key := d.entities[sp].name + "\x00" + text
				if d.quoteSeen[key] {
					continue
				}
				d.quoteSeen[key] = true
				d.quoteOut = append(d.quoteOut, Quote{Speaker: sp, Text: text, Span: q.Span, Evidence: d.evidence(ev)})
				lastOut = len(d.quoteOut) - 1
			}
		}
	}
	d.joinFragments()
	d.dropRepeatedFragments()
}

// firstPersonSingular reports whether a quotation speaks as one person
// ("I", "my", "me") and never as several ("we", "our", "us").
func firstPersonSingular(quote string) bool {
	one := false
	for _, w := range strings.FieldsFunc(quote, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch strings.ToLower(w) {
		case "we", "our", "us", "ours", "ourselves":
			return false
		case "i", "my", "me", "mine", "myself":
			one = true
		}
	}
	return one
}

// nearestBefore returns the entity of es with a mention ending closest
// before offset off, or es[0] when none is named before it.
func (d *document) nearestBefore(es []int, off int) int {
	best, bestEnd := es[0], -1
	for _, m := range d.mentions {
		if m.ent < 0 || !slices.Contains(es, m.ent) {
			continue
		}
		if end := d.sents[m.sent].toks[m.end-1].End; end <= off && end > bestEnd {
			best, bestEnd = m.ent, end
		}
	}
	return best
}

// allPersons reports whether every entity of es is a person.
func (d *document) allPersons(es []int) bool {
	for _, e := range es {
		if d.entities[e].typ != schema.Person {
			return false
		}
	}
	return true
}

// namesSpokesman reports whether sentence si, if any, speaks of a
// spokesman, who speaks for a body.
func (d *document) namesSpokesman(si int) bool {
	if si < 0 {
		return false
	}
	for _, t := range d.sents[si].toks {
		if !t.quoted && spokesNouns[t.lower] {
			return true
		}
	}
	return false
}

// spokesmanBody returns the body whose spokesman is the subject of the
// first reporting verb of sentence si: "A spokesman for Acme said", "An
// Acme spokeswoman said", "Acme's spokesman told"; or -1.
func (d *document) spokesmanBody(si int) int {
	v := d.reportingVerb(si)
	if v < 0 {
		return -1
	}
	toks := d.sents[si].toks
	for k := 0; k < v; k++ {
		t := toks[k]
		if t.quoted || !spokesNouns[t.lower] {
			continue
		}
		b := -1
		if k+1 < v && toks[k+1].lower == "for" {
			j := k + 2
			for j < v && determiners[toks[j].lower] {
				j++
			}
			b = d.mentionStarting(si, j)
		} else if k > 0 && isPossessive(toks[k-1]) {
			b = d.mentionEnding(si, k-1)
		} else {
			b = d.mentionEnding(si, k)
		}
		if b < 0 || !d.speakerOK(b) || d.isPerson(b) || d.mentions[b].kind == byAdjective {
			return -1
		}
		return d.mentions[b].ent
	}
	return -1
}

// personPronounAfter reports whether the quotation q is attributed right
// after it to "he" or "she" (“…,” he said; “…,” said she).
func (d *document) personPronounAfter(q quoteSpan) bool {
	return d.attributedPronoun(q) != ""
}

// fitPronoun reports whether the pronoun pron ("he", "she", or "" when
// not known) can stand for every actor of es: a person whose gender the
// article gives, or else any actor (a body speaks through its spokesman
// or spokeswoman).
func (d *document) fitPronoun(es []int, pron string) bool {
	for _, e := range es {
		if d.entities[e].typ != schema.Person {
			continue
		}
		if g := d.gender[e]; g == 'm' && pron == "she" || g == 'f' && pron == "he" {
			return false
		}
	}
	return true
}

// attributedPronoun returns "he" or "she" where the quotation q is
// attributed right after it to that pronoun (“…,” he said; “…,” said
// she), else "".
func (d *document) attributedPronoun(q quoteSpan) string {
	si := d.sentenceAt(q.End)
	if si < 0 {
		return ""
	}
	toks := d.sents[si].toks
	k := d.tokenAt(si, q.End)
	for k < len(toks) && (isQuote(toks[k].text) || toks[k].text == ",") {
		k++
	}
	if k+1 >= len(toks) || toks[k].quoted {
		return ""
	}
	he := func(t token) bool { return t.lower == "he" || t.lower == "she" }
	switch {
	case he(toks[k]) && isReporting(toks[k+1]):
		return toks[k].lower
	case isReporting(toks[k]) && he(toks[k+1]):
		return toks[k+1].lower
	}
	return ""
}

// dropRepeatedFragments leaves out a quotation of the headline whose words
// the body quotes more fully from the same speaker ("Doe attacks
// ‘denial’" over "… their “state of denial” …"): the headline repeats
// the body's quotation, not words of its own.
func (d *document) dropRepeatedFragments() {
	words := make([]string, len(d.quoteOut)) // " w1 w2 … ", for whole-word containment
	head := make([]bool, len(d.quoteOut))
	for i, q := range d.quoteOut {
		words[i] = " " + strings.Join(quoteWords(q.Text), " ") + " "
		head[i] = d.inHeadline(d.sentenceAt(q.Start))
	}
	out := make([]Quote, 0, len(d.quoteOut))
	for i, q := range d.quoteOut {
		repeated := false
		for j, p := range d.quoteOut {
			if head[i] && !head[j] && p.Speaker == q.Speaker && strings.Contains(words[j], words[i]) {
				repeated = true
				break
			}
		}
		if !repeated {
			out = append(out, q)
		}
	}
	d.quoteOut = out
}

// quoteWords returns the lower-cased words of a quotation, punctuation
// left out.
func quoteWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// inHeadline reports whether sentence si is in the article's headline.
func (d *document) inHeadline(si int) bool {
	return si >= 0 && d.headline && d.sents[si].para == d.sents[0].para
}

// joinFragments joins the quoted fragments of one sentence that one
// speaker said into one quotation, the words between them left out
// ("called the plan “reckless” and “a waste of money”" gives "reckless …
// a waste of money"): the sentence quotes one statement of theirs.
func (d *document) joinFragments() {
	out := d.quoteOut[:0]
	for _, q := range d.quoteOut {
		if n := len(out); n > 0 {
			prev := &out[n-1]
			if prev.Speaker == q.Speaker && prev.End <= q.Start && d.sentenceAt(prev.Start) == d.sentenceAt(q.Start) && d.sentenceAt(q.Start) == d.sentenceAt(q.End-1) && !d.reportingBetween(prev.End, q.Start) {
				prev.Text += " … " + q.Text
				prev.End = q.End
				continue
			}
		}
		out = append(out, q)
	}
	d.quoteOut = out
}

// reportingBetween reports whether a reporting verb outside quotation
// marks stands between byte offsets start and end of one sentence: the
// words after it are a statement of their own ("…,” adding, “…”).
func (d *document) reportingBetween(start, end int) bool {
	si := d.sentenceAt(start)
	for _, t := range d.sents[si].toks {
		if t.Start >= start && t.End <= end && !t.quoted && isReporting(t) {
			return true
		}
	}
	return false
}

// skipAside returns the index of the first token after a short aside that
// follows a name at toks[j]: a party and state in brackets ("(D-Ohio)"),
// an age between commas (", 58,"), or appositions between commas that end
// right before a reporting verb (", the attorney general of Ohio, one of
// the states suing, said"); j itself when there is none.
func skipAside(toks []token, j int) int {
	switch {
	case j+2 < len(toks) && toks[j].text == "," && !isAge(toks[j+1].text):
		// The verb must follow a comma: "X, Y and Z said" is three
		// speakers, not one with an aside.
		for e := j + 2; e < len(toks) && e <= j+30; e++ {
			t := toks[e]
			// The apostrophe of "Jones’ campaign manager" is no
			// quotation mark.
			if t.quoted || isQuote(t.text) && !(isPossessive(t) && strings.HasSuffix(toks[e-1].lower, "s")) || t.text == ";" || t.text == ":" || t.text == "." || t.text == "(" {
				break
			}
			if isReporting(t) && toks[e-1].text == "," && e-1 > j+1 {
				return e
			}
		}
	case j < len(toks) && toks[j].text == "(":
		for e := j + 1; e < len(toks) && e <= j+6; e++ {
			if toks[e].quoted {
				return j
			}
			if toks[e].text == ")" {
				return e + 1
			}
		}
	case j+2 < len(toks) && toks[j].text == "," && toks[j+2].text == "," && isAge(toks[j+1].text):
		return j + 3
	}
	return j
}

// isAge reports whether s is a person's age: a number of one to three
// digits.
func isAge(s string) bool {
	return len(s) <= 3 && isDigits(s)
}

// lastByColon reports whether a sentence ends in a colon outside quotes.
func lastByColon(s sentence) bool {
	n := len(s.toks)
	return n > 0 && s.toks[n-1].text == ":" && !s.toks[n-1].quoted
}

// colonSpeaker is the speaker of a sentence that introduces a quotation
// with a colon: the subject of its last reporting verb, else its subject.
func (d *document) colonSpeaker(si int) ([]int, int) {
	toks := d.sents[si].toks
	var subj []int
	for v := len(toks) - 1; v >= 0; v-- {
		if isReporting(toks[v]) && !toks[v].quoted {
			subj = d.subjectOf(si, v)
			break
		}
	}
	if subj == nil {
		subj = d.mainSubject(si)
	}
	var out []int
	for _, mi := range subj {
		if h := d.appositionHolder(mi); h >= 0 {
			mi = h
		}
		if h := d.titlePlace(mi); h != mi {
			if h < 0 {
				continue
			}
			mi = h
		}
		if d.speakerOK(mi) {
			out = append(out, mi)
		}
	}
	return d.ents(out), si
}

// describedPerson returns the person named before an apposition that
// opens with the article at token k and whose first noun is the body of
// mention mi ("Sen. Tom Hale (R-Ohio), also a GOP presidential hopeful,
// called …", "Ana Ruiz, an Acme board member, said"): the body only
// qualifies the description of the one who speaks. It returns -1 when
// there is no such apposition.
func (d *document) describedPerson(mi, k int) int {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	e := m.end
	for e < len(toks) && e < m.end+4 && toks[e].word && !toks[e].quoted && (!toks[e].cap || toks[e].title) && !prepositions[toks[e].lower] && !isReporting(toks[e]) {
		e++
	}
	if e == m.end || e >= len(toks) || toks[e].text != "," {
		return -1
	}
	c := k - 1
	if c >= 0 && (toks[c].lower == "also" || toks[c].lower == "now") {
		c--
	}
	if c < 1 || toks[c].text != "," || toks[c].quoted {
		return -1
	}
	end := c
	if toks[end-1].text == ")" {
		// "Tom Hale (R-Ohio),"
		for end--; end > 0 && toks[end].text != "("; end-- {
		}
	}
	p := d.mentionEnding(m.sent, end)
	if p < 0 || !d.isPerson(p) || !d.speakerOK(p) {
		return -1
	}
	return p
}

// titlePlace returns the title's own mention when mention mi is a place
// that only completes a title before it ("the senator from Lima said",
// "the MP for Eastfold admitted"): the one who holds the title speaks,
// not the place. It returns -1 when that title names no one the article
// resolves, and mi itself when mi is no such place or when the title is a
// spokesman's, who speaks for the place.
func (d *document) titlePlace(mi int) int {
	m := &d.mentions[mi]
	if m.ent < 0 || !isLoc(d.entities[m.ent].typ) {
		return mi
	}
	toks := d.sents[m.sent].toks
	k := m.start - 1
	for k >= 0 && determiners[toks[k].lower] {
		k--
	}
	if k >= 0 && !toks[k].quoted && (toks[k].lower == "in" || toks[k].lower == "at" || toks[k].lower == "near") {
		return -1 // "Here in Lima, Hale said", "an actor in Lima, recalled": where, not who
	}
	if k < 1 || toks[k].quoted || !titlePreps[toks[k].lower] || !toks[k-1].title || voiceNouns[toks[k-1].lower] {
		return mi // "a spokesman for Lima" speaks for it
	}
	if t := d.mentionEnding(m.sent, k); t >= 0 && d.speakerOK(t) && d.isPerson(t) {
		return t
	}
	return -1
}

// onlyPersonBefore returns the mention of the one person that sentence si
// names before token v outside quotations and prepositional phrases, or
// -1 when it names none or several.
func (d *document) onlyPersonBefore(si, v int) int {
	found, ent := -1, -1
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.end > v || d.sents[si].toks[m.start].quoted || !d.isPerson(mi) || !d.speakerOK(mi) || d.precededByPrep(mi) {
			continue
		}
		if found >= 0 && m.ent != ent {
			return -1
		}
		found, ent = mi, m.ent
	}
	return found
}

// titlePreps join a title to the place it is held for ("senator from
// Lima", "MP for Eastfold", "mayor of Eastfold").
var titlePreps = set(`from for of`)

// appositionHolder returns the person named before a title whose body
// mention mi completes ("Jim Cole, the leader of the Eastfold Union,
// said", "Ana Ruiz, president and CEO of Lima Bakers, stated"): the one
// who holds the title speaks, not the body the title is of. It returns -1
// when mi completes no such title; a spokesman speaks for the body
// ("Jim Cole, a spokesman for Acme, said").
func (d *document) appositionHolder(mi int) int {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := m.start - 1
	if k >= 2 && (toks[k].lower == "a" || toks[k].lower == "an" || toks[k].lower == "the") && !toks[k].quoted {
		if p := d.describedPerson(mi, k); p >= 0 {
			return p
		}
	}
	for k >= 0 && determiners[toks[k].lower] {
		k--
	}
	if k < 2 || toks[k].quoted || toks[k].lower != "of" && toks[k].lower != "at" {
		return -1
	}
	h := k - 1
	if !toks[h].title || voiceNouns[toks[h].lower] || ownVoices[toks[h].lower] {
		return -1
	}
	c := h - 1
	for c >= 0 && c >= h-6 && (toks[c].title || determiners[toks[c].lower] || toks[c].lower == "and" || toks[c].lower == "former") && !toks[c].quoted {
		c--
	}
	if c < 1 || toks[c].text != "," || toks[c].quoted {
		return -1
	}
	p := d.mentionEnding(m.sent, c)
	if p < 0 || !d.isPerson(p) || !d.speakerOK(p) {
		return -1
	}
	return p
}

// speakerOf returns the entities that said the quoted span q, and the
// sentence the attribution was read from.
func (d *document) speakerOf(q quoteSpan) ([]int, int) {
	if d.inscribed(q) || d.unnamedSourceAfter(q) {
		return nil, unnamed
	}
	sp, si := d.speakerNear(q)
	if len(sp) == 0 && si != unnamed && si != unknownSpeaker {
		return d.trailingSpeaker(q)
	}
	return sp, si
}

// inscriptionNouns name things that bear written words: what a sign or
// a shirt "reads" is no one's speech, though the one who holds it or
// wears it is the subject of the clause.
var inscriptionNouns = set(`sign signs poster posters banner banners placard placards shirt shirts
t-shirt t-shirts blackboard blackboards whiteboard chalkboard billboard billboards sticker
stickers badge badges button buttons hat hats cap caps plaque plaques mural murals graffiti`)

// inscriptionVerbs give the words a sign bears: "a sign reading “…”", "a
// shirt that read “…”", "a placard saying “…”".
var inscriptionVerbs = set(`read reads reading said says saying proclaimed proclaiming declared declaring`)

// inscribed reports whether the quotation q is the text of a sign, a
// poster or a shirt right before it ("held a placard that read “…”",
// "a poster with a blackboard reading: “…”"): words written on a thing,
// not said by an actor, so that no one of the clause is their speaker.
// A sign its owner names is the owner's message, left to the other rules.
func (d *document) inscribed(q quoteSpan) bool {
	si := d.sentenceAt(q.Start)
	if si < 0 {
		return false
	}
	toks := d.sents[si].toks
	v := d.tokenAt(si, q.Start) - 1
	for v >= 0 && (isQuote(toks[v].text) || toks[v].text == ":" || toks[v].text == ",") {
		v--
	}
	if v < 1 || toks[v].quoted || !inscriptionVerbs[toks[v].lower] {
		return false
	}
	n := v - 1
	if n > 0 && (toks[n].lower == "that" || toks[n].lower == "which") {
		n--
	}
	if toks[n].quoted || !inscriptionNouns[toks[n].lower] {
		return false
	}
	// "the Acme sign read", "the Hale campaign's poster saying": the
	// owner named right before the thing put those words on it.
	if n > 0 && isPossessive(toks[n-1]) {
		n--
	}
	return d.mentionEnding(si, n) < 0
}

// unnamedSourceAfter reports whether the sentence of quotation q ends in
// an attribution to unnamed sources after a comma ("… a “tough meeting”
// where Jane Doe argued, party sources told the BBC."): what the sentence
// reports, the quoted words among it, is theirs, not its subject's,
// unless a verb of speech before the quotation makes them someone's.
func (d *document) unnamedSourceAfter(q quoteSpan) bool {
	si := d.sentenceAt(q.Start)
	if si < 0 || d.sentenceAt(q.End) != si {
		return false
	}
	toks := d.sents[si].toks
	for _, t := range toks[:d.tokenAt(si, q.Start)] {
		if !t.quoted && (isReporting(t) || t.lower == "called" || t.lower == "described") {
			return false // "Jane Doe called it “a disgrace”, aides said": hers
		}
	}
	after := d.tokenAt(si, q.End)
	for v := len(toks) - 1; v > after+1; v-- {
		if toks[v].quoted || !isReporting(toks[v]) {
			continue
		}
		group := false
		for c := v - 1; c > after; c-- {
			t := toks[c]
			switch {
			case t.text == ",":
				return group
			case t.quoted || t.cap || !t.word || d.mentionEnding(si, c+1) >= 0:
				return false
			case groupNouns[t.lower] || t.lower == "source":
				group = true
			}
		}
		return false
	}
	return false
}

// trailingSpeaker reads the speaker of a sentence that ends in ", he
// said." or ", Smith suggested." when a quotation stands inside it:
// "Chile was “ready to act” on the matter, she argued."
func (d *document) trailingSpeaker(q quoteSpan) ([]int, int) {
	si := d.sentenceAt(q.Start)
	if si < 0 || d.sentenceAt(q.End) != si {
		return nil, -1
	}
	toks := d.sents[si].toks
	n := len(toks)
	if n > 0 && (toks[n-1].text == "." || isQuote(toks[n-1].text)) {
		n--
	}
	if n < 3 || toks[n-1].quoted || !isReporting(toks[n-1]) {
		return nil, -1
	}
	mi := d.mentionEnding(si, n-1)
	if mi < 0 || !d.speakerOK(mi) || !d.isPerson(mi) {
		return nil, -1
	}
	if s := d.mentions[mi].start; s == 0 || toks[s-1].text != "," || toks[s-1].quoted {
		return nil, -1
	}
	return d.ents([]int{mi}), si
}

// speakerNear finds the speaker of a quotation from the words next to it.
func (d *document) speakerNear(q quoteSpan) ([]int, int) {
	// After the quotation: ", Smith said", ", he added", ", said Smith".
	if si := d.sentenceAt(q.End); si >= 0 {
		toks := d.sents[si].toks
		k := d.tokenAt(si, q.End)
		dash := false
		for k < len(toks) && (isQuote(toks[k].text) || toks[k].text == "," || isDash(toks[k].text)) {
			dash = dash || isDash(toks[k].text)
			k++
		}
		if k == len(toks) && si+1 < len(d.sents) && d.sents[si+1].para == d.sents[si].para && openEnded(d.text[q.Start:q.End]) {
			// "“Why now?” Hale asked.": the sentence ended at the
			// question mark, and the attribution opens the next one.
			si, toks, k = si+1, d.sents[si+1].toks, 0
		}
		if k < len(toks) && !toks[k].quoted && dash {
			// "…" — Jane Doe
			if mi := d.headAt(si, k); mi >= 0 && d.speakerOK(mi) && d.entities[d.mentions[mi].ent].typ == schema.Person {
				if e := d.mentions[mi].end; e >= len(toks) || toks[e].text == "." || toks[e].text == "," {
					return d.ents([]int{mi}), si
				}
			}
		}
		if k+2 < len(toks) && !toks[k].quoted && toks[k].lower == "according" && toks[k+1].lower == "to" {
			// "…,” according to Jane Doe.
			if mi := d.headAt(si, k+2); mi >= 0 && d.speakerOK(mi) {
				return d.ents([]int{mi}), si
			}
			return nil, -1
		}
		if k < len(toks) && !toks[k].quoted {
			if isReporting(toks[k]) && !(k+1 < len(toks) && toks[k+1].lower == "that") && !isParticiple(toks[k].lower) {
				// "said Smith", "said the minister"; not "…” suggests
				// that Leeds …", where "that" opens a clause of its own
				// whose subject said nothing.
				j := k + 1
				for j < len(toks) && determiners[toks[j].lower] {
					j++
				}
				mi := d.headAt(si, j)
				if mi >= 0 {
					if mi = d.placeQualifier(mi); mi == unnamed {
						return nil, unnamed // "said the Eastfold athlete"
					}
				}
				if mi >= 0 && d.speakerOK(mi) {
					return d.ents(d.coordinatedRight(mi)), si
				} else if mi >= 0 && d.unknownPronoun(mi) {
					return nil, unknownSpeaker // "said he", "he" resolved to no one
				}
				if j < len(toks) && (toks[j].title || personNouns[toks[j].lower] || j > k+1) && !isParticiple(toks[k].lower) {
					// "said a spokesman", but not "…," adding that …: the
					// subject of the clause before.
					return nil, unnamed // "said a spokesman": an unnamed source
				}
			} else if mi := d.headAt(si, k); mi >= 0 || determiners[toks[k].lower] {
				// "Smith said", "the minister said", "he added"
				j := k
				if mi >= 0 {
					j = skipAside(toks, d.mentions[mi].end)
					if e := d.mentions[mi].end; d.mentions[mi].possessive && e+1 < len(toks) && voiceNouns[toks[e+1].lower] {
						// "…,” Jane Doe's campaign said: her voice.
						for j = e + 1; j < len(toks) && voiceNouns[toks[j].lower]; j++ {
						}
					}
				} else {
					for j < len(toks) && !isReporting(toks[j]) && j < k+4 {
						j++
					}
				}
				for j < len(toks) && adverbs[toks[j].lower] {
					j++
				}
				if j < len(toks) && isReporting(toks[j]) {
					if mi >= 0 && d.speakerOK(mi) {
						return d.ents(d.coordinated(mi)), si
					}
					if mi >= 0 && d.unknownPronoun(mi) {
						return nil, unknownSpeaker // "he added", "he" resolved to no one
					}
					if mi < 0 {
						if e := d.mentionEnding(si, j); e >= 0 && d.speakerOK(e) {
							return d.ents([]int{e}), si
						}
						return nil, unnamed // "the statement read": an unnamed source
					}
				}
			}
		}
	}
	if sp, si := d.parseSpeakerAfter(q); len(sp) > 0 {
		return sp, si
	}
	// Before the quotation: the nearest reporting verb to its left in the
	// same sentence, and that verb's subject.
	si := d.sentenceAt(q.Start)
	if si < 0 {
		return nil, -1
	}
	toks := d.sents[si].toks
	k := d.tokenAt(si, q.Start)
	if sp := d.colonIntro(si, k); sp != nil {
		return sp, si
	}
	for v := k - 1; v >= 0; v-- {
		t := toks[v]
		if t.quoted {
			continue
		}
		if !isReporting(t) && !(t.lower == "to" && v > 0 && toks[v-1].lower == "according") {
			continue
		}
		if end := d.openingClauseEnd(si); end > 0 && v < end && wordBetween(toks, end, k) {
			// "After Tom Hale asked about it, the firm became
			// “agitated”": the verb of a clause that tells when or
			// why reports none of the main clause's words; the main
			// clause's subject may ("When Tom Hale asked, Ana Ruiz
			// shot back: “…”").
			if mi := d.mainClauseSpeaker(si, end, k); mi >= 0 {
				return d.ents([]int{mi}), si
			}
			return nil, -1
		}
		if strings.HasSuffix(t.lower, "s") && v > 0 && v+1 < k && toks[v+1].lower == "that" && (isReporting(toks[v-1]) || prepositions[toks[v-1].lower]) && !toks[v-1].quoted {
			// "dismissed claims that his plan was “…”", "amid
			// suggestions that …": the words of those who claim, not
			// of the one who dismissed them.
			return nil, -1
		}
		if strings.HasSuffix(t.lower, "s") && (v == 0 && d.headAt(si, 1) < 0 || v > 0 && (isPossessive(toks[v-1]) || determiners[toks[v-1].lower] || prepositions[toks[v-1].lower])) {
			// "Smith's comments were …", "the claims", "amid claims
			// that", "Questions linger over …": a noun; but "Observes
			// Smith: …" puts the verb first.
			continue
		}
		if t.lower == "to" {
			if mi := d.headAt(si, v+1); mi >= 0 && d.speakerOK(mi) {
				return d.ents([]int{mi}), si
			}
			continue
		}
		if negatedReport(toks, v) {
			// "refused to say the words “…”", "would not call it
			// “…”": the subject did not say them; a verb before may
			// report who did.
			continue
		}
		// "claims from X", "described as … by X": the speaker follows.
		if v+1 < len(toks) && (toks[v+1].lower == "from" || toks[v+1].lower == "by") {
			if mi := d.headAt(si, v+2); mi >= 0 && d.speakerOK(mi) {
				return d.ents([]int{mi}), si
			}
		}
		if mi := d.agentAfter(q, si, v, k); mi >= 0 {
			return d.ents([]int{mi}), si
		}
		if v > 0 && passiveAux[toks[v-1].lower] && !isParticiple(t.lower) {
			// A passive reporting verb ("was described", not "is
			// telling"): the speaker is the agent after "by", if any,
			// never the subject.
			for k := v + 1; k+1 < len(toks); k++ {
				if toks[k].lower == "by" && !toks[k].quoted {
					if mi := d.headAt(si, k+1); mi >= 0 && d.speakerOK(mi) {
						return d.ents([]int{mi}), si
					}
				}
			}
			return nil, -1
		}
		// "his comments hinting at “…”": the person named before.
		for u := v - 1; u >= 0 && u >= v-3; u-- {
			if d.mentionEnding(si, u+1) >= 0 {
				break
			}
			if w := toks[u].lower; w == "his" || w == "her" {
				for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
					if m := &d.mentions[mi]; m.end <= u && d.isPerson(mi) && m.kind == byName && !toks[m.start].quoted {
						return d.ents([]int{mi}), si
					}
				}
				break
			}
		}
		if mi := d.voiceOwner(si, v); mi >= 0 {
			return d.ents([]int{mi}), si
		}
		if d.indefiniteSubject(si, v) {
			// "…, a man yelled “…”": the one right before the verb,
			// not a name of the clause before it.
			return nil, unnamed
		}
		subj := d.subjectOf(si, v)
		var out []int
		owner, place := false, false
		for _, mi := range subj {
			if d.possessorNotVoice(si, mi, v) {
				// "Jane Doe's family said": someone of hers, unnamed
				// (her spokesman or campaign is voiceOwner's).
				owner = true
				continue
			}
			if h := d.appositionHolder(mi); h >= 0 {
				mi = h
			}
			if h := d.titlePlace(mi); h != mi {
				if h < 0 {
					place = true
					continue
				}
				mi = h
			}
			if d.speakerOK(mi) {
				out = append(out, mi)
			}
		}
		if len(out) == 0 && place {
			// "Here in Lima, Hale stepped up his attacks, saying":
			// the one person the clause names.
			if p := d.onlyPersonBefore(si, v); p >= 0 {
				out = append(out, p)
			}
		}
		if len(out) > 0 {
			return d.ents(out), si
		}
		if owner {
			return nil, unnamed
		}
		if v > 1 && toks[v-1].lower == "which" && !toks[v-1].quoted && toks[v-2].text != "," && t.lower != "read" && t.lower != "reads" {
			// "a report which branded the law “a muddle”": the words of
			// a thing the clause names, not of the speaker of the
			// verb before it; but "added a caption which reads “…”"
			// gives the words of the one who added it.
			return nil, -1
		}
		if v > 0 && relatives[toks[v-1].lower] && !toks[v-1].quoted {
			// "…, saying anybody who complains is “…”", "told a
			// voter who asked that “…”": a verb of a relative clause
			// whose antecedent is no actor reports no speech of its
			// own; the verb before it may.
			continue
		}
		return nil, -1
	}
	return nil, -1
}

// placeQualifier reads a place or a body named before the words that say
// who speaks ("said Lima race director Tom Hale", "said Acme survey
// chairman Jim Cole", "said the Eastfold athlete"): it returns the person
// named after those words, or, for a place, unnamed when none is, since
// the place only qualifies them; mi itself when mi is neither, when no
// such words follow it ("said Lima in a statement") or when a body's
// words name no one ("said an Acme statement").
func (d *document) placeQualifier(mi int) int {
	m := &d.mentions[mi]
	if m.ent < 0 || !isLoc(d.entities[m.ent].typ) && d.entities[m.ent].typ != schema.Organization {
		return mi
	}
	toks := d.sents[m.sent].toks
	k := m.end
	for ; k < len(toks) && k < m.end+4; k++ {
		t := toks[k]
		if p := d.mentionStarting(m.sent, k); p >= 0 && k > m.end {
			if d.isPerson(p) && d.speakerOK(p) {
				return p
			}
			return mi
		}
		if t.quoted || !t.word || t.cap && !t.title && !honorifics[t.lower] || prepositions[t.lower] || determiners[t.lower] || t.lower == "and" || isReporting(t) {
			break
		}
	}
	if k == m.end || !isLoc(d.entities[m.ent].typ) {
		return mi
	}
	if k == len(toks) || toks[k].text == "." || toks[k].text == "," {
		return unnamed
	}
	return mi
}

// negatedReport reports whether the reporting verb at toks[v] is denied
// by the words right before it: "refused to say", "declined to call",
// "would not use", "never called".
func negatedReport(toks []token, v int) bool {
	if v > 0 && !toks[v-1].quoted && (toks[v-1].lower == "not" || toks[v-1].lower == "never" || toks[v-1].lower == "n't" || toks[v-1].lower == "n’t") {
		return true
	}
	return v > 1 && toks[v-1].lower == "to" && refusals[toks[v-2].lower] && !toks[v-2].quoted
}

// refusals are verbs whose subject declines to do what the verb after
// "to" says.
var refusals = set(`refused refuses refusing declined declines declining`)

// possessorNotVoice reports whether subject mention mi of the reporting
// verb at v only owns the one who speaks, someone who does not speak for
// it ("Jane Doe's family said", "Doe's relatives say"), unlike her
// campaign, spokesman, statement or lawyers (voiceNouns, ownVoices) and
// unlike a name that ends in "'s" right before the verb ("Foster's said").
func (d *document) possessorNotVoice(si, mi, v int) bool {
	m := &d.mentions[mi]
	if !d.possessorSubject(si, mi, v) || m.end+1 >= v {
		return false
	}
	toks := d.sents[si].toks
	for k := m.end + 1; k < v && k <= m.end+3; k++ {
		if voiceNouns[toks[k].lower] || ownVoices[toks[k].lower] {
			return false
		}
	}
	return true
}

// ownVoices are what speaks for its owner besides voiceNouns: "Jane Doe's
// statement said", "Doe's lawyers argued".
var ownVoices = set(`statement statements lawyer lawyers attorney attorneys counsel press release website
spokesmen spokeswomen`)

// relatives are the relative pronouns that open a clause inside a noun
// phrase ("anybody who complains").
var relatives = set(`who that which whom`)

// voiceNouns name those who speak for an actor: "Jane Doe's campaign
// said", "the Doe campaign said", "her spokesman said".
var voiceNouns = union(spokesNouns, set(`campaign camp office aides team`))

// voiceQualifiers stand between an owner and the voice that speaks for
// them: "Jane Doe's official spokesman", "her chief spokeswoman".
var voiceQualifiers = set(`official chief senior deputy press`)

// spokesNouns name one who speaks for a body or a person.
var spokesNouns = set(`spokesman spokeswoman spokesperson`)

// voiceOwner returns the actor whose spokesman, campaign or office is the
// subject right before the reporting verb at v ("Jane Doe's campaign
// said", "the Doe campaign said"), or -1: such quotations are given to
// the one they speak for, as those of a body's unnamed spokesman are to
// the body.
func (d *document) voiceOwner(si, v int) int {
	toks := d.sents[si].toks
	k := v - 1
	for k >= 0 && adverbs[toks[k].lower] {
		k--
	}
	n := 0
	for ; k >= 0 && voiceNouns[toks[k].lower] && !toks[k].quoted; k-- {
		n++
	}
	for n > 0 && k >= 0 && voiceQualifiers[toks[k].lower] && !toks[k].quoted {
		k-- // "Jane Doe's official spokesman said"
	}
	if n == 0 || k < 0 {
		return -1
	}
	mi := d.mentionEnding(si, k+1)
	if isPossessive(toks[k]) {
		mi = d.mentionEnding(si, k)
	}
	if mi < 0 || d.mentions[mi].kind != byName || !d.speakerOK(mi) {
		return -1
	}
	return mi
}

// indefiniteSubject reports whether the verb at v follows an indefinite
// noun phrase that names a person without naming them ("a former
// presenter said", "an official added"): an unnamed source. One that
// names a body ("a State Department official said") speaks for it, and
// one followed by another subject ("an activist as she said") is none.
func (d *document) indefiniteSubject(si, v int) bool {
	toks := d.sents[si].toks
	person := false
	for k, words := v-1, 0; k >= 0 && words < 5; k, words = k-1, words+1 {
		if p := d.placePhraseEnding(si, k); p >= 0 {
			// "a woman in Leeds, Yorkshire, told": where the unnamed
			// person is from.
			k = p
		}
		t := toks[k]
		switch {
		case t.quoted || !t.word || d.mentionStarting(si, k) >= 0:
			return false
		case t.lower == "a" || t.lower == "an":
			// "Jane Doe, a salesman from Leeds, Yorkshire, says": an
			// apposition to the name before it.
			return person && !(k >= 2 && toks[k-1].text == "," && d.mentionEnding(si, k-1) >= 0)
		case personNouns[t.lower] || t.title || descriptionHead(t):
			person = true
		}
	}
	return false
}

// placePhraseEnding returns the preposition's token of a phrase that
// names places and ends at token k ("in Leeds", "in Leeds, Yorkshire,"),
// or -1.
func (d *document) placePhraseEnding(si, k int) int {
	toks := d.sents[si].toks
	found := false
	for k >= 0 {
		if toks[k].text == "," && !toks[k].quoted {
			k--
			continue
		}
		mi := d.mentionEnding(si, k+1)
		if mi < 0 || d.mentions[mi].ent < 0 || !isLoc(d.entities[d.mentions[mi].ent].typ) {
			break
		}
		found = true
		k = d.mentions[mi].start - 1
	}
	if !found || k < 0 || !placePreps[toks[k].lower] || toks[k].quoted {
		return -1
	}
	return k
}

// speakerOK reports whether the mention names an actor that can speak.
func (d *document) speakerOK(mi int) bool {
	m := &d.mentions[mi]
	if m.ent < 0 || m.kind == byAdjective {
		return false
	}
	return d.entities[m.ent].typ != schema.Event
}

// coordinatedRight returns mi with the mentions joined to it by "and" on
// its right.
func (d *document) coordinatedRight(mi int) []int {
	out := []int{mi}
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := m.end
	for k < len(toks) && toks[k].lower == "and" {
		n := d.mentionStarting(m.sent, k+1)
		if n < 0 || !d.speakerOK(n) {
			break
		}
		out = append(out, n)
		k = d.mentions[n].end
	}
	return out
}

// ents maps mentions to their entities, without repeats.
func (d *document) ents(ms []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, mi := range ms {
		e := d.mentions[mi].ent
		if e >= 0 && !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

func isDash(s string) bool {
	switch s {
	case "—", "–", "―", "-", "--":
		return true
	}
	return false
}

// reportedSpeaker is the subject of a reporting verb of sentence si that
// reports speech without quoting it ("X said the talks had failed"), or
// nil.
func (d *document) reportedSpeaker(si int) ([]int, int) {
	if v := d.reportingVerb(si); v >= 0 {
		var out []int
		for _, mi := range d.subjectOf(si, v) {
			if d.speakerOK(mi) {
				out = append(out, mi)
			}
		}
		if len(out) > 0 {
			return d.ents(out), si
		}
	}
	return nil, -1
}

// afterUnknownReporter reports whether mention mi of sentence si stands
// after a reporting verb that follows a title or pronoun naming no one
// the article names ("…,” the president told Jane Doe."): Jane Doe is
// the one told, and the quotation after the sentence is the unknown
// speaker's. A name before the verb ("Doe defends his record: “…,” the
// senator says") is the one the title stands for.
func (d *document) afterUnknownReporter(si, mi int) bool {
	v := d.reportingVerb(si)
	if v < 0 || d.mentions[mi].start < v {
		return false
	}
	r := d.mentionEnding(si, v)
	return r >= 0 && d.mentions[r].ent < 0 && (d.mentions[r].kind == byTitle || d.mentions[r].kind == byPronoun)
}

// reportingVerb returns the first finite reporting verb of sentence si
// outside quotations, or -1.
func (d *document) reportingVerb(si int) int {
	for v, t := range d.sents[si].toks {
		if !t.quoted && isReporting(t) && !isParticiple(t.lower) {
			return v
		}
	}
	return -1
}

// opensSentence reports whether the quotation starting at off opens
// sentence si (after at most its quotation mark).
func (d *document) opensSentence(si, off int) bool {
	return d.tokenAt(si, off) <= 1
}

// openEnded reports whether a quotation ends in a mark that does not end
// a sentence of reported speech ("?", "!", ",", a dash or an ellipsis), so
// that an attribution may follow it.
func openEnded(quote string) bool {
	quote = strings.TrimRightFunc(quote, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(quoteRunes, r) })
	r, _ := utf8.DecodeLastRuneInString(quote)
	return strings.ContainsRune("?!,—–…", r)
}

// titleOfWork reports whether quoted words are the title of a show, book
// or slogan rather than speech: two to six words, all capitalised but for
// small function words after the first ("Morning Joe", "All Bets Are
// Off").
func titleOfWork(s string) bool {
	w := strings.Fields(s)
	// A title opens with a capital: "the Eastfolders" is a phrase.
	return len(w) >= 2 && len(w) <= 6 && titleCase(w) && !runFunctionWords[w[0]]
}

// titleCase reports whether every word of w is capitalised but for small
// function words ("All Bets Are Off"), an opening bracket before a word
// aside, and numbers count as capitalised ("Ode to Rain (42 Days)",
// "Route 66 Nights").
func titleCase(w []string) bool {
	for _, x := range w {
		x = strings.TrimLeft(x, "([{")
		if !firstIsUpper(x) && !runFunctionWords[strings.ToLower(x)] && !numberWord(x) {
			return false
		}
	}
	return true
}

// numberWord reports whether a word of a title is a number, punctuation
// after it aside ("42", "9/11", "66,").
func numberWord(x string) bool {
	x = strings.TrimRight(x, ")]},.:;!?’'\"”")
	if x == "" {
		return false
	}
	for _, r := range x {
		if !unicode.IsDigit(r) && r != '/' && r != '.' && r != ',' {
			return false
		}
	}
	return unicode.IsDigit(firstRune(x))
}

// namesThing reports whether the quoted words name the thing the noun
// after the closing mark is ("a “Commander-In-Chief” forum", "his “Make
// Peace” tour"): words in title case, no more than six, before a noun of
// an event, a work or a campaign, are its name, not speech.
func (d *document) namesThing(q quoteSpan) bool {
	w := strings.Fields(d.text[q.Start:q.End])
	if len(w) == 0 || len(w) > 6 || !titleCase(w) {
		return false
	}
	rest := strings.TrimLeft(d.text[q.End:], "”\"’' ")
	next := strings.ToLower(strings.TrimRightFunc(strings.SplitN(rest+" ", " ", 2)[0], unicode.IsPunct))
	return namedThings[next]
}

// namedAsTitle reports whether the quoted words follow a word that makes
// them a slogan or a title ("the slogan “Eastfold Works”", "with the
// motto: “…”", "an advert titled “Danger,”", "a column entitled “…”"):
// the name of a thing, not speech, whatever its case.
func (d *document) namedAsTitle(q quoteSpan) bool {
	si := d.sentenceAt(q.Start)
	if si < 0 {
		return false
	}
	toks := d.sents[si].toks
	k := d.tokenAt(si, q.Start) - 1
	for k >= 0 && (isQuote(toks[k].text) || toks[k].text == ":" || toks[k].text == ",") {
		k--
	}
	return k >= 0 && !toks[k].quoted && titleWords[toks[k].lower]
}

// titleWords make the quotation after them a slogan or a title.
var titleWords = set(`slogan slogans motto mottos catchphrase tagline hashtag titled entitled headlined`)

// namedThings are nouns of events, works and campaigns that a quoted
// name can stand before.
var namedThings = set(`forum debate event show program programme tour rally campaign initiative
plan act bill movement slogan hashtag series summit conference festival award ad advert video
documentary film movie book song album speech segment party`)

// passiveAux before a participle make it passive ("was described").
var passiveAux = set(`been was were is are be being`)

// colonIntro reads "He went on: “…”", where no reporting verb introduces
// the quotation but a colon does: the subject of the clause before the
// colon.
func (d *document) colonIntro(si, k int) []int {
	toks := d.sents[si].toks
	c := k - 1
	for c >= 0 && isQuote(toks[c].text) {
		c--
	}
	if c < 1 || toks[c].text != ":" {
		return nil
	}
	for v := c - 1; v >= 0; v-- {
		if isReporting(toks[v]) {
			return nil // the verb rule reads it
		}
	}
	var out []int
	for _, mi := range d.subjectOf(si, c) {
		if d.speakerOK(mi) && d.isPerson(mi) {
			out = append(out, mi)
		}
	}
	return d.ents(out)
}

// unnamed is the sentence index speakerOf returns for a quotation it
// attributes to an unnamed source ("a spokesman said").
const unnamed = -2

// unknownSpeaker is the sentence index speakerOf returns for a quotation
// attributed to a pronoun that resolveAnaphora linked to no one ("“…,” he
// added"): its speaker is someone, but none that the sentences around
// it name as the quotation's own attribution would.
const unknownSpeaker = -3

// unknownPronoun reports whether mention mi is a pronoun that
// resolveAnaphora linked to no one.
func (d *document) unknownPronoun(mi int) bool {
	m := &d.mentions[mi]
	return m.ent < 0 && m.kind == byPronoun
}

// parseSpeakerAfter reads with the parse the attribution after a
// quotation that the word-order rules above do not: one where more than
// adverbs stand between the speaker and the verb ("…," Rep. Jane Doe
// (D-Wis.) said; "…," Jane Doe, 25, said; "…," Jane Doe, the attorney
// general of Ohio, said) or before the speaker ("…," said 9/11 widow Jane
// Doe). It takes the first reporting verb of the rest of the sentence,
// before any other quotation, and returns its subject if the parse names
// one after the quotation.
func (d *document) parseSpeakerAfter(q quoteSpan) ([]int, int) {
	if d.parse == nil {
		return nil, -1
	}
	si := d.sentenceAt(q.End)
	if si < 0 || d.unfinished(si) {
		return nil, -1
	}
	toks := d.sents[si].toks
	k := d.tokenAt(si, q.End)
	for k < len(toks) && (isQuote(toks[k].text) || toks[k].text == ",") {
		k++
	}
	for v := k; v < len(toks) && v < k+30; v++ {
		t := toks[v]
		// A stop inside the sentence ends an abbreviation ("(R-Fla.)").
		if t.quoted || isQuote(t.text) || t.text == ";" {
			return nil, -1
		}
		if subordinators[t.lower] && (v == k || t.lower != "as" && d.headAt(si, v+1) >= 0) {
			// "“…,” when X objected", "… a “cheap smear” over her
			// record while X suggests …": a clause of its own, whose
			// subject did not say the quotation.
			return nil, -1
		}
		if !isReporting(t) {
			continue
		}
		c, ok := d.depSubject(si, v)
		if !ok || c.passive || len(c.ms) == 0 {
			return nil, -1
		}
		var out []int
		for _, mi := range c.ms {
			if d.mentions[mi].start >= k && d.speakerOK(mi) && !d.precededByPrep(mi) {
				out = append(out, mi)
			}
		}
		return d.ents(out), si
	}
	return nil, -1
}

// subordinators open a clause that tells when or why, not who spoke.
var subordinators = set(`when while because after before since although though if unless as until whereas`)

// mainClauseSpeaker returns the person named first in the main clause
// that starts at token from of sentence si when a verb of one to three
// words and a comma or colon follow the name right before the quotation
// at token k ("…, Ana Ruiz shot back: “…”", "…, Tom Hale replied
// coolly, “…”"), or -1.
func (d *document) mainClauseSpeaker(si, from, k int) int {
	toks := d.sents[si].toks
	mi := d.headAt(si, from)
	if mi < 0 || !d.isPerson(mi) || !d.speakerOK(mi) {
		return -1
	}
	e := d.mentions[mi].end
	p := k - 1
	for p > e && isQuote(toks[p].text) {
		p--
	}
	if p <= e || toks[p].text != "," && toks[p].text != ":" || p-e > 3 {
		return -1
	}
	for _, t := range toks[e:p] {
		if !t.word || t.cap || t.quoted {
			return -1
		}
	}
	return mi
}

// wordBetween reports whether a word stands among toks[from:to]: a
// comma right before a quotation may end a clause that a dash broke
// ("When Tom Hale noted that — as he had before — Ana Ruiz said, “…”"),
// which tells no main clause apart.
func wordBetween(toks []token, from, to int) bool {
	if from >= to || to > len(toks) {
		return false
	}
	for _, t := range toks[from:to] {
		if t.word && !t.quoted {
			return true
		}
	}
	return false
}

// agentAfter returns the agent named by "by" right after quotation q
// when the reporting verb at token v of sentence si is a past participle
// that the quotation follows at token k, with or without "as" between
// ("a plan often labelled as “a muddle” by Ana Ruiz", "chains branded
// “a waste” by the Eastfold council"): a passive with no auxiliary, whose
// speaker is that agent, not the subject; or -1.
func (d *document) agentAfter(q quoteSpan, si, v, k int) int {
	toks := d.sents[si].toks
	if !strings.HasSuffix(toks[v].lower, "ed") {
		return -1
	}
	j := v + 1
	if j < len(toks) && toks[j].lower == "as" {
		j++
	}
	if j < k && (toks[j].lower == "a" || toks[j].lower == "an") {
		j++ // "labelled as a “muddle” by …"
	}
	for j < k && isQuote(toks[j].text) {
		j++
	}
	if j != k || d.sentenceAt(q.End) != si {
		return -1
	}
	e := d.tokenAt(si, q.End)
	for e < len(toks) && (isQuote(toks[e].text) || toks[e].text == ",") {
		e++
	}
	if e+1 >= len(toks) || toks[e].lower != "by" || toks[e].quoted {
		return -1
	}
	if mi := d.headAt(si, e+1); mi >= 0 && d.speakerOK(mi) {
		return mi
	}
	return -1
}
