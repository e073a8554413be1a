package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Kinds of sentence-final token.
const (
	notFinal    = iota
	finalStop   // ".", "!", "?", "?!"
	finalEllip  // "...", "…", "etc.": ends a sentence only before a capital
	finalAbbrev // an abbreviation or initial that may end a sentence ("U.S.", "Inc.", "B.")
)

// sentences splits the tokens of one line (a paragraph) into sentences and
// appends them to out.
//
// A sentence ends at a full stop, question or exclamation mark when the next
// token can start a sentence (anything but a lower-case word or more
// punctuation); closing quotes and brackets right after the mark belong to
// the sentence they close ("…peace.” He said" splits after ”).
func (t *tokenizer) sentences(out []Sentence, para int) []Sentence {
	in := t.toks
	// Sentence ends (exclusive token indexes into in).
	ends := t.ends[:0]
	for i := 0; i < len(in); i++ {
		kind := finalKind(in[i].Text)
		if kind == notFinal {
			continue
		}
		j := i + 1
		for j < len(in) && isClosing(in, j) {
			j++
		}
		if j == len(in) {
			break
		}
		if kind == finalStop && in[i].Text == "." && i == 1 && len(ends) == 0 && isListMarker(in[0].Text) {
			continue // "1. First item"
		}
		if startsSentence(in[j].Text, kind, j > i+1) {
			ends = append(ends, j)
			i = j - 1
		}
	}
	ends = append(ends, len(in))
	t.ends = ends

	// One allocation per line; each sentence gets a capacity-limited
	// sub-slice so that appending to one cannot overwrite the next.
	toks := make([]Token, 0, len(in)+len(ends))
	start := 0
	for _, end := range ends {
		first := len(toks)
		toks = append(toks, in[start:end]...)
		// EWT splits the full stop off an abbreviation that ends a
		// sentence ("… and so on, etc." → "etc" "."): the stop is the
		// sentence's.
		k := len(toks) - 1
		for k > first && isClosing(toks, k) {
			k--
		}
		if w := toks[k].Text; len(w) > 1 && w[len(w)-1] == '.' && w[len(w)-2] != '.' && isAbbrevToken(w) {
			tk := toks[k]
			toks = append(toks, Token{})
			copy(toks[k+2:], toks[k+1:])
			toks[k] = Token{Text: tk.Text[:len(w)-1], Start: tk.Start, End: tk.End - 1}
			toks[k+1] = Token{Text: ".", Start: tk.End - 1, End: tk.End, SpaceAfter: tk.SpaceAfter}
		}
		out = append(out, Sentence{
			Start:     toks[first].Start,
			End:       toks[len(toks)-1].End,
			Paragraph: para,
			Tokens:    toks[first:len(toks):len(toks)],
		})
		start = end
	}
	return out
}

// isAbbrevToken reports whether w is a word with a full stop: an
// abbreviation ("etc.", "U.S.") or initial, not a mark such as "!.".
func isAbbrevToken(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r)
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
		if a == "etc" {
			return finalEllip // rarely followed by a capital within a sentence
		}
		if k := abbrevKind(a); k == abbrTitle || k == abbrNumber {
			return notFinal
		} else if k == abbrOther {
			return finalAbbrev
		}
		// Initials ("J. Smith", "Plan B.") and dotted abbreviations.
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
// final token of the given kind; quoted says whether a closing quote or
// bracket came between them.
//
// After a full stop, question or exclamation mark that is not part of an
// abbreviation, even a lower-case word starts a sentence ("… is over. so
// what?"), unless a quotation closed in between: ""Why?" he asked".
func startsSentence(w string, kind int, quoted bool) bool {
	r, _ := utf8.DecodeRuneInString(w)
	switch kind {
	case finalAbbrev:
		// "U.S. President" continues; "… in the U.S. The" does not, nor
		// does "… Block H." Labour".
		if quoted {
			return unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(r)
		}
		return isOpener(r) && r != '(' && r != '[' || sentStarters[w]
	case finalEllip:
		return unicode.IsUpper(r) || isOpener(r) && r != '(' && r != '['
	}
	switch {
	case unicode.IsLower(r):
		return !quoted
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
