package pos

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// lemmatizer maps a word and its tags to a lemma: first by the exact form
// and XPOS seen in training, then by the lower-cased form and XPOS, then by
// the most frequent rewrite rule of the longest known suffix of words with
// that XPOS.
type lemmatizer struct {
	exact map[pair]string // (form, xpos) → lemma
	// lower maps (lower-cased form, xpos) to a lemma, and rules maps (xpos,
	// lower-cased suffix) to a rewrite, each sorted by key: they are
	// looked up through lowerIdx and ruleIdx, and kept for writing.
	lower []lexEntry
	rules []ruleEntry
	// Indexes of the above by hashLower of the lower-cased word or suffix,
	// so that look-ups need not build lower-cased strings, and the hashes
	// of the lower-cased lemmas of the lexicon.
	lowerIdx map[hkey]string
	ruleIdx  map[hkey]rule
	known    map[uint64]struct{}
}

type lexEntry struct {
	key   pair
	lemma string
}

type ruleEntry struct {
	key  pair
	rule rule
}

func comparePairs(a, b pair) int { return cmp.Or(cmp.Compare(a.a, b.a), cmp.Compare(a.b, b.b)) }

// rule rewrites a form into its lemma: optionally lower-case it, cut bytes
// off its end, then append add.
type rule struct {
	lower bool
	cut   int
	add   string
}

func (r rule) apply(form string) string {
	if r.lower && hasUpper(form) {
		form = strings.ToLower(form)
	}
	if r.cut > len(form) {
		return form
	}
	return form[:len(form)-r.cut] + r.add
}

// ruleFor returns the rule that rewrites form into lemma, preferring the
// variant (lower-cased or not) that keeps the longer common prefix, and
// lower-casing on ties.
func ruleFor(form, lemma string) rule {
	prefix := func(a, b string) int {
		n := 0
		for n < len(a) && n < len(b) && a[n] == b[n] {
			n++
		}
		return n
	}
	lf := strings.ToLower(form)
	pl, pf := prefix(lf, lemma), prefix(form, lemma)
	if pf > pl {
		return rule{cut: len(form) - pf, add: lemma[pf:]}
	}
	return rule{lower: true, cut: len(lf) - pl, add: lemma[pl:]}
}

// maxSuffix is the longest suffix, in bytes, that rules look at.
const maxSuffix = 5

// minRuleCount is how often a suffix must have been seen with a tag for its
// rule to be used.
const minRuleCount = 2

// pair is a map key of two strings.
type pair struct{ a, b string }

// hkey is a map key of a hashed string and a tag.
type hkey struct {
	h   uint64
	tag string
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// lemma returns the lemma of form tagged upos and xpos.
func (l *lemmatizer) lemma(form, upos, xpos string) string {
	if lem, ok := l.exact[pair{form, xpos}]; ok {
		return lem
	}
	n := len(form)
	if lem, ok := l.lowerIdx[hkey{hashLower(form, 0, n), xpos}]; ok {
		if upos == "PROPN" && hasUpper(form) {
			return form
		}
		return lem
	}
	switch upos {
	case "NUM":
		return numberLemma(form)
	case "PUNCT", "SYM", "X":
		return form
	}
	if xpos == "ADD" { // e-mail and web addresses
		return form
	}
	// The rule of the longest known suffix whose result is a known lemma,
	// or else the rule of the longest known suffix.
	lemma := ""
	for k := min(maxSuffix, n-1); k >= 1; k-- {
		r, ok := l.ruleIdx[hkey{hashLower(form, n-k, n), xpos}]
		if !ok {
			continue
		}
		cand := r.apply(form)
		if _, ok := l.known[hashLower(cand, 0, len(cand))]; ok {
			lemma = cand
			break
		}
		if lemma == "" {
			lemma = cand
		}
	}
	switch {
	case upos == "PROPN" && lemma == "":
		lemma = form
	case lemma == "":
		lemma = strings.ToLower(form)
	}
	return lemma
}

// numberLemma returns the lemma of a number: as EWT has it, the digits
// without thousands separators ("12,000" → "12000").
func numberLemma(form string) string {
	i := strings.IndexByte(form, ',')
	if i < 1 || i > 3 || (len(form)-i)%4 != 0 {
		return form
	}
	for j := 0; j < len(form); j++ {
		c := form[j]
		if (j-i)%4 == 0 && j >= i {
			if c != ',' {
				return form
			}
		} else if c < '0' || c > '9' {
			return form
		}
	}
	return strings.ReplaceAll(form, ",", "")
}

// trainLemmatizer builds a lemmatizer from the words, XPOS tags and lemmas
// of a treebank. Ties are broken by sorting, so the result does not depend
// on map order.
func trainLemmatizer(words, xpos, lemmas []string) *lemmatizer {
	l := &lemmatizer{exact: make(map[pair]string)}
	exact := make(map[pair]map[string]int)
	lower := make(map[pair]map[string]int)
	count := func(m map[pair]map[string]int, k pair, lemma string) {
		if m[k] == nil {
			m[k] = make(map[string]int)
		}
		m[k][lemma]++
	}
	for i, w := range words {
		if lemmas[i] == "_" || lemmas[i] == "" {
			continue
		}
		count(exact, pair{w, xpos[i]}, lemmas[i])
		count(lower, pair{strings.ToLower(w), xpos[i]}, strings.ToLower(lemmas[i]))
	}
	for k, c := range exact {
		l.exact[k] = mostFrequent(c)
	}
	for k, c := range lower {
		l.lower = append(l.lower, lexEntry{k, mostFrequent(c)})
	}
	slices.SortFunc(l.lower, func(a, b lexEntry) int { return comparePairs(a.key, b.key) })
	l.buildRules()
	return l
}

// buildRules learns the suffix rules from the exact lexicon. Rules are
// learnt from word types (each distinct form and tag once, with its usual
// lemma), since unseen words resemble rare words more than frequent ones.
func (l *lemmatizer) buildRules() {
	l.rules = nil
	counts := make(map[pair]map[rule]int)
	for k, lemma := range l.exact {
		r := ruleFor(k.a, lemma)
		lf := strings.ToLower(k.a)
		for n := 1; n <= min(maxSuffix, len(lf)-1); n++ {
			sk := pair{k.b, lf[len(lf)-n:]}
			if counts[sk] == nil {
				counts[sk] = make(map[rule]int)
			}
			counts[sk][r]++
		}
	}
	for k, c := range counts {
		var best rule
		bn := 0
		for r, n := range c {
			if n > bn || n == bn && compareRule(r, best) < 0 {
				best, bn = r, n
			}
		}
		if bn >= minRuleCount {
			l.rules = append(l.rules, ruleEntry{k, best})
		}
	}
	slices.SortFunc(l.rules, func(a, b ruleEntry) int { return comparePairs(a.key, b.key) })
	l.index()
}

// index builds the hashed indexes of the lexicon and rules.
func (l *lemmatizer) index() {
	l.known = make(map[uint64]struct{}, len(l.exact))
	for _, lemma := range l.exact {
		// hashLower lower-cases ASCII letters only: other lemmas are
		// lower-cased first.
		if !isASCII(lemma) {
			lemma = strings.ToLower(lemma)
		}
		l.known[hashLower(lemma, 0, len(lemma))] = struct{}{}
	}
	l.lowerIdx = make(map[hkey]string, len(l.lower))
	for _, e := range l.lower {
		l.lowerIdx[hkey{hashLower(e.key.a, 0, len(e.key.a)), e.key.b}] = e.lemma
	}
	l.ruleIdx = make(map[hkey]rule, len(l.rules))
	for _, e := range l.rules {
		l.ruleIdx[hkey{hashLower(e.key.b, 0, len(e.key.b)), e.key.a}] = e.rule
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// mostFrequent returns the most frequent key of counts, the smallest on
// ties.
func mostFrequent(counts map[string]int) string {
	best, bn := "", 0
	for s, n := range counts {
		if n > bn || n == bn && s < best {
			best, bn = s, n
		}
	}
	return best
}

func compareRule(a, b rule) int {
	bi := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	return cmp.Or(cmp.Compare(bi(a.lower), bi(b.lower)), cmp.Compare(a.cut, b.cut), cmp.Compare(a.add, b.add))
}
