package tokenize

import (
	"strings"

	"newsgraph/extract/nlp/conll"
	"newsgraph/extract/nlp/internal/prf"
)

// Score is a boundary score: how many predicted spans match gold spans
// exactly, with precision, recall and F1.
type Score = prf.Score

// Metrics score tokenization and sentence splitting against a treebank, as
// the CoNLL 2018 shared task's "Tokens" and "Sentences" do: a token or
// sentence is correct when its span of the raw text matches a gold one.
type Metrics struct {
	Tokens    Score
	Sentences Score
	// Unaligned counts the sentences whose gold words could not be found
	// in their text (they are left out of Tokens).
	Unaligned int
}

// Evaluate scores Split on the raw text of sents. Tokens are scored per
// sentence, on the sentence's "# text"; sentences per document, on the
// sentences of each document joined by a space, or a line break at a new
// paragraph.
func Evaluate(sents []conll.Sentence) Metrics {
	var m Metrics
	for _, s := range sents {
		g, ok := goldSpans(s)
		if !ok {
			m.Unaligned++
			continue
		}
		want := make(map[span]bool, len(g))
		for _, sp := range g {
			want[sp] = true
		}
		m.Tokens.Gold += len(g)
		for _, ps := range Split(s.Text) {
			for _, tk := range ps.Tokens {
				m.Tokens.Predicted++
				if want[span{tk.Start, tk.End}] {
					m.Tokens.Correct++
				}
			}
		}
	}
	m.Sentences = sentenceScore(sents)
	m.Tokens.Finish()
	m.Sentences.Finish()
	return m
}

// span is a half-open byte range.
type span struct{ a, b int }

// goldSpans returns the byte spans of a CoNLL-U sentence's words in its
// text, a multiword token's parts sharing out its span. ok is false when
// the words cannot be found in the text.
func goldSpans(s conll.Sentence) (spans []span, ok bool) {
	text := s.Text
	pos := 0
	mw := map[int]conll.MultiWord{}
	for _, m := range s.Tokens {
		mw[m.First] = m
	}
	skip := func() {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
	}
	for k := 0; k < len(s.Words); k++ {
		skip()
		if m, isMW := mw[k]; isMW {
			if !strings.HasPrefix(text[pos:], m.Form) {
				return nil, false
			}
			parts := s.Words[m.First : m.Last+1]
			if strings.Join(parts, "") == m.Form {
				for _, p := range parts {
					spans = append(spans, span{pos, pos + len(p)})
					pos += len(p)
				}
			} else {
				// Parts that are not substrings ("wanna" → "want" "to"):
				// the boundaries inside the token are unknown, so the
				// parts share the first part's start and the last's end.
				for i := range parts {
					a, b := pos, pos+len(m.Form)
					if i > 0 {
						a = -1
					}
					if i < len(parts)-1 {
						b = -1
					}
					spans = append(spans, span{a, b})
				}
				pos += len(m.Form)
			}
			k = m.Last
			continue
		}
		w := s.Words[k]
		if !strings.HasPrefix(text[pos:], w) {
			return nil, false
		}
		spans = append(spans, span{pos, pos + len(w)})
		pos += len(w)
	}
	return spans, true
}

// sentenceScore joins the sentences of each document (spaces between
// sentences, a line break at each new paragraph), runs Split on the
// document and counts sentence spans that match the gold ones.
func sentenceScore(sents []conll.Sentence) Score {
	var sc Score
	var doc strings.Builder
	want := map[span]bool{}
	flush := func() {
		if doc.Len() == 0 {
			return
		}
		for _, s := range Split(doc.String()) {
			sc.Predicted++
			if want[span{s.Start, s.End}] {
				sc.Correct++
			}
		}
		doc.Reset()
		clear(want)
	}
	for _, s := range sents {
		if s.NewDoc {
			flush()
		}
		if doc.Len() > 0 {
			if s.NewPar {
				doc.WriteByte('\n')
			} else {
				doc.WriteByte(' ')
			}
		}
		a := doc.Len()
		doc.WriteString(s.Text)
		want[span{a, doc.Len()}] = true
		sc.Gold++
	}
	flush()
	return sc
}
