// Package tokenize splits English news text into sentences and tokens,
// following the conventions of the Universal Dependencies English Web
// Treebank (EWT), on whose words the POS tagger and parser are trained.
//
// The conventions, in short: punctuation is split from words; contractions
// and possessives are split into their words ("don't" → "do" "n't",
// "Kowalski’s" → "Kowalski" "’s", "cannot" → "can" "not"); currency
// symbols, percent signs and unit or magnitude suffixes are split from
// numbers ("£4.5bn" → "£" "4.5" "bn"), while numbers with decimal points
// or thousands separators, dates, times and phone numbers stay whole;
// hyphenated compounds are split ("long-term" → "long" "-" "term") unless the
// first part is a bound prefix such as "pre", "non" or "anti"; abbreviations
// and initials keep their full stop ("U.S.", "Sen.", "J.").
//
// Every token carries byte offsets into the original text, and its Text is
// always the exact slice text[Start:End]; no character is dropped, altered
// or normalised, and invalid UTF-8 is carried through unchanged.
//
// The tokenizer is hand-written rather than trained: its decisions are
// local, character-level rules that a few hundred lines of code capture
// exactly, it needs no model file, and it runs at tens of megabytes a second.
package tokenize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is a word or punctuation mark with byte offsets into the text.
type Token struct {
	Text       string
	Start, End int  // byte offsets: Text == text[Start:End]
	SpaceAfter bool // white space follows the token in the text
}

// Sentence is a run of tokens; Start/End are byte offsets into the text;
// Paragraph counts blocks of text separated by line breaks (each non-empty
// line of a news file is a paragraph), from 0.
type Sentence struct {
	Start, End, Paragraph int
	Tokens                []Token
}

// Split tokenizes text and splits it into sentences. A line break always
// ends a sentence, so headlines, captions and bullet lines without a final
// full stop are sentences of their own.
func Split(text string) []Sentence {
	t := tokenizer{text: text}
	var sents []Sentence
	para := 0
	for start := 0; start < len(text); {
		end, next := lineEnd(text, start)
		t.toks = t.toks[:0]
		t.line(start, end)
		if len(t.toks) > 0 {
			sents = t.sentences(sents, para)
			para++
		}
		start = next
	}
	return sents
}

// lineEnd returns the end of the line starting at i and the start of the
// next one.
func lineEnd(s string, i int) (end, next int) {
	for j := i; j < len(s); {
		c := s[j]
		if c < utf8.RuneSelf {
			switch c {
			case '\n', '\v', '\f':
				return j, j + 1
			case '\r':
				if j+1 < len(s) && s[j+1] == '\n' {
					return j, j + 2
				}
				return j, j + 1
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == 0x85 || r == 0x2028 || r == 0x2029 {
			return j, j + n
		}
		j += n
	}
	return len(s), len(s)
}

// tokenizer holds the text and the tokens of the line being processed.
type tokenizer struct {
	text      string
	toks      []Token
	nextChunk string // the chunk after the current one in the line
	next      rune   // its first character, or utf8.RuneError
	chunkEnd  int    // end of the current chunk
	ends      []int  // scratch: sentence ends in toks
}

// emit appends the token text[a:b].
func (t *tokenizer) emit(a, b int) {
	if a >= b {
		return
	}
	sp := false
	if b < len(t.text) {
		r, _ := utf8.DecodeRuneInString(t.text[b:])
		sp = isSpace(r) || r == '\n' || r == '\r'
	}
	t.toks = append(t.toks, Token{Text: t.text[a:b], Start: a, End: b, SpaceAfter: sp})
}

// line tokenizes the line text[a:b] chunk by chunk, a chunk being a run of
// characters between white space.
func (t *tokenizer) line(a, b int) {
	s := t.text
	i, j := nextChunk(s, a, b)
	for i < j {
		// The next chunk decides some abbreviations ("No. 10") and
		// contractions ("its a").
		k, l := nextChunk(s, j, b)
		t.nextChunk = s[k:l]
		t.next, _ = utf8.DecodeRuneInString(t.nextChunk)
		t.chunk(i, j)
		i, j = k, l
	}
}

// nextChunk returns the first run of non-space characters in s[a:b], or an
// empty range at b.
func nextChunk(s string, a, b int) (i, j int) {
	i = a
	for i < b {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:b])
		if !isSpace(r) {
			break
		}
		i += n
	}
	j = i
	for j < b {
		if c := s[j]; c < utf8.RuneSelf {
			if c == ' ' || c >= '\t' && c <= '\r' {
				break
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:b])
		if isSpace(r) {
			break
		}
		j += n
	}
	return i, j
}

// chunk tokenizes the white-space-free text[a:b]: it peels opening
// punctuation from the front and closing punctuation from the back, then
// splits what remains.
func (t *tokenizer) chunk(a, b int) {
	s := t.text
	t.chunkEnd = b
	if b-a <= 4 && emoticons[s[a:b]] {
		t.emit(a, b)
		return
	}
	// Leading openers.
	for a < b {
		r, n := utf8.DecodeRuneInString(s[a:b])
		if !isOpener(r) {
			break
		}
		if (r == '\'' || r == '‘' || r == '’') && a+n+1 < b && isDigitByte(s[a+n]) && isDigitByte(s[a+n+1]) {
			break // '90s and ’72 keep their apostrophe
		}
		m := n
		switch {
		case r < utf8.RuneSelf && r != '(' && r != '[' && r != '{':
			for a+m < b && s[a+m] == byte(r) { // `` and '' and <<
				m++
			}
		case r == '‘' || r == '’':
			for a+m < b && (strings.HasPrefix(s[a+m:b], "‘") || strings.HasPrefix(s[a+m:b], "’")) {
				m += len("’") // ‘’ used as a double quote
			}
		}
		t.emit(a, a+m)
		a += m
	}
	// Trailing closers and punctuation, emitted after the core.
	var tail [16]struct{ a, b int }
	nt := 0
	for a < b && nt < len(tail) {
		r, n := utf8.DecodeLastRuneInString(s[a:b])
		e := b - n
		switch {
		case r == '.':
			switch {
			case e > a && s[e-1] == '.':
				for e > a && s[e-1] == '.' {
					e--
				}
				if b-e == 2 && isAbbrev(s[a:e], t.next) {
					e++ // "Inc.." is "Inc." and "."
				}
			case e > a && (s[e-1] == '!' || s[e-1] == '?'):
				for e > a && (s[e-1] == '!' || s[e-1] == '?') {
					e-- // "!."
				}
			case isAbbrev(s[a:e], t.next):
				goto core
			}
		case r == '!' || r == '?':
			for e > a && (s[e-1] == '!' || s[e-1] == '?') {
				e--
			}
			if e > a && s[e-1] == '.' && (e-1 == a || s[e-2] != '.') {
				e-- // ".?", but "..." "?"
			}
		case r == '\'' || r == '"' || r == '`' || r == '>':
			for e > a && s[e-1] == byte(r) {
				e--
			}
		case r == '’' || r == '‘':
			for e > a && (strings.HasSuffix(s[a:e], "’") || strings.HasSuffix(s[a:e], "‘")) {
				e -= len("’")
			}
		case r == '-': // "--", and "mid" "-" in "mid- and high-season" as in EWT
			for e > a && s[e-1] == '-' {
				e--
			}
		case isCloser(r) || r == ',' || r == ';' || r == ':' || r == '…':
		default:
			goto core
		}
		tail[nt] = struct{ a, b int }{e, b}
		nt++
		b = e
	}
core:
	if a < b {
		t.core(a, b)
	}
	for i := nt - 1; i >= 0; i-- {
		t.emit(tail[i].a, tail[i].b)
	}
}

// core splits a chunk stripped of its outer punctuation.
func (t *tokenizer) core(a, b int) {
	s := t.text
	if isURL(s[a:b]) || isEmail(s[a:b]) {
		t.emit(a, b)
		return
	}
	for i := a; i < b; {
		c := s[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:b])
		}
		switch {
		case (c == 'h' || c == 'w' || c == 'H' || c == 'W') && i > a && isURL(s[i:b]):
			// A web address glued to what precedes it: "below:<http://…>".
			j := i
			for j < b && s[j] != '>' && s[j] != '<' && s[j] != '"' {
				j++
			}
			t.emit(i, j)
			i = j
		case isWordRune(r):
			j := scanWord(s, i, b, t.next)
			t.word(i, j)
			i = j
		case (r == '\'' || r == '’' || r == '‘') && i > a && isCliticRest(s[i+n:b]):
			t.emit(i, b) // "@BBCNews's", "(Labour)'s"
			i = b
		case (r == '\'' || r == '’') && i+n < b && isDigitByte(s[i+n]):
			j := scanWord(s, i+n, b, t.next) // '90s
			t.emit(i, j)
			i = j
		case (c == '+' || c == '.') && i+1 < b && isDigitByte(s[i+1]) && (i == a || !isWordRune(prevRune(s[a:i]))):
			// "+44" (a phone prefix), ".04"
			j := scanWord(s, i+1, b, t.next)
			t.numUnit(i, j)
			i = j
		case c == '.' && i == a && i+1 < b && isLetterAt(s, i+1, b):
			j := scanWord(s, i+1, b, t.next) // a file extension: ".doc"
			t.emit(i, j)
			i = j
		case c < utf8.RuneSelf && c != '(' && c != ')' && c != '[' && c != ']' && c != '{' && c != '}' && c != '"' && c != '\'' && c != '`' && c != '#' && c != '@':
			// A run of one ASCII mark is one token: "--", "...", "$$$".
			j := i + 1
			for j < b && (s[j] == c || (c == '!' || c == '?') && (s[j] == '!' || s[j] == '?')) {
				j++
			}
			t.emit(i, j)
			i = j
		case (c == '#' || c == '@') && i+1 < b && isLetterAt(s, i+1, b):
			// #hashtag, @handle
			j := i + 1
			for j < b {
				r, n := utf8.DecodeRuneInString(s[j:b])
				if !isWordRune(r) && r != '_' {
					break
				}
				j += n
			}
			t.emit(i, j)
			i = j
		default:
			j := i + n
			j = extendSymbol(s, r, j, b)
			t.emit(i, j)
			i = j
		}
	}
}

// extendSymbol extends a symbol token starting with r and ending at j over
// emoji modifiers, variation selectors, combining marks and zero-width-joiner
// sequences, so that one pictograph is one token.
func extendSymbol(s string, r rune, j, b int) int {
	if isRegional(r) && j < b {
		if r2, n := utf8.DecodeRuneInString(s[j:b]); isRegional(r2) {
			return j + n // a flag is a pair of regional indicators
		}
	}
	for j < b {
		r, n := utf8.DecodeRuneInString(s[j:b])
		switch {
		case r >= 0xFE00 && r <= 0xFE0F, r >= 0x1F3FB && r <= 0x1F3FF,
			r >= 0xE0020 && r <= 0xE007F, r == 0x20E3, unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r):
			j += n
		case r == 0x200D && j+n < b:
			_, n2 := utf8.DecodeRuneInString(s[j+n : b])
			j += n + n2
		default:
			return j
		}
	}
	return j
}

func prevRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }

// scanWord returns the end of the word starting at i: a run of letters,
// digits and marks, joined by the connectors that can occur inside one
// (".", ",", "-", "'", "’", "/", ":", "&", "_") when a word character
// follows. Which of the connectors split the word is decided by word.
// after is the first character of the next chunk, for abbreviations.
func scanWord(s string, i, b int, after rune) int {
	start := i
	for i < b {
		c := s[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:b])
		}
		if isWordRune(r) {
			i += n
			continue
		}
		if i+n >= b {
			if c == '.' && isAbbrev(s[start:i], after) {
				return i + 1
			}
			return i
		}
		next, _ := utf8.DecodeRuneInString(s[i+n : b]) // the character after c
		prev, _ := utf8.DecodeLastRuneInString(s[start:i])
		switch {
		case c == '.':
			if !isWordRune(next) {
				if isAbbrev(s[start:i], next) {
					return i + 1
				}
				return i
			}
		case c == ',' || c == ':':
			if !isDigit(prev) || !isDigit(next) {
				return i
			}
		case c == '-' || c == '/' || c == '_':
			if !isWordRune(next) {
				return i
			}
		case c == '&':
			if !unicode.IsUpper(prev) || !unicode.IsUpper(next) {
				return i
			}
		case c == '@':
			// user@HOST, as in mail headers; full addresses are found
			// before splitting.
			if !isWordRune(next) {
				return i
			}
		case r == '\'' || r == '’' || r == '`' || r == '‘':
			// An apostrophe, typed as any of these: "Jones‘s".
			if !unicode.IsLetter(next) {
				return i
			}
		case c == '$':
			// "US$", "HK$": a currency of one to three capitals.
			if i-start <= 3 && isDigit(next) && isUpperASCII(s[start:i]) {
				return i + 1
			}
			return i
		default:
			return i
		}
		i += n
	}
	return i
}

// word splits a word found by scanWord at slashes, hyphens, clitics and
// number–unit boundaries.
func (t *tokenizer) word(a, b int) {
	s := t.text
	w := s[a:b]
	if strings.IndexByte(w, '/') >= 0 && !isNumeric(w, '/') {
		for a < b {
			j := strings.IndexByte(s[a:b], '/')
			if j < 0 {
				t.hyphenated(a, b)
				return
			}
			t.hyphenated(a, a+j)
			t.emit(a+j, a+j+1)
			a += j + 1
		}
		return
	}
	t.hyphenated(a, b)
}

// hyphenated splits a word at its hyphens, except inside dates and phone
// numbers and after a bound prefix in a word of two parts ("non-stop",
// "pre-2014", but "over" "-" "the" "-" "counter").
func (t *tokenizer) hyphenated(a, b int) {
	s := t.text
	h := strings.IndexByte(s[a:b], '-')
	if h < 0 || isNumeric(s[a:b], '-') {
		t.piece(a, b)
		return
	}
	if strings.IndexByte(s[a+h+1:b], '-') < 0 && isPrefix(s[a:a+h]) {
		t.piece(a, b)
		return
	}
	from := a
	for i := a; i < b; i++ {
		if s[i] == '-' {
			t.piece(from, i)
			t.emit(i, i+1)
			from = i + 1
		}
	}
	t.piece(from, b)
}

// isPrefix reports whether w is a bound prefix, in lower or title case:
// "UN-backed" is not "un-".
func isPrefix(w string) bool {
	if len(w) > 1 && isUpperASCII(w[:2]) {
		return false
	}
	var buf [8]byte
	return prefixes[string(lower(buf[:], w))]
}

// piece splits clitics and number–unit pairs off a hyphen-free word.
func (t *tokenizer) piece(a, b int) {
	if a >= b {
		return
	}
	s := t.text
	w := s[a:b]
	// Contractions without an apostrophe, split as EWT does.
	var buf [8]byte
	lw := lower(buf[:], w)
	if k, ok := fused[string(lw)]; ok && w != "IM" {
		t.emit(a, a+k)
		t.emit(a+k, b)
		return
	}
	// "its" for "it's", where a possessive cannot stand ("its a shame").
	var nbuf [12]byte
	if string(lw) == "its" && b == t.chunkEnd && itsNext[string(lower(nbuf[:], t.nextChunk))] {
		t.emit(a, a+2)
		t.emit(a+2, b)
		return
	}
	if k := clitic(w); k > 0 {
		t.numUnit(a, a+k)
		t.emit(a+k, b)
		return
	}
	t.numUnit(a, b)
}

// clitic returns the index where a clitic ("n't", "'s", "’ll", …) begins
// in w, or 0.
func clitic(w string) int {
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, '`') < 0 && !strings.Contains(w, "’") && !strings.Contains(w, "‘") {
		return 0
	}
	for _, q := range []string{"'", "’", "`", "‘"} {
		i := strings.LastIndex(w, q)
		if i <= 0 {
			continue
		}
		suf := w[i+len(q):]
		switch strings.ToLower(suf) {
		case "s":
			if isDigitByte(w[i-1]) {
				return 0 // "the 80's"
			}
			return i
		case "re", "ve", "ll", "d", "m":
			return i
		case "t":
			if i >= 2 && (w[i-1] == 'n' || w[i-1] == 'N') {
				return i - 1
			}
		}
	}
	return 0
}

// isCliticRest reports whether w is what follows the apostrophe of a
// clitic: "s", "ll", "re", "ve", "d", "m".
func isCliticRest(w string) bool {
	switch w {
	case "s", "S", "ll", "re", "ve", "d", "m":
		return true
	}
	return false
}

// numUnit splits a number from a following unit or magnitude ("4.5bn",
// "10am", "20km") but not from an ordinal or plural suffix ("2nd", "1990s").
func (t *tokenizer) numUnit(a, b int) {
	s := t.text
	i := a
	if s[i] == '+' || s[i] == '.' {
		i++
	}
	for i < b && (isDigitByte(s[i]) || (i > a && (s[i] == '.' || s[i] == ',' || s[i] == ':') && i+1 < b && isDigitByte(s[i+1]))) {
		i++
	}
	if i == a || i == b {
		t.emit(a, b)
		return
	}
	for j := i; j < b; j++ {
		c := s[j]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			t.emit(a, b) // a code such as "9H2" or "3rd-party"
			return
		}
	}
	switch strings.ToLower(s[i:b]) {
	case "st", "nd", "rd", "th", "s":
		t.emit(a, b)
		return
	}
	t.emit(a, i)
	t.emit(i, b)
}

// isNumeric reports whether w is digits separated by sep in a pattern that
// EWT keeps whole: dates (2025-03-03, 3/3/2025, 3/3) and phone numbers
// (713-853-3989, 345-9945).
func isNumeric(w string, sep byte) bool {
	var lens [4]int
	n, l := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigitByte(c):
			l++
		case c == sep:
			if l == 0 || n == len(lens)-1 {
				return false
			}
			lens[n] = l
			n++
			l = 0
		default:
			return false
		}
	}
	if l == 0 || n == 0 {
		return false
	}
	lens[n] = l
	n++
	if sep == '/' {
		return true
	}
	switch {
	case n == 3 && lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2: // ISO date
		return true
	case n == 3 && lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 2 || lens[2] == 4): // US date
		return true
	case n == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4: // phone
		return true
	case n == 2 && (lens[0] == 3 || lens[0] == 1) && lens[1] == 4: // phone, extension
		return true
	case n == 2 && lens[0] == 5 && lens[1] == 4: // ZIP+4
		return true
	case n == 4 && lens[0] == 1 && lens[1] == 3 && lens[2] == 3 && lens[3] == 4:
		return true
	}
	return false
}

// isAbbrev reports whether w, followed by a full stop, is an abbreviation
// that keeps the stop: an initial ("J"), a dotted abbreviation ("U.S",
// "e.g"), or a known abbreviation ("Sen", "Jan", "etc"). next is the
// first character of the following chunk ("No. 10" but "No. We").
func isAbbrev(w string, next rune) bool {
	// Only the last part of a hyphenated word counts: "(R-Fla.)".
	if i := strings.LastIndexAny(w, "-/"); i >= 0 {
		w = w[i+1:]
	}
	if w == "" {
		return false
	}
	r, n := utf8.DecodeRuneInString(w)
	if n == len(w) {
		return unicode.IsUpper(r)
	}
	switch abbrevKind(w) {
	case abbrTitle, abbrOther:
		return true
	case abbrNumber:
		return isDigit(next)
	}
	// Dotted: short runs of letters separated by single full stops
	// ("U.S", "Ph.D", "a.m"), not domain names ("example.com").
	dots, run := 0, 0
	for i := 0; i < len(w); {
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == '.' {
			if run == 0 {
				return false
			}
			dots++
			run = 0
		} else if !unicode.IsLetter(r) {
			return false
		} else if run++; run > 3 && !(run == 4 && dots == 0) {
			return false
		}
		i += n
	}
	return dots > 0
}

// abbrevKind returns the kind of the abbreviation w, or 0. Abbreviations in
// capitals ("LTD", "CORP") are looked up in title case.
func abbrevKind(w string) int {
	if k := abbrevs[w]; k != 0 || len(w) < 2 || len(w) > 6 {
		return k
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'A' || c > 'Z' {
			return 0
		}
		if i > 0 {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	// Only company and place abbreviations: "MS" is not "Ms".
	if k := abbrevs[string(buf[:len(w)])]; k == abbrOther {
		return k
	}
	return 0
}

// isURL reports whether w is a web address.
func isURL(w string) bool {
	lw := len(w)
	if lw < 5 {
		return false
	}
	for _, p := range []string{"http://", "https://", "ftp://", "www."} {
		if len(w) > len(p) && strings.EqualFold(w[:len(p)], p) {
			return true
		}
	}
	return false
}

// isEmail reports whether w is an e-mail address.
func isEmail(w string) bool {
	at := strings.IndexByte(w, '@')
	if at <= 0 || at == len(w)-1 {
		return false
	}
	dot := strings.LastIndexByte(w, '.')
	if dot < at+2 || dot == len(w)-1 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(isDigitByte(c) || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '.' || c == '-' || c == '_' || c == '+' || (c == '@' && i == at)) {
			return false
		}
	}
	return true
}

// lower returns w in lower case (ASCII only) in buf, or nil if w is
// longer than buf. Map look-ups with string(lower(…)) do not allocate,
// unlike strings.ToLower on the tokenizer's hot path.
func lower(buf []byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)]
}

func isUpperASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return w != ""
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func isLetterAt(s string, i, b int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:b])
	return unicode.IsLetter(r)
}

// isSpace reports whether r separates tokens. Zero-width spaces and byte
// order marks count as space: they are invisible and belong to no word.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == 0x200B || r == 0xFEFF || r == 0x2060
}

// isWordRune reports whether r is part of a word: a letter, digit or mark
// of any script. A byte of invalid UTF-8 counts as a letter, so that words
// in Latin-1 text stay whole.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == utf8.RuneError ||
		r == 0xAD || r == 0x200C || r == 0x200D // soft hyphen, zero-width (non-)joiner
}

// isOpener reports whether r is punctuation that opens a quotation or
// bracket at the start of a chunk.
func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '`', '“', '‘', '’', '”', '«', '‹', '„', '‚', '(', '[', '{', '¿', '¡', '<':
		return true
	}
	return false
}

// isCloser reports whether r closes a quotation or bracket.
func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', '›', ')', ']', '}', '>':
		return true
	}
	return false
}

// prefixes are the bound prefixes after which EWT keeps a hyphenated word
// whole ("non-stop", "e-mail", "pre-2014").
var prefixes = map[string]bool{
	"e": true, "non": true, "pre": true, "anti": true, "mid": true, "re": true,
	"post": true, "co": true, "over": true, "pro": true, "multi": true,
	"ex": true, "sub": true, "semi": true, "cross": true, "neo": true,
	"psycho": true, "socio": true, "counter": true, "intra": true,
	"micro": true, "macro": true, "un": true, "ultra": true,
	"bi": true, "tri": true, "mega": true, "mini": true, "pseudo": true,
	"hyper": true, "extra": true, "de": true, "infra": true, "trans": true,
	"geo": true, "para": true, "quasi": true, "uni": true, "vice": true,
	"mis": true,
}

// emoticons are kept whole.
var emoticons = map[string]bool{
	":)": true, ":-)": true, ":(": true, ":-(": true, ";)": true, ";-)": true,
	":D": true, ":-D": true, ":P": true, ":-P": true, ":p": true, ":/": true,
	":'(": true, "<3": true, ":o": true, ":O": true, "^_^": true, "xD": true,
}

// itsNext are words after which "its" is "it's": words a possessive
// determiner cannot precede.
var itsNext = map[string]bool{
	"a": true, "an": true, "the": true, "not": true, "been": true,
	"going": true, "so": true, "just": true, "really": true, "very": true,
	"too": true, "also": true, "still": true, "only": true, "ok": true,
	"okay": true, "my": true, "your": true, "his": true, "her": true,
	"their": true, "our": true, "because": true, "like": true,
	"about": true, "getting": true, "gonna": true, "true": true,
	"great": true, "good": true, "nice": true, "easy": true, "hard": true,
	"better": true, "worth": true, "pretty": true, "no": true, "all": true,
	"that": true, "this": true, "what": true, "in": true, "on": true,
	"at": true, "for": true, "to": true, "almost": true, "always": true,
	"never": true, "probably": true, "actually": true, "definitely": true,
}

// fused maps contractions written as one word to the length of their first
// word ("cannot" → "can" "not").
var fused = map[string]int{
	"cannot": 3, "gonna": 3, "wanna": 3, "gotta": 3,
	"outta": 3, "dont": 2, "didnt": 3, "doesnt": 4, "isnt": 2, "wasnt": 3,
	"werent": 4, "arent": 3, "couldnt": 5, "wouldnt": 5, "shouldnt": 6,
	"havent": 4, "hasnt": 3, "hadnt": 3, "wont": 2, "cant": 2, "aint": 2,
	"im": 1, "thats": 4, "theres": 5, "heres": 4, "whats": 4, "hes": 2,
	"youre": 3, "theyre": 4, "youll": 3, "itll": 2, "alot": 1, "awhile": 1,
}

// Kinds of abbreviation, for sentence splitting.
const (
	abbrTitle  = 1 + iota // precedes a name or number: never ends a sentence
	abbrOther             // may end a sentence ("etc.", "Inc.")
	abbrNumber            // an abbreviation only before a number ("No. 10")
)

// abbrevs lists abbreviations that keep their full stop, by kind.
var abbrevs = map[string]int{
	"Mr": abbrTitle, "Mrs": abbrTitle, "Ms": abbrTitle, "Dr": abbrTitle,
	"Prof": abbrTitle, "Sen": abbrTitle, "Rep": abbrTitle, "Reps": abbrTitle,
	"Sens": abbrTitle, "Gov": abbrTitle, "Gen": abbrTitle, "Col": abbrTitle,
	"Lt": abbrTitle, "Sgt": abbrTitle, "Capt": abbrTitle, "Cmdr": abbrTitle,
	"Adm": abbrTitle, "Maj": abbrTitle, "Brig": abbrTitle, "Rev": abbrTitle,
	"Hon": abbrTitle, "St": abbrTitle, "Sts": abbrTitle, "Drs": abbrTitle,
	"ext": abbrNumber, "Ext": abbrNumber, "Nr": abbrTitle, "Messrs": abbrTitle, "Mme": abbrTitle,
	"Pres": abbrTitle, "Supt": abbrTitle, "Det": abbrTitle, "Insp": abbrTitle,
	"Cpl": abbrTitle, "Pvt": abbrTitle, "Fr": abbrTitle, "Mt": abbrTitle,
	"Ft": abbrTitle, "No": abbrNumber, "Nos": abbrNumber,
	"Vol": abbrNumber, "vol": abbrNumber, "Fig": abbrNumber, "fig": abbrNumber,
	"pp": abbrNumber, "vs": abbrTitle, "v": abbrTitle, "Jan": abbrTitle,
	"Feb": abbrTitle, "Mar": abbrTitle, "Apr": abbrTitle, "Jun": abbrTitle,
	"Jul": abbrTitle, "Aug": abbrTitle, "Sep": abbrTitle, "Sept": abbrTitle,
	"Oct": abbrTitle, "Nov": abbrTitle, "Dec": abbrTitle, "approx": abbrTitle,
	"Ave": abbrOther, "Blvd": abbrOther, "Rd": abbrOther, "Dept": abbrOther,
	"Univ": abbrOther, "Jr": abbrOther, "Sr": abbrOther, "Inc": abbrOther,
	"Ltd": abbrOther, "Co": abbrOther, "Corp": abbrOther, "Bros": abbrOther,
	"Plc": abbrOther, "plc": abbrOther, "etc": abbrOther, "al": abbrOther,
	"cf": abbrTitle, "ca": abbrTitle, "est": abbrOther, "Esq": abbrOther,
	"Mon": abbrTitle, "Tue": abbrTitle, "Tues": abbrTitle, "Wed": abbrTitle,
	"Thu": abbrTitle, "Thur": abbrTitle, "Thurs": abbrTitle, "Fri": abbrTitle,
	"Sat": abbrTitle, "lb": abbrOther, "lbs": abbrOther, "oz": abbrOther,
	"Attn": abbrTitle, "eg": abbrOther, "ie": abbrOther,
	// US states in AP style ("Springfield, Ill.").
	"Ala": abbrOther, "Ariz": abbrOther, "Ark": abbrOther, "Calif": abbrOther,
	"Colo": abbrOther, "Conn": abbrOther, "Del": abbrOther, "Fla": abbrOther,
	"Ga": abbrOther, "Ill": abbrOther, "Ind": abbrOther, "Kan": abbrOther,
	"Ky": abbrOther, "La": abbrOther, "Md": abbrOther, "Mass": abbrOther,
	"Mich": abbrOther, "Minn": abbrOther, "Miss": abbrOther, "Mo": abbrOther,
	"Mont": abbrOther, "Neb": abbrOther, "Nev": abbrOther, "Okla": abbrOther,
	"Ore": abbrOther, "Pa": abbrOther, "Penn": abbrOther, "Tenn": abbrOther,
	"Tex": abbrOther, "Va": abbrOther, "Vt": abbrOther, "Wash": abbrOther,
	"Wis": abbrOther, "Wyo": abbrOther,
}
