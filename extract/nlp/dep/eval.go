package dep

import (
	"strings"

	"newsgraph/extract/nlp/conll"
)

// Metrics are attachment scores over all words, punctuation included, as
// defined by the CoNLL 2018 shared task.
type Metrics struct {
	Words int
	// UAS is the fraction of words with the correct head.
	UAS float64
	// LAS is the fraction of words with the correct head and universal
	// relation (the part before any ":" subtype, as the shared-task script
	// compares them).
	LAS float64
	// FullLAS also requires the subtype to be correct.
	FullLAS float64
}

// Evaluate parses sents and scores the result against their trees. If tag
// is not nil, it is called to tag each sentence (filling upos and xpos from
// the words) and the parser sees those tags; otherwise it sees the gold tags.
func Evaluate(p *Parser, sents []conll.Sentence, tag func(words []string, upos, xpos []string)) Metrics {
	var m Metrics
	var uas, las, full int
	var upos, xpos, rels []string
	var heads []int
	for _, s := range sents {
		n := len(s.Words)
		heads = resize(heads, n)
		rels = resize(rels, n)
		u, x := s.UPOS, s.XPOS
		if tag != nil {
			upos, xpos = resize(upos, n), resize(xpos, n)
			tag(s.Words, upos, xpos)
			u, x = upos, xpos
		}
		p.Parse(s.Words, u, x, heads, rels)
		for i := range n {
			m.Words++
			if heads[i] != s.Heads[i] {
				continue
			}
			uas++
			if universal(rels[i]) == universal(s.Rels[i]) {
				las++
				if rels[i] == s.Rels[i] {
					full++
				}
			}
		}
	}
	if m.Words > 0 {
		w := float64(m.Words)
		m.UAS, m.LAS, m.FullLAS = float64(uas)/w, float64(las)/w, float64(full)/w
	}
	return m
}

func universal(rel string) string {
	r, _, _ := strings.Cut(rel, ":")
	return r
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}
