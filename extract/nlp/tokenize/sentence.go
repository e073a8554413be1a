package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Kinds of sentence-final token.
const (
	notFinal    = iota
	finalStop   // ".", "!", "?", "!?", "…"
	finalEllip  // "...", "…": ends a sentence only before a capital
	finalAbbrev // an abbreviation that may end a sentence ("etc.", "U.S.")
)

// sentences splits the tokens of one line (a paragraph) into sentences and
// appends them to out.
//
// A sentence ends at a full stop, question or exclamation mark when the next
// token can start a sentence (anything but a lower-case word or more
// punctuation); closing quotes and brackets right after the mark belong to
// the sentence they close ("…peace.” He said" splits after ”).
func (t *tokenizer) sentences(out []Sentence, para int) []Sentence {
	// One allocation per line; each sentence gets a capacity-limited
	// sub-slice so that appending to one cannot overwrite the next.
	toks := make([]Token, len(t.toks))
	copy(toks, t.toks)
	start := 0
	cut := func(j int) {
		out = append(out, Sentence{
			Start:     toks[start].Start,
			End:       toks[j-1].End,
			Paragraph: para,
			Tokens:    toks[start:j:j],
		})
		start = j
	}
	for i := 0; i < len(toks); i++ {
		kind := finalKind(toks[i].Text)
		if kind == notFinal {
			continue
		}
		j := i + 1
		for j < len(toks) && isClosing(toks, j) {
			j++
		}
		if j == len(toks) {
			break
		}
		if kind == finalStop && toks[i].Text == "." && i == 1 && start == 0 && isListMarker(toks[0].Text) {
			continue // "1. First item"
		}
		if startsSentence(toks[j].Text, kind) {
			cut(j)
			i = j - 1
		}
	}
	if start < len(toks) {
		cut(len(toks))
	}
	return out
}

// finalKind classifies a token as a possible end of sentence.
func finalKind(w string) int {
	switch w[0] {
	case '.':
		if len(w) == 1 {
			return finalStop
		}
		for i := 0; i < len(w); i++ {
			if w[i] != '.' {
				return notFinal
			}
		}
		return finalEllip
	case '!', '?':
		for i := 0; i < len(w); i++ {
			if c := w[i]; c != '!' && c != '?' && c != '.' {
				return notFinal
			}
		}
		return finalStop
	}
	if w == "…" {
		return finalEllip
	}
	if len(w) > 1 && w[len(w)-1] == '.' {
		a := w[:len(w)-1]
		if k := abbrevs[a]; k == abbrTitle || k == abbrNumber {
			return notFinal
		} else if k == abbrOther {
			return finalAbbrev
		}
		if r, n := utf8.DecodeRuneInString(a); n == len(a) && unicode.IsUpper(r) {
			return notFinal // an initial: "J. Smith"
		}
		return finalAbbrev
	}
	return notFinal
}

// isClosing reports whether toks[j] closes a quotation or bracket that the
// sentence-final token before it is inside.
func isClosing(toks []Token, j int) bool {
	w := toks[j].Text
	r, _ := utf8.DecodeRuneInString(w)
	switch r {
	case '”', '’', '»', '›', ')', ']', '}':
		return true
	case '"', '\'':
		// A straight quote closes when it is attached to what precedes it.
		return toks[j].Start == toks[j-1].End && (toks[j].SpaceAfter || j == len(toks)-1)
	}
	return false
}

// isListMarker reports whether w numbers an item of a list ("1", "b").
func isListMarker(w string) bool {
	if len(w) == 1 {
		return true
	}
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return len(w) <= 2
}

// startsSentence reports whether a token w can start a sentence after a
// final token of the given kind.
func startsSentence(w string, kind int) bool {
	r, _ := utf8.DecodeRuneInString(w)
	switch kind {
	case finalAbbrev:
		// "U.S. President" continues; "… in the U.S. The" does not.
		return isOpener(r) && r != '(' && r != '[' || sentStarters[w]
	case finalEllip:
		return unicode.IsUpper(r) || isOpener(r) && r != '(' && r != '['
	}
	switch {
	case unicode.IsLower(r):
		return false
	case unicode.IsLetter(r), unicode.IsDigit(r), isOpener(r):
		return true
	}
	switch r {
	case ',', ';', ':', '.', '!', '?', '…', '%', ')', ']', '}', '\'', '’', '”', '"':
		return false
	}
	return true
}

// sentStarters are words that begin sentences far more often than they
// continue a name, used after an abbreviation that may end a sentence.
var sentStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "But": true,
	"And": true, "Or": true, "So": true, "Yet": true, "In": true, "On": true,
	"At": true, "For": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "Since": true, "As": true, "His": true,
	"Her": true, "Their": true, "Our": true, "My": true, "Its": true,
	"However": true, "Meanwhile": true, "Now": true, "Then": true,
	"What": true, "Why": true, "How": true, "Who": true, "Where": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Some": true,
	"Many": true, "Most": true, "Officials": true, "Last": true, "No": true,
	"Not": true, "One": true, "Both": true, "All": true, "According": true,
}
