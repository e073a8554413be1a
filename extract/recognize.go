package extract

import (
	"slices"
	"strings"
	"unicode"

	"newsgraph/extract/lexicon"
	"newsgraph/schema"
)

// recognizer finds the mentions of one sentence: names with a type guess,
// pronouns and titles used in place of a name. The rule-based recognizer
// below reads capitalisation, the lexicons and the words around a name;
// a recognizer backed by the NLP core's NER can take its place.
type recognizer interface {
	recognize(d *document, si int) []mention
}

// ruleRecognizer recognizes names by hand-written rules: news capitalises
// names, and the words next to a name (a title, "Mr", "in", "Party",
// "Institute") tell its type more reliably than a model trained on other
// text would, with no training data of our own.
type ruleRecognizer struct {
	lex *lexicon.Lexicon
}

// markTitles marks the tokens of titles of office and returns their spans.
func (r ruleRecognizer) markTitles(d *document, toks []token) [][2]int {
	var spans [][2]int
	for i := 0; i < len(toks); i++ {
		end := r.matchTitle(d, toks, i)
		if end <= i && exPrefixed(toks[i]) {
			// "Ex-health secretary Jane Doe", "ex-minister Tom Hale":
			// a former holder's title, matched without its "ex-".
			c := slices.Clone(toks)
			c[i].lower = c[i].lower[3:]
			end = r.matchTitle(d, c, i)
		}
		if end <= i || end == i+1 && (r.surnameAt(toks, i) || i > 0 && toks[i].cap && toks[i-1].cap && d.nerPerson(toks[i-1].Start, toks[i].End)) {
			continue // "Oona King": a surname the recogniser reads with the name
		}
		if i > 0 && !toks[i].cap && (verbBefore[toks[i-1].lower] || toks[i-1].lower == "to" && verbTitles[toks[i].lower]) {
			continue // "would counsel Jane Doe", "to host Tom Hale": a verb
		}
		// "Minister for Defence Procurement, said": common words
		// written in capitals after a title's domain, and before no
		// name, go on with the domain.
		if end > i+2 && toks[end-1].cap && toks[i].cap && slices.ContainsFunc(toks[i:end], func(t token) bool { return t.lower == "for" }) {
			e := end
			for e < len(toks) && e-end < 3 && toks[e].cap && toks[e].word && !toks[e].title {
				e++
			}
			if e > end && (e == len(toks) || !toks[e].cap && !connectors[toks[e].lower]) && d.commonWords(toks[end:e]) {
				end = e
			}
		}
		// "a Department for Constitutional Affairs spokeswoman": the
		// capitalised modifiers after a body's "for" or "of" end its
		// name, and the title is what follows them.
		if i >= 2 && (toks[i-1].lower == "for" || toks[i-1].lower == "of") && toks[i-2].cap && !toks[i-2].title && toks[i].cap {
			k := i
			for k < end && (toks[k].cap && titleModifiers[toks[k].lower] || toks[k].lower == "and") {
				k++
			}
			if k > i && k < end {
				i = k
			}
		}
		// "the Scottish Conservative Party leader": "Party" ends the
		// party's name; "Breitbart News Executive Chairman": so do
		// modifiers that end a name the lexicon knows.
		if i > 0 && toks[i-1].cap && toks[i-1].word && !toks[i-1].title && toks[i].cap {
			if toks[i].lower == "party" && i+1 < end {
				i++
			} else {
				s := i - 1
				for s > 0 && toks[s-1].cap && toks[s-1].word && !toks[s-1].title {
					s--
				}
				for k := i; k+1 < end && toks[k].cap && titleModifiers[toks[k].lower]; k++ {
					if _, ok := r.lex.Name(d.text[toks[s].Start:toks[k].End]); ok {
						i = k + 1
						break
					}
				}
			}
		}
		for k := i; k < end; k++ {
			toks[k].title = true
		}
		spans = append(spans, [2]int{i, end})
		i = end - 1
	}
	return spans
}

// surnameAt reports whether the capitalised title word at toks[i] is a
// surname: many titles are also family names ("King", "Bishop", "Judge"),
// and after a given name or "Mr" ("Charlie King said", "Ms Bishop") the
// word names the person instead of giving their office.
func (r ruleRecognizer) surnameAt(toks []token, i int) bool {
	if i == 0 || !toks[i].cap || toks[i].quoted {
		return false
	}
	p := toks[i-1]
	if surnameHonorifics[p.lower] {
		return true
	}
	return p.cap && !p.title && !p.quoted && (r.lex.FirstName(p.text) || r.lex.Gender(p.text) != 0)
}

// surnameHonorifics go with a surname ("Mr King"), never with an office.
var surnameHonorifics = set(`mr mr. mrs mrs. ms ms. miss dr dr.`)

// matchTitle matches [modifiers] head [of State|of Defence…] at toks[i:]
// and returns the end, or i when there is no title.
func (r ruleRecognizer) matchTitle(d *document, toks []token, i int) int {
	j := i
	best := i
	for j < len(toks) {
		// Longest head at j.
		for n := min(r.lex.TitleWords(), len(toks)-j); n >= 1; n-- {
			if r.lex.Title(joinLower(toks[j:j+n])) || n == 1 && r.pluralTitleBeforeName(d, toks, j) {
				end := j + n
				// "Secretary of Defence", "Minister of Foreign Affairs",
				// "Minister for Europe" (with "for" only before
				// capitals: "spokesman for health" is a brief).
				if end+1 < len(toks) && (toks[end].lower == "of" || toks[end].lower == "for" && (toks[end-1].cap || toks[end+1].cap)) {
					k := end + 1
					if k < len(toks) && toks[k].lower == "the" {
						k++
					}
					// A title written in lower case takes its domain in
					// lower case too ("secretary of the economy"), but
					// for one after "for" ("director general for
					// Europe").
					lower := !toks[end-1].cap && toks[end].lower == "of"
					m := k
					for m < len(toks) && (toks[m].cap || lower) && (titleModifiers[toks[m].lower] || toks[m].lower == "state") {
						m++
						// "Minister for Women and Equalities", "Secretary
						// of State for Culture, Media and Sport".
						if m > k && m+1 < len(toks) && toks[m].lower == "and" && toks[m+1].cap == toks[m-1].cap && titleModifiers[toks[m+1].lower] {
							m++
						}
						if n := domainList(toks, m); n > m {
							m = n
						}
					}
					// In lower case only a domain that ends the phrase
					// ("…, secretary of the economy,") or comes before a
					// name: "director of political advertising" and
					// "leader of the opposition in Ohio" keep the bare
					// title, whose "of" phrase the role reads.
					whole := !lower || m >= len(toks) || toks[m].text == "," || toks[m].text == "." || toks[m].cap
					if toks[end].lower == "for" && m < len(toks) {
						// "spokesman for World Relief", "a spokesman for
						// European … Commissioner X": after "for" a
						// lower-case title's domain ends the phrase, and
						// no title follows any.
						whole = whole && !r.lex.Title(toks[m].lower) && (toks[end-1].cap || toks[m].text == "," || toks[m].text == ".")
					}
					if m > k && whole && !r.nameGoesOn(toks, k, m) {
						end = m
					}
				}
				if end < len(toks) && toks[end].lower == "general" && toks[end-1].lower != "attorney" {
					end++
				}
				if end > best {
					best = end
				}
				break
			}
		}
		if end := compoundChief(toks, j); end > best {
			best = end
		}
		if !titleModifiers[toks[j].lower] {
			break
		}
		j++
		// "Work and Pensions Secretary".
		if j+1 < len(toks) && toks[j].lower == "and" && toks[j+1].cap && titleModifiers[toks[j+1].lower] {
			j++
		}
	}
	// Modifiers alone are not a title; a title that is one lower-case
	// word after a capitalised one is part of a name ("Amnesty
	// International" has none; "Labour leader" has one).
	return best
}

// pluralTitleBeforeName reports whether toks[j] is the plural of a title
// written in capitals before a name ("Senators Jane Doe and Tom Hale",
// "Senators Doe and Hale"), which singularTitle gives each name.
func (r ruleRecognizer) pluralTitleBeforeName(d *document, toks []token, j int) bool {
	t := toks[j]
	if !t.cap || strings.HasSuffix(t.text, ".") || j+1 >= len(toks) || !toks[j+1].cap || !toks[j+1].word {
		return false
	}
	if _, plural := singularTitle(t.text); !plural || j > 0 && toks[j-1].cap && toks[j-1].word {
		return false // "the Republican Governors Association"
	}
	e := j + 1
	for e < len(toks) && toks[e].cap && toks[e].word {
		e++
	}
	if suffixType(toks[j+1:e]) != "" {
		return false // "Kings Cross", "Earls Court": a place's name
	}
	// A given name follows, or a list of surnames the article gives
	// persons ("Senators Doe and Hale").
	if r.lex.FirstName(toks[j+1].text) || r.lex.Gender(toks[j+1].text) != 0 {
		return true
	}
	return e == j+2 && d.personWords[toks[j+1].text] && e+1 < len(toks) && (toks[e].lower == "and" || toks[e].text == ",") && toks[e+1].cap && toks[e+1].word
}

// domainAdjectives are title modifiers that qualify a domain noun
// ("National Security", "Foreign Affairs") and are none alone.
var domainAdjectives = set(`national international european foreign economic political digital
environmental social special local regional constitutional parliamentary presidential
congressional rural legal royal diplomatic medical industrial armed`)

// domainList returns where a list of capitalised title domains that
// continues a domain at a comma at toks[m] ends before its last item
// (", Media and Sport" after "Culture"), or m when there is none.
func domainList(toks []token, m int) int {
	if m >= len(toks) || toks[m].text != "," || !toks[m-1].cap {
		return m
	}
	for k := m + 1; k+1 < len(toks) && toks[k].cap && titleModifiers[toks[k].lower]; k += 2 {
		switch toks[k+1].text {
		case ",":
		case "and":
			if k+2 < len(toks) && toks[k+2].cap && titleModifiers[toks[k+2].lower] {
				return k + 2
			}
			return m
		default:
			return m
		}
	}
	return m
}

// nameGoesOn reports whether the capitalised title modifiers toks[k:m]
// after a title's "of" begin the name of an organisation or a place
// rather than end the title: "director of the National Audit Office",
// unlike "Secretary of Defence Jane Doe" and "Minister of Foreign
// Affairs".
func (r ruleRecognizer) nameGoesOn(toks []token, k, m int) bool {
	e := m
	for e < len(toks) && toks[e].cap && toks[e].word && !toks[e].title {
		e++
	}
	if e == m {
		return false
	}
	// "executive director of National Nurses United": an adjective
	// names no domain of its own.
	if domainAdjectives[toks[m-1].lower] && !slices.ContainsFunc(toks[m:e], func(t token) bool { return r.lex.FirstName(t.text) || r.lex.Gender(t.text) != 0 }) {
		return true
	}
	if typ := suffixType(toks[m:e]); typ == schema.Organization || typ == schema.Place {
		return true
	}
	_, ok := r.lex.Name(joinLower(toks[k:e])) // folded: names of four letters or more
	return ok
}

// compoundChief matches one or two lower-case nouns and "chief" or "boss"
// right before a name ("prison service chief Sir Tom Hale", "fire brigade
// boss Ana Ruiz") at toks[i:] and returns the end of the title, or 0.
func compoundChief(toks []token, i int) int {
	for n := 1; n <= 2; n++ {
		k := i + n
		if k+1 >= len(toks) {
			return 0
		}
		w := toks[k-1]
		if w.cap || w.quoted || !isLowerWord(w.text) || capStop[w.lower] || prepositions[w.lower] || titleDeterminers[w.lower] {
			return 0
		}
		if (toks[k].lower == "chief" || toks[k].lower == "boss") && !toks[k].quoted && toks[k+1].cap && toks[k+1].word {
			return k + 1
		}
	}
	return 0
}

// isLowerWord reports whether s is a word of lower-case letters.
func isLowerWord(s string) bool {
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return s != ""
}

func joinLower(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.lower)
	}
	return b.String()
}

// isAcronym reports whether s is a word in capitals (capsWord) whose other
// characters are only dots, digits and "&" ("UN", "U.S.", "G7", "AT&T").
func isAcronym(s string) bool {
	return capsWord(s) && strings.IndexFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '.' && r != '&' && !unicode.IsDigit(r)
	}) < 0
}

// runToken reports whether toks[i] can be part of a capitalised name.
func runToken(toks []token, i int) bool {
	t := toks[i]
	if t.quotedMark() || t.title || !t.word || !t.cap || t.common {
		return false
	}
	if (capStop[t.lower] || honorifics[t.lower]) && !isAcronym(t.text) && !monthSurname(toks, i) && !t.nameAnyway {
		return false
	}
	// "Oscar-nominated": a hyphenated word ending in lower case.
	if k := strings.LastIndexByte(t.text, '-'); k > 0 && k+1 < len(t.text) && !firstIsUpper(t.text[k+1:]) && !unicode.IsDigit(firstRune(t.text[k+1:])) {
		return false
	}
	// "Sen. Jane Doe (D-Ohio)", "Sen. Jane Doe, D-Ohio,": a party and a
	// state, no place.
	if i > 0 && (toks[i-1].text == "(" || toks[i-1].text == ",") && partyState(strings.TrimRight(t.text, ".),")) {
		return false
	}
	// "A$4.5bn", "HK$20m": an amount in a currency named by a country's
	// letters is no name.
	if strings.ContainsAny(t.text, "$€£¥") {
		return false
	}
	// A lone initial is no name.
	if len(t.text) == 2 && t.text[1] == '.' {
		if i+1 >= len(toks) || !toks[i+1].cap {
			return false
		}
	}
	// A sentence-initial "-ing" or "-ly" word is no name ("Speaking in X"),
	// unless markCommon found it is one ("Beijing said", "Kelly Doe said").
	if (i == 0 || isQuote(toks[i-1].text)) && (isParticiple(t.lower) || strings.HasSuffix(t.lower, "ly")) && !t.nameAnyway {
		return false
	}
	return true
}

// possessiveOrgName returns the length of a body's name with a possessive
// inside that begins at toks[i] ("Information Commissioner's Office",
// "Children's Society", "Parents' Music Resource Center"), or 0: a group
// of people or a title before the possessive, and after it capitalised
// words that a word of bodies' names ends. A name before the possessive
// owns what follows ("Britain's Foreign Office", "Acme's Research
// Centre").
func (d *document) possessiveOrgName(toks []token, i int) int {
	if i > 0 && toks[i-1].cap && toks[i-1].word && !capStop[toks[i-1].lower] || capStop[toks[i].lower] {
		return 0
	}
	lex := lexicon.Default()
	k := i
	for k < len(toks) && k-i < 4 && toks[k].cap && toks[k].word && !toks[k].quoted {
		t := toks[k]
		if _, name := lex.Name(t.text); !t.title && (name || lex.FirstName(t.text) || lex.Gender(t.text) != 0) {
			return 0
		}
		k++
		// "the Transport and General Workers' Union".
		if k+1 < len(toks) && toks[k].lower == "and" && toks[k+1].cap {
			k++
		}
	}
	if k == i || k+1 >= len(toks) || !isPossessive(toks[k]) {
		return 0
	}
	// The possessive marks a group of people or an office ("Workers'",
	// "Women's", "Commissioner's"), not an owner with a name ("the
	// Bank's", "the United Nations'").
	last := toks[k-1]
	group := strings.HasSuffix(last.lower, "s") && !strings.Contains(toks[k].text, "s") || groupPlurals[last.lower] || last.title
	if !group || !last.title && d.nerEndsAt(last.End) {
		return 0
	}
	if _, name := lex.Name(d.text[toks[i].Start:last.End]); name {
		return 0
	}
	e := k + 1
	for e < len(toks) && e-k <= 4 && toks[e].cap && toks[e].word && !toks[e].title {
		e++
	}
	if e == k+1 || suffixType(toks[k+1:e]) != schema.Organization || !orgWords[toks[e-1].lower] {
		return 0
	}
	// "the Citizens' Council for Public Security and Criminal Justice",
	// "the Women's Club of Ohio".
	for e+1 < len(toks) && (toks[e].lower == "for" || toks[e].lower == "of" || toks[e].lower == "and" && e > k+1 && toks[e-1].lower != "for" && toks[e-1].lower != "of") && toks[e+1].cap && toks[e+1].word && !toks[e+1].title {
		n := e + 1
		for n < len(toks) && toks[n].cap && toks[n].word && !toks[n].title {
			n++
		}
		if toks[e].lower == "and" && (!slices.ContainsFunc(toks[k+1:e], func(t token) bool { return t.lower == "for" || t.lower == "of" }) || lex.FirstName(toks[e+1].text) || lex.Gender(toks[e+1].text) != 0) {
			break // "the Workers' Union and Acme", "… of Lima and Jane Doe": two names
		}
		e = n
	}
	return e - i
}

// verbBefore precede a verb, not a title ("will host", "would counsel").
var verbBefore = set(`would will could should can may might must shall did does do`)

// verbTitles are titles that are verbs too ("to host Jane Doe").
var verbTitles = set(`host coach counsel judge head chair lead manage direct produce advise`)

// exPrefixed reports whether t is written with the prefix "ex-" before a
// word ("ex-minister", "Ex-health").
func exPrefixed(t token) bool {
	return len(t.lower) > 3 && strings.HasPrefix(t.lower, "ex-")
}

// bodyKindBefore reports whether the run toks[i:j] names a body of the
// kind the noun right before it gives, after a determiner ("the law firm
// Acme Murray", "a charity, Hope Trust" is kindApposition's), and ends a
// phrase: "the firm Jane Doe founded" names its founder.
func (d *document) bodyKindBefore(toks []token, i, j int) bool {
	if i < 2 || !bodyKinds[toks[i-1].lower] || toks[i-1].cap {
		return false
	}
	k := i - 2
	for k > 0 && !toks[k].cap && toks[k].word && !determiners[toks[k].lower] && i-k < 4 {
		k-- // "the law firm", "the London-based insurer"
	}
	if !determiners[toks[k].lower] {
		return false
	}
	return j >= len(toks) || !toks[j].word || prepositions[toks[j].lower] || toks[j].lower == "and" || isPossessive(toks[j])
}

// bodyKinds are nouns for kinds of bodies that a body's name may follow.
var bodyKinds = union(kindNouns, set(`insurer carmaker airline retailer publisher consultancy agency
broadcaster supermarket chain brewer lender operator manufacturer label studio developer
association foundation institute`))

// groupPlurals are plurals without -s that name groups of people.
var groupPlurals = set(`women men children people`)

// ordinalOrgName returns the length of an organisation's name that begins
// with a capitalised ordinal at toks[i] ("the Third Grade Teachers Union",
// "the Second Chamber Committee"), or 0: the ordinal is not the sentence's
// first word, and the capitalised words after it end in a word that makes
// a run an organisation.
func ordinalOrgName(toks []token, i int) int {
	t := toks[i]
	if i == 0 || !t.cap || t.quoted || t.title || !ordinalWords[t.lower] || isQuote(toks[i-1].text) || toks[i-1].text == ":" {
		return 0
	}
	j := i + 1
	for j < len(toks) && runToken(toks, j) && !toks[j].quoted {
		j++
	}
	if j-i < 2 || suffixType(toks[i:j]) != schema.Organization {
		return 0
	}
	return j - i
}

// kindApposition reports whether the name toks[i:j] stands alone in
// apposition after a lower-case noun of a kind of organisation ("his new
// party, X,", "the paper, X."), closed by punctuation: a name followed by
// a verb ("for the party, X said") is the subject of a clause of its own.
func kindApposition(toks []token, i, j int) bool {
	if i < 2 || toks[i-1].text != "," || toks[i-2].cap || !kindNouns[toks[i-2].lower] {
		return false
	}
	if j == len(toks) {
		return true
	}
	t := toks[j].text
	return t == "," || t == "." || t == ";" || t == ")" || isDash(t)
}

// shipNouns name a ship: the name after one is a ship's, no actor.
var shipNouns = set(`vessel ship frigate destroyer tanker submarine warship freighter ferry yacht cruiser trawler`)

// workNouns name a work (a film, a record, a book): the name after one is
// a work's title, no actor. Nouns that are also verbs or adjectives in
// news ("play", "show", "hit", "single") are left out.
var workNouns = set(`film movie album novel sitcom documentary musical drama comedy thriller song biopic memoir autobiography opera ballet`)

// shipNamed reports whether the name at toks[i] follows a ship noun or a
// work noun written in lower case, at once ("the tanker Sea Star", "the
// film Blue Harbour") or in apposition ("a supply vessel, the Marlin,").
func shipNamed(toks []token, i int) bool {
	thing := func(t token) bool { return shipNouns[t.lower] || workNouns[t.lower] && !t.cap }
	switch {
	case i >= 1 && thing(toks[i-1]):
		return true
	case i >= 3 && toks[i-1].lower == "the" && toks[i-2].text == "," && thing(toks[i-3]):
		return true
	}
	return false
}

// compassPoints written in lower case before a continent name a region
// of it ("east Asia").
var compassPoints = set(`north south east west`)

// continents are the continents whose regions are named by a compass
// point.
var continents = set(`Asia Africa Europe America`)

// countryGroup reports whether s names a group of countries by its number
// of members ("G5", "G77").
func countryGroup(s string) bool {
	if len(s) < 2 || len(s) > 3 || s[0] != 'G' {
		return false
	}
	for _, c := range s[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ordinalWords are the ordinals that may begin an organisation's name.
var ordinalWords = set(`first second third fourth fifth`)

func (t token) quotedMark() bool { return isQuote(t.text) }

func isPossessive(t token) bool {
	switch t.text {
	case "'s", "’s", "'", "’", "'S", "’S":
		return true
	}
	return false
}

func (r ruleRecognizer) recognize(d *document, si int) []mention {
	s := &d.sents[si]
	toks := s.toks
	r.markTitles(d, toks)
	var out []mention
	add := func(m mention) {
		m.sent = si
		m.ent = -1
		m.country = -1
		m.text = d.text[toks[m.start].Start:toks[m.end-1].End]
		if m.end < len(toks) && isPossessive(toks[m.end]) {
			m.possessive = true
		}
		out = append(out, m)
		d.pending = out
	}
	d.pending = nil
	for i := 0; i < len(toks); {
		t := toks[i]
		// Hyphenated adjectives and names: "Russian-held", "Turkey-EU".
		if t.word && t.cap && strings.Contains(t.text, "-") && !runToken(toks, i+min(1, len(toks)-1-i)) {
			parts := strings.Split(t.text, "-")
			if e, ok := r.lex.Name(parts[0]); ok && len(parts) == 2 {
				if e2, ok := r.lex.Name(parts[1]); ok {
					add(mention{start: i, end: i + 1, kind: byName, typ: e.Type, strong: true, lexName: e.Name})
					add(mention{start: i, end: i + 1, kind: byName, typ: e2.Type, strong: true, lexName: e2.Name})
					i++
					continue
				}
			}
			if e, ok := r.lex.Adjective(parts[0]); ok && !firstIsUpper(parts[len(parts)-1]) {
				add(mention{start: i, end: i + 1, kind: byAdjective, typ: e.Type, strong: true, lexName: e.Name})
				i++
				continue
			}
		}
		// "the Archbishop of Canterbury", "the Duke of Edinburgh": a title
		// of a place used as a person's name.
		// Other titles of a place ("CEO of Acme", "President of
		// France") are offices, read as roles.
		if t.title && t.cap && placeTitles[t.lower] && i+2 < len(toks) && toks[i+1].lower == "of" && (i+1 == len(toks) || !toks[i+1].title) {
			n := r.placeAt(d, toks, i+2)
			if n == 0 {
				for n < 2 && i+2+n < len(toks) && runToken(toks, i+2+n) {
					n++
				}
			}
			if n > 0 && (i+2+n >= len(toks) || !toks[i+2+n].cap) {
				add(mention{start: i, end: i + 2 + n, kind: byName, typ: schema.Person, strong: true})
				i += 2 + n
				continue
			}
		}
		if i > 0 && t.cap && t.word && !t.title && !functionWords[t.lower] && i+1 < len(toks) && mediaNouns[toks[i+1].lower] && !runToken(toks, i) {
			add(mention{start: i, end: i + 1, kind: byName, typ: schema.Organization, strong: true})
			i++
			continue
		}
		// "west Africa", "east Asia": a region of a continent.
		if !t.cap && !t.quoted && compassPoints[t.lower] && i+1 < len(toks) && !toks[i+1].quoted && continents[toks[i+1].text] && (i+2 >= len(toks) || !runToken(toks, i+2)) {
			name := strings.ToUpper(t.text[:1]) + t.text[1:] + " " + toks[i+1].text
			add(mention{start: i, end: i + 2, kind: byName, typ: schema.Place, strong: true, lexName: name})
			i += 2
			continue
		}
		// "the Information Commissioner's Office", "the Children's
		// Society": a body's name with a possessive inside.
		if n := d.possessiveOrgName(toks, i); n > 0 {
			add(mention{start: i, end: i + n, kind: byName, typ: schema.Organization, strong: true})
			i += n
			continue
		}
		// "the Third Grade Teachers Union": a capitalised ordinal inside
		// an organisation's name, after the sentence's first word.
		if n := ordinalOrgName(toks, i); n > 0 {
			add(mention{start: i, end: i + n, kind: byName, typ: schema.Organization, strong: true})
			i += n
			continue
		}
		// "BBC Three", "ITV Four": a broadcaster's acronym and a channel
		// number written as a word.
		if i > 0 && i+1 < len(toks) && isAcronym(t.text) && toks[i+1].cap && numberWords[toks[i+1].lower] && !toks[i+1].quoted && (i+2 >= len(toks) || !runToken(toks, i+2)) {
			if e, ok := r.lex.Name(t.text); ok && e.Type == schema.Organization {
				add(mention{start: i, end: i + 2, kind: byName, typ: schema.Organization, strong: true})
				i += 2
				continue
			}
		}
		if !runToken(toks, i) && !weekdayName(toks, i) {
			if personPronouns[t.lower] && !t.quoted {
				add(mention{start: i, end: i + 1, kind: byPronoun, typ: schema.Person})
			}
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if runToken(toks, j) {
				j++
				continue
			}
			// "World At One": a capitalised function word inside a name.
			if toks[j].cap && runFunctionWords[toks[j].lower] && j+1 < len(toks) && toks[j+1].cap && toks[j+1].word && !toks[j+1].title && !honorifics[toks[j+1].lower] {
				j += 2
				continue
			}
			// "Radio 4": a number after a capitalised word.
			if toks[j].word && unicode.IsDigit(firstRune(toks[j].text)) && len(toks[j].text) <= 2 && j > i {
				j++
				continue
			}
			// "Breakfast with Frost programme", "Mail on Sunday": a
			// programme's or paper's name with a small word inside.
			if showConnectors[toks[j].lower] && !toks[j].cap && j+1 < len(toks) && (runToken(toks, j+1) || weekdays[toks[j+1].lower] && toks[j+1].cap) {
				e := j + 1
				for e < len(toks) && (runToken(toks, e) || weekdays[toks[e].lower] && toks[e].cap) {
					e++
				}
				if e < len(toks) && mediaNouns[toks[e].lower] || e == j+2 && toks[e-1].lower == "sunday" && paperWords[toks[j-1].lower] {
					j = e
					continue
				}
			}
			// "BBC Radio Five Live": a number word inside a known name.
			if toks[j].cap && numberWords[toks[j].lower] {
				_, ok := r.lex.Name(d.text[toks[i].Start:toks[j].End])
				if !ok && j+1 < len(toks) {
					_, ok = r.lex.Name(d.text[toks[i].Start:toks[j+1].End]) // "BBC Radio Five Live"
				}
				if ok {
					j++
					continue
				}
			}
			// "Bank of England": a connector between capitalised words;
			// "and" only inside an organisation's name ("Department of
			// Trade and Industry"), not before a person's ("the
			// Institute for Economics and Jane Doe").
			// "wrote Jane Doe for the Daily Post", "said Jane Doe of
			// Acme Bank": a person's name is not joined by "for" to the
			// outlet written for, nor by "of" to the firm or town the
			// person is of ("Lord Doe of Leeds", a peer's name, starts
			// with no given name and stays whole).
			if (toks[j].lower == "for" || toks[j].lower == "of") && j-i >= 2 && j-i <= 3 && !toks[i].title && !toks[i+1].title && (r.lex.FirstName(toks[i].text) || d.nerPerson(toks[i].Start, toks[j-1].End)) {
				break
			}
			if (connectors[toks[j].lower] || toks[j].lower == "and" && r.andInName(d, toks, i, j)) && !toks[j].cap && j+1 < len(toks) && runToken(toks, j+1) {
				j += 2
				continue
			}
			break
		}
		r.splitRun(d, si, i, j, add)
		i = j
	}
	// Titles used in place of a name: "the prime minister", "his chancellor",
	// "the US president".
	for i := 0; i < len(toks); i++ {
		k := i + 1
		if i == 0 && !titleDeterminers[toks[i].lower] {
			// Headlines drop the article: "Tory leader urges …".
			k = 0
		} else if !titleDeterminers[toks[i].lower] || toks[i].quoted {
			continue
		}
		for k < len(toks) && !toks[k].title && k-i <= 4 && (toks[k].cap || toks[k].lower == "former") {
			if k == 0 && prepositions[toks[k].lower] {
				break // "In prime minister's questions": no headline's subject
			}
			k++
		}
		if k >= len(toks) || !toks[k].title || k == 0 && i == 0 && !toks[0].title {
			continue
		}
		e := k
		for e < len(toks) && toks[e].title {
			e++
		}
		title := titleText(toks[k:e])
		for _, t := range toks[i:k] {
			if t.lower == "former" && !strings.HasPrefix(title, "former ") {
				title = "former " + title // "the former Fox News presenter"
			}
		}
		// A comma after a title may open an apposition that names its
		// holder; after a former one ("The former presenter, in the job
		// for …,") it rarely does.
		comma := e < len(toks) && toks[e].text == "," && !(strings.HasPrefix(title, "former ") && e+1 < len(toks) && !toks[e+1].cap)
		if e < len(toks) && (toks[e].cap && toks[e].word || comma) {
			continue // a title before a name: a role, read by roles
		}
		add(mention{start: i, end: e, kind: byTitle, typ: schema.Person, title: title})
	}
	r.descriptions(d, si, add)
	sortMentions(out)
	return out
}

// titleText is the title words without "former"... kept as written but
// lower-cased for comparison.
func titleText(toks []token) string {
	return joinLower(toks)
}

// splitRun turns the capitalised run toks[i:j] into mentions: lexicon names
// and adjectives, and the rest typed by its words and context.
func (r ruleRecognizer) splitRun(d *document, si, i, j int, add func(mention)) {
	toks := d.sents[si].toks
	// Trim connectors at the ends; a capitalised one may begin a name
	// ("Le Figaro") except at the start of a sentence.
	for j > i && connectors[toks[j-1].lower] {
		j--
	}
	for i < j && connectors[toks[i].lower] && (!toks[i].cap || i == 0 || j-i == 1) {
		i++
	}
	// "Interim DNC Chairwoman Jane Doe", "Acting FBI Director Tom Hale": a
	// word that qualifies the title after the run is no part of the name
	// of the body the title is of.
	if j-i >= 2 && j < len(toks) && toks[j].title && titleQualifiers[toks[i].lower] {
		i++
	}
	if j <= i {
		return
	}
	if j <= i {
		return
	}
	text := d.text[toks[i].Start:toks[j-1].End]
	if shipPrefixes[toks[i].text] {
		return // "HMS Chatham": a ship is no actor
	}
	if shipNamed(toks, i) {
		return // "the tanker Sea Star", "the film Blue Harbour": no actor
	}
	if j-i == 1 && len(text) > 5 && strings.HasSuffix(text, "ism") {
		return // "Sikhism", "Thatcherism": a belief is no actor
	}
	if j-i == 1 && strings.HasSuffix(text, "s") {
		// "Texans", "Bavarians": people named by a demonym, a group.
		_, name := r.lex.Name(text) // "Democrats" is a party
		if _, ok := r.lex.Adjective(text[:len(text)-1]); ok && !name {
			return
		}
	}
	if j-i == 1 && (d.personWords[text] || i > 0 && honorifics[toks[i-1].lower]) {
		// "Mr Wellington", "Jordan said": a person with a place's name.
		r.typeRun(d, si, i, j, add)
		return
	}
	if e, ok := r.lex.Name(text); ok {
		add(mention{start: i, end: j, kind: byName, typ: e.Type, strong: true, lexName: e.Name})
		return
	}
	if j-i >= 3 && toks[j-1].lower == "sunday" && toks[j-2].lower == "on" && paperWords[toks[j-3].lower] {
		// "the Independent on Sunday", "the Mail on Sunday": a paper.
		add(mention{start: i, end: j, kind: byName, typ: schema.Organization, strong: true})
		return
	}
	if j-i == 1 && countryGroup(text) {
		add(mention{start: i, end: j, kind: byName, typ: schema.Organization, strong: true})
		return
	}
	if typ := suffixType(toks[i:j]); typ != "" && j-i >= 2 && !d.personByHead(r, toks, i, j) && !d.titleCaseRun(si, text) {
		// "Leeds University", "BBC Radio 4", "New York Times": the
		// whole run is one name, unless it starts with a demonym or a
		// country ("British Airways" stays whole; "Russian Defence
		// Ministry" too — both are names of organisations); in a
		// headline in title case, only if the text writes it too
		// ("Congress Gets Its Turn").
		add(mention{start: i, end: j, kind: byName, typ: typ, strong: true})
		return
	}
	// Split at lexicon names and adjectives, longest first.
	k := i
	rest := i
	flush := func(a, b int) {
		for a < b && connectors[toks[a].lower] && (!toks[a].cap || a == 0) {
			a++
		}
		for b > a && connectors[toks[b-1].lower] {
			b--
		}
		if b > a {
			r.typeRun(d, si, a, b, add)
		}
	}
	for k < j {
		matched := 0
		for n := min(r.lex.MaxWords(), j-k); n >= 1; n-- {
			s := d.text[toks[k].Start:toks[k+n-1].End]
			if n == 1 && k == i && d.givenNamePlace(r, toks, k, j) {
				break // "Chad Bown", "Georgia Hale": a person's given name
			}
			if e, ok := r.lex.Name(s); ok && isLoc(e.Type) && k > rest && k+n == j && (r.lex.FirstName(toks[k-1].text) || r.lex.Gender(toks[k-1].text) != 0) && d.nerPerson(toks[rest].Start, toks[j-1].End) {
				break // "Elizabeth France", "Steve Israel": a surname
			}
			if e, ok := r.lex.Name(s); ok {
				// "South Asia", "East Jerusalem", "West Africa": compass
				// words that begin a name before a place the lexicon
				// knows name a region of it, a place of its own, where
				// the lexicon does not know the whole ("New South Wales"
				// is no "South Wales").
				c := k
				for c > rest && compassWords[toks[c-1].lower] && toks[c-1].cap {
					c--
				}
				flush(rest, c)
				if c < k && c == rest && isLoc(e.Type) {
					add(mention{start: c, end: k + n, kind: byName, typ: schema.Place, strong: true})
				} else {
					flush(c, k)
					add(mention{start: k, end: k + n, kind: byName, typ: e.Type, strong: true, lexName: e.Name})
				}
				matched = n
				break
			}
			if e, ok := r.lex.Adjective(s); ok {
				// "North West African": compass words before a demonym
				// are part of it, no place of their own.
				c := k
				for c > rest && compassWords[toks[c-1].lower] {
					c--
				}
				flush(rest, c)
				add(mention{start: k, end: k + n, kind: byAdjective, typ: e.Type, strong: true, lexName: e.Name})
				matched = n
				break
			}
		}
		if matched > 0 {
			k += matched
			rest = k
			continue
		}
		k++
	}
	flush(rest, j)
}

// headlineVerb reports whether the run toks[i:j] opening the headline is
// a verb and a surname ("Sack Hale, says union", "Back Ruiz plan"):
// two words, the second used as a person's name in the article ("Mr
// Hale"), the first no given name nor used as a name itself, and the two
// never written together again.
func (d *document) headlineVerb(si, i, j int) bool {
	if !d.headline || i != 0 || j-i != 2 || d.sents[si].para != d.sents[0].para || d.sents[len(d.sents)-1].para == d.sents[0].para {
		return false // not the headline, or an article of one paragraph
	}
	toks := d.sents[si].toks
	first, last := toks[i].text, toks[j-1].text
	if !d.personWords[last] || d.personWords[first] || lexicon.Default().FirstName(first) {
		return false
	}
	return strings.Count(d.text, d.text[toks[i].Start:toks[j-1].End]) == 1
}

// suffixType types a run by its last word (or a word such as "Radio").
func suffixType(toks []token) schema.Type {
	last := ""
	for k := len(toks) - 1; k >= 0; k-- {
		if unicode.IsLetter(firstRune(toks[k].text)) {
			last = toks[k].lower
			break
		}
	}
	switch {
	case orgWords[last]:
		return schema.Organization
	case placeWords[last]:
		return schema.Place
	case eventWords[last]:
		return schema.Event
	}
	for k, t := range toks {
		if orgWords[t.lower] {
			return schema.Organization
		}
		// "Gulf of Aden", "Line of Contact": a place named by its head
		// before "of"; but "Church of England", "House of Lords" are
		// institutions.
		if h := toks[max(k-1, 0)].lower; k > 0 && t.lower == "of" && (placeWords[h] && h != "church" && h != "house" || h == "line") {
			return schema.Place
		}
	}
	return ""
}

// typeRun types a capitalised run that is not in the lexicon.
func (r ruleRecognizer) typeRun(d *document, si, i, j int, add func(mention)) {
	toks := d.sents[si].toks
	// "Andrew Nicol QC": post-nominal letters are not part of the name.
	for j-i >= 2 && postNominals[toks[j-1].text] {
		j--
	}
	// "Child Support Agency Jane Doe": an organisation's name, then a
	// person's.
	for p := i + 1; p < j-1; p++ {
		if orgWords[toks[p-1].lower] && r.lex.FirstName(toks[p].text) {
			r.typeRun(d, si, i, p, add)
			r.typeRun(d, si, p, j, add)
			return
		}
	}
	if d.headlineVerb(si, i, j) {
		r.typeRun(d, si, i+1, j, add) // "Sack Hale, says union": the surname alone
		return
	}
	if j-i == 1 && d.lowerWords[toks[i].lower] && !d.personWords[toks[i].text] {
		return // "Culture", "Justice": a common word capitalised in a name
	}
	if d.titleCaseRun(si, d.text[toks[i].Start:toks[j-1].End]) {
		// "Jane Doe Slams Rival Over Tax": a headline in title case
		// capitalises every word, so its runs are no names unless the
		// article's text writes them too.
		return
	}
	if j-i == 1 && toks[i].quoted && !d.personWords[toks[i].text] {
		return // "Make … Great Again": a lone unknown word in a quotation
	}
	if i == 0 && j < len(toks) && toks[j].text == ":" && j-i >= 2 {
		return // "Little Relief for Refugees: …": a section heading
	}
	if j-i >= 2 && allCaps(toks[i:j]) {
		return // "FULL TEXT": a heading in capitals
	}
	m := mention{start: i, end: j, kind: byName}
	if nonNameHeads[toks[j-1].lower] || nonNameStarts[toks[i].lower] {
		return
	}
	if j-i == 1 && (holidays[toks[i].lower] || commonCaps[toks[i].lower]) || j-i == 2 && toks[i].lower == "new" && toks[j-1].lower == "year" {
		return // "at Christmas", "over New Year", "on TV"
	}
	if typ := suffixType(toks[i:j]); typ != "" && j-i >= 2 && !d.personByHead(r, toks, i, j) {
		m.typ, m.strong = typ, true
		add(m)
		return
	}
	prev := func(k int) string {
		if k >= 0 && k < len(toks) {
			return toks[k].lower
		}
		return ""
	}
	p := prev(i - 1)
	next := prev(j)
	hasDigit := false
	for _, t := range toks[i:j] {
		if unicode.IsDigit(firstRune(t.text)) {
			hasDigit = true
		}
	}
	// "Mayor of Lisbon Jane Doe": a name after a title of a place.
	titledOf := false
	for _, pm := range d.pending {
		if pm.end == i && isLoc(pm.typ) && pm.start >= 2 && toks[pm.start-1].lower == "of" && toks[pm.start-2].title {
			titledOf = true
		}
	}
	orgBefore, countryBefore := false, false
	if i >= 2 && isPossessive(toks[i-1]) {
		for _, m := range d.pending {
			if m.end == i-1 && m.typ == schema.Organization {
				orgBefore = true
			}
			if m.end == i-1 && m.typ == schema.Country {
				countryBefore = true
			}
		}
	}
	switch {
	case mediaNouns[next]:
		m.typ, m.strong = schema.Organization, true
	case d.bodyKindBefore(toks, i, j):
		// "the law firm Acme Murray, where …", "the charity Hope
		// Trust.": a name after the kind of body it names.
		m.typ, m.strong = schema.Organization, true
	case j-i == 1 && d.onePaper(toks, i):
		// "told the Independent he …", "wrote in the Guardian".
		m.typ, m.strong = schema.Organization, true
	case placeNouns[next]:
		m.typ, m.strong = schema.Place, true
	case j-i == 1 && (next == "administration" || next == "government" && false):
		m.typ, m.strong = schema.Person, true
	case honorifics[p] || (i > 0 && toks[i-1].title && toks[i-1].cap) || (i > 0 && toks[i-1].title && j-i >= 2) || titledOf:
		m.typ, m.strong = schema.Person, true
	case j-i >= 2 && r.lex.FirstName(toks[i].text):
		m.typ, m.strong = schema.Person, true
	case kindApposition(toks, i, j) && !d.personWords[toks[j-1].text]:
		// "his new party, Forward Now,", "the charity, Hope Trust.": a
		// name in apposition to the kind of organisation it names, where
		// the recognizer may take a word it does not know for a person,
		// whom "he" and "she" could then find.
		m.typ, m.strong = schema.Organization, true
	case countryBefore && j-i >= 2 && j-i <= 4 && !hasDigit:
		// "Spain's Juan Garcia Lopez": a country's person.
		m.typ, m.strong = schema.Person, true
	case orgBefore && (j-i == 1 || j-i >= 3 || functionWordIn(toks[i:j])):
		// "the BBC's Today", "Radio 4's World At One"; "the BBC's
		// Jane Doe" is a person.
		m.typ, m.strong = schema.Organization, true
	case compassWords[toks[i].lower] && j-i >= 2:
		m.typ = schema.Place
	case j-i == 1 && isAcronym(toks[i].text) && !notAcronyms[toks[i].text]:
		m.typ = schema.Organization
	case j-i == 1 && placePreps[p] && !(j < len(toks) && isPossessive(toks[j])):
		m.typ = schema.Place
	case j-i >= 2 && strings.Contains(d.text[toks[i].Start:toks[j-1].End], " & "):
		// "Marks & Spencer", "Procter & Gamble": a firm of its founders.
		m.typ, m.strong = schema.Organization, true
	case j-i >= 3 && d.commonNounOf(toks[i:j]):
		// "Approval of Tom Hale", "Readers of the Post" opening a
		// sentence: the name after "of", where the recognizer starts
		// one. Otherwise ("House of Representatives", "Hall of Fame",
		// "Out Of Time") a body, a place or a work named by a common
		// noun and what it is of: no person, and only the recognizer
		// can tell which.
		if i == 0 && toks[i+1].lower == "of" && !d.nerCovers(toks[i].Start, toks[i].End) && d.nerCovers(toks[i+2].Start, toks[j-1].End) {
			r.typeRun(d, si, i+2, j, add)
			return
		}
	case j-i >= 2 && j-i <= 4 && !hasDigit && !joinedByWords(toks[i:j]):
		m.typ = schema.Person
	}
	if !m.strong && j-i == 1 && next != "" && namedNouns[next] && !d.personWords[toks[i].text] {
		return // "the Smith report": whose or what, the text does not say
	}
	if !m.strong && d.personWords[toks[j-1].text] && j-i <= 3 && !hasDigit {
		// The article writes "Mr X" or "X said" elsewhere.
		m.typ, m.strong = schema.Person, true
	}
	if !m.strong && d.nerSpans != nil {
		// No lexicon or sure cue: the statistical recognizer decides.
		typ, drop, ok := d.nerType(toks[i].Start, toks[j-1].End)
		switch {
		case drop:
			return
		case typ != "":
			m.typ = typ
		case ok:
		case m.typ == schema.Person:
			// Capitalised words with no sign of a person's name, which
			// the recognizer does not see as a name either: a slogan,
			// a heading, a programme ("Paying the Price").
			return
		}
	}
	add(m)
}

func sortMentions(ms []mention) {
	// insertion sort: mentions are nearly sorted
	for i := 1; i < len(ms); i++ {
		for k := i; k > 0 && (ms[k].start < ms[k-1].start || ms[k].start == ms[k-1].start && ms[k].end > ms[k-1].end); k-- {
			ms[k], ms[k-1] = ms[k-1], ms[k]
		}
	}
}

func functionWordIn(toks []token) bool {
	for _, t := range toks {
		if runFunctionWords[t.lower] {
			return true
		}
	}
	return false
}

// givenNamePlace reports whether the place's name at toks[k], first of the
// capitalised run toks[k:j], is a given name there: English usage gives it
// to people, the word after it (past an initial) is no common word
// ("Georgia Tech", "Virginia Beach") nor a name the lexicon knows, and the
// recognizer starts a person's name on one of the two words.
func (d *document) givenNamePlace(r ruleRecognizer, toks []token, k, j int) bool {
	if k+1 >= j || r.lex.Gender(toks[k].text) == 0 {
		return false
	}
	next := toks[k+1]
	if len(next.text) == 2 && next.text[1] == '.' && k+2 < j {
		next = toks[k+2] // "Chad P. Bown": past the initial
	}
	if d.lowerWords[next.lower] || d.knownLower != nil && d.knownLower(next.text) {
		return false
	}
	if _, ok := r.lex.Name(next.text); ok {
		return false
	}
	for _, s := range d.nerSpans {
		if s.label == "PER" && s.Start >= toks[k].Start && s.Start <= next.Start && s.End >= next.End {
			return true
		}
	}
	return false
}

// personByHead reports whether the run toks[i:j], typed by its last word
// as a place ("Frank Field", "Damon Hill", "Dan Lane"), is a person's
// name: two or three words, a given name first, a last word that is a
// common surname too (surnamePlaceWords), and the recognizer marks exactly
// the run as a person.
func (d *document) personByHead(r ruleRecognizer, toks []token, i, j int) bool {
	if j-i > 3 || !surnamePlaceWords[toks[j-1].lower] || !r.lex.FirstName(toks[i].text) && r.lex.Gender(toks[i].text) == 0 {
		return false
	}
	return d.nerPerson(toks[i].Start, toks[j-1].End)
}

// surnamePlaceWords end the names of places and are common surnames.
var surnamePlaceWords = set(`field fields hill hills lane camp tower park wood woods banks brook brooks
ford marsh`)

// titleQualifiers say when or how a title is held; before a body's name
// and its title ("Interim DNC Chairwoman") they qualify the title.
var titleQualifiers = set(`interim acting former outgoing incoming deputy`)

// andInName reports whether the "and" at toks[j] is inside the name of an
// organisation that the run toks[i:j] begins: one whose first part has a
// function word and an organisation's word ("Department of Trade and
// Industry") and no given name after "and", or one of orgWithAnd's.
func (r ruleRecognizer) andInName(d *document, toks []token, i, j int) bool {
	if suffixType(toks[i:j]) == schema.Organization && functionWordIn(toks[i:j]) && j+1 < len(toks) && !r.lex.FirstName(toks[j+1].text) {
		return true
	}
	return d.orgWithAnd(toks, i, j)
}

// orgWithAnd reports whether the "and" at toks[j] joins two parts of one
// organisation's name, as in "Securities and Exchange Commission" and
// "Public and Commercial Services Union": the run after it has two words
// or more and ends in a word that heads organisations' names, the words on
// either side of "and" are common words, and neither run is a name of its
// own (a list, a party, a name the lexicon knows, or a name ending in
// such a head: "Citizens Bank and Canal Bank" are two).
func (d *document) orgWithAnd(toks []token, i, j int) bool {
	e := j + 1
	for e < len(toks) && runToken(toks, e) {
		e++
	}
	if e < j+3 || !orgWords[toks[e-1].lower] || !d.commonWords(toks[j-1:j]) || !d.commonWords(toks[j+1:j+2]) {
		return false
	}
	if i > 0 && toks[i-1].text == "," || j-i >= 2 && orgWords[toks[j-1].lower] {
		return false
	}
	lex := lexicon.Default()
	for _, part := range [][2]int{{i, j - 1}, {j + 1, e - 1}, {j + 1, j + 1}} {
		if _, ok := lex.Name(d.text[toks[part[0]].Start:toks[part[1]].End]); ok {
			return false // "House and Senate Republicans", "Film and Channel 4"
		}
	}
	return true
}

// commonWords reports whether every word of toks is a common word written
// capitalised: written in lower case elsewhere in the article or known so
// to the NLP core, and no given name.
func (d *document) commonWords(toks []token) bool {
	for _, t := range toks {
		if !d.lowerWords[t.lower] && (d.knownLower == nil || !d.knownLower(t.text)) || lexicon.Default().FirstName(t.text) {
			return false
		}
	}
	return len(toks) > 0
}

// commonNounOf reports whether the run toks holds "of" right after a
// common word ("Conference of Mayors"), which no person's name does: a
// peer's "Lord Hale of Leeds" has a name before it.
func (d *document) commonNounOf(toks []token) bool {
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].lower == "of" && d.commonWords(toks[k-1:k]) {
			return true
		}
	}
	return false
}

// monthSurname reports whether toks[i], a month's name, is a surname: it
// follows a given name, an honorific or a title ("Jane May", "Mrs May",
// "Prime Minister May") and is no date ("Jane met her in May 2019" has
// none of those before it anyway).
func monthSurname(toks []token, i int) bool {
	if !months[toks[i].lower] || i == 0 || monthDate(toks, i) {
		return false
	}
	p := toks[i-1]
	return p.cap && (lexicon.Default().FirstName(p.text) || honorifics[p.lower] || p.title)
}

// monthDate reports whether the month's name at toks[i] is written as a
// date: a number before or after it ("3 May", "May 2019") or a word of
// time before it ("in May", "last March").
func monthDate(toks []token, i int) bool {
	if i+1 < len(toks) && unicode.IsDigit(firstRune(toks[i+1].text)) {
		return true
	}
	return i > 0 && (unicode.IsDigit(firstRune(toks[i-1].text)) || datePrepositions[toks[i-1].lower])
}

// datePrepositions come before a month's name used as a date.
var datePrepositions = set(`in on since until till by from to of last next early late mid during before after this that each every`)

// functionWords are determiners, pronouns and prepositions: capitalised
// at the start of a quotation ("“The show went well”"), never the name of
// a programme or a paper as "Today" and "Tonight" are.
var functionWords = set(`the a an this that these those his her its their our my your we i you he she it they on in at of to for with by from one`)

// joinedByWords reports whether a run holds a small word in lower case
// that no person's name has ("Bikers for Hale", "Bend the Arc"), as the
// particles of names ("de", "van", "bin") and a peer's "of" are not.
func joinedByWords(toks []token) bool {
	for _, t := range toks {
		if !t.cap && nameJoiners[t.lower] {
			return true
		}
	}
	return false
}

// nameJoiners are the small words that join the words of a slogan, a
// group's or a work's name, never those of a person's.
var nameJoiners = set(`for the and to on in at with by from a an`)

// partyState reports whether s is the party and state American news
// writes after a legislator's name: "D-Ohio", "R-Fla.", "I-Vt".
func partyState(s string) bool {
	if len(s) < 4 || !strings.ContainsRune("DRI", rune(s[0])) || s[1] != '-' || s[2] < 'A' || s[2] > 'Z' {
		return false
	}
	for _, c := range s[3:] {
		if !unicode.IsLetter(c) && c != '.' {
			return false
		}
	}
	return len(s) <= 12
}

// titleCaseHeadline reports whether the article's headline capitalises
// every word but function words ("Jane Doe Slams Rival Over Tax"), not
// only its names ("Jane Doe met Tom Hale").
func (d *document) titleCaseHeadline() bool {
	words := 0
	for _, t := range d.sents[0].toks {
		if !t.word || !unicode.IsLetter(firstRune(t.text)) {
			continue
		}
		words++
		if !t.cap && !capStop[t.lower] && !runFunctionWords[t.lower] {
			return false
		}
	}
	return words >= 3
}

// titleCaseRun reports whether name is a run of capitalised words in the
// headline, written in title case, that the article's text does not
// write: no name, as every word there is capitalised.
func (d *document) titleCaseRun(si int, name string) bool {
	return si == 0 && d.headline && d.titleCaseHeadline() && !d.writtenElsewhere(name)
}

// writtenElsewhere reports whether the article writes name after its
// headline.
func (d *document) writtenElsewhere(name string) bool {
	for _, s := range d.sents[1:] {
		if strings.Contains(d.text[s.Start:s.End], name) {
			return true
		}
	}
	return false
}

// initialName reports whether toks[i], a capitalised word ending in
// "-ing" or "-ly" that starts a sentence, is a name all the same: a name
// of the lexicon, alone or with the next word ("Beijing", "Downing
// Street"), a given name ("Kelly"), or a short "-ly" word that the
// statistical recognizer puts in a name and the news never writes in lower
// case ("Olly"), or the first word of a body's name ("Family Planning
// Association"); not "Speaking", "Interestingly" or "Early".
func (d *document) initialName(toks []token, i int) bool {
	t := toks[i]
	if !t.cap || !(isParticiple(t.lower) || strings.HasSuffix(t.lower, "ly")) {
		return false
	}
	lex := lexicon.Default()
	if _, ok := lex.Name(t.text); ok || lex.FirstName(t.text) {
		return true
	}
	if i+1 < len(toks) {
		if _, ok := lex.Name(t.text + " " + toks[i+1].text); ok {
			return true
		}
	}
	// "Family Planning Association", "Housing Corporation": the first
	// word of a body's name that a word of bodies' names ends and that
	// the recogniser reads whole.
	e := i + 1
	for e < len(toks) && toks[e].cap && toks[e].word {
		e++
	}
	if e > i+1 && suffixType(toks[i:e]) == schema.Organization && d.nerExact(t.Start, toks[e-1].End, "ORG") {
		return true
	}
	return strings.HasSuffix(t.lower, "ly") && len(t.text) <= 6 && d.nerCovers(t.Start, t.End) && d.knownLower != nil && !d.knownLower(t.text)
}

// nameWithout reports whether the article has written the capitalised
// words after toks[i], a word of three letters or more, without it before:
// "Crooked Jane Doe" after "Jane Doe", but not "Marine Doe" introducing
// Marine Doe, nor "D Chin" in a list of initials.
func (d *document) nameWithout(toks []token, i int) bool {
	if len(toks[i].text) < 3 {
		return false
	}
	k := i + 1
	for k < len(toks) && toks[k].cap && toks[k].word {
		k++
	}
	name := d.text[toks[i+1].Start:toks[k-1].End]
	before := d.text[:toks[i].Start]
	for off := 0; ; {
		j := strings.Index(before[off:], name)
		if j < 0 {
			return false
		}
		if !strings.HasSuffix(before[:off+j], toks[i].text+" ") {
			return true
		}
		off += j + len(name)
	}
}

// markCommon marks the capitalised words that are capitalised only by
// their position, at the start of a sentence or quotation or anywhere in
// a title-case headline, where the article writes the same word in lower
// case elsewhere ("Rival Jane Doe said", "Senator Goes After Rival").
func markCommon(d *document) {
	lower := map[string]bool{}
	d.lowerWords = lower
	// Months the article uses as a surname after a given name or an
	// honorific ("Jane May"): "May said" is that person too.
	monthSurnames := map[string]bool{}
	for _, s := range d.sents {
		for i := range s.toks {
			if monthSurname(s.toks, i) {
				monthSurnames[s.toks[i].text] = true
			}
		}
	}
	for _, s := range d.sents {
		for _, t := range s.toks {
			if t.word && !t.cap {
				lower[t.text] = true
			}
		}
	}
	for si := range d.sents {
		toks := d.sents[si].toks
		words, caps := 0, 0
		for _, t := range toks {
			if t.word && unicode.IsLetter(firstRune(t.text)) {
				words++
				if t.cap {
					caps++
				}
			}
		}
		titleCase := words >= 3 && caps*10 >= words*7
		for i := range toks {
			toks[i].nameAnyway = d.initialName(toks, i) || monthSurnames[toks[i].text] && !monthDate(toks, i)
		}
		for i := range toks {
			t := &toks[i]
			if !t.cap || !lower[t.lower] {
				continue
			}
			initial := i == 0 || isQuote(toks[i-1].text) || toks[i-1].text == ":" || toks[i-1].text == "("
			if initial || titleCase {
				t.common = true
			}
		}
		// "Striker Jane Doe", "Teenager Jane Doe", "Perhaps Doe": a
		// common word that starts the sentence before a name. The
		// article need not write it in lower case elsewhere: the
		// statistical recognizer, which has seen such words before names
		// in thousands of news sentences, leaves it out of the person's
		// name that begins right after it, and the news text its clusters
		// were learnt from writes it in lower case.
		// Inside a sentence ("working Crooked Jane Doe") the same holds
		// where the article has written the name without the word before.
		for i := 0; i+1 < len(toks); i++ {
			t := &toks[i]
			initial := i == 0 || isQuote(toks[i-1].text)
			if !t.cap || !t.word || t.common || t.title || honorifics[t.lower] || !toks[i+1].cap {
				continue
			}
			if !initial && (toks[i-1].cap || !d.nameWithout(toks, i)) {
				continue
			}
			if d.knownLower == nil || !d.knownLower(t.text) || lexicon.Default().FirstName(t.text) || !d.nerPersonStartsAfter(t.Start, t.End, toks[i+1].Start) {
				continue // "Wyn Hale": a given name no list knows
			}
			if _, known := lexicon.Default().Name(t.text); known {
				continue
			}
			k := i + 1
			for k < len(toks) && toks[k].cap && toks[k].word {
				k++
			}
			if suffixType(toks[i:k]) != "" {
				continue // "Greater Manchester Police": an organisation's name
			}
			t.common = true
		}
	}
}

// markPersonWords collects the capitalised words the article uses as a
// person's name somewhere: after an honorific ("Mr X") or alone before a
// reporting verb in mid-sentence ("…," X said).
func markPersonWords(d *document) {
	d.personWords = map[string]bool{}
	for _, s := range d.sents {
		toks := s.toks
		for i, t := range toks {
			if !t.cap || !t.word || t.quoted || capStop[t.lower] || honorifics[t.lower] {
				continue
			}
			if i > 0 && honorifics[toks[i-1].lower] && (i+1 >= len(toks) || !toks[i+1].cap) {
				d.personWords[t.text] = true
			}
			if i > 0 && !toks[i-1].cap && i+1 < len(toks) && (toks[i+1].lower == "said" || toks[i+1].lower == "says" || toks[i+1].lower == "told") && !t.title {
				if _, known := lexicon.Default().Name(t.text); !known && !isAcronym(t.text) && !d.nerNotPerson(t.Start, t.End) {
					d.personWords[t.text] = true // not "…, Russia said", nor "…, Acme said"
				}
			}
		}
	}
}

// placeAt returns the number of tokens of a lexicon place or country name
// starting at toks[k], or 0.
func (r ruleRecognizer) placeAt(d *document, toks []token, k int) int {
	for n := min(3, len(toks)-k); n >= 1; n-- {
		if e, ok := r.lex.Name(d.text[toks[k].Start:toks[k+n-1].End]); ok && isLoc(e.Type) {
			return n
		}
	}
	return 0
}

// placeTitles are titles held of a place ("Archbishop of Canterbury").
var placeTitles = set(`archbishop bishop duke duchess earl countess mayor prince princess king queen marquess baron`)

// allCaps reports whether every token is a word of three or more letters
// in capitals.
func allCaps(toks []token) bool {
	for _, t := range toks {
		if len(t.text) < 3 || !isAcronym(t.text) {
			return false
		}
	}
	return true
}

// descriptionHeads are nouns that head a definite description of a person
// the article has named: "the former presenter", "the veteran politician".
// Nouns of unnamed sources ("the spokesman", "the official") are left out:
// they are mostly someone else.
var descriptionHeads = set(`presenter broadcaster politician lawmaker legislator veteran
campaigner activist economist businessman businesswoman tycoon billionaire entrepreneur
actor actress singer star player founder boss chairman chairwoman candidate diplomat
peer congressman congresswoman novelist author commentator pundit`)

// descriptionModifiers may stand between "the" and a description's head.
var descriptionModifiers = set(`former late outgoing retired veteran embattled outspoken
ex one-time longtime long-time then`)

// descriptions adds the definite descriptions of persons ("The former Fox
// News presenter", "the 62-year-old") as title mentions marked desc: an
// anaphor resolved to the person named just before (resolveAnaphora).
// Indefinite ones ("a senior presenter") name no one and are not read.
func (r ruleRecognizer) descriptions(d *document, si int, add func(mention)) {
	toks := d.sents[si].toks
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].lower != "the" || toks[i].quoted || i > 0 && isPossessive(toks[i-1]) {
			continue
		}
		k := i + 1
		for k < len(toks) && k-i <= 5 && !descriptionHead(toks[k]) && (descriptionModifiers[toks[k].lower] || toks[k].cap && toks[k].word && !toks[k].title) {
			k++
		}
		if k >= len(toks) || !descriptionHead(toks[k]) || toks[k].title {
			continue
		}
		e := k + 1
		if e < len(toks) && (toks[e].cap && toks[e].word || isPossessive(toks[e])) {
			continue // "the presenter Jane Doe": a role; "the presenter's show"
		}
		if e < len(toks) && toks[e].text == "," && e+1 < len(toks) && toks[e+1].cap && !toks[e+1].common {
			continue // "the presenter, Jane Doe": an apposition names her
		}
		add(mention{start: i, end: e, kind: byTitle, typ: schema.Person, title: toks[k].lower, desc: true})
	}
}

// descriptionHead reports whether t can head a description of a person:
// a noun of descriptionHeads or an age ("62-year-old").
func descriptionHead(t token) bool {
	return !t.cap && (descriptionHeads[t.lower] || strings.HasSuffix(t.lower, "-year-old"))
}

// numberWords may end a name when written capitalised ("BBC Radio Five Live").
var numberWords = set(`one two three four five six seven eight nine ten`)

// namedNouns are common nouns a name often modifies ("in the Smith
// report", "under the Jones plan"): the name before one is no place.
var namedNouns = set(`report review inquiry plan plans proposal proposals deal process reform
reforms doctrine affair scandal row era case bill act law agenda programme program strategy`)

// shipPrefixes begin the names of ships.
var shipPrefixes = set(`HMS USS RFA HMAS HMCS INS`)

// weekdays name days; capitalised anyway, they begin no name but a
// paper's ("Sunday Telegraph").
var weekdays = set(`monday tuesday wednesday thursday friday saturday sunday`)

// showConnectors may stand inside the name of a programme or paper.
var showConnectors = set(`with on at`)

// weekdayName reports whether token i is a weekday that begins a paper's
// name: "Sunday Times", "Sunday Telegraph".
func weekdayName(toks []token, i int) bool {
	return i > 0 && toks[i].cap && weekdays[toks[i].lower] && i+1 < len(toks) && runToken(toks, i+1) && orgWords[toks[i+1].lower] && !(i+2 < len(toks) && runToken(toks, i+2))
}

// onePaper reports whether toks[i] names a newspaper known by one word
// after "the" ("told the Independent he …", "Jane Doe of the Times"): not
// the end of a work's title ("Tears of the Sun"), a name with "and" ("the
// Post and Courier") or a party's adjective before a title ("the
// Independent candidate").
func (d *document) onePaper(toks []token, i int) bool {
	j := i + 1
	if i == 0 || toks[i-1].lower != "the" || !paperNames[toks[i].lower] || j < len(toks) && (toks[j].cap || toks[j].title) || andName(toks, j) {
		return false
	}
	if i < 4 || toks[i-2].lower != "of" || !toks[i-3].cap {
		return true
	}
	// A person's name ends right before "of the": a given name starts
	// the capitalised words there, or the recogniser reads a person.
	s := i - 3
	for s > 0 && toks[s-1].cap && toks[s-1].word {
		s--
	}
	return lexicon.Default().FirstName(toks[s].text) || d.nerPerson(toks[s].Start, toks[i-3].End)
}

// andName reports whether an "and" at toks[j] joins a second capitalised
// word to a name ("the Post and Courier"), not a second name with its own
// article ("the Independent and the Times").
func andName(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].lower == "and" && toks[j+1].cap && toks[j+1].lower != "the"
}

// paperNames are newspapers' names of one word after "the" ("the
// Guardian", "the Times").
var paperNames = union(paperWords, set(`guardian sun scotsman tribune globe chronicle`))

// paperWords end the names of newspapers ("Mail on Sunday").
var paperWords = set(`mail independent observer express mirror telegraph times post star herald`)
