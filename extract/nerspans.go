package extract

import (
	"context"

	"newsgraph/extract/nlp/ner"
	"newsgraph/extract/nlp/tokenize"
	"newsgraph/schema"
)

// labeledSpan is a named-entity span found by the NLP core's recognizer,
// in byte offsets of the article.
type labeledSpan struct {
	Span
	label string // PER, ORG, LOC or MISC
}

// entitySpans runs the statistical named-entity recognizer over text. The
// rule-based recognizer asks it only about names that no lexicon and no
// sure cue types: there the model's view of the context is better than a
// default guess.
func entitySpans(ctx context.Context, rec *ner.Recognizer, text string) ([]labeledSpan, error) {
	sents := tokenize.Split(text)
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = make([]string, len(s.Tokens))
		for k, t := range s.Tokens {
			words[i][k] = t.Text
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	tags := rec.Recognize(words, nil)
	var out []labeledSpan
	for i, s := range sents {
		for k := 0; k < len(tags[i]); {
			tag := tags[i][k]
			if len(tag) < 3 || tag[0] != 'B' && tag[0] != 'I' {
				k++
				continue
			}
			label := tag[2:]
			j := k + 1
			for j < len(tags[i]) && tags[i][j] == "I-"+label {
				j++
			}
			out = append(out, labeledSpan{Span: Span{s.Tokens[k].Start, s.Tokens[j-1].End}, label: label})
			k = j
		}
	}
	return out, nil
}

// nerType returns the type the recognizer gives the text [start, end): the
// label of a span that covers at least half of it, with ok false when no
// span overlaps it at all, and drop true for MISC (events, laws, works).
func (d *document) nerType(start, end int) (typ schema.Type, drop, ok bool) {
	for _, s := range d.nerSpans {
		if s.End <= start || s.Start >= end {
			continue
		}
		ok = true
		overlap := min(s.End, end) - max(s.Start, start)
		if 2*overlap < end-start {
			continue
		}
		switch s.label {
		case "PER":
			return schema.Person, false, true
		case "ORG":
			return schema.Organization, false, true
		case "LOC":
			return schema.Place, false, true
		case "MISC":
			return "", true, true
		}
	}
	return "", false, ok
}
