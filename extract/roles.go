package extract

import (
	"strings"

	"newsgraph/extract/lexicon"
	"newsgraph/schema"
)

func isLoc(t schema.Type) bool { return t == schema.Country || t == schema.Place }

// roles reads the titles the article gives people: a title before a name
// ("UK Health Secretary Anna Clarke", "the BBC's chief correspondent Tom
// Hale", "the Kenyan leader, Peter Otieno") and a title in apposition
// after one ("Jane Doe, the French foreign minister,"). A country, demonym,
// party or organisation just before the title is where it is held.
func (d *document) readRoles() {
	for si := range d.sents {
		toks := d.sents[si].toks
		for i := 0; i < len(toks); i++ {
			if !toks[i].title || i > 0 && toks[i-1].title {
				continue
			}
			e := i
			for e < len(toks) && toks[e].title {
				e++
			}
			if e-1 > i && britishHonorifics[toks[e-1].lower] {
				e-- // "Green peer Baroness Jane Doe": the peer is a baroness
			}
			if toks[i].quoted {
				i = e - 1
				continue
			}
			// "vice presidential candidate Gov. Jane Doe": two titles,
			// the abbreviated one written right before the name.
			first, firstAt := "", -1
			for p := i + 1; p < e; p++ {
				_, short := titleAbbreviations[toks[p-1].lower]
				if _, ok := titleAbbreviations[toks[p].lower]; ok && strings.HasSuffix(toks[p].text, ".") && !short && lexicon.Default().Title(toks[p-1].lower) {
					first, firstAt = d.text[toks[i].Start:toks[p-1].End], i
					i = p
					break
				}
			}
			title := d.text[toks[i].Start:toks[e-1].End]
			if exPrefixed(toks[i]) {
				title = "former " + title[3:] // "Ex-health secretary"
			} else if i > 0 && exPrefixed(toks[i-1]) {
				title = "former " + title // "ex-Tory chancellor"
			}
			// "ambassador to NATO Jane Doe": the title includes where to.
			if e+1 < len(toks) && toks[e].lower == "to" {
				if om := d.mentionStarting(si, e+1); om >= 0 && d.mentions[om].ent >= 0 && d.mentions[om].kind == byName && !d.isPerson(om) {
					if pm := d.mentionStarting(si, d.mentions[om].end); pm >= 0 && d.isPerson(pm) && d.mentions[pm].kind == byName {
						e = d.mentions[om].end
						title = d.text[toks[i].Start:toks[e-1].End]
					}
				}
			}
			// "former UK ambassador": "former" before the qualifier.
			if q := d.mentionEnding(si, i); q >= 0 && d.mentions[q].start > 0 && toks[d.mentions[q].start-1].lower == "former" && !strings.HasPrefix(strings.ToLower(title), "former") {
				title = "former " + title
			}
			// "Mayor of London Jane Doe": the place after "of"; "the
			// chairman of the Acme Group, Jane Doe,": the body, and the
			// apposition read below.
			org := -1
			if e+1 < len(toks) && toks[e].lower == "of" {
				at := e + 1
				if at+1 < len(toks) && toks[at].lower == "the" {
					at++
				}
				if om := d.mentionStarting(si, at); om >= 0 && d.mentions[om].ent >= 0 && d.mentions[om].kind == byName && d.entities[d.mentions[om].ent].typ != schema.Person {
					next := d.mentions[om].end
					if next < len(toks) && toks[next].text == "," && at > e+1 {
						next++
					}
					if pm := d.mentionStarting(si, next); pm >= 0 && d.isPerson(pm) && d.mentions[pm].kind == byName {
						org = d.mentions[om].ent
						e = d.mentions[om].end
					}
				}
			}
			// Person after the title, possibly after a comma.
			k := e
			comma := false
			if k < len(toks) && toks[k].text == "," {
				k++
				comma = true
			}
			if k < len(toks) && honorifics[toks[k].lower] {
				k++ // "Labour MP Lord Smith"
			}
			pm := d.mentionStarting(si, k)
			if comma && (pm < 0 || !d.isPerson(pm)) && !d.inIntro(si, i) {
				// "the paper's editor, Senator Jane Doe": a
				// second title of the person after the comma, which
				// its own turn reads. After an introductory phrase
				// the comma ends it ("In a swipe at the businessman,
				// Sen. Jane Doe said"): no apposition.
				pm = d.personAfterTitle(si, k)
			}
			if pm >= 0 && d.mentions[pm].ent >= 0 && d.mentions[pm].kind == byName && d.entities[d.mentions[pm].ent].typ == schema.Person {
				if comma && (!(i > 0 && (determiners[toks[i-1].lower] || isPossessive(toks[i-1]) || d.mentionEnding(si, i) >= 0)) || d.titleAfterAs(si, i) && saysVerb(toks, d.mentions[pm].end)) {
					i = e - 1
					continue
				}
				if org < 0 {
					org = d.qualifierBefore(si, i)
				}
				one, plural := singularTitle(title)
				if plural {
					title = one
				}
				d.addRole(d.mentions[pm].ent, title, org, si)
				if first != "" {
					d.addRole(d.mentions[pm].ent, first, d.qualifierBefore(si, firstAt), si)
				}
				if plural {
					// "Sens. Jane Doe (D-Ohio) and Tom Hale (R-Fla.)":
					// a plural title goes to every name it heads.
					for _, q := range d.personsListedAfter(si, pm) {
						d.addRole(d.mentions[q].ent, one, org, si)
					}
				}
				i = e - 1
				continue
			}
			// Apposition: "Name, the [qualifier] title [of X],".
			j := i - 1
			org = d.qualifierBefore(si, i)
			for j >= 0 {
				if toks[j].lower == "the" || toks[j].lower == "former" || toks[j].lower == "a" || toks[j].lower == "an" {
					j--
					continue
				}
				if isPossessive(toks[j]) {
					j--
					if j >= 1 && toks[j-1].lower == "the" && kindNouns[toks[j].lower] {
						j -= 2 // "Jane Doe, the party's treasurer,": qualifierBefore read it
						continue
					}
				}
				mi := d.mentionEnding(si, j+1)
				if mi < 0 || d.mentions[mi].ent < 0 || d.mentions[mi].kind == byPronoun || d.entities[d.mentions[mi].ent].typ == schema.Person {
					break
				}
				j = d.mentions[mi].start - 1
			}
			// "Jane Doe, who served as chairman of X," "…, who is the
			// director of X,": a relative clause that gives the title,
			// a past one when it was.
			past := false
			if j >= 3 && (toks[j].lower == "now" || toks[j].lower == "also" || toks[j].lower == "currently") && (toks[j-1].lower == "is" || toks[j-1].lower == "was") {
				j-- // "who is now X's deputy leader"
			}
			switch {
			case j >= 3 && toks[j].lower == "as" && (toks[j-1].lower == "served" || toks[j-1].lower == "serves") && toks[j-2].lower == "who":
				past = toks[j-1].lower == "served"
				j -= 3
			case j >= 2 && (toks[j].lower == "is" || toks[j].lower == "was") && toks[j-1].lower == "who":
				past = toks[j].lower == "was"
				j -= 2
			}
			if past && !strings.HasPrefix(strings.ToLower(title), "former ") {
				title = "former " + title
			}
			if j >= 1 && toks[j].text == "," {
				end := j
				if j >= 4 && toks[j-1].text == ")" && toks[j-3].text == "(" && partyState(strings.TrimRight(toks[j-2].text, ".")) {
					end = j - 3 // "Rep. Jane Doe (D-Ohio), head of …"
				}
				if mi := d.mentionEnding(si, end); mi >= 0 && d.mentions[mi].kind == byName && d.mentions[mi].ent >= 0 && d.entities[d.mentions[mi].ent].typ == schema.Person {
					closed := false
					if org < 0 && e+1 < len(toks) && (toks[e].lower == "of" || toks[e].lower == "at" || toks[e].lower == "for") {
						org, closed = d.orgAfterOf(si, e+1)
					}
					// A national office ("president of a company") whose
					// organisation is not named would be given the
					// article's country (homeCountry): leave it out.
					if e >= len(toks) || toks[e].text == "," || toks[e].text == "." || org >= 0 || closed && !nationalTitle(title) {
						d.addRole(d.mentions[mi].ent, title, org, si)
					}
				}
			}
			i = e - 1
		}
	}
}

// singularTitle returns the singular of a plural title written before
// names ("Sens." -> "Sen.", "Senators" -> "Senator", "Foreign Ministers"
// -> "Foreign Minister"), and whether title is one.
func singularTitle(title string) (string, bool) {
	lt := strings.ToLower(title)
	if strings.HasSuffix(lt, "s.") && len(title) > 2 {
		if _, ok := titleAbbreviations[lt[strings.LastIndexByte(" "+lt, ' '):]]; ok {
			return title[:len(title)-2] + ".", true
		}
		return "", false
	}
	w := strings.Fields(lt)
	if last := w[len(w)-1]; len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && lexicon.Default().Title(last[:len(last)-1]) {
		return title[:len(title)-1], true
	}
	return "", false
}

// personsListedAfter returns the persons named after person mention pm in
// a list joined by commas and "and", past the party-and-state tag or the
// short apposition after each name ("Jane Doe (D-Ohio) and Tom Hale",
// "Jane Doe, Republican of Iowa, and Tom Hale").
func (d *document) personsListedAfter(si, pm int) []int {
	toks := d.sents[si].toks
	var out []int
	k := d.mentions[pm].end
	for len(out) < 6 && k < len(toks) {
		if toks[k].text == "(" {
			for k < len(toks) && toks[k].text != ")" && k < d.mentions[pm].end+8 {
				k++
			}
			k++
		}
		if k+1 < len(toks) && toks[k].text == "," && !toks[k+1].cap || k+1 < len(toks) && toks[k].text == "," && d.mentionStarting(si, k+1) >= 0 && !d.isPerson(d.mentionStarting(si, k+1)) {
			// ", Republican of Iowa,": an apposition to the name.
			j := k + 1
			for j < len(toks) && j < k+6 && toks[j].text != "," {
				j++
			}
			if j >= len(toks) || toks[j].text != "," {
				break
			}
			k = j
		}
		if k >= len(toks) || toks[k].text != "," && toks[k].lower != "and" {
			break
		}
		last := toks[k].lower == "and"
		k++
		if !last && k < len(toks) && toks[k].lower == "and" {
			last = true
			k++
		}
		q := d.mentionStarting(si, k)
		if q < 0 || d.mentions[q].kind != byName || d.mentions[q].ent < 0 || !d.isPerson(q) {
			break
		}
		out = append(out, q)
		k = d.mentions[q].end
		pm = q
		if last {
			break
		}
	}
	return out
}

// titleAfterAs reports whether the title at toks[i], with its qualifier
// and determiner, follows "as". Before a comma and a name that says
// something it belongs to the reported clause ("as he begins his second
// term as US President, Jane Doe said"), not to the speaker; before a
// name that does something it is the name's ("As a senator, Jane Doe
// voted").
func (d *document) titleAfterAs(si, i int) bool {
	toks := d.sents[si].toks
	s := i
	if m := d.mentionEnding(si, i); m >= 0 {
		s = d.mentions[m].start
	}
	for s > 0 && (determiners[toks[s-1].lower] || isPossessive(toks[s-1]) || toks[s-1].lower == "former") {
		s--
	}
	return s > 0 && toks[s-1].lower == "as"
}

// orgAfterOf reads the organisation of a title in apposition from the
// words after its "of", "at" or "for" at token k: the name right after
// it, or inside the capitalised words that start there ("of the National
// Audit Office" when only "Audit Office" is a name). closed reports
// whether a comma or full stop ends the phrase within ten words, so that
// "Jane Doe, chief executive of a charity in Lima, said" is still her
// title, held where the words do not say.
func (d *document) orgAfterOf(si, k int) (org int, closed bool) {
	toks := d.sents[si].toks
	org = -1
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	if om := d.mentionStarting(si, k); om >= 0 && d.mentions[om].ent >= 0 && !(d.isPerson(om) && d.mentions[om].possessive) {
		// Not "chairman of Jane Doe's campaign": her campaign, not she.
		org = d.mentions[om].ent
	}
	for j := k + 1; org < 0 && j < len(toks) && toks[j-1].cap && toks[j].cap && !toks[j].quoted; j++ {
		if om := d.mentionStarting(si, j); om >= 0 && d.mentions[om].ent >= 0 && !d.isPerson(om) && d.mentions[om].kind != byPronoun {
			org = d.mentions[om].ent
		}
	}
	// "director of debate at the University of Eastfold": a field in
	// lower case, then where.
	for j := k; org < 0 && j < len(toks) && j < k+4 && toks[j].word && !toks[j].cap; j++ {
		if p := toks[j].lower; j > k && (p == "at" || p == "for") {
			n := j + 1
			if n < len(toks) && toks[n].lower == "the" {
				n++
			}
			if om := d.mentionStarting(si, n); om >= 0 && d.mentions[om].ent >= 0 && d.mentions[om].kind == byName && !d.isPerson(om) {
				org = d.mentions[om].ent
			}
			break
		}
	}
	for j := k; j < len(toks) && j < k+10; j++ {
		if t := toks[j]; t.quoted || isDash(t.text) || t.text == ";" || t.text == ":" {
			break
		}
		if toks[j].text == "," || toks[j].text == "." {
			closed = true
			break
		}
	}
	return org, closed
}

// personAfterTitle returns the person named after a title that starts at
// token k, with its qualifier ("Green MP Jane Doe", "French minister
// Jean Roy"), or -1.
func (d *document) personAfterTitle(si, k int) int {
	toks := d.sents[si].toks
	if q := d.mentionStarting(si, k); q >= 0 && d.mentions[q].ent >= 0 && !d.isPerson(q) && !d.mentions[q].possessive {
		k = d.mentions[q].end
	}
	e := k
	for e < len(toks) && toks[e].title {
		e++
	}
	if e == k {
		return -1
	}
	if e < len(toks) && honorifics[toks[e].lower] {
		e++
	}
	if pm := d.mentionStarting(si, e); pm >= 0 && d.isPerson(pm) && d.mentions[pm].kind == byName {
		return pm
	}
	return -1
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// qualifierBefore returns the entity of a country, demonym, party or
// organisation just before the title at token i ("UK", "French", "the
// BBC's", "Chinese counterpart"), or -1.
func (d *document) qualifierBefore(si, i int) int {
	toks := d.sents[si].toks
	k := i
	if k > 0 && toks[k-1].lower == "counterpart" {
		k--
	}
	if k > 0 && isPossessive(toks[k-1]) {
		k--
	}
	mi := d.mentionEnding(si, k)
	if mi < 0 {
		if k < i && k >= 2 && toks[k-2].lower == "the" && kindNouns[toks[k-1].lower] {
			// "the paper's editor": the paper named before.
			return d.orgOfKind(si, k-2, toks[k-1].lower)
		}
		return -1
	}
	m := &d.mentions[mi]
	if m.ent < 0 || m.kind == byPronoun || m.kind == byTitle {
		return -1
	}
	if t := d.entities[m.ent].typ; t == schema.Person || t == schema.Event {
		return -1
	}
	return m.ent
}

// kindNouns name the kind of an organisation, so that "the paper's
// editor" and "the party's treasurer" hold their office in one named
// before.
var kindNouns = union(mediaNouns, set(`party union charity company firm bank council committee
commission group`))

// orgOfKind finds the organisation that "the magazine", "the party" … at
// token k of sentence si stands for: the nearest organisation named before
// it in the sentence or the three before that the article calls by that
// noun ("the Daily Sentinel newspaper", "the charity Hope Trust", "Green
// Party").
// "paper" and "newspaper" are one kind.
func (d *document) orgOfKind(si, k int, noun string) int {
	for mi := d.sentMentions[si][1] - 1; mi >= 0; mi-- {
		m := &d.mentions[mi]
		if m.sent < si-3 {
			break
		}
		if m.sent == si && m.start >= k || m.ent < 0 || m.kind == byPronoun || m.kind == byTitle || d.entities[m.ent].typ != schema.Organization {
			continue
		}
		if d.calledBy(m.ent, noun) {
			return m.ent
		}
	}
	return -1
}

// calledBy reports whether the article calls organisation e by the kind
// noun: its name ends in the noun, or the noun stands right after or right
// before one of its names.
func (d *document) calledBy(e int, noun string) bool {
	same := func(w string) bool {
		return w == noun || (w == "paper" || w == "newspaper") && (noun == "paper" || noun == "newspaper")
	}
	if w := strings.Fields(strings.ToLower(d.entities[e].name)); len(w) > 1 && same(w[len(w)-1]) {
		return true
	}
	for _, m := range d.mentions {
		if m.ent != e || m.kind != byName {
			continue
		}
		toks := d.sents[m.sent].toks
		if m.end < len(toks) && !m.possessive && same(toks[m.end].lower) || m.start > 0 && same(toks[m.start-1].lower) {
			return true
		}
	}
	return false
}

// addRole records a role once per person and title.
func (d *document) addRole(person int, title string, org int, si int) {
	title = strings.TrimSpace(title)
	key := normTitle(title) + "\x00" + d.entities[person].name
	ent := d.entities[person]
	if org >= 0 && ent.country < 0 {
		ent.country = org
	}
	lt := strings.ToLower(title)
	has := false
	for _, t := range ent.titles {
		if t == lt {
			has = true
		}
	}
	if !has {
		ent.titles = append(ent.titles, lt)
	}
	if d.roleSeen[key] {
		// A later mention may name where the role is held.
		if org >= 0 {
			for i := range d.roles {
				if d.roles[i].Person == person && normTitle(d.roles[i].Title) == normTitle(title) && d.roles[i].Org < 0 {
					d.roles[i].Org = org
				}
			}
		}
		return
	}
	d.roleSeen[key] = true
	d.roles = append(d.roles, Role{Person: person, Title: title, Org: org, Evidence: d.evidence(si)})
}

func (d *document) evidence(si int) Evidence {
	s := d.sents[si]
	return Evidence{Sentence: si, Span: s.Span, Text: d.text[s.Start:s.End]}
}

// nationalTitle reports whether a title is a national office, held in a
// country: "President", "Prime Minister", "Home Secretary", "Chancellor".
func nationalTitle(t string) bool {
	t = strings.TrimPrefix(strings.ToLower(t), "former ")
	switch t {
	case "president", "prime minister", "premier", "chancellor", "vice president",
		"deputy prime minister", "secretary of state":
		return true
	}
	w := strings.Fields(t)
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	if last != "secretary" && last != "minister" {
		return false
	}
	switch w[0] {
	case "press", "general", "party", "parliamentary", "private", "permanent", "cabinet":
		return false
	}
	return true
}

// homeCountry gives a country to national offices the article names
// without one ("Prime Minister Jane Doe", "the chancellor"): the country
// the article mentions most, unless someone else holds that office there.
// A title such as "Home Secretary" with the domain before "Secretary" is
// British usage, so it goes to the United Kingdom when the article
// mentions it at all.
func (d *document) homeCountry() {
	counts := map[int]int{}
	for _, m := range d.mentions {
		if m.ent >= 0 && d.entities[m.ent].typ == schema.Country && (m.kind == byName || m.kind == byAdjective) {
			counts[m.ent]++
		}
	}
	uk := -1
	for e, ent := range d.entities {
		if ent.name == "United Kingdom" {
			uk = e
		}
	}
	// British usage marks a British article: knighthoods ("Sir Jane
	// Doe") and titles such as "Home Secretary" without a country.
	british := false
	for _, m := range d.mentions {
		if m.kind == byName && m.start > 0 && britishHonorifics[d.sents[m.sent].toks[m.start-1].lower] {
			british = true
		}
	}
	// So do the names only British politics uses: "the Tories", "Downing
	// Street", "Whitehall".
	for _, m := range d.mentions {
		if m.kind != byAdjective && m.kind != byName {
			continue
		}
		if britishNames[strings.ToLower(m.text)] {
			british = true
		}
	}
	// Knighthoods and British names mark the article surely; a title of
	// the "Home Secretary" shape less so (American news writes "Treasury
	// Secretary" too).
	surelyBritish := british
	for _, r := range d.roles {
		w := strings.Fields(strings.ToLower(r.Title))
		if r.Org < 0 && len(w) >= 2 && w[len(w)-1] == "secretary" && w[0] != "secretary" && nationalTitle(r.Title) {
			british = true
		}
	}
	home := -1
	if british && uk >= 0 && counts[uk] > 0 {
		home = uk
	}
	// American usage marks an American article as surely: "Rep." and
	// "Sen." before names, party-and-state tags ("D-Ohio"), and the names
	// of institutions only American politics has.
	americanHome := false
	us := d.namedCountry("United States")
	if home < 0 && !surelyBritish && us >= 0 && counts[us] > 0 && d.american() {
		home, americanHome = us, true
	}
	for i := range d.roles {
		r := &d.roles[i]
		if r.Org >= 0 || !nationalTitle(r.Title) {
			continue
		}
		held := map[int]bool{}
		for _, o := range d.roles {
			if o.Person != r.Person && o.Org >= 0 && strings.EqualFold(o.Title, r.Title) {
				held[o.Org] = true
			}
		}
		if presidential(r.Title) && uk >= 0 {
			held[uk] = true // the United Kingdom has no president
		}

		switch {
		case americanHome && !americanOffice(r.Title):
			// "Prime Minister Jane Doe" in American news: a foreign one.
		case americanHome && presidential(r.Title):
			// American news names past presidents too ("President
			// Truman"), so the office held by another is no obstacle.
			r.Org = home
			continue
		case home >= 0 && !held[home]:
			r.Org = home
			continue
		}
		if surelyBritish && home < 0 && !presidential(r.Title) {
			// A British article that never names the United Kingdom: its
			// bare offices are British ones, not those of the country it
			// names most ("Defence Secretary X and Prime Minister Y" in
			// a report on Iraq).
			continue
		}
		best, bestN, tie := -1, 0, false
		for e, n := range counts {
			if held[e] {
				continue
			}
			switch {
			case n > bestN:
				best, bestN, tie = e, n, false
			case n == bestN:
				tie = true
			}
		}
		// The United States has no prime minister, chancellor or
		// minister: one in an article that names it most is another
		// country's, which the article does not tell ("Prime Minister
		// Jane Doe" in American news about Japan).
		if best >= 0 && !tie && !(best == us && !americanOffice(r.Title)) {
			r.Org = best
		}
	}
}

// americanOffice reports whether a national office is one the United
// States has: its presidency and its secretaries, not a prime minister's,
// a minister's or a chancellor's.
func americanOffice(t string) bool {
	return presidential(t) || strings.Contains(strings.ToLower(t), "secretary")
}

// namedCountry returns the entity of the country the lexicon calls name,
// or -1 when the article does not name it.
func (d *document) namedCountry(name string) int {
	for e, ent := range d.entities {
		if ent.name == name && ent.typ == schema.Country {
			return e
		}
	}
	return -1
}

// american reports whether the article uses what only American news
// does: "Rep." or "Sen." before a name, a party-and-state tag ("D-Ohio"),
// or a name of americanNames.
func (d *document) american() bool {
	for _, m := range d.mentions {
		if m.kind != byName && m.kind != byAdjective {
			continue
		}
		toks := d.sents[m.sent].toks
		if m.kind == byName && m.start > 0 && americanTitles[toks[m.start-1].text] {
			return true
		}
		if americanNames[strings.ToLower(m.text)] {
			return true
		}
	}
	for _, s := range d.sents {
		for i, t := range s.toks {
			if i > 0 && s.toks[i-1].text == "(" && partyState(strings.TrimRight(t.text, ".),")) {
				return true
			}
		}
	}
	return false
}

// americanTitles are the abbreviated titles only American news writes
// before a legislator's name.
var americanTitles = set(`Rep. Sen. Reps. Sens.`)

// americanNames are names of institutions found only in American
// politics.
var americanNames = map[string]bool{"white house": true, "capitol hill": true, "pentagon": true, "gop": true,
	"oval office": true, "house of representatives": true}

// britishNames are names of parties and institutions found only in
// British politics.
var britishNames = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range []string{"tory", "tories", "whitehall", "downing street", "number 10", "no 10",
		"westminster", "house of commons", "commons", "lib dems", "liberal democrats", "holyrood"} {
		m[n] = true
	}
	return m
}()

// presidential reports whether a title is a presidency, an office the
// United Kingdom does not have.
func presidential(t string) bool {
	switch strings.TrimPrefix(strings.ToLower(t), "former ") {
	case "president", "vice president", "vice-president":
		return true
	}
	return false
}

// normTitle folds a title for comparison: case, American spelling and the
// "Secretary of X" word order ("Secretary of Defense" = "Defence
// Secretary").
func normTitle(t string) string {
	w := strings.Fields(strings.ToLower(t))
	for i, x := range w {
		if x == "defense" {
			w[i] = "defence"
		}
	}
	if len(w) >= 3 && (w[0] == "secretary" || w[0] == "minister") && w[1] == "of" {
		rest := w[2:]
		if len(rest) > 1 && rest[0] == "the" {
			rest = rest[1:]
		}
		w = append(append([]string{}, rest...), w[0])
	}
	return strings.Join(w, " ")
}

// britishHonorifics are British titles of honour.
var britishHonorifics = set(`sir dame lord baroness`)
