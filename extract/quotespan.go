package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is the text between a pair of quotation marks (without them).
// Quotations that run over several paragraphs or are broken by an unclosed
// mark are several spans of one unit.
type quoteSpan struct {
	Span
	unit   int
	single bool // single quotation marks
}

// findQuotes finds the quoted spans of text. Straight marks are told apart
// from apostrophes and paired by the space around them: a mark after a space
// opens, one before a space or punctuation closes. By news convention a
// quotation left open at the end of a paragraph continues when the next
// paragraph opens with a mark, and an open mark inside an open quotation
// starts a new span of the same quotation.
func findQuotes(text string) []quoteSpan {
	text = doubledMarks(text)
	if !strings.ContainsAny(text, "“”\"„«»") {
		// Single marks are the article's quotation marks (British
		// tabloid style): read them as double ones, apostrophes aside.
		text = singlesAsDoubles(text)
	}
	var out []quoteSpan
	unit := -1
	carry := false // the previous paragraph ended inside a quotation
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) == "" {
			start = end + 1
			continue
		}
		dOpen, sOpen := -1, -1
		first := true
		for i := start; i < end; {
			r, n := utf8.DecodeRuneInString(text[i:])
			prev, _ := utf8.DecodeLastRuneInString(text[start:i])
			if i == start {
				prev = ' '
			}
			next, _ := utf8.DecodeRuneInString(text[i+n : end])
			if i+n >= end {
				next = ' '
			}
			opens := unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev) || i == start
			closes := unicode.IsSpace(next) || unicode.IsPunct(next) && !strings.ContainsRune("'‘", next) || i+n >= end
			isMark := false
			switch r {
			case '“', '„', '«', '”', '»', '"':
				isMark = true
				open := r == '“' || r == '„' || r == '«' || (r == '"' && (opens && !(closes && dOpen >= 0)))
				// A left mark used as a right one: called it “vile“ on
				// Sunday.
				if r == '“' && dOpen >= 0 && !opens && closes {
					open = false
				}
				// A right mark used as a left one: "”Fear. …"
				if (r == '”' || r == '»') && dOpen < 0 && opens && !closes {
					open = true
				}
				if r == '"' && !opens && !closes {
					open = dOpen < 0
				}
				if open {
					if dOpen >= 0 {
						out = appendSpan(out, text, dOpen, i, unit, false)
					} else if !(first && carry) {
						unit++
					}
					dOpen = i + n
					sOpen = -1
				} else if dOpen >= 0 {
					out = appendSpan(out, text, dOpen, i, unit, false)
					dOpen = -1
				}
			case '‘', '’', '\'':
				if dOpen >= 0 {
					break // nested quotation or apostrophe inside a quotation
				}
				if (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && unicode.IsLetter(next) {
					break // apostrophe: "isn't", "Channel 5's"
				}
				if r == '‘' || (r == '\'' && opens && !closes) {
					if sOpen < 0 && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
						sOpen = i + n
					}
					isMark = true
				} else if sOpen >= 0 && closes && !unicode.IsSpace(prev) {
					// "leaders' talks" would close here too; a single quotation
					// of more than 30 words is taken for an apostrophe.
					if len(strings.Fields(text[sOpen:i])) <= 30 {
						unit++
						out = appendSpan(out, text, sOpen, i, unit, true)
					}
					sOpen = -1
					isMark = true
				}
			}
			if isMark || !unicode.IsSpace(r) {
				first = false
			}
			i += n
		}
		carry = false
		if dOpen >= 0 {
			out = appendSpan(out, text, dOpen, end, unit, false)
			carry = true
		}
		start = end + 1
	}
	return out
}

func appendSpan(out []quoteSpan, text string, i, j, unit int, single bool) []quoteSpan {
	for i < j && unicode.IsSpace(firstRune(text[i:j])) {
		i++
	}
	for j > i {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= n
	}
	if j <= i {
		return out
	}
	return append(out, quoteSpan{Span: Span{i, j}, unit: unit, single: single})
}

// doubledMarks replaces the quotation marks that some wire and archive
// text types as two characters, two backquotes to open and two apostrophes
// to open or close, with a double quotation mark and a space of the same
// byte length, the space on the side away from the quotation, so that
// offsets stay valid and findQuotes pairs them as it pairs straight double
// marks. Three apostrophes are a double and a single mark, the single one
// inside.
func doubledMarks(text string) string {
	if !strings.Contains(text, "''") && !strings.Contains(text, "``") {
		return text
	}
	b := []byte(text)
	for i := 0; i+1 < len(b); i++ {
		c := b[i]
		if c != '\'' && c != '`' || b[i+1] != c {
			continue
		}
		n := 2
		for i+n < len(b) && b[i+n] == c {
			n++
		}
		if n > 3 {
			i += n - 1
			continue
		}
		prev, _ := utf8.DecodeLastRune(b[:i])
		if c == '`' || i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev) {
			b[i], b[i+1] = '"', ' ' // opening, then a single mark if three
		} else {
			if n == 3 {
				i++ // a single mark closes first: 'case,'''
			}
			b[i], b[i+1] = ' ', '"' // closing
		}
		i++
	}
	return string(b)
}

// singlesAsDoubles replaces the single quotation marks of text that are not
// apostrophes with double ones of the same byte length, so that offsets
// stay valid.
func singlesAsDoubles(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	prev := ' '
	for i, r := range text {
		next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
		apostrophe := (unicode.IsLetter(prev) || unicode.IsDigit(prev)) && unicode.IsLetter(next)
		switch {
		case r == '‘' && !apostrophe:
			b.WriteRune('“')
		case r == '’' && !apostrophe:
			b.WriteRune('”')
		case r == '\'' && !apostrophe:
			b.WriteRune('"')
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}
