package extract

import (
	"strings"

	"newsgraph/extract/lexicon"
	"newsgraph/schema"
)

// resolveAnaphora links pronouns ("he", "she") and titles used as names
// ("the prime minister", "the US president", "his chancellor") to persons,
// reading the article in order. A pronoun takes the subject of its own
// sentence when that comes first, else, where it attributes quoted words,
// the speaker of the sentence before (previousSpeaker), else the most
// recent person that was a sentence's salient person (salientPerson); a
// title takes the person the article gave that title
// (in the qualifying country, if one is named), else the salient person,
// who then holds that title.
func (d *document) resolveAnaphora() {
	gender := d.genders()
	d.gender = gender
	var subjects []int // persons that were sentence subjects, latest last
	lastPerson := -1
	lastPersonSent := -1
	fits := func(e int, pron string) bool {
		switch gender[e] {
		case 'm':
			return pron == "he" || pron == "him" || pron == "his"
		case 'f':
			return pron == "she" || pron == "her"
		}
		return true
	}
	for si := range d.sents {
		toks := d.sents[si].toks
		for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
			m := &d.mentions[mi]
			if toks[m.start].quoted {
				continue
			}
			switch m.kind {
			case byPronoun:
				pron := toks[m.start].lower
				if e := d.reporter(si, m.start); e >= 0 && fits(e, pron) {
					// "X said she believed …": the one who says it.
					m.ent = e
				} else if subj := d.mainSubject(si); len(subj) > 0 && d.mentions[subj[0]].end <= m.start && d.isPerson(subj[0]) && fits(d.mentions[subj[0]].ent, pron) {
					m.ent = d.mentions[subj[0]].ent
				} else if e := d.previousSpeaker(si, mi); e == unnamedSalient || e >= 0 && fits(e, pron) {
					// "“…,” said Ana Ruiz, Tom Hale's aide. “…,” she
					// added.": the one who spoke goes on speaking, and an
					// unnamed spokesman too.
					if e >= 0 {
						m.ent = e
					}
				} else {
					blocked := false
					for k := len(subjects) - 1; k >= 0 && k >= len(subjects)-4; k-- {
						if subjects[k] < 0 {
							blocked = true // "my father said …": someone unnamed
							break
						}
						if fits(subjects[k], pron) {
							m.ent = subjects[k]
							break
						}
					}
					if m.ent < 0 && !blocked && lastPerson >= 0 && fits(lastPerson, pron) {
						m.ent = lastPerson
					}
				}
				if m.ent >= 0 && m.ent == d.objectAfterSubject(si, mi) {
					// "“…,” he told Jane Doe": he is not the one he
					// tells, and the one the rules would take next
					// is a guess.
					m.ent = -1
				}
			case byTitle:
				if d.sents[si].toks[m.start].lower == "its" {
					break // "the Acme Party and its former leader": the body's, unnamed
				}
				last := -1
				if len(subjects) > 0 {
					last = subjects[len(subjects)-1]
				}
				if !m.desc {
					m.ent = d.resolveTitle(si, mi, last)
				}
				if m.ent < 0 && lastPerson >= 0 && si-lastPersonSent <= 1 && d.describes(mi, lastPerson, gender[lastPerson]) {
					m.ent = lastPerson
					if !m.desc {
						// "The former foreign secretary said": a title
						// the article gives them.
						d.addRole(m.ent, m.title, -1, si)
					}
				}
			}
			if m.ent >= 0 && d.entities[m.ent].typ == schema.Person && m.kind != byAdjective {
				lastPerson = m.ent
				lastPersonSent = si
			}
		}
		if p := d.salientPerson(si); p >= 0 {
			subjects = append(subjects, p)
		} else if p == unnamedSalient || d.unnamedPersonSubject(si) {
			subjects = append(subjects, -1)
		}
	}
}

// objectAfterSubject returns the entity a subject "he" or "she" takes as
// the named object of its verb right after it ("he told Jane Doe", "she
// described Doe as …"), or -1: a pronoun never refers to its own verb's
// object.
func (d *document) objectAfterSubject(si, mi int) int {
	m := &d.mentions[mi]
	toks := d.sents[si].toks
	if w := toks[m.start].lower; w != "he" && w != "she" || m.end+1 >= len(toks) {
		return -1
	}
	v := m.end
	if toks[v].cap || !toks[v].word || prepositions[toks[v].lower] || auxiliaries[toks[v].lower] {
		return -1
	}
	if o := d.mentionStarting(si, v+1); o >= 0 && d.mentions[o].kind == byName {
		return d.mentions[o].ent
	}
	return -1
}

// genders reads the persons' genders from the honorifics before their
// names ("Mr", "Mrs", "Sir", "Dame"), else from the given name of their
// fullest name ("Jane Doe"): 'm', 'f' or 0 when unknown. Most persons of
// a news article are named in full once and never with an honorific, so
// without the given name "she" could be anyone named before her.
func (d *document) genders() map[int]byte {
	g := map[int]byte{}
	for _, m := range d.mentions {
		if m.kind != byName || m.ent < 0 {
			continue
		}
		if x := honorificGender(d.sents[m.sent].toks, m.start); x != 0 {
			g[m.ent] = x
		}
	}
	for _, m := range d.mentions {
		if _, known := g[m.ent]; !known && m.kind == byName && m.ent >= 0 {
			if x := kinGender(d.sents[m.sent].toks, m.start); x != 0 {
				g[m.ent] = x
			}
		}
	}
	for e, ent := range d.entities {
		// The honorific, where there is one, beats the given name ("Mr
		// Kim Lee").
		if _, known := g[e]; !known && ent.typ == schema.Person {
			if x := givenNameGender(ent.name); x != 0 {
				g[e] = x
			}
		}
	}
	return g
}

// kinNouns name a relative by gender: the name after "his wife" is a
// woman's, whatever her given name, which alone may be no surname the
// lexicon can read ("his wife Ana", "her son, Tom").
var kinNouns = map[string]byte{
	"wife": 'f', "mother": 'f', "daughter": 'f', "sister": 'f', "widow": 'f', "girlfriend": 'f',
	"husband": 'm', "father": 'm', "son": 'm', "brother": 'm', "widower": 'm', "boyfriend": 'm',
}

// kinGender is the gender a kin noun after a possessor gives the name at
// toks[i] ("his wife Ana", "Tom Hale's son, Ben"), or 0.
func kinGender(toks []token, i int) byte {
	k := i - 1
	if k >= 0 && toks[k].text == "," {
		k--
	}
	if k < 1 {
		return 0
	}
	if w := toks[k-1].lower; w != "his" && w != "her" && w != "their" && !isPossessive(toks[k-1]) {
		return 0
	}
	return kinNouns[toks[k].lower]
}

// givenNameGender is the gender of the given names in a person's name
// ("Gov. Jane Ann Doe"): every word but the last, which, like a name of
// one word, may be a surname that is also a given name. Names that
// disagree ("Jane Paul Doe", or a headline read as one name) give none.
func givenNameGender(name string) byte {
	words := strings.Fields(name)
	var g byte
	for _, w := range words[:max(len(words)-1, 0)] {
		switch x := lexicon.Default().Gender(w); {
		case x == 0:
		case g == 0:
			g = x
		case g != x:
			return 0
		}
	}
	return g
}

func (d *document) isPerson(mi int) bool {
	m := &d.mentions[mi]
	return m.ent >= 0 && d.entities[m.ent].typ == schema.Person
}

// titleHead strips determiners and qualifiers from an anaphor's title
// and spells out abbreviations, so that "the senator" finds the person
// the article called "Sen. Jane Doe".
func titleHead(t string) string {
	t = strings.TrimPrefix(t, "former ")
	if full, ok := titleAbbreviations[t]; ok {
		return full
	}
	return t
}

// titleAbbreviations are the short forms of titles written before names.
var titleAbbreviations = map[string]string{
	"pm": "prime minister", "sen.": "senator", "rep.": "representative", "gov.": "governor",
	"lt. gov.": "lieutenant governor", "gen.": "general", "gen": "general", "adm.": "admiral",
	"col.": "colonel", "col": "colonel", "capt.": "captain", "capt": "captain", "sgt.": "sergeant",
	"sgt": "sergeant", "lt.": "lieutenant", "lt": "lieutenant", "del.": "delegate", "rev.": "reverend",
	"sens.": "senator", "reps.": "representative", "govs.": "governor",
	"lt. gen.": "lieutenant general", "maj. gen.": "major general", "brig. gen.": "brigadier general",
	"lt. col.": "lieutenant colonel", "maj.": "major", "cmdr.": "commander", "supt.": "superintendent",
}

// spellTitle spells out an abbreviation that ends a title as written
// before names ("Sen." -> "Senator", "Ohio Republican Sen." -> "Ohio
// Republican Senator", "Lt. Gov." -> "Lieutenant Governor"), so that a
// role reads as the office it is; other titles are returned as they are.
func spellTitle(t string) string {
	lt := strings.ToLower(t)
	best := ""
	for abbr := range titleAbbreviations {
		if len(abbr) > len(best) && strings.Contains(abbr, ".") && (lt == abbr || strings.HasSuffix(lt, " "+abbr)) {
			best = abbr
		}
	}
	if best == "" {
		return t
	}
	words := strings.Fields(titleAbbreviations[best])
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return t[:len(t)-len(best)] + strings.Join(words, " ")
}

func (d *document) resolveTitle(si, mi, salient int) int {
	m := &d.mentions[mi]
	head := titleHead(m.title)
	qual := -1
	for k := d.sentMentions[si][0]; k < d.sentMentions[si][1]; k++ {
		q := &d.mentions[k]
		if k != mi && q.start > m.start && q.end <= m.end && q.ent >= 0 {
			qual = q.ent
		}
	}
	// best holds the title; exact: as written, not only its last words;
	// same: in the country that qualifies the anaphor ("the French
	// president"), which beats a holder whose country is unknown.
	best, exact, same := -1, false, false
	held := "" // best's title as the article gave it
	// "A UKIP MEP suggested …": an indefinite title introduces someone,
	// who is not a holder the article names only later.
	toks := d.sents[si].toks
	indefinite := toks[m.start].lower == "a" || toks[m.start].lower == "an"
	for e, ent := range d.entities {
		if ent.typ != schema.Person || indefinite && !d.namedBefore(si, e) {
			continue
		}
		for _, given := range ent.titles {
			if strings.HasPrefix(given, "former ") && !strings.HasPrefix(m.title, "former ") {
				continue // "the governor" is in office, not "former Gov. Jane Doe"
			}
			t := titleHead(given)
			ok := t == head
			if !ok && exact || !ok && !strings.HasSuffix(t, " "+head) {
				continue
			}
			if !ok && (strings.HasPrefix(t, "vice") || strings.HasPrefix(t, "deputy") || strings.HasPrefix(t, "shadow") || strings.HasPrefix(t, "acting")) {
				continue
			}
			if qual >= 0 && ent.country >= 0 && ent.country != qual {
				continue
			}
			here := qual >= 0 && ent.country == qual
			if !here && t != strings.TrimPrefix(given, "former ") {
				// US news writes "Sen." or "Gov." before every senator
				// or governor it quotes: only "the Ohio senator" for one
				// known to be from Ohio picks one of them.
				continue
			}
			if here || !same {
				best, exact, same, held = e, ok, here, given
			}
		}
	}
	if best < 0 && (head == "leader" || head == "president" || head == "premier") && qual >= 0 {
		// "the US leader": whoever holds the country's top office.
		for e, ent := range d.entities {
			if ent.typ != schema.Person || ent.country != qual {
				continue
			}
			for _, t := range ent.titles {
				if t = titleHead(t); t == "president" || t == "prime minister" {
					return e
				}
			}
		}
	}
	if best >= 0 {
		if qual >= 0 && d.entities[best].country < 0 {
			d.addRole(best, d.roleTitle(best, held), qual, si)
		}
		return best
	}
	if strings.HasPrefix(m.title, "former ") || indefinite {
		return -1 // a former holder is not the one in office
	}
	if head == "prime minister" || head == "president" || head == "premier" {
		// "Jane Doe's government … the prime minister": the one whose
		// government the article names leads it.
		if e := d.headOfGovernment(); e >= 0 && len(d.entities[e].titles) == 0 {
			d.addRole(e, head, qual, si)
			return e
		}
	}
	// "the Tory leader" where the article opens with its main person and
	// that party together: that person leads it.
	if salient >= 0 && head == "leader" && qual >= 0 && d.entities[qual].typ == schema.Organization && len(d.entities[salient].titles) == 0 && d.mostNamed(salient) && !d.namedIn(si, salient) && d.openTogether(salient, qual) {
		d.addRole(salient, head, qual, si)
		return salient
	}
	if salient >= 0 && len(d.entities[salient].titles) == 0 && importantTitles[head] && d.mostNamed(salient) && !d.namedIn(si, salient) {
		d.addRole(salient, head, qual, si)
		return salient
	}
	// "But the chancellor said …" where no one holds the office and the
	// salient person cannot: the one person it can stand for holds it.
	// Not a possessor ("the chancellor's “sweeteners”", "the premier's
	// speech, which saw Mr Doe …"): the quotation rules would give it the
	// words quoted right after it, and the pronouns after it would
	// follow it, so a wrong guess there costs more than the role is
	// worth. homeCountry gives the role its country.
	if qual < 0 && m.title == head && importantTitles[head] && d.bareTitle(mi) && !m.possessive {
		if e := d.soleCandidate(si); e >= 0 {
			d.addRole(e, head, -1, si)
			return e
		}
	}
	return -1
}

// bareTitle reports whether title mention mi is "the" and the title
// alone ("the chancellor"), with no qualifier ("the Lord Chancellor",
// "the Labour leader") or possessive pronoun ("his chancellor") between.
func (d *document) bareTitle(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	return toks[m.start].lower == "the" && m.start+1 < m.end && toks[m.start+1].title
}

// soleCandidate returns the one person who can hold an office that no
// one in the article holds and that sentence si gives by a bare title
// ("the chancellor"): among the persons the article names outside
// quotations who have no title and are not named in sentence si, the
// only one, if the article names them more than once (someone named once
// is rarely the one a title stands for), or else the article's lead
// person (leadPerson); or -1.
func (d *document) soleCandidate(si int) int {
	named := map[int]int{} // candidate → times named
	for _, m := range d.mentions {
		if m.kind != byName || m.ent < 0 || d.entities[m.ent].typ != schema.Person || d.sents[m.sent].toks[m.start].quoted {
			continue
		}
		if len(d.entities[m.ent].titles) == 0 && !d.namedIn(si, m.ent) {
			named[m.ent]++
		}
	}
	if len(named) == 1 {
		for e, n := range named {
			if n > 1 {
				return e
			}
		}
	}
	if lead := d.leadPerson(); named[lead] > 0 {
		return lead
	}
	return -1
}

// leadPerson returns the person the article is about: the first person
// its headline names, when the first sentence after the headline names
// that person first too, and not as a possessor ("Jane Doe's husband
// said"); or -1.
func (d *document) leadPerson() int {
	if !d.headline {
		return -1
	}
	h := d.firstPerson(0)
	if h < 0 {
		return -1
	}
	for si := 1; si < len(d.sents); si++ {
		if d.sents[si].para == d.sents[0].para {
			continue
		}
		if mi := d.firstPersonMention(si); mi >= 0 && d.mentions[mi].ent == h && !d.mentions[mi].possessive {
			return h
		}
		return -1
	}
	return -1
}

// roleTitle returns the title of person e's role whose lower-cased form
// is lt, as the article wrote it ("Sen."), or lt.
func (d *document) roleTitle(e int, lt string) string {
	for _, r := range d.roles {
		if r.Person == e && strings.ToLower(r.Title) == lt {
			return r.Title
		}
	}
	return lt
}

// openTogether reports whether the article's first sentence (after the
// headline, if any) names both person p and organisation o.
func (d *document) openTogether(p, o int) bool {
	si := 0
	if d.headline {
		si = 1
	}
	if si >= len(d.sents) {
		return false
	}
	var hasP, hasO bool
	for k := d.sentMentions[si][0]; k < d.sentMentions[si][1]; k++ {
		m := &d.mentions[k]
		hasP = hasP || m.ent == p && m.kind == byName
		hasO = hasO || m.ent == o && (m.kind == byName || m.kind == byAdjective)
	}
	return hasP && hasO
}

// namedBefore reports whether the article names entity e before
// sentence si.
func (d *document) namedBefore(si, e int) bool {
	for _, m := range d.mentions[:d.sentMentions[si][0]] {
		if m.kind == byName && m.ent == e {
			return true
		}
	}
	return false
}

// namedIn reports whether sentence si names entity e: a title anaphor
// there ("the premier told Mr Hale to go") is someone else.
func (d *document) namedIn(si, e int) bool {
	for k := d.sentMentions[si][0]; k < d.sentMentions[si][1]; k++ {
		if m := &d.mentions[k]; m.kind == byName && m.ent == e {
			return true
		}
	}
	return false
}

// importantTitles are offices held by one person at a time, so that "the
// prime minister" can only be the one the article is about.
var importantTitles = map[string]bool{
	"president": true, "prime minister": true, "chancellor": true, "premier": true,
	"foreign secretary": true, "home secretary": true,
}

// firstPerson is the first person the sentence names outside quotations
// and prepositional phrases, possessors included ("Mr Smith's trip"): the
// most salient person for the sentences after it.
func (d *document) firstPerson(si int) int {
	if mi := d.firstPersonMention(si); mi >= 0 {
		return d.mentions[mi].ent
	}
	return -1
}

// firstPersonMention returns the first mention of sentence si that
// ownPerson accepts, or -1.
func (d *document) firstPersonMention(si int) int {
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		if d.ownPerson(mi) {
			return mi
		}
	}
	return -1
}

// ownPerson reports whether mention mi names a person in its sentence's
// own words: outside quotations and prepositional phrases, by a name, a
// pronoun or a title rather than a demonym.
func (d *document) ownPerson(mi int) bool {
	m := &d.mentions[mi]
	if d.sents[m.sent].toks[m.start].quoted || m.kind == byAdjective || m.ent < 0 || d.precededByPrep(mi) {
		return false
	}
	return d.entities[m.ent].typ == schema.Person
}

// previousSpeaker returns, for a "he" or "she" (mention mi) that
// attributes a quotation opening sentence si ("“…,” she said") or that
// opens a sentence quoting words, after a linking word if any ("She
// added that it was “…”", "And he insisted there was “…”"), the
// speaker of the sentence before it, past sentences that are quoted words
// only: a person named right before its first reporting verb outside
// quotations ("Ana Ruiz said", "Ana Ruiz later added"), not in a clause
// that says when or why ("when Ana Ruiz asked"), or right after that verb
// where it follows a quotation or a comma ("“…,” said Ana Ruiz, Tom
// Hale's aide"); unnamedSalient where "the spokesman" right before that
// verb names no one; else -1. The one who spoke goes on speaking,
// whoever else the sentence names first.
func (d *document) previousSpeaker(si, mi int) int {
	m := &d.mentions[mi]
	toks := d.sents[si].toks
	if w := toks[m.start].lower; w != "he" && w != "she" {
		return -1
	}
	quoted := false
	for _, t := range toks {
		quoted = quoted || t.quoted
	}
	if len(toks) == 0 || !isQuote(toks[0].text) && !toks[0].quoted && !(quoted && (m.start == 0 || m.start == 1 && linkWords[toks[0].lower])) {
		return -1
	}
	v := m.end
	for v < len(toks) && adverbs[toks[v].lower] {
		v++
	}
	if !(v < len(toks) && isReporting(toks[v]) || m.start > 0 && isReporting(toks[m.start-1])) {
		return -1
	}
	p := si - 1
	for p >= 0 && si-p <= 3 && wholeQuote(d.sents[p]) {
		p--
	}
	if p < 0 || si-p > 3 {
		return -1
	}
	r := d.reportingVerb(p)
	if r < 0 {
		return -1
	}
	pt := d.sents[p].toks
	k := r
	for k > 0 && adverbs[pt[k-1].lower] {
		k--
	}
	if n := d.mentionEnding(p, k); n >= 0 && d.mentions[n].kind == byName && d.isPerson(n) && !d.mentions[n].possessive && !d.precededByPrep(n) {
		if b := d.mentions[n].start - 1; b < 0 || !subordinators[pt[b].lower] {
			return d.mentions[n].ent // not "… when Ana Ruiz asked"
		}
	}
	if k >= 2 && pt[k-2].lower == "the" && spokesNouns[pt[k-1].lower] {
		if n := d.mentionEnding(p, k); n < 0 || d.mentions[n].ent < 0 {
			return unnamedSalient // "…, the spokesman said.": no one the article names
		}
	}
	if r > 0 && (pt[r-1].text == "," || isQuote(pt[r-1].text)) {
		// "said Ana Ruiz." or "said Ana Ruiz, …", not "said Ana Ruiz
		// was …": the name is the verb's subject.
		if n := d.mentionStarting(p, r+1); n >= 0 && d.mentions[n].kind == byName && d.isPerson(n) {
			if e := d.mentions[n].end; e >= len(pt) || pt[e].text == "," || pt[e].text == "." {
				return d.mentions[n].ent
			}
		}
	}
	return -1
}

// wholeQuote reports whether every word of sentence s is quoted.
func wholeQuote(s sentence) bool {
	for _, t := range s.toks {
		if t.word && !t.quoted {
			return false
		}
	}
	return true
}

// unnamedSalient is what salientPerson returns for a sentence whose first
// person is one the article does not name ("Jane Doe's sister said").
const unnamedSalient = -2

// salientPerson is the person of sentence si that a "he" or "she" in the
// sentences after it most likely stands for: the first person it names
// outside quotations and prepositional phrases (firstPerson), but not a
// name that only qualifies another ("Acme spokesman Jane Doe", "Tom
// Hale's sister Ana") or a noun ("the Hale campaign", "the Hale
// administration"): the one it qualifies is. It returns unnamedSalient
// where that one is a person the article does not name ("Tom Hale's
// sister said"), and -1 where the sentence names no person.
func (d *document) salientPerson(si int) int {
	if d.unknownNameSpeaker(si) {
		return unnamedSalient
	}
	if from := d.openingClauseEnd(si); from > 0 {
		if p := d.salientPersonFrom(si, from); p != -1 {
			return p
		}
	}
	return d.salientPersonFrom(si, 0)
}

// unknownNameSpeaker reports whether sentence si opens with a name that
// resolves to no one before a reporting verb ("Doe said the mayor …",
// the name misspelt or not known as a person's): someone speaks whom the
// article names, so a person of the reported words is not the salient
// one. A common word capitalised at the start ("Police said") is none,
// and so is a question ("Doe asked the mayor …"), which the one asked
// answers.
func (d *document) unknownNameSpeaker(si int) bool {
	toks := d.sents[si].toks
	mi := d.mentionStarting(si, 0)
	if mi < 0 {
		return false
	}
	m := &d.mentions[mi]
	if m.ent >= 0 || m.kind != byName || toks[0].quoted || toks[0].common || d.knownLower != nil && d.knownLower(toks[0].lower) {
		return false
	}
	v := m.end
	for v < len(toks) && adverbs[toks[v].lower] {
		v++
	}
	return v < len(toks) && isReporting(toks[v]) && !askVerbs[toks[v].lower]
}

// askVerbs report a question, whose answer the one asked gives.
var askVerbs = set(`asked asks asking questioned questions questioning`)

// openingClauseEnd returns the index of the first token after a clause
// that opens sentence si with a subordinating word and ends in a comma
// ("While Tom Hale had …, …"), or 0 where no comma ends it before a
// pronoun: a person its main clause names is the more salient one.
func (d *document) openingClauseEnd(si int) int {
	toks := d.sents[si].toks
	if len(toks) == 0 || toks[0].quoted || !openingSubordinators[toks[0].lower] {
		return 0
	}
	for k, t := range toks {
		switch {
		case t.quoted:
		case t.text == ",":
			return k + 1
		case t.lower == "he" || t.lower == "she":
			return 0 // "When Tom Hale began in 1974 he was …, his …": no comma ends the clause
		}
	}
	return 0
}

// openingSubordinators open a clause that tells when, why or despite
// what, before the main clause of a sentence.
var openingSubordinators = set(`while whilst although though when whereas because since after before if unless`)

// salientPersonFrom is salientPerson among the mentions of sentence si
// that start at token from or after it.
func (d *document) salientPersonFrom(si, from int) int {
	for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
		m := &d.mentions[mi]
		if m.start < from || !d.ownPerson(mi) {
			continue
		}
		if m.kind == byName && (d.qualifier(mi) && d.personAfter(mi) || d.nounModifier(mi)) {
			continue
		}
		if m.kind == byName && d.possessorOfPerson(mi) {
			if d.namedPossessed(mi) {
				continue // "Tom Hale's sister Ana", "Tom Hale's lawyer, Jim Cole": the one named
			}
			return unnamedSalient
		}
		return m.ent
	}
	return -1
}

// personAfter reports whether the next mention of the sentence after
// mention mi, past those that only qualify another ("Acme's Leeds
// manager Jane Doe"), names a person.
func (d *document) personAfter(mi int) bool {
	m := &d.mentions[mi]
	for n := mi + 1; n < d.sentMentions[m.sent][1]; n++ {
		if d.mentions[n].start >= m.end && !d.qualifier(n) {
			return d.mentions[n].kind == byName && d.isPerson(n)
		}
	}
	return false
}

// namedPossessed reports whether the person that mention mi owns
// (possessorOfPerson) is named right after the noun that says who they
// are, or after a comma that follows it: "Tom Hale's sister Ana", "Tom
// Hale's lawyer, Jim Cole".
func (d *document) namedPossessed(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	for k := m.end + 1; k < len(toks) && k <= m.end+5; k++ {
		if n := d.mentionStarting(m.sent, k); n >= 0 {
			return d.mentions[n].kind == byName && d.isPerson(n)
		}
		if t := toks[k]; t.quoted || t.cap || !t.word && t.text != "," {
			return false
		}
	}
	return false
}

// nounModifier reports whether person mention mi, after an article and
// before a lower-case word that is no verb, only qualifies a noun ("the
// Hale campaign", "a Hale administration official"): an article does
// not stand before a person's name.
func (d *document) nounModifier(mi int) bool {
	m := &d.mentions[mi]
	toks := d.sents[m.sent].toks
	if m.start == 0 || m.end >= len(toks) || m.possessive {
		return false
	}
	a, next := toks[m.start-1], toks[m.end]
	if auxiliaries[next.lower] || isReporting(next) || strings.HasSuffix(next.lower, "ed") {
		return false // "the Donald has", "the Donald said": a nickname
	}
	return (a.lower == "the" || a.lower == "a" || a.lower == "an") && !a.quoted && next.word && !next.cap && !next.quoted
}

// mostNamed reports whether no untitled person is named more often in the
// article than person e.
func (d *document) mostNamed(e int) bool {
	counts := map[int]int{}
	for _, m := range d.mentions {
		if m.kind == byName && m.ent >= 0 && d.entities[m.ent].typ == schema.Person && len(d.entities[m.ent].titles) == 0 {
			counts[m.ent]++
		}
	}
	for o, n := range counts {
		if o != e && n > counts[e] {
			return false
		}
	}
	return true
}

// personNouns name people without naming them.
var personNouns = set(`father mother brother sister son daughter wife husband man woman boy girl
friend neighbour neighbor colleague official officials source sources spokesman spokeswoman
spokesperson aide adviser advisor witness victim resident driver doctor teacher lawyer
police officer soldier author writer reporter journalist`)

// unnamedPersonSubject reports whether sentence si begins with a person
// the article does not name ("My father often said", "A police officer
// told"), so that a later "he" is not someone named earlier.
func (d *document) unnamedPersonSubject(si int) bool {
	toks := d.sents[si].toks
	k := 0
	for k < len(toks) && (isQuote(toks[k].text) || toks[k].quoted) {
		k++
	}
	if k >= len(toks) || !(determiners[toks[k].lower] || toks[k].lower == "my" || toks[k].lower == "our" || toks[k].lower == "your") {
		return false
	}
	for n := k + 1; n < len(toks) && n <= k+3; n++ {
		if personNouns[toks[n].lower] || toks[n].title {
			return d.mentionStarting(si, k) < 0 || d.mentions[d.mentionStarting(si, k)].ent < 0
		}
	}
	return false
}

// describes reports whether the definite description or unresolved title
// of mention mi ("the former presenter", "the former foreign secretary")
// can refer to person e, the person named last: its gender fits, a title
// is a former one ("the minister" may be anyone in office), and e holds it
// or has no current title while no one else holds it.
func (d *document) describes(mi, e int, gender byte) bool {
	m := &d.mentions[mi]
	if w := d.sents[m.sent].toks[m.start].lower; w == "a" || w == "an" {
		return false // "a former presenter" is someone unnamed
	}
	head := m.title
	if strings.HasSuffix(head, "woman") || head == "actress" {
		if gender == 'm' {
			return false
		}
	} else if strings.HasSuffix(head, "man") && gender == 'f' {
		return false
	}
	if m.desc {
		return true
	}
	head = titleHead(head)
	if m.title == head {
		// Only a former office is read as a description: "the minister"
		// may be anyone holding it.
		return false
	}
	// A former office is not among the ones the article gave e as current.
	for _, t := range d.entities[e].titles {
		if t == m.title {
			return true
		}
	}
	return len(d.entities[e].titles) == 0 || !d.titleHeld(head)
}

// titleHeld reports whether some person of the article holds the office
// head, so that its former holder is someone else.
func (d *document) titleHeld(head string) bool {
	for _, ent := range d.entities {
		for _, t := range ent.titles {
			if ent.typ == schema.Person && titleHead(t) == head && !strings.HasPrefix(t, "former ") {
				return true
			}
		}
	}
	return false
}

// reporter returns the person whose reporting verb stands right before
// token k ("X said he …", "X insisted that she …"), or -1.
func (d *document) reporter(si, k int) int {
	toks := d.sents[si].toks
	v := k - 1
	if v >= 0 && toks[v].lower == "that" {
		v--
	}
	if v < 0 || !isReporting(toks[v]) || toks[v].quoted {
		return -1
	}
	subj := d.subjectOf(si, v)
	if len(subj) != 1 || !d.isPerson(subj[0]) || d.mentions[subj[0]].kind == byPronoun {
		return -1
	}
	return d.mentions[subj[0]].ent
}

// headOfGovernment returns the only person the article names as owning a
// government or administration ("Jane Doe's government", "the Doe
// administration"), or -1.
func (d *document) headOfGovernment() int {
	found := -1
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != byName || m.ent < 0 || d.entities[m.ent].typ != schema.Person {
			continue
		}
		toks := d.sents[m.sent].toks
		k := m.end
		if m.possessive {
			k++
		}
		if k < len(toks) && (toks[k].lower == "government" || toks[k].lower == "administration") {
			if found >= 0 && found != m.ent {
				return -1
			}
			found = m.ent
		}
	}
	return found
}
