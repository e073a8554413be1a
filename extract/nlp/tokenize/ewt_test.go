package tokenize

import (
	"strings"
	"testing"

	"newsgraph/extract/nlp/conll"
)

const data = "../../../../shared/data/"

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

// f1 is precision, recall and F1 from counts.
func f1(match, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(match) / float64(pred)
	}
	if gold > 0 {
		r = float64(match) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// tokenScore runs Split on each sentence's text and counts token spans
// that match the gold words exactly. diff, if not nil, is called for each
// sentence whose tokens differ.
func tokenScore(t testing.TB, sents []conll.Sentence, diff func(text string, gold, pred []string)) (match, pred, gold int) {
	bad := 0
	for _, s := range sents {
		g, ok := goldSpans(s)
		if !ok {
			bad++
			continue
		}
		want := map[span]bool{}
		for _, sp := range g {
			want[sp] = true
		}
		gold += len(g)
		var got []span
		var gotText []string
		for _, ps := range Split(s.Text) {
			for _, tk := range ps.Tokens {
				got = append(got, span{tk.Start, tk.End})
				gotText = append(gotText, tk.Text)
			}
		}
		pred += len(got)
		m := 0
		for _, sp := range got {
			if want[sp] {
				m++
			}
		}
		match += m
		if diff != nil && (m != len(got) || m != len(g)) {
			diff(s.Text, s.Words, gotText)
		}
	}
	if bad > len(sents)/100 {
		t.Fatalf("%d of %d sentences could not be aligned to their text", bad, len(sents))
	}
	return match, pred, gold
}

// sentenceScore joins the sentences of each document (spaces between
// sentences, a line break at each new paragraph), runs Split on the
// document and counts sentence spans that match the gold ones.
func sentenceScore(sents []conll.Sentence) (match, pred, gold int) {
	var doc strings.Builder
	want := map[span]bool{}
	flush := func() {
		if doc.Len() == 0 {
			return
		}
		for _, s := range Split(doc.String()) {
			pred++
			if want[span{s.Start, s.End}] {
				match++
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
		gold++
	}
	flush()
	return match, pred, gold
}

// TestEWTDev measures token-boundary and sentence-boundary F1 against the
// EWT dev set and fails if either drops below what the tokenizer reaches
// today: a regression catcher.
func TestEWTDev(t *testing.T) {
	sents, err := conll.ReadUFile(data + "ud_ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		t.Fatal(err)
	}
	m, p, g := tokenScore(t, sents, nil)
	tp, tr, tf := f1(m, p, g)
	t.Logf("EWT dev tokens: P %.4f R %.4f F1 %.4f (%d gold words)", tp, tr, tf, g)
	m, p, g = sentenceScore(sents)
	sp, sr, sf := f1(m, p, g)
	t.Logf("EWT dev sentences: P %.4f R %.4f F1 %.4f (%d gold sentences)", sp, sr, sf, g)
	const minToken, minSentence = 0.990, 0.85
	if tf < minToken {
		t.Errorf("token F1 %.4f < %.4f", tf, minToken)
	}
	if sf < minSentence {
		t.Errorf("sentence F1 %.4f < %.4f", sf, minSentence)
	}
}
