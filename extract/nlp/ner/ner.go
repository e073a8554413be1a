// Package ner is newsgraph's named-entity recogniser: it finds the persons
// (PER), organisations (ORG), locations (LOC) and other names (MISC) of
// English news sentences and tags them in IOB2.
//
// The model follows Ratinov and Roth (2009), "Design Challenges and
// Misconceptions in Named Entity Recognition": a left-to-right averaged
// perceptron (package perceptron) over BILOU classes, decoded with a small
// beam of locally normalised scores (width 2), with word,
// shape, affix, context-window and previous-prediction features, gazetteers
// (hand-written lists, lists from the training data, public name lists
// collected by ReadNames, and the first names, last names, cities and
// regions of worldnames.txt, derived from public packages), two kinds of
// word clusters learnt from unlabelled news (SVD-based hierarchical k-means
// and Brown clusters) and non-local features — the classes given to the
// same word earlier in the document, and a second pass that sees the first
// pass's classes of the whole document. Each pass's weights are the
// average of three perceptrons trained on differently shuffled documents,
// rounded to 8 significant bits. It is written by hand rather than taken
// from a library because no Go package offers a fast, allocation-light
// recogniser with an embeddable, reproducibly trained model.
//
// The recogniser uses no part-of-speech tags, so that its input at run time
// (tags from package pos, or none) cannot differ from what it was trained on.
//
// The embedded model (model.bin: a header and S2-compressed sections, see
// Recognizer.WriteTo) is trained, with settings chosen on eng.testa, on
// CoNLL-2003 eng.train and eng.testa with the configuration of
// EmbeddedConfig, by
// "newsgraph nlp train --only ner" or, with scores on testb,
//
//	go run ./extract/nlp/ner/nertrain -data ../shared/data -final -test
//
// both of which rewrite it byte for byte. nertrain's other flags serve model
// selection; without -final it trains on eng.train alone and scores testa.
package ner

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sync"

	"newsgraph/extract/nlp/perceptron"
)

// Recognizer is a trained entity recogniser. It is read-only and safe for
// concurrent use.
type Recognizer struct {
	clusters *clusterTable
	brown    *brownTable
	gaz      *gazetteer
	pass1    *perceptron.Model
	pass2    *perceptron.Model // nil: one pass only
	beam     int               // beam width of decoding
	temp     float32           // inverse temperature of the softmax of beam search
}

// defaultBeam is the beam width of decoding.
const defaultBeam = 2

// defaultTemp scales perceptron scores before the softmax of beam search;
// tuned on the development set.
const defaultTemp = 0.03

//go:embed model.bin
var embedded []byte

// Load returns the recogniser embedded in the package.
func Load() (*Recognizer, error) {
	r, err := Read(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("ner: embedded model: %w", err)
	}
	return r, nil
}

// Recognize tags the sentences of one document, given as words, with IOB2
// entity tags ("O", "B-PER", "I-PER", …). The sentences must be in document
// order: the recogniser uses what it found earlier and elsewhere in the
// document. xpos (Penn Treebank tags) is accepted for symmetry with the
// other components and ignored; it may be nil.
func (r *Recognizer) Recognize(words [][]string, xpos [][]string) [][]string {
	d := newDocState()
	if r.temp != 0 {
		d.temp = r.temp
	}
	d.load(r, words)
	labels := r.run(d)
	out := make([][]string, len(d.sents))
	for k, s := range d.sents {
		out[k] = toIOB2(labels[s[0]:s[1]])
	}
	return out
}

// WithBeam returns a copy of r that decodes with beam width k; k = 1 is
// greedy decoding.
func (r *Recognizer) WithBeam(k int) *Recognizer {
	c := *r
	c.beam = max(k, 1)
	return &c
}

// run decodes a loaded document and returns its classes.
func (r *Recognizer) run(d *docState) []int {
	d.decode(r.pass1, false, d.pass1, r.beam, nil)
	if r.pass2 == nil {
		return d.pass1
	}
	d.computeAgg()
	d.decode(r.pass2, true, d.pass2, r.beam, nil)
	return d.pass2
}

// scorer is a perceptron.Model or a perceptron.Trainer.
type scorer interface {
	Scores(feats []uint64, scores []float32)
}

// decode labels the document, sentence by sentence, with the classes
// restricted to valid BILOU sequences: greedily when training or when beam
// is 1, else by beam search. learn, if not nil, is called with each
// token's features, gold class and guess (training). The history of a
// word's classes in the document is updated after each sentence.
func (d *docState) decode(m scorer, second bool, out []int, beam int, learn func(f []uint64, truth, guess int)) {
	clear(d.hist)
	for _, s := range d.sents {
		if learn != nil || beam <= 1 {
			d.greedy(m, s[0], s[1], second, out, learn)
		} else {
			d.beamSearch(m, s[0], s[1], second, out, beam)
		}
		for i := s[0]; i < s[1]; i++ {
			d.record(d.hist, i, out[i])
		}
	}
}

// valid reports whether class c may follow prev1, at the last token of the
// sentence if last.
func valid(prev1, c int, last bool) bool {
	return allowed[prev1][c] && !(last && c != 0 && (labelPos(c) == posB || labelPos(c) == posI))
}

func (d *docState) greedy(m scorer, s0, s1 int, second bool, out []int, learn func(f []uint64, truth, guess int)) {
	prev1, prev2 := 0, 0
	for i := s0; i < s1; i++ {
		if learn != nil && d.dropP > 0 && d.rng.Float64() < d.dropP {
			d.dropTok = i
		}
		f := d.staticFeatures(d.feats[:0], i, s0, s1, second)
		f = d.dynFeatures(f, i, prev1, prev2, second)
		d.feats = f
		m.Scores(f, d.scores)
		best := -1
		for c := range numLabels {
			if valid(prev1, c, i == s1-1) && (best < 0 || d.scores[c] > d.scores[best]) {
				best = c
			}
		}
		if learn != nil {
			learn(f, d.gold[i], best)
		}
		d.dropTok = -1
		out[i] = best
		prev2, prev1 = prev1, best
	}
}

// hyp is a beam-search hypothesis: its score, last two classes and its
// parent in the previous step's beam.
type hyp struct {
	score        float32
	prev1, prev2 int
	parent       int
}

func (d *docState) beamSearch(m scorer, s0, s1 int, second bool, out []int, beam int) {
	n := s1 - s0
	if cap(d.static) < n*numLabels {
		d.static = make([]float32, n*numLabels)
	}
	static := d.static[:n*numLabels]
	for i := s0; i < s1; i++ {
		d.feats = d.staticFeatures(d.feats[:0], i, s0, s1, second)
		m.Scores(d.feats, static[(i-s0)*numLabels:(i-s0+1)*numLabels])
	}
	// lattice holds the beams of all steps, beam entries per step.
	d.lattice = d.lattice[:0]
	cur := append(d.beamA[:0], hyp{parent: -1})
	for i := s0; i < s1; i++ {
		cands := d.cands[:0]
		st := static[(i-s0)*numLabels:]
		for hi, h := range cur {
			d.feats = d.dynFeatures(d.feats[:0], i, h.prev1, h.prev2, second)
			m.Scores(d.feats, d.scores)
			// The perceptron is trained greedily: its scores compare classes
			// for one history, not histories, so each step is normalised
			// to log-probabilities (softmax over the classes the BILOU
			// constraints allow) before paths are compared.
			mx := float32(math.Inf(-1))
			for c := range numLabels {
				if valid(h.prev1, c, i == s1-1) {
					d.scores[c] = (d.scores[c] + st[c]) * d.temp
					mx = max(mx, d.scores[c])
				}
			}
			var z float64
			for c := range numLabels {
				if valid(h.prev1, c, i == s1-1) {
					z += math.Exp(float64(d.scores[c] - mx))
				}
			}
			lz := mx + float32(math.Log(z))
			for c := range numLabels {
				if valid(h.prev1, c, i == s1-1) {
					cands = append(cands, hyp{score: h.score + d.scores[c] - lz, prev1: c, prev2: h.prev1, parent: hi})
				}
			}
		}
		// Keep the best beam candidates, distinct in their last two
		// classes (the only state the features depend on), by repeated
		// selection: the beam is small.
		next := d.beamB[:0]
		for len(next) < beam {
			best := -1
			for ci := range cands {
				if cands[ci].parent >= 0 && (best < 0 || cands[ci].score > cands[best].score) {
					best = ci
				}
			}
			if best < 0 {
				break
			}
			c := cands[best]
			cands[best].parent = -1 // taken
			dup := false
			for _, o := range next {
				if o.prev1 == c.prev1 && o.prev2 == c.prev2 {
					dup = true
					break
				}
			}
			if !dup {
				next = append(next, c)
			}
		}
		d.cands = cands
		// Record this step: class and parent of each kept hypothesis, the
		// parent's index being relative to the previous step's entries.
		base := len(d.lattice)
		for _, h := range next {
			d.lattice = append(d.lattice, step{label: h.prev1, parent: h.parent})
		}
		d.steps = append(d.steps[:min(i-s0, len(d.steps))], base)
		d.beamA, d.beamB = next, cur
		cur = next
	}
	// Follow the best hypothesis back.
	k := 0
	for i := s1 - 1; i >= s0; i-- {
		e := d.lattice[d.steps[i-s0]+k]
		out[i] = e.label
		k = e.parent
	}
}

// step is one lattice entry of beam search.
type step struct {
	label, parent int
}

const fileMagic = "NGNER002"

// WriteTo writes the recogniser in the form Read and Load read: the magic,
// then three sections, each an 8-byte length and a perceptron.Compress
// block: the tables (gazetteer lists and word clusters, see writeTables)
// and the two passes' models (perceptron.Model.MarshalBinary; the second
// is empty for a one-pass recogniser). The same recogniser always gives the
// same bytes.
func (r *Recognizer) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(fileMagic)
	var tables bytes.Buffer
	if err := writeTables(&tables, r.gaz.entries, r.clusters, r.brown); err != nil {
		return 0, fmt.Errorf("ner: write tables: %w", err)
	}
	raws := [][]byte{tables.Bytes()}
	for _, m := range []*perceptron.Model{r.pass1, r.pass2} {
		var raw []byte
		if m != nil {
			var err error
			if raw, err = m.MarshalBinary(); err != nil {
				return 0, fmt.Errorf("ner: write model: %w", err)
			}
		}
		raws = append(raws, raw)
	}
	for _, raw := range raws {
		z, err := perceptron.Compress(raw)
		if err != nil {
			return 0, fmt.Errorf("ner: %w", err)
		}
		putSection(&buf, z)
	}
	n, err := w.Write(buf.Bytes())
	return int64(n), err
}

func putSection(buf *bytes.Buffer, b []byte) {
	var n [8]byte
	binary.LittleEndian.PutUint64(n[:], uint64(len(b)))
	buf.Write(n[:])
	buf.Write(b)
}

// Read reads a recogniser written by WriteTo.
func Read(rd io.Reader) (*Recognizer, error) {
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("ner model: %w", err)
	}
	if !bytes.HasPrefix(data, []byte(fileMagic)) {
		return nil, errors.New("ner model: bad header")
	}
	data = data[len(fileMagic):]
	var secs [3][]byte
	for i := range secs {
		if len(data) < 8 {
			return nil, errors.New("ner model: truncated")
		}
		n := binary.LittleEndian.Uint64(data)
		data = data[8:]
		if uint64(len(data)) < n {
			return nil, errors.New("ner model: truncated")
		}
		secs[i], data = data[:n], data[n:]
	}
	if len(data) != 0 {
		return nil, errors.New("ner model: trailing bytes")
	}
	// The sections are independent: decompress and decode them in parallel.
	var (
		entries  gazEntries
		clusters *clusterTable
		brown    *brownTable
		gaz      *gazetteer
		passes   [2]*perceptron.Model
		errs     [3]error
		wg       sync.WaitGroup
	)
	wg.Go(func() {
		raw, err := perceptron.Decompress(secs[0])
		if err == nil {
			entries, clusters, brown, err = readTables(raw)
		}
		if err != nil {
			errs[0] = fmt.Errorf("ner model tables: %w", err)
			return
		}
		gaz = newGazetteer(entries)
	})
	for k := range passes {
		wg.Go(func() {
			raw, err := perceptron.Decompress(secs[k+1])
			if err == nil && len(raw) > 0 {
				passes[k] = new(perceptron.Model)
				err = passes[k].UnmarshalBinary(raw)
			}
			if err != nil {
				errs[k+1] = fmt.Errorf("ner model pass %d: %w", k+1, err)
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs[:]...); err != nil {
		return nil, err
	}
	pass1, pass2 := passes[0], passes[1]
	if pass1 == nil {
		return nil, errors.New("ner model: no first pass")
	}
	return &Recognizer{clusters: clusters, brown: brown, gaz: gaz, beam: defaultBeam, pass1: pass1, pass2: pass2}, nil
}
