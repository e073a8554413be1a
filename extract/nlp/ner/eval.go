package ner

import (
	"fmt"
	"strings"

	"newsgraph/extract/nlp/conll"
	"newsgraph/extract/nlp/internal/prf"
)

// Score counts entities and gives precision, recall and F1.
type Score = prf.Score

// Metrics is the entity-level evaluation of a recogniser, counted as
// conlleval counts: an entity is correct only with its exact span and type.
type Metrics struct {
	Micro  Score            // over all types
	ByType map[string]Score // per entity type
	Tokens int
}

// String formats the metrics on one line per type.
func (m Metrics) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "all  %v\n", m.Micro)
	for _, t := range Types {
		fmt.Fprintf(&b, "%-4s %v\n", t, m.ByType[t])
	}
	return b.String()
}

// span is an entity: token range [start, end) and type.
type span struct {
	start, end int
	typ        string
}

// chunks returns the entities of a sentence's IOB tags, with conlleval's
// rules: an entity starts at B-, or at I- after a different type or O.
func chunks(tags []string) []span {
	var out []span
	open := -1
	typ := ""
	for i := 0; i <= len(tags); i++ {
		t := "O"
		if i < len(tags) {
			t = tags[i]
		}
		tt := ""
		if len(t) > 2 && t[1] == '-' {
			tt = t[2:]
		}
		start := (t[0] == 'B' && tt != "") || (t[0] == 'I' && tt != "" && (open < 0 || tt != typ))
		end := open >= 0 && (t == "O" || start || tt == "")
		if end {
			out = append(out, span{open, i, typ})
			open = -1
		}
		if start {
			open, typ = i, tt
		}
	}
	return out
}

// Evaluate runs the recogniser over the documents and scores its entities
// against their gold tags.
func Evaluate(r *Recognizer, docs []conll.NERDocument) Metrics {
	m := Metrics{ByType: make(map[string]Score)}
	byType := make(map[string]*Score)
	for _, t := range Types {
		byType[t] = &Score{}
	}
	get := func(t string) *Score {
		if s, ok := byType[t]; ok {
			return s
		}
		s := &Score{}
		byType[t] = s
		return s
	}
	for _, doc := range docs {
		words := make([][]string, len(doc.Sentences))
		for i, s := range doc.Sentences {
			words[i] = s.Words
			m.Tokens += len(s.Words)
		}
		pred := r.Recognize(words, nil)
		for i, s := range doc.Sentences {
			gold, got := chunks(s.Tags), chunks(pred[i])
			gi := make(map[span]bool, len(gold))
			for _, g := range gold {
				gi[g] = true
				get(g.typ).Gold++
				m.Micro.Gold++
			}
			for _, p := range got {
				get(p.typ).Predicted++
				m.Micro.Predicted++
				if gi[p] {
					get(p.typ).Correct++
					m.Micro.Correct++
				}
			}
		}
	}
	m.Micro.Finish()
	for t, s := range byType {
		s.Finish()
		m.ByType[t] = *s
	}
	return m
}
