package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence splitting and tokenization are hand-written rules rather than a
// trained model because news text is regular enough: paragraphs are lines,
// headlines and captions end without a stop, and the few abbreviations that
// end in a period are a closed list. The NLP core's tokenizer can replace
// segment without changing the later stages.

// abbreviations end in a period that does not end a sentence.
var abbreviations = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "St": true, "Sen": true, "Rep": true,
	"Gov": true, "Gen": true, "Lt": true, "Col": true, "Sgt": true, "Capt": true, "Prof": true,
	"Rev": true, "Jr": true, "Sr": true, "Inc": true, "Ltd": true, "Co": true, "Corp": true,
	"vs": true, "etc": true, "No": true, "Jan": true, "Feb": true, "Mar": true, "Apr": true,
	"Jun": true, "Jul": true, "Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true,
	"Dec": true, "Mt": true, "Ft": true, "Adm": true, "Del": true, "Gens": true, "Sens": true, "Reps": true,
}

// quoteRunes are the quotation marks, straight and curly.
const quoteRunes = "\"'“”‘’«»„"

// segment splits text into sentences of tokens. Every line is a paragraph;
// bullets ("- ", "* ", "• ") are dropped.
func segment(text string) []sentence {
	var out []sentence
	para := 0
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		line := text[start:end]
		if strings.TrimSpace(line) != "" {
			toks := splitWords(text, start, end)
			if len(toks) > 0 && (toks[0].text == "-" || toks[0].text == "*" || toks[0].text == "•" || toks[0].text == "–") {
				toks = toks[1:]
			}
			for _, s := range splitSentences(toks) {
				out = append(out, sentence{Span: Span{s[0].Start, s[len(s)-1].End}, para: para, toks: s})
			}
			para++
		}
		start = end + 1
	}
	return out
}

// splitWords splits text[start:end] into tokens.
func splitWords(text string, start, end int) []token {
	var toks []token
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += n
		}
		// "Kyiv,on": a comma between letters with the space missing.
		for k := i + 1; k < j-1; k++ {
			if (text[k] == ',' || text[k] == '(') && unicode.IsLetter(rune(text[k-1])) && unicode.IsLetter(rune(text[k+1])) {
				toks = splitChunk(text, i, k, toks)
				toks = append(toks, newToken(text, k, k+1))
				i = k + 1
			}
		}
		toks = splitChunk(text, i, j, toks)
		i = j
	}
	return toks
}

// splitChunk splits one white-space-delimited chunk text[i:j] into tokens,
// peeling punctuation off both ends and a possessive "'s" off the word.
func splitChunk(text string, i, j int, toks []token) []token {
	var tail []token
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:])
		if strings.ContainsRune(quoteRunes+"([{—–―", r) || (r == '-' && j-i > 1 && text[i+1] == '-') {
			toks = append(toks, newToken(text, i, i+n))
			i += n
			continue
		}
		break
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if strings.ContainsRune(quoteRunes+",;:!?)]}…—–―", r) {
			// Keep an apostrophe that is part of the word ("Jones'"
			// is rare in news; closing single quotes are common).
			tail = append(tail, newToken(text, j-n, j))
			j -= n
			continue
		}
		if r == '.' {
			w := text[i : j-1]
			last, _ := utf8.DecodeLastRuneInString(w)
			closing := strings.ContainsRune(quoteRunes+")]}", last)
			if !closing && (abbreviations[w] || strings.Contains(w, ".") || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)))) {
				break // "Mr.", "U.S.", "J." keep their stop; "(Va.)." does not
			}
			tail = append(tail, newToken(text, j-1, j))
			j--
			continue
		}
		break
	}
	if j > i {
		w := text[i:j]
		poss := -1
		for _, suf := range []string{"'s", "’s", "'S", "’S", "‘s"} {
			if strings.HasSuffix(w, suf) && len(w) > len(suf) {
				poss = j - len(suf)
			}
		}
		if poss < 0 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) && len(w) > 2 && firstIsUpper(w) {
			_, n := utf8.DecodeLastRuneInString(w)
			poss = j - n
		}
		if poss > i {
			toks = append(toks, newToken(text, i, poss), newToken(text, poss, j))
		} else {
			toks = append(toks, newToken(text, i, j))
		}
	}
	for k := len(tail) - 1; k >= 0; k-- {
		toks = append(toks, tail[k])
	}
	return toks
}

func newToken(text string, i, j int) token {
	s := text[i:j]
	r := firstRune(s)
	return token{
		Span:  Span{i, j},
		text:  s,
		lower: strings.ToLower(s),
		cap:   unicode.IsUpper(r),
		word:  unicode.IsLetter(r) || unicode.IsDigit(r),
	}
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func firstIsUpper(s string) bool { return unicode.IsUpper(firstRune(s)) }

func isQuote(s string) bool {
	return s != "" && utf8.RuneCountInString(s) == 1 && strings.ContainsRune(quoteRunes, firstRune(s))
}

// splitSentences splits a paragraph's tokens at sentence-final punctuation
// followed by a word that can start a sentence.
func splitSentences(toks []token) [][]token {
	var out [][]token
	start := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].text
		if t != "." && t != "!" && t != "?" && t != "…" {
			continue
		}
		j := i + 1
		for j < len(toks) && (isQuote(toks[j].text) || toks[j].text == ")") && !opensAfter(toks, j) {
			j++
		}
		if j >= len(toks) {
			break
		}
		next := toks[j]
		r := firstRune(next.text)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || isQuote(next.text) || next.text == "(" {
			out = append(out, toks[start:j])
			start = j
			i = j - 1
		}
	}
	if start < len(toks) {
		out = append(out, toks[start:])
	}
	return out
}

// opensAfter reports whether the quotation mark toks[j] opens a quotation:
// it is separated by space from what precedes it.
func opensAfter(toks []token, j int) bool {
	switch toks[j].text {
	case "“", "‘", "«", "„":
		return true
	case "”", "’", "»":
		return false
	}
	return j > 0 && toks[j-1].End < toks[j].Start
}
