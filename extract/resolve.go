package extract

import (
	"slices"
	"strings"

	"newsgraph/schema"
)

// CanonicalKey is the resolution key of a name (see schema.Key) with
// transliteration variants folded, so that "Tchaikovskyy", "Tchaikovskiy" and
// "Tchaikovsky", or "Dmitri" and "Dmitry", give one key: a word's final
// "yy", "iy", "yi", "ij" or "ii" and a final "i" after a consonant in a
// word of five letters or more all become "y".
func CanonicalKey(name string) string {
	words := strings.Split(schema.Key(name), "-")
	for i, w := range words {
		words[i] = foldWord(w)
	}
	return strings.Join(words, "-")
}

func foldWord(w string) string {
	for _, suf := range []string{"yy", "iy", "yi", "ij", "ii"} {
		if strings.HasSuffix(w, suf) && len(w) > 3 {
			return w[:len(w)-2] + "y"
		}
	}
	if len(w) >= 5 && strings.HasSuffix(w, "i") && !strings.ContainsRune("aeiouy", rune(w[len(w)-2])) {
		return w[:len(w)-1] + "y"
	}
	return w
}

// nameWords are the folded words of a person's name, for matching.
func nameWords(s string) []string {
	k := CanonicalKey(s)
	if k == "" {
		return nil
	}
	return strings.Split(k, "-")
}

// orgKey folds an organisation's name for matching: function words
// dropped ("Institute of Economic Research" = "Institute for Economic Research").
func orgKey(s string) string {
	var out []string
	for _, w := range nameWords(s) {
		if connectors[w] || w == "and" {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, "-")
}

// initials are the first letters of a name's capitalised words ("IFS").
func initials(s string, withConnectors bool) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r := firstRune(w)
		if firstIsUpper(w) || withConnectors && connectors[strings.ToLower(w)] {
			b.WriteRune(r)
		}
	}
	return strings.ToUpper(b.String())
}

// resolve groups name mentions into entities: lexicon names by their
// canonical name, persons by their fullest name with surnames, "Mr X" and
// spelling variants attached, organisations by folded name and acronym.
func (d *document) resolve() {
	newEnt := func(name string, typ schema.Type) int {
		d.entities = append(d.entities, &entity{name: name, typ: typ, forms: map[string]bool{}, country: -1, tokens: nameWords(name)})
		return len(d.entities) - 1
	}
	byLex := map[string]int{}
	byKey := map[string]int{}
	attach := func(mi, e int) {
		m := &d.mentions[mi]
		m.ent = e
		ent := d.entities[e]
		if m.kind == byName {
			ent.forms[m.text] = true
			ent.adjOnly = false
		}
	}
	// Pass 1: lexicon names and adjectives.
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.lexName == "" {
			continue
		}
		e, ok := byLex[m.lexName]
		if !ok {
			e = newEnt(m.lexName, m.typ)
			d.entities[e].adjOnly = true
			byLex[m.lexName] = e
			byKey[orgKey(m.lexName)] = e
		}
		attach(mi, e)
	}
	// Pass 2: names of two words or more, longest first, so that shorter
	// forms attach to the fullest.
	order := make([]int, 0, len(d.mentions))
	for mi, m := range d.mentions {
		if m.kind == byName && m.lexName == "" && m.typ != "" && m.end-m.start >= 2 {
			order = append(order, mi)
		}
	}
	for a := 1; a < len(order); a++ {
		for b := a; b > 0 && d.mentions[order[b]].end-d.mentions[order[b]].start > d.mentions[order[b-1]].end-d.mentions[order[b-1]].start; b-- {
			order[b], order[b-1] = order[b-1], order[b]
		}
	}
	for _, mi := range order {
		m := &d.mentions[mi]
		if m.typ == schema.Person {
			w := nameWords(m.text)
			e := d.matchPerson(w)
			if toks := d.sents[m.sent].toks; len(w) == 1 && honorifics[toks[m.start].lower] {
				// "Mr Doe" written as one name: the honorific tells which Doe.
				e = d.matchSurname(w, honorificGender(toks, m.start+1), plainHonorifics[toks[m.start].lower])
			}
			if e >= 0 {
				attach(mi, e)
				continue
			}
			attach(mi, newEnt(m.text, schema.Person))
			continue
		}
		k := orgKey(m.text)
		if e, ok := byKey[k]; ok {
			attach(mi, e)
			continue
		}
		e := newEnt(m.text, m.typ)
		byKey[k] = e
		attach(mi, e)
	}
	// Pass 3: single words: surnames, "Mr X", acronyms, places.
	for mi := range d.mentions {
		m := &d.mentions[mi]
		if m.kind != byName || m.ent >= 0 {
			continue
		}
		w := nameWords(m.text)
		toks0 := d.sents[m.sent].toks
		if m.end-m.start == 1 && len(w) == 2 && strings.Contains(m.text, "-") {
			// "the Clinton-Warren ticket", "a Smith-Jones race": two
			// people of the article paired, no one person.
			if a, b := d.matchSurname(w[:1], 0, false), d.matchSurname(w[1:], 0, false); a >= 0 && b >= 0 && a != b {
				continue
			}
		}
		e := d.matchPerson(w)
		if len(w) == 1 {
			e = d.matchSurname(w, honorificGender(toks0, m.start), m.start > 0 && plainHonorifics[toks0[m.start-1].lower])
		}
		if e >= 0 {
			attach(mi, e)
			continue
		}
		// "Sir Ben" is British style for Sir Ben Smith; "Prince Ben" or
		// "Mr Ben" is someone else.
		if e := d.matchFirstName(w); e >= 0 && !(m.start > 0 && (toks0[m.start-1].title || honorifics[toks0[m.start-1].lower] && !firstNameHonorifics[toks0[m.start-1].lower])) {
			attach(mi, e) // "Keir" for the article's only Keir
			continue
		}
		if e, ok := byKey[orgKey(m.text)]; ok {
			attach(mi, e)
			continue
		}
		if isAcronym(m.text) {
			ac := strings.ReplaceAll(m.text, ".", "")
			found := -1
			for e, ent := range d.entities {
				if ent.typ == schema.Organization && len(ent.tokens) >= 2 && (initials(ent.name, false) == ac || initials(ent.name, true) == ac) {
					found = e
				}
			}
			if found >= 0 {
				attach(mi, found)
				continue
			}
		}
		typ := m.typ
		toks := d.sents[m.sent].toks
		strong := m.strong
		if (typ == "" || typ == schema.Organization) && !strong && m.start >= 2 && isPossessive(toks[m.start-1]) {
			// "BBC Four's Nightwatch": a name owned by an organisation is
			// one of its outlets, brands or bodies.
			p := d.mentionEnding(m.sent, m.start-1)
			if p < 0 && m.start >= 3 && toks[m.start-2].cap {
				p = d.mentionEnding(m.sent, m.start-2) // "BBC Four's"
			}
			if p >= 0 && d.mentions[p].ent >= 0 && d.entities[d.mentions[p].ent].typ == schema.Organization {
				typ, strong = schema.Organization, true
			}
		}
		if typ == "" {
			// A lone capitalised word is kept when context says what it is.
			if m.end < len(toks) && saysVerb(toks, m.end) {
				typ = schema.Person
				if t, _, ok := d.nerType(toks[m.start].Start, toks[m.end-1].End); ok && t == schema.Organization {
					typ = schema.Organization // "Oxfam said"
				}
			} else {
				continue
			}
		}
		if typ == schema.Organization && !isAcronym(m.text) && !strong && !(m.end < len(toks) && saysVerb(toks, m.end)) {
			continue
		}
		if m.start == 0 && !m.strong && !d.initialAcronym(m) {
			continue // a sentence's first word: capitalised anyway
		}
		e = newEnt(m.text, typ)
		byKey[orgKey(m.text)] = e
		attach(mi, e)
	}
}

// initialAcronym reports whether mention m, the first word of a sentence
// that is not written in capitals throughout, is an acronym the NLP core's
// recogniser reads as an organisation ("FBI director Jane Doe said"): its
// capitals are no matter of position.
func (d *document) initialAcronym(m *mention) bool {
	toks := d.sents[m.sent].toks
	if m.end-m.start != 1 || !isAcronym(m.text) || len(m.text) < 3 || len(m.text) > 5 || m.end >= len(toks) || toks[m.end].cap || !toks[m.end].word {
		return false
	}
	return d.nerExact(toks[m.start].Start, toks[m.start].End, "ORG")
}

// mergeAliases joins the entities of "A, also known as B" and "A (B)":
// one actor under two names.
func (d *document) mergeAliases() {
	for si := range d.sents {
		toks := d.sents[si].toks
		for mi := d.sentMentions[si][0]; mi < d.sentMentions[si][1]; mi++ {
			a := &d.mentions[mi]
			if a.kind != byName || a.ent < 0 {
				continue
			}
			k := a.end
			switch {
			case k+1 < len(toks) && toks[k].text == "(":
				k++
			case k+3 < len(toks) && toks[k].text == "," && toks[k+1].lower == "also" && toks[k+2].lower == "known" && toks[k+3].lower == "as":
				k += 4
			case k+2 < len(toks) && toks[k].lower == "known" && toks[k+1].lower == "as":
				k += 2
			default:
				continue
			}
			b := d.mentionStarting(si, k)
			if b < 0 || d.mentions[b].kind != byName || d.mentions[b].ent < 0 || d.mentions[b].ent == a.ent {
				continue
			}
			if toks[k-1].text == "(" && (d.mentions[b].end >= len(toks) || toks[d.mentions[b].end].text != ")") {
				continue
			}
			if ta, tb := d.entities[a.ent].typ, d.entities[d.mentions[b].ent].typ; ta == schema.Person && isLoc(tb) || isLoc(ta) && tb == schema.Person {
				continue // "Sen. Jane Doe (Texas)", "Jane Doe (Peru)": where she is from
			} else if isLoc(ta) && tb == schema.Organization && d.mentions[b].end+1 < len(toks) && isDash(toks[d.mentions[b].end+1].text) {
				// "LIMA (AP) —": a dateline's agency, which like a
				// byline is no actor of the article.
				d.mentions[b].ent = -1
				continue
			}
			d.merge(a.ent, d.mentions[b].ent)
		}
	}
}

// merge moves every mention of entity from to entity into.
func (d *document) merge(into, from int) {
	for i := range d.mentions {
		if d.mentions[i].ent == from {
			d.mentions[i].ent = into
		}
	}
	for f := range d.entities[from].forms {
		d.entities[into].forms[f] = true
	}
	if !d.entities[from].adjOnly {
		d.entities[into].adjOnly = false
	}
}

// saysVerb reports whether the tokens at i start with a verb that takes a
// person as subject ("said", "told", "has said").
func saysVerb(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+3; k++ {
		w := toks[k].lower
		if reportingVerbs[w] || personVerbs[w] {
			return true
		}
		if !adverbs[w] && w != "has" && w != "had" && w != "have" {
			return false
		}
	}
	return false
}

// matchPerson finds the person entity whose name contains the words w in
// order, ending on the same last word or on a word after the first
// ("Garcia" in "Juan Carlos Garcia Lopez"); the last such entity wins,
// except for a surname alone (see matchSurname).
func (d *document) matchPerson(w []string) int {
	if len(w) == 1 {
		return d.matchSurname(w, 0, false)
	}
	if len(w) == 0 {
		return -1
	}
	found := -1
	for e, ent := range d.entities {
		if ent.typ != schema.Person {
			continue
		}
		if subsequence(w, ent.tokens) {
			found = e
		}
	}
	return found
}

// keepIf narrows cands to those keep accepts, unless none is.
func keepIf(cands []int, keep func(int) bool) []int {
	var out []int
	for _, e := range cands {
		if keep(e) {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return cands
	}
	return out
}

// plainHonorifics are the honorifics of commoners.
var plainHonorifics = set(`mr mr. mrs mrs. ms ms. miss`)

// knighted reports whether the article names person e after a knighthood
// or a peerage ("Sir Jane Doe", "Lord Doe").
func (d *document) knighted(e int) bool {
	for _, m := range d.mentions {
		if m.ent != e || m.kind != byName {
			continue
		}
		toks := d.sents[m.sent].toks
		if britishHonorifics[toks[m.start].lower] || m.start > 0 && britishHonorifics[toks[m.start-1].lower] {
			return true // "Sir Jane Doe", with or without the title in the name
		}
	}
	return false
}

// honorificGender is the gender the honorific before toks[i] gives: 'm'
// ("Mr", "Sir", "Lord"), 'f' ("Mrs", "Ms", "Dame") or 0.
func honorificGender(toks []token, i int) byte {
	if i == 0 {
		return 0
	}
	switch toks[i-1].lower {
	case "mr", "mr.", "sir", "lord", "king", "prince", "duke", "earl", "baron":
		return 'm'
	case "mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "baroness", "queen", "princess", "duchess", "countess":
		return 'f'
	}
	return 0
}

// matchSurname finds the person a surname alone names when several
// people of the article bear it: those whose given names do not
// contradict the gender of the honorific before it (gender: 'm' for "Mr",
// 'f' for "Mrs", 0 for none); after a plain honorific (plain: "Mr Doe"),
// those the article never knights or ennobles, since British style calls
// "Sir Jane Doe" "Sir Jane"; then the one the article names most, the one
// with the shortest name, the one it named first. News names its
// principal actor often and names relatives and namesakes in full once or
// twice ("Jane Doe, the senator's wife"), so a later "Doe said" is the
// senator's; and a headline read as one long name ("Jane Doe Wins Vote")
// is no candidate beside the name itself.
func (d *document) matchSurname(w []string, gender byte, plain bool) int {
	var cands []int
	for e, ent := range d.entities {
		if ent.typ == schema.Person && subsequence(w, ent.tokens) {
			cands = append(cands, e)
		}
	}
	if len(cands) == 0 {
		return -1
	}
	if gender != 0 {
		cands = keepIf(cands, func(e int) bool {
			g := givenNameGender(d.entities[e].name)
			return g == gender || g == 0 // an unknown given name may fit
		})
	}
	// A name that another candidate's name begins ("Jane Doe Wins Vote"
	// beside "Jane Doe") is a headline read as one name.
	cands = keepIf(cands, func(e int) bool {
		for _, o := range cands {
			a, b := d.entities[e].tokens, d.entities[o].tokens
			if o != e && len(b) < len(a) && slices.Equal(a[:len(b)], b) {
				return false
			}
		}
		return true
	})
	if plain {
		cands = keepIf(cands, func(e int) bool { return !d.knighted(e) })
	}
	if len(cands) == 1 {
		return cands[0]
	}
	count := make(map[int]int, len(cands))
	first := make(map[int]int, len(cands))
	for mi := len(d.mentions) - 1; mi >= 0; mi-- {
		if e := d.mentions[mi].ent; e >= 0 {
			count[e]++
			first[e] = mi
		}
	}
	best := cands[0]
	for _, e := range cands[1:] {
		a, b := d.entities[e], d.entities[best]
		switch {
		case count[e] != count[best]:
			if count[e] > count[best] {
				best = e
			}
		case len(a.tokens) != len(b.tokens):
			if len(a.tokens) < len(b.tokens) {
				best = e
			}
		case first[e] < first[best]:
			best = e
		}
	}
	return best
}

func subsequence(short, long []string) bool {
	if len(short) > len(long) {
		return false
	}
	if len(short) == 1 && len(long) > 1 {
		// A single word matches the surname or a later name; a lone
		// first name only a name of two words ("Keir" for "Keir Smith").
		for _, x := range long[1:] {
			if x == short[0] {
				return true
			}
		}
		return false
	}
	k := 0
	for _, x := range long {
		if k < len(short) && x == short[k] {
			k++
		}
	}
	return k == len(short) && short[len(short)-1] == long[len(long)-1]
}

// matchFirstName finds the one person whose two-word name starts with the
// single word w, or -1 when none or several do.
func (d *document) matchFirstName(w []string) int {
	if len(w) != 1 {
		return -1
	}
	found := -1
	for e, ent := range d.entities {
		if ent.typ == schema.Person && len(ent.tokens) == 2 && ent.tokens[0] == w[0] {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// firstNameHonorifics go with a first name ("Sir Ben", "Dame Judi").
var firstNameHonorifics = set(`sir dame`)

// mergeTypeConflicts joins entities that one name was given two types
// for ("Prime Minister Jane Doe" and a caption's "Jane Doe" typed as an
// organisation): the person wins.
func (d *document) mergeTypeConflicts() {
	persons := map[string]int{}
	for e, ent := range d.entities {
		if ent.typ == schema.Person {
			persons[CanonicalKey(ent.name)] = e
		}
	}
	for e, ent := range d.entities {
		if ent.typ == schema.Person || lexiconEntity(ent) {
			continue
		}
		if p, ok := persons[CanonicalKey(ent.name)]; ok && p != e {
			d.merge(p, e)
		}
	}
}

func lexiconEntity(ent *entity) bool {
	return lexiconName(ent.name)
}
