package nlp

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

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
//
// The recognizer, which reads only the words, runs on the whole document
// while the tagger and parser work through the sentences, split among
// GOMAXPROCS goroutines.
func (p *Pipeline) Parse(ctx context.Context, text string) (*Document, error) {
	doc := &Document{Text: text}
	split := tokenize.Split(text)
	n := len(split)
	doc.Sentences = make([]Sentence, n)
	words := make([][]string, n)
	total := 0
	for _, s := range split {
		total += len(s.Tokens)
	}
	// One allocation for the words and one for the tokens of the document.
	strs := make([]string, total)
	toks := make([]Token, total)
	for k, s := range split {
		m := len(s.Tokens)
		w := strs[:m:m]
		strs = strs[m:]
		for i, t := range s.Tokens {
			w[i] = t.Text
		}
		words[k] = w
		out := &doc.Sentences[k]
		out.Start, out.End, out.Paragraph = s.Start, s.End, s.Paragraph
		out.Tokens = toks[:m:m]
		toks = toks[m:]
		for i, t := range s.Tokens {
			out.Tokens[i] = Token{Text: t.Text, Start: t.Start, End: t.End, SpaceAfter: t.SpaceAfter}
		}
	}

	var wg sync.WaitGroup
	var tags [][]string
	// The recognizer reads the words only (it ignores part-of-speech tags:
	// see ner.Recognizer.Recognize), so it need not wait for the tagger.
	wg.Go(func() { tags = p.ner.Recognize(words, nil) })
	// Sentences are handed out in batches, from an atomic counter.
	const batch = 16
	var next atomic.Int64
	var canceled atomic.Bool
	workers := min(runtime.GOMAXPROCS(0), (n+batch-1)/batch)
	for range workers {
		wg.Go(func() {
			var sc sentenceScratch
			for {
				lo := int(next.Add(batch)) - batch
				if lo >= n {
					return
				}
				if ctx.Err() != nil {
					canceled.Store(true)
					return
				}
				for k := lo; k < min(lo+batch, n); k++ {
					p.analyse(&doc.Sentences[k], words[k], &sc)
				}
			}
		})
	}
	wg.Wait()
	if err := ctx.Err(); err != nil || canceled.Load() {
		return nil, cmp.Or(err, context.Canceled)
	}
	for k := range doc.Sentences {
		s := &doc.Sentences[k]
		for i := range s.Tokens {
			s.Tokens[i].NER = tags[k][i]
		}
		s.Entities = Entities(tags[k])
	}
	return doc, nil
}

// sentenceScratch holds the buffers of analyse.
type sentenceScratch struct {
	upos, xpos, lemmas, rels []string
	heads                    []int
}

// analyse tags, lemmatizes and parses one sentence.
func (p *Pipeline) analyse(s *Sentence, words []string, sc *sentenceScratch) {
	n := len(words)
	sc.upos, sc.xpos = grow(sc.upos, n), grow(sc.xpos, n)
	sc.lemmas, sc.rels = grow(sc.lemmas, n), grow(sc.rels, n)
	if cap(sc.heads) < n {
		sc.heads = make([]int, n)
	}
	sc.heads = sc.heads[:n]
	p.tagger.Tag(words, sc.upos, sc.xpos)
	p.tagger.Lemmatize(words, sc.upos, sc.xpos, sc.lemmas)
	p.parser.Parse(words, sc.upos, sc.xpos, sc.heads, sc.rels)
	for i := range s.Tokens {
		t := &s.Tokens[i]
		t.UPOS, t.XPOS, t.Lemma, t.Head, t.Rel = sc.upos[i], sc.xpos[i], sc.lemmas[i], sc.heads[i], sc.rels[i]
	}
}

func grow(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
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
