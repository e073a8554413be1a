// Package ner is newsgraph's named-entity recogniser: it finds the persons
// (PER), organisations (ORG), locations (LOC) and other names (MISC) of
// English news sentences and tags them in IOB2.
//
// The model follows Ratinov and Roth (2009), "Design Challenges and
// Misconceptions in Named Entity Recognition": a greedy left-to-right
// averaged perceptron (package perceptron) over BILOU classes, with word,
// shape, affix, context-window and previous-prediction features, gazetteers,
// word clusters learnt from unlabelled news (Reuters-21578 and BBC) and
// non-local features — the classes given to the same word earlier in the
// document, and a second pass that sees the first pass's classes of the
// whole document. It is written by hand rather than taken from a library
// because no Go package offers a fast, allocation-light recogniser with an
// embeddable, reproducibly trained model.
//
// The recogniser uses no part-of-speech tags, so that its input at run time
// (tags from package pos, or none) cannot differ from what it was trained on.
package ner

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"newsgraph/extract/nlp/perceptron"
)

// Recognizer is a trained entity recogniser. It is read-only and safe for
// concurrent use.
type Recognizer struct {
	clusters *clusterTable
	gaz      *gazetteer
	pass1    *perceptron.Model
	pass2    *perceptron.Model // nil: one pass only
}

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
	d.load(r, words)
	labels := r.run(d)
	out := make([][]string, len(d.sents))
	for k, s := range d.sents {
		out[k] = toIOB2(labels[s[0]:s[1]])
	}
	return out
}

// run decodes a loaded document and returns its classes.
func (r *Recognizer) run(d *docState) []int {
	d.decode(r.pass1, false, d.pass1, nil)
	if r.pass2 == nil {
		return d.pass1
	}
	d.computeAgg()
	d.decode(r.pass2, true, d.pass2, nil)
	return d.pass2
}

// scorer is a perceptron.Model or a perceptron.Trainer.
type scorer interface {
	Scores(feats []uint64, scores []float32)
}

// decode labels the document greedily, left to right, with the classes
// restricted to valid BILOU sequences. learn, if not nil, is called with
// each token's features, gold class and guess (training).
func (d *docState) decode(m scorer, second bool, out []int, learn func(f []uint64, truth, guess int)) {
	clear(d.hist)
	for _, s := range d.sents {
		prev1, prev2 := 0, 0
		for i := s[0]; i < s[1]; i++ {
			f := d.features(i, s[0], s[1], prev1, prev2, second)
			m.Scores(f, d.scores)
			last := i == s[1]-1
			best := -1
			for c := range numLabels {
				if !allowed[prev1][c] {
					continue
				}
				if last && c != 0 && (labelPos(c) == posB || labelPos(c) == posI) {
					continue
				}
				if best < 0 || d.scores[c] > d.scores[best] {
					best = c
				}
			}
			if learn != nil {
				learn(f, d.gold[i], best)
			}
			out[i] = best
			d.record(d.hist, i, best)
			prev2, prev1 = prev1, best
		}
	}
}

const fileMagic = "NGNER001"

// WriteTo writes the recogniser in the form Read and Load read: the same
// recogniser always gives the same bytes.
func (r *Recognizer) WriteTo(w io.Writer) (int64, error) {
	var buf bytes.Buffer
	buf.WriteString(fileMagic)
	var sec bytes.Buffer
	if err := writeTables(&sec, r.gaz.entries, r.clusters); err != nil {
		return 0, fmt.Errorf("ner: write tables: %w", err)
	}
	putSection(&buf, sec.Bytes())
	for _, m := range []*perceptron.Model{r.pass1, r.pass2} {
		sec.Reset()
		if m != nil {
			if _, err := m.WriteTo(&sec); err != nil {
				return 0, fmt.Errorf("ner: write model: %w", err)
			}
		}
		putSection(&buf, sec.Bytes())
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
	entries, clusters, err := readTables(bytes.NewReader(secs[0]))
	if err != nil {
		return nil, fmt.Errorf("ner model tables: %w", err)
	}
	r := &Recognizer{clusters: clusters, gaz: newGazetteer(entries)}
	if r.pass1, err = perceptron.Read(bytes.NewReader(secs[1])); err != nil {
		return nil, fmt.Errorf("ner model pass 1: %w", err)
	}
	if len(secs[2]) > 0 {
		if r.pass2, err = perceptron.Read(bytes.NewReader(secs[2])); err != nil {
			return nil, fmt.Errorf("ner model pass 2: %w", err)
		}
	}
	return r, nil
}
