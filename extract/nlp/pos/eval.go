package pos

import (
	"newsgraph/extract/nlp/conll"
)

// Metrics are the accuracies of a tagger on a treebank with gold
// tokenization, over all words (punctuation included), as the CoNLL 2018
// shared task computes them.
type Metrics struct {
	Words   int     // words scored
	UPOS    float64 // fraction of words with the gold UPOS
	XPOS    float64 // fraction of words with the gold XPOS
	AllTags float64 // fraction with both right
	Lemma   float64 // fraction of words with the gold lemma, lemmatized from predicted tags
}

// Evaluate tags and lemmatizes the words of sents and scores the result
// against their gold annotation.
func Evaluate(t *Tagger, sents []conll.Sentence) Metrics {
	var m Metrics
	var upos, xpos, lemmas []string
	var nu, nx, na, nl int
	for _, s := range sents {
		n := len(s.Words)
		upos = append(upos[:0], make([]string, n)...)
		xpos = append(xpos[:0], make([]string, n)...)
		lemmas = append(lemmas[:0], make([]string, n)...)
		t.Tag(s.Words, upos, xpos)
		t.Lemmatize(s.Words, upos, xpos, lemmas)
		for i := range s.Words {
			u, x := upos[i] == s.UPOS[i], xpos[i] == s.XPOS[i]
			if u {
				nu++
			}
			if x {
				nx++
			}
			if u && x {
				na++
			}
			if lemmas[i] == s.Lemmas[i] {
				nl++
			}
		}
		m.Words += n
	}
	if m.Words > 0 {
		w := float64(m.Words)
		m.UPOS, m.XPOS, m.AllTags, m.Lemma = float64(nu)/w, float64(nx)/w, float64(na)/w, float64(nl)/w
	}
	return m
}
