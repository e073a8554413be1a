package pos

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"sync"

	"newsgraph/extract/nlp/perceptron"
)

const magic = "NGPOS005"

// WriteTo writes the tagger in a stable binary form: the same tagger always
// gives the same bytes. Read reads it back.
//
// The file is compressed with perceptron.Compress; it holds the magic, the
// sizes of the models of the two passes and the models themselves as
// perceptron.Model.MarshalBinary lays them out, then the tag dictionaries,
// the lemmatizer's lexicon, the word clusters and the lemmatizer's rules,
// with numbers as uvarints and strings as a uvarint length and bytes.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var models [2][]byte
	for i, st := range []*stage{&t.first, &t.second} {
		b, err := st.model.MarshalBinary()
		if err != nil {
			return 0, fmt.Errorf("write pos model: %w", err)
		}
		models[i] = b
	}
	b := []byte(magic)
	putInt := func(v int) { b = binary.AppendUvarint(b, uint64(v)) }
	putStr := func(s string) { putInt(len(s)); b = append(b, s...) }
	for _, m := range models {
		putInt(len(m))
	}
	for _, m := range models {
		b = append(b, m...)
	}
	for _, st := range []*stage{&t.first, &t.second} {
		words := slices.Sorted(maps.Keys(st.tagdict))
		putInt(len(words))
		for _, w := range words {
			putStr(w)
			putInt(int(st.tagdict[w]))
		}
	}
	keys := slices.SortedFunc(maps.Keys(t.lem.exact), comparePairs)
	putInt(len(keys))
	for _, k := range keys {
		putStr(k.a)
		putStr(k.b)
		putStr(t.lem.exact[k])
	}
	putInt(len(t.lem.lower))
	for _, e := range t.lem.lower {
		putStr(e.key.a)
		putStr(e.key.b)
		putStr(e.lemma)
	}
	var clusterWords []string
	var clusterOf []uint16
	if t.clusters != nil {
		clusterWords, clusterOf = t.clusters.words, t.clusters.of
	}
	putInt(len(clusterWords))
	for i, w := range clusterWords {
		putStr(w)
		putInt(int(clusterOf[i]))
	}
	putInt(len(t.lem.rules))
	for _, e := range t.lem.rules {
		r := e.rule
		putStr(e.key.a)
		putStr(e.key.b)
		lower := 0
		if r.lower {
			lower = 1
		}
		putInt(lower)
		putInt(r.cut)
		putStr(r.add)
	}
	z, err := perceptron.Compress(b)
	if err != nil {
		return 0, fmt.Errorf("write pos model: %w", err)
	}
	n, err := w.Write(z)
	if err != nil {
		return int64(n), fmt.Errorf("write pos model: %w", err)
	}
	return int64(n), nil
}

// Read reads a tagger written by WriteTo. The models of the two passes are
// decoded in goroutines of their own while the dictionaries are built.
func Read(r io.Reader) (*Tagger, error) {
	z, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	return decode(z)
}

// decode decodes a compressed model, which it does not retain.
func decode(z []byte) (*Tagger, error) {
	data, err := perceptron.Decompress(z)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("pos model: bad header")
	}
	d := decoder{data: data[len(magic):]}
	var stages [2]stage
	var sizes [2]int
	for i := range sizes {
		sizes[i] = d.size()
	}
	var wg sync.WaitGroup
	var errs [2]error
	for i := range stages {
		raw := d.bytes(sizes[i])
		if d.err != nil {
			return nil, fmt.Errorf("pos model: %w", d.err)
		}
		st := &stages[i]
		st.model = new(perceptron.Model)
		wg.Go(func() { errs[i] = st.model.UnmarshalBinary(raw) })
	}
	// The strings of the lexicon are substrings of one copy of its bytes
	// rather than an allocation each.
	d.text = string(d.data)
	lem, clusters, err := readLexicon(&d, &stages)
	wg.Wait()
	if err := cmp.Or(err, errs[0], errs[1]); err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	for i := range stages {
		st := &stages[i]
		for w, c := range st.tagdict {
			if c < 0 || int(c) >= len(st.model.Labels) {
				return nil, fmt.Errorf("pos model: class of %q out of range", w)
			}
		}
	}
	return newTagger(stages[0], stages[1], lem, clusters)
}

// readLexicon reads the part of the model after the perceptron models: the
// tag dictionaries of the stages, the lemmatizer and the word clusters.
func readLexicon(d *decoder, stages *[2]stage) (*lemmatizer, *Clusters, error) {
	for i := range stages {
		st := &stages[i]
		n := d.int()
		st.tagdict = make(map[string]int32, n)
		for range n {
			w := d.str()
			st.tagdict[w] = int32(d.int())
		}
	}
	n := d.int()
	lem := &lemmatizer{exact: make(map[pair]string, n)}
	for range n {
		k := pair{d.str(), d.str()}
		lem.exact[k] = d.str()
	}
	lem.lower = make([]lexEntry, d.int())
	for i := range lem.lower {
		lem.lower[i] = lexEntry{pair{d.str(), d.str()}, d.str()}
	}
	var clusters *Clusters
	if n := d.int(); n > 0 {
		words, of := make([]string, n), make([]uint16, n)
		for i := range n {
			words[i], of[i] = d.str(), uint16(d.int())
		}
		clusters = newClusters(words, of)
	}
	lem.rules = make([]ruleEntry, d.int())
	for i := range lem.rules {
		k := pair{d.str(), d.str()}
		lem.rules[i] = ruleEntry{k, rule{lower: d.int() == 1, cut: d.int(), add: d.str()}}
	}
	if d.err != nil {
		return nil, nil, d.err
	}
	if len(d.data) != 0 {
		return nil, nil, errors.New("trailing bytes")
	}
	lem.index()
	return lem, clusters, nil
}

// decoder reads uvarints and strings, remembering the first error.
type decoder struct {
	data []byte
	// text, if not empty, holds the bytes that data ends with, from which
	// str takes its strings without allocating.
	text string
	err  error
}

func (d *decoder) int() int {
	v, n := binary.Uvarint(d.data)
	if n <= 0 || v > uint64(len(d.data)) {
		if d.err == nil {
			d.err = errors.New("bad varint")
		}
		d.data = nil
		return 0
	}
	d.data = d.data[n:]
	return int(v)
}

// size reads a byte count of data outside the decoder's.
func (d *decoder) size() int {
	v, n := binary.Uvarint(d.data)
	if n <= 0 || v > 1<<31 {
		if d.err == nil {
			d.err = errors.New("bad size")
		}
		d.data = nil
		return 0
	}
	d.data = d.data[n:]
	return int(v)
}

// bytes reads the next n bytes.
func (d *decoder) bytes(n int) []byte {
	if n > len(d.data) {
		if d.err == nil {
			d.err = errors.New("truncated")
		}
		d.data = nil
		return nil
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}

func (d *decoder) str() string {
	n := d.int()
	if n > len(d.data) {
		if d.err == nil {
			d.err = errors.New("truncated string")
		}
		d.data = nil
		return ""
	}
	var s string
	if off := len(d.text) - len(d.data); off >= 0 && len(d.text) > 0 {
		s = d.text[off : off+n]
	} else {
		s = string(d.data[:n])
	}
	d.data = d.data[n:]
	return s
}
