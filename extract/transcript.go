package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/extract/lexicon"
	"newsgraph/schema"
)

// Speaker labels: a paragraph that opens with a person's name and a colon
// gives the words after the colon to that person. Interview transcripts
// write the name in capitals ("HALE: Well, look, …"), live blogs and
// headlines as a name ("Ruiz: ‘We will not back down’"). The label is read
// only when it names a person of the article and nothing else stands
// before the colon, so that "Update:", "Analysis:" or "Subs:" are not
// speakers; in a transcript, a label in capitals that recurs names a
// person of its own (addTranscriptSpeakers).

// labelMinWords is the least number of words after a label for a
// paragraph without quotation marks to count as speech: shorter ones are
// list entries ("Ruiz: 46.") or captions.
const labelMinWords = 5

// labelled is a paragraph opened by a speaker label.
type labelled struct {
	para    int
	speaker int  // entity
	start   int  // byte offset of the first word after the colon
	end     int  // byte offset of the end of the paragraph
	whole   bool // the words after the colon are the quotation, not the quoted spans in them
}

// speakerLabels finds the paragraphs that open with a speaker label.
// headline tells whether the first paragraph is the article's headline,
// whose words after the label are only speech where they are quoted.
func (d *document) speakerLabels(headline bool) []labelled {
	d.addTranscriptSpeakers()
	var out []labelled
	for si := range d.sents {
		s := d.sents[si]
		if si > 0 && d.sents[si-1].para == s.para {
			continue
		}
		c, e := d.labelAt(si)
		if c < 0 {
			continue
		}
		end := si
		for end+1 < len(d.sents) && d.sents[end+1].para == s.para {
			end++
		}
		l := labelled{para: s.para, speaker: e, start: -1, end: d.sents[end].End}
		for k := si; k <= end && l.start < 0; k++ {
			for ti, t := range d.sents[k].toks {
				if (k > si || ti > c) && !isQuote(t.text) {
					l.start = t.Start
					break
				}
			}
		}
		if l.start < 0 {
			continue
		}
		rest := d.text[l.start:l.end]
		quoted := false
		for _, q := range d.quotes {
			if q.Start >= l.start && q.Start < l.end {
				quoted = true
			}
		}
		// A quotation that opens before the label ("“HALE: …") is the
		// whole paragraph, label and all.
		opened := len(s.toks) > 0 && isQuote(s.toks[0].text)
		switch {
		case opened:
			l.whole = true
		case quoted:
		case headline && s.para == d.sents[0].para, len(strings.Fields(rest)) < labelMinWords:
			continue
		default:
			l.whole = true
		}
		out = append(out, l)
	}
	return out
}

// addTranscriptSpeakers adds the persons a transcript names only by its
// speaker labels: a word in capitals before a colon ("HOST: …") that opens
// two paragraphs or more of an article where another label in capitals
// names a person of the article. An interviewer is often named nowhere
// else, and the transcript around the label shows it is one.
func (d *document) addTranscriptSpeakers() {
	type first struct{ si, k int }
	unknown := map[string]int{}
	at := map[string]first{}
	known := false
	for si := range d.sents {
		if si > 0 && d.sents[si-1].para == d.sents[si].para {
			continue
		}
		toks := d.sents[si].toks
		if _, e := d.labelAt(si); e >= 0 {
			for _, t := range toks {
				if t.text == ":" {
					break
				}
				known = known || capsWord(t.text)
			}
			continue
		}
		k := 0
		for k < len(toks) && isQuote(toks[k].text) {
			k++
		}
		if k+2 >= len(toks) || toks[k+1].text != ":" || !capsWord(toks[k].text) || !isLetters(toks[k].text) {
			continue
		}
		w := toks[k].text
		if lw := strings.ToLower(w); len(w) < 3 || d.lowerWords[lw] || labelWords[lw] || honorifics[lw] || personNouns[lw] || lexicon.Default().Title(lw) {
			continue
		}
		if _, ok := lexicon.Default().Name(w); ok {
			continue
		}
		if unknown[w] == 0 {
			at[w] = first{si, k}
		}
		unknown[w]++
	}
	if !known {
		return
	}
	for _, w := range slices.Sorted(maps.Keys(unknown)) {
		if unknown[w] < 2 {
			continue
		}
		r, size := utf8.DecodeRuneInString(w)
		name := string(r) + strings.ToLower(w[size:])
		d.entities = append(d.entities, &entity{name: name, typ: schema.Person, forms: map[string]bool{name: true}, country: -1, tokens: nameWords(name)})
		// The label's mention, out of text order after all the others:
		// only the result, which lists the entity, reads it.
		f := at[w]
		d.mentions = append(d.mentions, mention{sent: f.si, start: f.k, end: f.k + 1, kind: byName, typ: schema.Person, strong: true, text: w, ent: len(d.entities) - 1})
	}
}

// labelWords open paragraphs with a colon without naming a speaker.
var labelWords = set(`update updated watch related breaking note editor correction video photo photos
source sources transcript question answer read more see also live analysis opinion warning`)

// isLetters reports whether s is made of letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// labelAt reads a speaker label at the start of sentence si: up to five
// capitalised words before a colon, after an opening quotation mark if
// any, that end in the surname of exactly one person of the article (and
// hold only words of that person's name, honorifics aside), or that are
// one name mention of a person. It returns the colon's
// token and the person's entity, or -1, -1.
func (d *document) labelAt(si int) (int, int) {
	toks := d.sents[si].toks
	k := 0
	for k < len(toks) && isQuote(toks[k].text) {
		k++
	}
	c := k
	for c < len(toks) && c < k+5 && toks[c].text != ":" {
		if !toks[c].word && toks[c].text != "." {
			return -1, -1
		}
		c++
	}
	if c == k || c >= len(toks) || toks[c].text != ":" || c+1 >= len(toks) {
		return -1, -1
	}
	var words []string
	caps := true
	for _, t := range toks[k:c] {
		if t.text == "." {
			continue
		}
		if !t.cap {
			return -1, -1
		}
		caps = caps && capsWord(t.text)
		w := strings.TrimSuffix(t.lower, ".")
		if honorifics[w] || honorifics[t.lower] {
			continue
		}
		words = append(words, w)
	}
	if len(words) == 0 {
		return -1, -1
	}
	if e := d.personBySurname(words); e >= 0 {
		return c, e
	}
	if caps {
		return -1, -1 // no one, or more than one person, of that name
	}
	// "Ruiz:" where the article calls her "the mayor" elsewhere: the
	// label's own mention.
	if mi := d.mentionStarting(si, k); mi >= 0 {
		if m := &d.mentions[mi]; m.end == c && m.kind == byName && d.isPerson(mi) && d.speakerOK(mi) {
			return c, m.ent
		}
	}
	return -1, -1
}

// personBySurname returns the only person entity whose name ends in the
// last of words and holds the others, or -1.
func (d *document) personBySurname(words []string) int {
	found := -1
	for e, ent := range d.entities {
		if ent.typ != schema.Person || len(ent.tokens) == 0 {
			continue
		}
		if !strings.EqualFold(ent.tokens[len(ent.tokens)-1], words[len(words)-1]) {
			continue
		}
		ok := true
		for _, w := range words[:len(words)-1] {
			in := false
			for _, t := range ent.tokens {
				in = in || strings.EqualFold(t, w)
			}
			ok = ok && in
		}
		if !ok {
			continue
		}
		if found >= 0 && found != e {
			return -1
		}
		found = e
	}
	return found
}

// capsWord reports whether a word has two letters or more, all upper case
// ("HALE", "MR.", "O'NEILL").
func capsWord(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// labelQuotes gives the paragraphs opened by a speaker label to their
// speakers: the words after the label, or the quotations among them. It
// returns the paragraphs it read, whose quotations attributeQuotes leaves
// alone.
func (d *document) labelQuotes(headline bool) map[int]bool {
	done := map[int]bool{}
	for _, l := range d.speakerLabels(headline) {
		done[l.para] = true
		if l.whole {
			trim := func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(quoteRunes, r) }
			text := strings.TrimRightFunc(d.text[l.start:l.end], trim)
			d.addQuote(l.speaker, Span{l.start, l.start + len(text)}, text)
			continue
		}
		for _, q := range d.quotes {
			if q.Start >= l.start && q.Start < l.end {
				d.addQuote(l.speaker, q.Span, d.text[q.Start:q.End])
			}
		}
	}
	return done
}

// addQuote records a quotation of entity e, once per speaker and text.
func (d *document) addQuote(e int, sp Span, text string) {
	if len(strings.Fields(text)) == 0 {
		return
	}
	key := d.entities[e].name + "\x00" + text
	if d.quoteSeen[key] {
		return
	}
	si := d.sentenceAt(sp.Start)
	if si < 0 {
		return
	}
	d.quoteSeen[key] = true
	d.quoteOut = append(d.quoteOut, Quote{Speaker: e, Text: text, Span: sp, Evidence: d.evidence(si)})
}
