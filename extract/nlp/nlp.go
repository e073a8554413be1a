package nlp

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"newsgraph/extract/nlp/dep"
	"newsgraph/extract/nlp/ner"
	"newsgraph/extract/nlp/pos"
	"newsgraph/extract/nlp/tokenize"
)

// Pipeline analyses English text: tokenization and sentence splitting
// (package tokenize), part-of-speech tagging and lemmatization (pos),
// dependency parsing (dep) and named-entity recognition (ner), with the
// models embedded in the binary. It is safe for concurrent use.
type Pipeline struct {
	tagger *pos.Tagger
	parser *dep.Parser
	ner    *ner.Recognizer
}

// Load loads the embedded models, concurrently, into a new Pipeline.
func Load() (*Pipeline, error) {
	var p Pipeline
	var wg sync.WaitGroup
	errs := make([]error, 3)
	wg.Go(func() { p.tagger, errs[0] = pos.Load() })
	wg.Go(func() { p.parser, errs[1] = dep.Load() })
	wg.Go(func() { p.ner, errs[2] = ner.Load() })
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("load nlp pipeline: %w", err)
		}
	}
	return &p, nil
}

// loadDefault loads the pipeline Default shares, once per process.
var loadDefault = sync.OnceValues(Load)

// Default returns the pipeline shared by the whole process, loading it on
// first use.
func Default() (*Pipeline, error) { return loadDefault() }

// Tagger returns the pipeline's part-of-speech tagger and lemmatizer.
func (p *Pipeline) Tagger() *pos.Tagger { return p.tagger }

// Parser returns the pipeline's dependency parser.
func (p *Pipeline) Parser() *dep.Parser { return p.parser }

// Recognizer returns the pipeline's named-entity recognizer.
func (p *Pipeline) Recognizer() *ner.Recognizer { return p.ner }

// Parse analyses text. It returns ctx's error if ctx is done before the
// analysis is.
func (p *Pipeline) Parse(ctx context.Context, text string) (*Document, error) {
	doc := &Document{Text: text}
	split := tokenize.Split(text)
	doc.Sentences = make([]Sentence, len(split))
	words := make([][]string, len(split))
	xpos := make([][]string, len(split))
	// One allocation each for the strings and ints of the whole document.
	total := 0
	for _, s := range split {
		total += len(s.Tokens)
	}
	strs := make([]string, 5*total)
	ints := make([]int, total)
	toks := make([]Token, total)
	for k, s := range split {
		if k%64 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		n := len(s.Tokens)
		w, u, x, l, r := strs[:n:n], strs[n:2*n:2*n], strs[2*n:3*n:3*n], strs[3*n:4*n:4*n], strs[4*n:5*n:5*n]
		strs = strs[5*n:]
		h := ints[:n:n]
		ints = ints[n:]
		for i, t := range s.Tokens {
			w[i] = t.Text
		}
		p.tagger.Tag(w, u, x)
		p.tagger.Lemmatize(w, u, x, l)
		p.parser.Parse(w, u, x, h, r)
		out := &doc.Sentences[k]
		out.Start, out.End, out.Paragraph = s.Start, s.End, s.Paragraph
		out.Tokens = toks[:n:n]
		toks = toks[n:]
		for i, t := range s.Tokens {
			out.Tokens[i] = Token{
				Text: t.Text, Start: t.Start, End: t.End, SpaceAfter: t.SpaceAfter,
				UPOS: u[i], XPOS: x[i], Lemma: l[i], Head: h[i], Rel: r[i],
			}
		}
		words[k], xpos[k] = w, x
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	tags := p.ner.Recognize(words, xpos)
	for k := range doc.Sentences {
		s := &doc.Sentences[k]
		for i := range s.Tokens {
			s.Tokens[i].NER = tags[k][i]
		}
		s.Entities = Entities(tags[k])
	}
	return doc, nil
}

// Entities returns the entity spans of a sentence's IOB2 tags. As conlleval
// reads them, an entity starts at a B- tag or at an I- tag that does not
// continue an entity of its type, and runs over the I- tags of its type.
func Entities(tags []string) []Entity {
	var ents []Entity
	for i := 0; i < len(tags); {
		prefix, typ, ok := strings.Cut(tags[i], "-")
		if !ok || prefix != "B" && prefix != "I" {
			i++
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		ents = append(ents, Entity{Start: i, End: j, Label: typ})
		i = j
	}
	return ents
}
