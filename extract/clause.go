package extract

import (
	"strings"

	"newsgraph/schema"
)

// Clause-level rules: which mention is the subject of a verb and which are
// its objects. They read word order and punctuation, so that they work on
// any English news sentence, headlines and long quotations included, where
// a parser trained on whole sentences is weak. Where the NLP core has
// parsed the article, subjectOf checks the rules' subject against the
// parse and takes the parse's in the structural cases that word order
// misreads (parse.go: parseSubject).

// mentionEnding returns the index of the widest mention of sentence si that
// ends at token end (exclusive), or -1.
func (d *document) mentionEnding(si, end int) int {
	best := -1
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.end == end && (best < 0 || m.start < d.mentions[best].start) {
			best = mi
		}
	}
	return best
}

// mentionStarting returns the widest mention of sentence si that starts at
// token start, or -1.
func (d *document) mentionStarting(si, start int) int {
	best := -1
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.start == start && (best < 0 || m.end > d.mentions[best].end) {
			best = mi
		}
	}
	return best
}

var determiners = set(`the a an his her their its our this that these those`)

// usable reports whether a mention refers to an entity that can act.
func (d *document) usable(mi int) bool {
	m := &d.mentions[mi]
	return m.ent >= 0 && m.kind != byAdjective
}

// precededByPrep reports whether the mention follows a preposition
// (looking past determiners).
func (d *document) precededByPrep(mi int) bool {
	return d.governingPrep(mi) != ""
}

// governingPrep returns the preposition before mention mi, past its
// determiner, titles and honorifics ("in the Herald"), or "".
func (d *document) governingPrep(mi int) string {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := m.start - 1
	for k >= 0 && (determiners[toks[k].lower] || toks[k].title || honorifics[toks[k].lower]) {
		k--
	}
	if k >= 0 && prepositions[toks[k].lower] {
		return toks[k].lower
	}
	return ""
}

// qualifier reports whether the mention only qualifies what follows it:
// a possessor ("Italy's Maria Rossi") or a name before a title
// and a name ("UK Prime Minister Jane Doe").
func (d *document) qualifier(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := m.end
	if m.possessive {
		k++
	}
	place := m.kind == byName && m.ent >= 0 && isLoc(d.entities[m.ent].typ)
	for k < len(toks) {
		if toks[k].title || descriptorNouns[toks[k].lower] || place && residentWord(toks[k]) {
			k++
			continue
		}
		// "Ohio Republican Sen. Jane Doe": a party's adjective between
		// the place and the title.
		if a := d.mentionStarting(m.sent, k); place && a >= 0 && d.mentions[a].kind == byAdjective && a != mi {
			if e := d.mentions[a].end; e < len(toks) && toks[e].title {
				k = e
				continue
			}
		}
		break
	}
	if k == m.end {
		// "Eastfold Alderman Jane Doe", "Ohio Gov. Jane Doe": a place
		// right before a person's name, whose title the name took in.
		n := d.mentionStarting(m.sent, k)
		return place && !m.possessive && n >= 0 && d.mentions[n].kind == byName && d.isPerson(n)
	}
	// "UK ambassador to NATO Jane Doe": the title's complement.
	if k+1 < len(toks) && (toks[k].lower == "to" || toks[k].lower == "of") {
		if c := d.mentionStarting(m.sent, k+1); c >= 0 && d.mentions[c].kind == byName {
			k = d.mentions[c].end
		}
	}
	n := d.mentionStarting(m.sent, k)
	return n >= 0 && d.mentions[n].kind == byName
}

// asClauseSubject reports whether mention mi follows "as" that opens a
// clause, not a phrase: "He was speaking as Sir Jane Doe, the CBI's head,
// warned …" makes the name the subject of the verb after it. A possessor
// ("as Jane Doe's deputy") is no such subject.
func (d *document) asClauseSubject(mi int) bool {
	m := &d.mentions[mi]
	return d.governingPrep(mi) == "as" && m.kind == byName && !m.possessive && d.isPerson(mi)
}

// residentWord reports whether t is a lower-case word that may stand
// between a place and a person's name to say what the person is there
// ("Eastfold resident Jane Doe", "Ohio health-care executive
// Jane Doe"): a noun for a person or a hyphenated modifier.
func residentWord(t token) bool {
	return !t.cap && !t.quoted && (personNouns[t.lower] || occupationNouns[t.lower] || strings.Contains(t.text, "-") && t.word)
}

// occupationNouns name what a person does, beside personNouns.
var occupationNouns = set(`executive businessman businesswoman entrepreneur voter activist student
owner farmer pastor veteran organizer organiser volunteer nurse`)

// subjectOf finds the subject of the verb at token v of sentence si: the
// rules' reading (ruleSubjectOf), unless the dependency parse reads the
// clause better (parseSubject).
func (d *document) subjectOf(si, v int) []int {
	if toks := d.sents[si].toks; v > 0 && shareNouns[toks[v-1].lower] && !toks[v-1].cap && !toks[v-1].quoted {
		// "a poll found 40 percent backed Tom Hale": a share of the
		// voters, whom the parse may coordinate with a name before.
		return nil
	}
	r := d.ruleSubjectOf(si, v)
	if d.parse != nil {
		if p, ok := d.parseSubject(si, v, r); ok {
			return p
		}
	}
	return r
}

// coordinatedSubjectBefore reports whether a name that can be a subject
// ends right before token k of sentence si.
func (d *document) coordinatedSubjectBefore(si, k int) bool {
	mi := d.mentionEnding(si, k)
	return mi >= 0 && !d.precededByPrep(mi)
}

// ruleSubjectOf finds the subject of the verb at token v of sentence si
// by word order: the nearest mention to its left that is not governed by
// a preposition and does not only qualify another, with the mentions
// coordinated with it. A relative "who" takes its antecedent; a
// participle after a comma (", saying …") takes the subject of the main
// clause.
func (d *document) ruleSubjectOf(si, v int) []int {
	toks := d.sents[si].toks
	if commaBefore(toks, v) && isParticiple(toks[v].lower) {
		for k := v - 1; k > 0; k-- {
			if (toks[k].lower == "but" || toks[k].text == ";") && !toks[k].quoted {
				for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
					if m := &d.mentions[mi]; m.start > k && m.start < v && d.usable(mi) && !d.qualifier(mi) && !toks[m.start].quoted {
						return d.withRight(d.coordinated(mi))
					}
				}
			}
		}
		subj := d.clauseSubject(si, true)
		if len(subj) > 0 && d.mentions[subj[0]].start > v {
			// "He denied it, telling the BBC …" with "he" unknown: the
			// name after the participle is whom it addresses; the main
			// clause's subject stands before it.
			return nil
		}
		return subj
	}
	if v == 0 || isParticiple(toks[v].lower) && d.clauseStart(si, v) {
		// "Before visiting Peru, Ms Ortega …": the subject follows.
		return d.mainSubject(si)
	}
	// "X asserted that … and cautioned that …": a verb coordinated with
	// an earlier one shares its subject. A name right before "and" is a
	// second subject ("X and Y said"), unless a preposition governs it
	// ("X spoke at a forum run by Y and said").
	if v > 0 && (toks[v-1].lower == "and" || toks[v-1].lower == "but") && (v < 2 || !d.coordinatedSubjectBefore(si, v-1)) && isReporting(toks[v]) {
		for u := v - 2; u >= 0; u-- {
			if isReporting(toks[u]) && !toks[u].quoted {
				return d.subjectOf(si, u)
			}
		}
	}
	if mi := d.beforeApposition(si, v); mi >= 0 {
		return d.coordinated(mi)
	} else if mi == noAntecedent {
		return nil
	}
	adjacent := true
	titled := false // crossed a title: "X, Labour's election strategist, told"
	for k := v - 1; k >= 0; k-- {
		t := toks[k]
		if v-k > 14 {
			return nil
		}
		if t.title {
			titled = true
		}
		if t.quoted || isQuote(t.text) {
			// "X described it as “…” and said": look past quotations.
			if !adjacent || t.quoted {
				adjacent = false
			}
			continue
		}
		if t.text == ";" || t.text == ":" {
			return nil
		}
		if t.text == ")" {
			// "X (Iowa) have denounced": the parenthesis says where X
			// is from.
			for k > 0 && toks[k].text != "(" {
				k--
			}
			continue
		}
		if t.lower == "who" || t.lower == "which" || t.lower == "that" && k > 0 && d.mentionEnding(si, k) >= 0 && k+1 < len(toks) && (auxiliaries[toks[k+1].lower] || strings.HasSuffix(toks[k+1].lower, "ed")) {
			return d.relativeHead(si, k)
		}
		mi := d.mentionEnding(si, k+1)
		if mi < 0 {
			if t.cap && t.word && k > 0 && !t.title && !honorifics[t.lower] && !t.common && !weekdays[t.lower] {
				return nil // an unrecognised name stands in between
			}
			if k == v-1 && groupNouns[t.lower] && !t.cap && !t.quoted {
				return nil // "a lead among voters headed into Lima": the voters
			}
			// "X on Thursday told", "X later Thursday told": a day is
			// an adverb.
			if !adverbs[t.lower] && !weekdays[t.lower] && !lightVerbs[t.lower] && !isPossessive(t) {
				adjacent = false
			}
			continue
		}
		m := &d.mentions[mi]
		if (m.kind == byPronoun || m.kind == byTitle) && m.ent < 0 && !toks[m.start].quoted || d.unnamedMember(mi) {
			// "he", "the Queen" with no antecedent, "the Utah
			// Republican": the subject is unknown.
			return nil
		}
		if titled && !d.isPerson(mi) && m.kind != byAdjective {
			// The title's qualifier ("Labour's"); the person, if any,
			// stands before a comma.
			adjacent = false
			k = m.start
			continue
		}
		// "X flew to Y hoping …": a participle's subject is not governed
		// by a preposition either.
		// Right before the verb, a name after a preposition is the body
		// a spokesman speaks for ("a spokesman for the Home Office
		// said"), but a place there is only where the speaker is from
		// ("the MP for Eastfold said", "a detainee in Hale Prison said").
		if !d.usable(mi) || !adjacent && (d.precededByPrep(mi) && !d.asClauseSubject(mi) || d.qualifier(mi)) || isParticiple(toks[v].lower) && placePreps[d.governingPrep(mi)] || d.groupModifier(mi) ||
			adjacent && d.placeAfterPrep(mi) {
			adjacent = false
			k = m.start
			continue
		}
		if a := d.relativeAntecedent(si, m.start, v); a >= 0 {
			return d.coordinated(a)
		} else if a == noAntecedent {
			return nil
		}
		if r := d.relativeObject(mi); r >= 0 {
			// "Councillors who back Tom Hale met Ana Ruiz": the name
			// is the relative clause's object; the subject is its
			// antecedent, if named.
			return d.relativeHead(si, r)
		}
		if p := d.memberBefore(mi); adjacent && p >= 0 {
			// "Jane Doe of the Acme Trust said": she speaks, not
			// the body she is from.
			return d.coordinated(p)
		}
		return d.coordinated(mi)
	}
	return nil
}

// memberPreps link a person to the body they belong to ("Jane Doe of
// Acme", "Jane Doe, from Acme,").
var memberPreps = set(`of from at`)

// memberBefore returns the person named right before the preposition that
// governs mention mi ("Jane Doe of the Acme Trust", "Jane Doe, from the
// Acme Trust"), or -1.
func (d *document) memberBefore(mi int) int {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	s := d.npStart(mi)
	if s < 2 || !memberPreps[toks[s-1].lower] || toks[s-1].quoted {
		return -1
	}
	k := s - 1
	if toks[k-1].text == "," {
		k--
	}
	p := d.mentionEnding(m.sent, k)
	if p < 0 || p == mi || d.mentions[p].kind != byName || !d.isPerson(p) {
		return -1
	}
	return p
}

// beforeApposition returns the name before an apposition that ends in a
// comma right before the verb at v and opens with a title, a determiner
// or a possessor ("Jane Doe, chief executive of Acme Scotland, said", "a
// spokesman for Unison, Britain's biggest union, said"), -1 when there is
// no such apposition, or noAntecedent when no actor stands before it: the
// names inside the apposition are not the subject.
func (d *document) beforeApposition(si, v int) int {
	toks := d.sents[si].toks
	if v < 4 || toks[v-1].text != "," {
		return -1
	}
	for c := v - 2; c > 0 && c >= v-15; c-- {
		t := toks[c]
		if t.quoted || isQuote(t.text) || t.text == ";" || t.text == ":" {
			return -1
		}
		if t.text != "," {
			continue
		}
		n := toks[c+1]
		// "Jane Doe, whose aides met Y, praised Z": a relative clause
		// of the name before the comma opens like an apposition, but
		// for one that names her ("The Band, whose real name is …").
		opens := n.title || determiners[n.lower] || n.lower == "whose" && !(c+2 < len(toks) && (toks[c+2].lower == "real" || toks[c+2].lower == "name" || toks[c+2].lower == "full"))
		if memberPreps[n.lower] {
			// "Jane Doe, from the Acme Trust, said": the body she is
			// from; the rules below read her name before the comma.
			if p := d.mentionEnding(si, c); p >= 0 && d.isPerson(p) && d.mentions[p].kind == byName {
				opens = true
			}
		}
		if p := d.mentionStarting(si, c+1); p >= 0 && d.mentions[p].possessive {
			opens = true
		}
		if !opens {
			return -1
		}
		if h := d.mentionEnding(si, v-1); h >= 0 && d.isPerson(h) && d.mentions[h].kind == byName && nameOnly(toks[c+1:d.mentions[h].start]) {
			// "The Archbishop of Eastfold, the Most Reverend Jane Doe,
			// said": the apposition is the person's name.
			return h
		}
		if c >= 3 && isAge(toks[c-1].text) && toks[c-2].text == "," {
			c -= 2 // "Jane Doe, 35, the daughter of …, said"
		}
		if mi := d.mentionEnding(si, c); mi >= 0 && d.usable(mi) && d.mentions[mi].kind != byAdjective {
			return mi
		}
		return noAntecedent // "Jack Law, chief executive of …, said": a name not read
	}
	return -1
}

// nameOnly reports whether the words before a name in an apposition are
// only a determiner and capitalised titles ("the Most Reverend"), so that
// the apposition gives a name, not a description ("the daughter of").
func nameOnly(toks []token) bool {
	for _, t := range toks {
		if !t.cap && !determiners[t.lower] {
			return false
		}
	}
	return true
}

// placeAfterPrep reports whether mention mi is a place governed by a
// preposition, alone or as the last of names joined by "and" to one
// ("for Eastfold and Westby", the last of which the recogniser may type
// otherwise right before a verb).
func (d *document) placeAfterPrep(mi int) bool {
	for {
		m := &d.mentions[mi]
		if m.ent < 0 {
			return false
		}
		toks := d.sents[m.sent].toks
		if d.precededByPrep(mi) {
			// "As Leeds said" is a clause of its own.
			return d.entities[m.ent].typ == schema.Place && toks[m.start-1].lower != "as"
		}
		if m.start < 2 || toks[m.start-1].lower != "and" {
			return false
		}
		if mi = d.mentionEnding(m.sent, m.start-1); mi < 0 {
			return false
		}
	}
}

// clauseStart reports whether token v begins the sentence or follows an
// opening preposition ("Before visiting").
func (d *document) clauseStart(si, v int) bool {
	toks := d.sents[si].toks
	return v == 0 || v == 1 && prepositions[toks[0].lower]
}

// isParticiple reports whether w is an -ing form.
// commaBefore reports whether a comma stands right before token v, or
// before the closing quotation marks right before it ("“…,” adding").
func commaBefore(toks []token, v int) bool {
	k := v - 1
	for k > 0 && isQuote(toks[k].text) {
		k--
	}
	return k >= 0 && toks[k].text == ","
}

func isParticiple(w string) bool {
	return len(w) > 4 && w[len(w)-3:] == "ing"
}

// mainSubject is the subject of the sentence's main clause: the first
// usable mention outside quotations after an introductory phrase that ends
// in a comma.
func (d *document) mainSubject(si int) []int {
	return d.clauseSubject(si, false)
}

// clauseSubject is mainSubject, where linked also finds the opening
// phrase after a conjunction that links the sentence to the one before
// ("But in an interview with the Herald, Jane Doe refused …, saying"):
// the subject of ", saying" is never a name of that phrase. The other
// readers of the main subject keep the first name as it was, as the one
// a later "he" is most likely about ("But in the Doe speech there are
// clues to how he …").
func (d *document) clauseSubject(si int, linked bool) []int {
	toks := d.sents[si].toks
	if len(toks) == 0 {
		return nil
	}
	start := datelineEnd(d.sents[si], si == 0 || d.sents[si-1].para != d.sents[si].para)
	opening := func(w string) bool {
		return prepositions[w] || isParticiple(w) || w == "while" || w == "as" || w == "when" || w == "after" || w == "leaving"
	}
	linked = linked && start+1 < len(toks) && linkWords[toks[start].lower] && opening(toks[start+1].lower)
	if opening(toks[start].lower) || linked {
		for k := start; k < len(toks); k++ {
			if t := toks[k]; t.text == "," && !t.quoted {
				start = k + 1
				break
			}
		}
		// "Speaking in Salem, New Hampshire, Jane Doe …": the comma
		// after a town and before its state or country is not the one
		// that ends the opening phrase.
		for start > 0 && start < len(toks) {
			mi := d.mentionStarting(si, start)
			if mi < 0 || !d.placeMention(mi) || d.mentions[mi].end >= len(toks) || toks[d.mentions[mi].end].text != "," {
				break
			}
			start = d.mentions[mi].end + 1
		}
	}
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.start < start || toks[m.start].quoted || !d.usable(mi) || d.qualifier(mi) {
			continue
		}
		if m.start > start && d.precededByPrep(mi) && start > 0 || d.groupModifier(mi) {
			continue
		}
		if d.possessorOfPerson(mi) {
			return nil // "Jane Doe's right-hand woman said": someone unnamed
		}
		return d.withRight(d.coordinated(mi))
	}
	return nil
}

// linkWords open a sentence that continues the one before it.
var linkWords = set(`but and yet so`)

// possessorOfPerson reports whether mention mi owns a person the article
// does not name: "Jane Doe's wife", "Jane Doe's right-hand woman".
func (d *document) possessorOfPerson(mi int) bool {
	m := &d.mentions[mi]
	if !m.possessive {
		return false
	}
	toks := d.sents[m.sent].toks
	for k := m.end + 1; k < len(toks) && k <= m.end+3; k++ {
		w := toks[k].lower
		if toks[k].cap || !toks[k].word || toks[k].quoted {
			return false
		}
		if personNouns[w] || toks[k].title || strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "man") && w != "human" {
			return true
		}
	}
	return false
}

// datelineEnd returns the index of the first token after the dateline
// that opens a paragraph's first sentence ("LEEDS (AP) —",
// "FAIRVIEW, W.Va. -"): the place in capitals, a state, the agency in
// brackets, a date, and a dash; 0 when there is none. The place is where
// the story was filed, never the subject of the sentence.
func datelineEnd(s sentence, opensPara bool) int {
	toks := s.toks
	if !opensPara || len(toks) < 3 || !toks[0].cap {
		return 0
	}
	// The place in capitals, or an agency in capitals in brackets
	// ("Leeds (AFP) –"), tells a dateline from a sentence that
	// opens with a name and a dash.
	marked := capsWord(toks[0].text)
	for k := 1; k < len(toks) && k <= 10; k++ {
		t := toks[k]
		switch {
		case isDash(t.text):
			if marked && k+1 < len(toks) {
				return k + 1
			}
			return 0
		case t.quoted, !t.cap && t.word && !isDigits(t.text):
			return 0
		case t.text == "(" && k+2 < len(toks) && capsWord(toks[k+1].text) && toks[k+2].text == ")":
			marked = true
		}
	}
	return 0
}

// isDigits reports whether s is a number of digits.
func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// placeMention reports whether mention mi names a country or place.
func (d *document) placeMention(mi int) bool {
	m := &d.mentions[mi]
	return m.ent >= 0 && isLoc(d.entities[m.ent].typ)
}

// personOfPlace returns the person a place mention mi is said to be of
// ("Sen. Jane Doe of Florida, who …"), or mi itself: a relative clause
// after such a name is about the person.
func (d *document) personOfPlace(mi int) int {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	if !d.placeMention(mi) || m.start < 2 || toks[m.start-1].lower != "of" {
		return mi
	}
	if p := d.mentionEnding(m.sent, m.start-1); p >= 0 && d.isPerson(p) && d.mentions[p].kind == byName {
		return p
	}
	return mi
}

// npStart is the first token of the noun phrase whose head is mention mi:
// its determiner, titles and qualifiers ("the UK's", "French", "Foreign
// Secretary").
func (d *document) npStart(mi int) int {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := m.start
	for k > 0 {
		t := toks[k-1]
		if t.title || determiners[t.lower] || honorifics[t.lower] || t.lower == "former" || t.lower == "counterpart" {
			k--
			continue
		}
		if isPossessive(t) {
			if q := d.mentionEnding(m.sent, k-1); q >= 0 {
				k = d.mentions[q].start
				continue
			}
			break
		}
		if q := d.mentionEnding(m.sent, k); q >= 0 && q != mi && (d.mentions[q].kind == byAdjective || k < m.start) {
			k = d.mentions[q].start
			continue
		}
		break
	}
	return k
}

// headAt finds the head mention of the noun phrase starting at token k,
// looking past determiners, honorifics, titles and qualifiers ("his Israeli
// counterpart, Jane Doe", "UK Prime Minister Jane Doe", "the BBC's Today
// programme"), or -1.
func (d *document) headAt(si, k int) int {
	toks := d.sents[si].toks
	qualified := false
	for k < len(toks) {
		t := toks[k]
		if t.quoted && !d.quotedOK {
			return -1
		}
		if mi := d.mentionStarting(si, k); mi >= 0 {
			m := &d.mentions[mi]
			// "her successor at the bank, Tom Hale": a relation noun
			// with an apposition that names the person.
			if m.kind == byPronoun && (t.lower == "her" || t.lower == "his" || t.lower == "their") {
				if a := d.relationApposition(si, k+1); a >= 0 {
					return a
				}
			}
			// "her deputy": a possessive pronoun before a title or name.
			if m.kind == byPronoun && k+1 < len(toks) && (t.lower == "her" || t.lower == "his") && (toks[k+1].title || d.mentionStarting(si, k+1) >= 0) {
				k++
				continue
			}
			if e := m.end; m.kind == byName && e+2 < len(toks) && toks[e].cap && toks[e].word && isPossessive(toks[e+1]) && d.mentionStarting(si, e+2) >= 0 {
				k = e + 2 // "BBC Four's Nightwatch": the owner's outlet
				qualified = true
				continue
			}
			if m.kind == byAdjective || d.qualifier(mi) {
				k = m.end
				if m.possessive {
					k++
				}
				qualified = true
				continue
			}
			if m.kind == byTitle && m.ent < 0 || d.groupModifier(mi) || d.modifiesNoun(mi) {
				return -1
			}
			return mi
		}
		if t.lower == "his" || t.lower == "her" || t.lower == "their" {
			if a := d.relationApposition(si, k+1); a >= 0 {
				return a
			}
		}
		// "talks with LSE boss Jane Doe", "spoke with Bath striker Jim
		// Cole": a descriptor between a qualifying name and the name.
		if qualified && descriptorNouns[t.lower] && k+1 < len(toks) && d.mentionStarting(si, k+1) >= 0 {
			k++
			continue
		}
		if determiners[t.lower] || honorifics[t.lower] || t.title || t.lower == "former" || t.lower == "counterpart" || qualified && (t.text == "," || residentWord(t)) {
			qualified = qualified || t.title || t.lower == "counterpart"
			k++
			continue
		}
		return -1
	}
	return -1
}

// coordinated returns mi with the mentions joined to it by "and" or commas
// on its left ("Britain, France and Germany", "UK Minister A and French
// Minister B").
func (d *document) coordinated(mi int) []int {
	out := []int{mi}
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	k := d.npStart(mi)
	for len(out) < 8 {
		if k-1 < 0 || (toks[k-1].lower != "and" && toks[k-1].text != ",") {
			break
		}
		// A list is "A, B and C": a comma joins only after an "and".
		if len(out) == 1 && toks[k-1].lower != "and" && !(k >= 2 && toks[k-2].text == "," && toks[k-1].lower == "and") {
			break
		}
		j := k - 1
		if toks[j].text == "," && j-1 >= 0 && toks[j-1].lower == "and" {
			j--
		}
		p := d.mentionEnding(m.sent, j)
		if p < 0 {
			break
		}
		pm := &d.mentions[p]
		if !d.usable(p) || pm.typ != m.typ && !(isLoc(pm.typ) && isLoc(m.typ)) {
			break
		}
		out = append(out, p)
		k = d.npStart(p)
	}
	return out
}

// withRight adds to ms the mentions joined to its first by "and" on its
// right ("A and Spain's B echoed …").
func (d *document) withRight(ms []int) []int {
	if len(ms) == 0 {
		return ms
	}
	m := &d.mentions[ms[0]]
	toks := d.sents[m.sent].toks
	k := m.end
	for len(ms) < 8 && k < len(toks) && !m.possessive && (toks[k].lower == "and" || toks[k].text == "," && k+1 < len(toks) && toks[k+1].lower == "and") {
		if toks[k].text == "," {
			k++
		}
		n := d.headAt(m.sent, k+1)
		if n < 0 || !d.usable(n) || d.mentions[n].typ != m.typ {
			break
		}
		ms = append(ms, n)
		m = &d.mentions[n]
		k = m.end
	}
	return ms
}

// topicPreps open the topic of a word, whose own prepositions follow:
// "spoke of his friendship with X" is no talk with X.
var topicPreps = set(`of about`)

// objectsAfter finds the objects of the word at token v: the mentions that
// follow it, after the preposition prep where one is given, with the ones
// coordinated with them. A possessor is an object only where nothing after
// it is ("backed Smith's report").
func (d *document) objectsAfter(si, v int, prep string) []int {
	toks := d.sents[si].toks
	k := v + 1
	if prep != "" {
		found := false
		for n := 0; k < len(toks) && n < 5; n++ {
			if toks[k].lower == prep {
				found = true
				k++
				break
			}
			if toks[k].text == "," || toks[k].text == "." || toks[k].quoted && !d.quotedOK || d.mentionStarting(si, k) >= 0 || topicPreps[toks[k].lower] {
				break
			}
			k++
		}
		if !found {
			return nil
		}
	}
	if prep == "" && k < len(toks) && (toks[k].lower == "that" || toks[k].lower == "whether") {
		return nil // "warned that X …": a clause, not an object
	}
	var out []int
	sure := 0 // objects up to the last joined by "and"
	for len(out) < 8 && k < len(toks) {
		mi := d.headAt(si, k)
		if mi < 0 || !d.usable(mi) {
			break
		}
		if len(out) == 0 || k > 0 && toks[k-1].lower == "and" {
			sure = len(out) + 1
		}
		out = append(out, mi)
		m := &d.mentions[mi]
		k = m.end
		if m.possessive {
			break
		}
		if k < len(toks) && toks[k].text == "," {
			if k+1 < len(toks) && toks[k+1].lower == "and" {
				k++
			}
			k++
			continue
		}
		if k < len(toks) && toks[k].lower == "and" {
			k++
			continue
		}
		break
	}
	return out[:sure]
}

// reflexives are the reflexive pronouns, objects of a verb of their own
// ("see herself backing Y").
var reflexives = set(`himself herself themselves itself myself yourself ourselves`)

// negated reports whether a negation or hypothetical stands in the few
// words before token v.
func (d *document) negated(si, v int) bool {
	toks := d.sents[si].toks
	// "X has no plans (at this time) to meet Y", "no intention of
	// visiting Y": an intention denied.
	for k := v - 1; k >= 1 && k >= v-8; k-- {
		if !intentionNouns[toks[k].lower] {
			continue
		}
		if toks[k-1].lower == "no" || k >= 2 && toks[k-2].lower == "no" && !toks[k-1].cap {
			return true
		}
	}
	for k := v - 1; k >= 0 && k >= v-4; k-- {
		if w := toks[k].lower; negations[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
		if reflexives[toks[k].lower] {
			continue // "could not see herself backing Y": no subject
		}
		if mi := d.mentionEnding(si, k+1); mi >= 0 {
			// "X denied he had met Y": the subject of a denied clause.
			j := d.mentions[mi].start - 1
			if j >= 0 && toks[j].lower == "that" {
				j--
			}
			return j >= 0 && (denials[toks[j].lower] || d.allegationNoun(si, j))
		}
	}
	return false
}

// intentionNouns after "no" deny an intention: "no plans to meet".
var intentionNouns = set(`plan plans intention intentions desire wish interest`)

// denials before a clause deny what it says.
var denials = set(`denied denies deny denying rejected`)

// allegationNouns name a claim that is not the article's own statement:
// "rejected allegations he pressured Y", "amid rumours that X met Y".
var allegationNouns = set(`allegation allegations rumour rumours rumor rumors speculation suggestion suggestions`)

// claimNouns are nouns of allegation that are also verbs of saying ("X
// claims he met Y" is reported speech, which counts).
var claimNouns = set(`claim claims report reports`)

// nounMarkers come before a claim noun and not before the verb: "denied
// claims he met Y", "amid reports that X met Y", "the claims that …".
var nounMarkers = set(`denied denies deny denying rejected rejects reject rejecting dismissed dismisses
dismissing refuted refutes refute refuting amid on about over of at the these those such unconfirmed
unfounded press media newspaper`)

// allegationNoun reports whether token j is a noun of allegation whose
// clause follows it ("allegations he pressured Y", "denied claims that
// X met Y"): what the clause says is alleged, not stated.
func (d *document) allegationNoun(si, j int) bool {
	toks := d.sents[si].toks
	w := toks[j].lower
	if allegationNouns[w] {
		return true
	}
	return claimNouns[w] && j > 0 && nounMarkers[toks[j-1].lower]
}

// relativeAntecedent handles "A, who … B …, said": when the tokens before
// start hold ", who" (or ", which") and a comma closes the clause before v,
// the subject is the antecedent A, not B. It returns A's mention, -1 when
// there is no such clause, or noAntecedent when A is no actor of the
// article ("The MP, who … Iraq …, said"): B is not the subject either.
func (d *document) relativeAntecedent(si, start, v int) int {
	toks := d.sents[si].toks
	closed := false
	for k := start; k < v; k++ {
		if toks[k].text == "," {
			closed = true
		}
	}
	if !closed {
		return -1
	}
	for k := start - 1; k >= 1; k-- {
		if toks[k].text == ";" || toks[k].text == ":" {
			return -1
		}
		if (toks[k].lower == "who" || toks[k].lower == "which") && toks[k-1].text == "," {
			if a := d.mentionEnding(si, k-1); a >= 0 && d.usable(a) {
				return a
			}
			return noAntecedent
		}
		if toks[k].lower == "that" && thatAfterNoun(toks[k-1]) && wordsBeforeComma(toks, start, v) {
			// "A, the group that B led for years, said": the group.
			return d.appositionHead(si, k-1)
		}
	}
	return -1
}

// wordsBeforeComma reports whether a lower-case word stands between token
// start and the first comma after it before v: the clause of a name that
// starts there goes on past the name ("that B led for years,", not "that
// the nominee, B, called").
func wordsBeforeComma(toks []token, start, v int) bool {
	for k := start; k < v; k++ {
		if toks[k].text == "," {
			return false
		}
		if toks[k].word && !toks[k].cap {
			return true
		}
	}
	return false
}

// thatAfterNoun reports whether a "that" after token t opens a relative
// clause: t is a lower-case word that is no verb of saying, auxiliary,
// adverb or determiner ("the group that", not "said that", "so that").
func thatAfterNoun(t token) bool {
	return t.word && !t.cap && !t.quoted && !reportingVerbs[t.lower] && !auxiliaries[t.lower] && !adverbs[t.lower] && !determiners[t.lower] && !prepositions[t.lower] && !strings.HasSuffix(t.lower, "ed")
}

// appositionHead returns the name before an apposition that opens with a
// determiner after a comma and ends at token end ("Acme, the group"), or
// noAntecedent when there is none: the antecedent is then unnamed.
func (d *document) appositionHead(si, end int) int {
	toks := d.sents[si].toks
	for c := end - 1; c > 0 && c >= end-8; c-- {
		t := toks[c]
		if t.quoted || t.text == ";" || t.text == ":" || t.lower == "and" || prepositions[t.lower] && t.lower != "of" {
			return noAntecedent
		}
		if t.text != "," {
			continue
		}
		if !determiners[toks[c+1].lower] || toks[c+1].lower == "that" {
			return noAntecedent
		}
		if a := d.mentionEnding(si, c); a >= 0 && d.usable(a) {
			return a
		}
		return noAntecedent
	}
	return noAntecedent
}

// noAntecedent is relativeAntecedent's answer for a relative clause whose
// antecedent is no actor.
const noAntecedent = -2

// auxiliaries begin a verb phrase ("that have sided").
var auxiliaries = set(`have has had is are was were will would can could may might must should
do does did`)

// groupNouns name groups of people; a name before one only qualifies it
// ("Labour MPs", "European leaders", "Russian troops").
var groupNouns = set(`mps meps msps members leaders officials ministers supporters voters
troops forces soldiers diplomats lawmakers politicians activists campaigners critics
sources aides allies fans executives staff workers officers delegates representatives
negotiators peers councillors residents citizens people nationals counterparts colleagues
partners rivals opponents`)

// shareNouns name a share of a group, as a poll does ("12 percent
// backed X", "a majority supported Y", "of likely caucusgoers"): right
// before a verb they are its subject, which is no one named.
var shareNouns = set(`percent cent % majority minority caucusgoers caucus-goers respondents`)

// groupModifier reports whether mention mi qualifies a group noun after it,
// or a party's unnamed member (unnamedMember).
func (d *document) groupModifier(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	return m.end < len(toks) && groupNouns[toks[m.end].lower] && !m.possessive || d.unnamedMember(mi)
}

// unnamedMember reports whether mention mi is a place that qualifies a
// party's member or voters whom the sentence does not name ("a South
// Carolina Democrat", "another Iowa Republican", "Ohio Republican primary
// voters"): they, not the place, are the subject.
func (d *document) unnamedMember(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	if m.possessive || m.end >= len(toks) || m.kind != byName || m.ent < 0 || !isLoc(d.entities[m.ent].typ) {
		return false
	}
	n := d.mentionStarting(m.sent, m.end)
	if n < 0 || d.mentions[n].kind != byAdjective || d.mentions[n].possessive {
		return false
	}
	// "Ohio Republican Sen. Jane Doe": the place and the party qualify
	// the person named after them.
	k := d.mentions[n].end
	for k < len(toks) && (toks[k].title || honorifics[toks[k].lower]) {
		k++
	}
	if h := d.mentionStarting(m.sent, k); h >= 0 && d.mentions[h].kind == byName {
		return false
	}
	return true
}

// subjectOfNoun finds who does what a trigger noun names ("X made a
// surprise trip to", "X held talks with"): a mention to the left reached
// over light verbs, determiners, adverbs and at most two other words.
func (d *document) subjectOfNoun(si, v int) []int {
	toks := d.sents[si].toks
	others := 0
	for k := v - 1; k >= 0; k-- {
		t := toks[k]
		if mi := d.mentionEnding(si, k+1); mi >= 0 {
			// "with X expressing support for": an absolute clause.
			if e := d.mentions[mi].end; d.usable(mi) && e < len(toks) && isParticiple(toks[e].lower) && lightVerbs[toks[e].lower] {
				return []int{mi}
			}
			if !d.usable(mi) || d.precededByPrep(mi) || d.qualifier(mi) || d.groupModifier(mi) {
				return nil
			}
			return d.coordinated(mi)
		}
		switch {
		case t.quoted || !t.word:
			return nil
		case t.lower == "who" || t.lower == "which":
			// "Tom Hale, who held talks with Y", not "a Lima banker
			// who held talks with Y": the relative's antecedent, if it
			// is named right before it.
			return d.relativeHead(si, k)
		case lightVerbs[t.lower] || adverbs[t.lower] || determiners[t.lower]:
		case (t.lower == "on" || t.lower == "during") && k > 0 && (lightVerbs[toks[k-1].lower] || toks[k-1].text == ","):
			// "X is on a visit to", "X, on a visit to Y, said": the
			// subject stands before the verb or the comma.
			if toks[k-1].text == "," {
				if mi := d.mentionEnding(si, k-1); mi >= 0 && d.usable(mi) && d.isPerson(mi) {
					return []int{mi}
				}
				return nil
			}
		case prepositions[t.lower] || reportingVerbs[t.lower] || t.cap:
			return nil
		default:
			others++
			if others > 2 {
				return nil
			}
		}
	}
	return nil
}

// relativeObject returns the relative pronoun of a clause that mention mi
// is the object of, with no comma closing it ("who back Tom Hale", "which
// has long supported Ana Ruiz"): "who" or "which", adverbs and
// auxiliaries, one verb, then the mention past its determiner, titles and
// honorifics. A mention before an auxiliary starts a clause of its own
// ("who says Tom Hale is …"). It returns -1 when there is none.
func (d *document) relativeObject(mi int) int {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	if m.end < len(toks) && auxiliaries[toks[m.end].lower] {
		return -1
	}
	k := m.start - 1
	for k >= 0 && (determiners[toks[k].lower] && toks[k].lower != "that" || toks[k].title || honorifics[toks[k].lower]) {
		k--
	}
	if k < 1 || !plainWord(toks[k]) {
		return -1 // no verb before the mention
	}
	for k--; k >= 0; k-- {
		t := toks[k]
		switch {
		case t.lower == "who" || t.lower == "which":
			return k
		case plainWord(t) && (adverbs[t.lower] || auxiliaries[t.lower] || strings.HasSuffix(t.lower, "ly")):
		default:
			return -1
		}
	}
	return -1
}

// plainWord reports whether t is a lower-case word outside quotations and
// no preposition: a verb or adverb where a relative clause needs one.
func plainWord(t token) bool {
	return t.word && !t.cap && !t.quoted && !prepositions[t.lower]
}

// describedBeforeWho returns the person named before an apposition that
// ends in the noun right before the "who" at k: "Tom Hale, a Lima banker
// who …", "Ana Ruiz, the party's longtime donor who …". The apposition
// opens with a determiner, a title or a possessor and holds no
// preposition, comma or "and" ("a member of the group who", "one of the
// voters who" speak of others); its last word is a lower-case noun and
// no group. It returns -1 when there is none.
func (d *document) describedBeforeWho(si, k int) int {
	toks := d.sents[si].toks
	if k < 3 {
		return -1
	}
	if h := toks[k-1]; !h.word || h.cap || h.quoted || groupNouns[h.lower] || determiners[h.lower] || d.mentionEnding(si, k) >= 0 {
		return -1
	}
	for c := k - 2; c > 0 && c >= k-10; c-- {
		t := toks[c]
		if t.quoted || isQuote(t.text) || t.text == ";" || t.text == ":" || t.lower == "and" || t.lower == "or" || prepositions[t.lower] {
			return -1
		}
		if t.text != "," {
			continue
		}
		n := toks[c+1]
		opens := n.title || determiners[n.lower] && n.lower != "that"
		if p := d.mentionStarting(si, c+1); p >= 0 && d.mentions[p].possessive {
			opens = true
		}
		if !opens {
			return -1
		}
		if mi := d.mentionEnding(si, c); mi >= 0 && d.isPerson(mi) && d.mentions[mi].kind == byName && !d.mentions[mi].possessive {
			return mi
		}
		return -1
	}
	return -1
}

// relativeHead returns the antecedent of the relative pronoun at token k
// when a mention ends right before it or before a comma there ("Tom
// Hale, who", "Ana Ruiz of Eastfold who") or a person is described right
// before it (describedBeforeWho), with the mentions coordinated with it, or
// nil ("a Lima banker who": no one named; "a member of the
// Eastfold Council, who", "an actor from Lima who": a "who" after a body
// or place the person belongs to stands for the person).
func (d *document) relativeHead(si, k int) []int {
	toks := d.sents[si].toks
	j := k
	if j > 0 && toks[j-1].text == "," {
		j--
	}
	mi := d.mentionEnding(si, j)
	if mi < 0 && toks[k].lower == "who" && j == k {
		mi = d.describedBeforeWho(si, k)
	}
	if mi < 0 || !d.usable(mi) {
		return nil
	}
	if p := d.personOfPlace(mi); p != mi {
		return d.coordinated(p)
	}
	if toks[k].lower == "who" && !d.isPerson(mi) && memberPreps[d.governingPrep(mi)] {
		return nil
	}
	return d.coordinated(mi)
}

// descriptorNouns stand between a qualifying name and the name it
// qualifies ("UK bank Barclays", "his LSE counterpart Jane Doe").
var descriptorNouns = set(`counterpart bank firm company group carmaker giant rival club side team
star singer band airline retailer broadcaster newspaper network chain operator maker producer
insurer lender regulator watchdog body agency champion striker midfielder defender goalkeeper
coach manager boss chief colleague ally partner opponent`)

// modifiesNoun reports whether a name only modifies a common noun after it
// ("an Evening Post journalist", "the Turkey-EU talks deal"): a title or
// descriptor follows with no name after it, or the name is half of a
// hyphenated pair.
func (d *document) modifiesNoun(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	if m.end-m.start == 1 && strings.Contains(toks[m.start].text, "-") && m.kind == byName {
		return true
	}
	if m.possessive {
		return false
	}
	if m.end < len(toks) && mediaNouns[toks[m.end].lower] && m.ent >= 0 && d.entities[m.ent].typ == schema.Organization {
		return false // "Le Monde newspaper" is the newspaper
	}
	k := m.end
	for k < len(toks) && (toks[k].title || descriptorNouns[toks[k].lower]) {
		k++
	}
	if k == m.end {
		return false
	}
	n := d.mentionStarting(m.sent, k)
	return n < 0 || d.mentions[n].kind != byName
}

// relationNouns name a person by their relation to another ("his
// predecessor", "her successor").
var relationNouns = set(`predecessor successor wife husband son daughter brother sister father
mother partner friend rival colleague ally deputy boss`)

// relationApposition reads "successor at the bank, Tom Hale" at token k:
// a relation noun, at most a short phrase, a comma and a person's name. It
// returns the name's mention or -1.
func (d *document) relationApposition(si, k int) int {
	toks := d.sents[si].toks
	if k >= len(toks) || !relationNouns[toks[k].lower] {
		return -1
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := toks[j]
		if t.quoted || t.text == "." || t.text == ";" {
			return -1
		}
		if t.text == "," {
			if mi := d.headAt(si, j+1); mi >= 0 && d.isPerson(mi) && d.mentions[mi].kind == byName {
				return mi
			}
			return -1
		}
	}
	return -1
}
