package pos

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"newsgraph/extract/nlp/perceptron"
)

const magic = "NGPOS004"

// WriteTo writes the tagger in a stable binary form: the same tagger always
// gives the same bytes. Read reads it back.
//
// The file is a multi-member gzip file: a first member with the tag
// dictionaries, the lemmatizer's lexicon and rules and the sizes of the
// two models, then the models of the two passes as perceptron.Model.WriteTo
// writes them (gzip members themselves, not compressed twice).
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	var models [2]bytes.Buffer
	for i, st := range []*stage{&t.first, &t.second} {
		if _, err := st.model.WriteTo(&models[i]); err != nil {
			return 0, fmt.Errorf("write pos model: %w", err)
		}
	}
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	var buf [binary.MaxVarintLen64]byte
	putInt := func(v int) { bw.Write(buf[:binary.PutUvarint(buf[:], uint64(v))]) }
	putStr := func(s string) { putInt(len(s)); bw.WriteString(s) }
	bw.WriteString(magic)
	for i, st := range []*stage{&t.first, &t.second} {
		words := slices.Sorted(maps.Keys(st.tagdict))
		putInt(len(words))
		for _, w := range words {
			putStr(w)
			putInt(int(st.tagdict[w]))
		}
		putInt(models[i].Len())
	}
	comparePairs := func(a, b pair) int { return cmp.Or(cmp.Compare(a.a, b.a), cmp.Compare(a.b, b.b)) }
	for _, lex := range []map[pair]string{t.lem.exact, t.lem.lower} {
		keys := slices.SortedFunc(maps.Keys(lex), comparePairs)
		putInt(len(keys))
		for _, k := range keys {
			putStr(k.a)
			putStr(k.b)
			putStr(lex[k])
		}
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
	keys := slices.SortedFunc(maps.Keys(t.lem.rules), comparePairs)
	putInt(len(keys))
	for _, k := range keys {
		r := t.lem.rules[k]
		putStr(k.a)
		putStr(k.b)
		lower := 0
		if r.lower {
			lower = 1
		}
		putInt(lower)
		putInt(r.cut)
		putStr(r.add)
	}
	if err := bw.Flush(); err != nil {
		return cw.n, err
	}
	if err := zw.Close(); err != nil {
		return cw.n, err
	}
	for _, m := range models {
		if _, err := cw.Write(m.Bytes()); err != nil {
			return cw.n, err
		}
	}
	return cw.n, cw.err
}

// Read reads a tagger written by WriteTo.
func Read(r io.Reader) (*Tagger, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	br := bytes.NewReader(raw)
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	// A bytes.Reader is an io.ByteReader, so that the gzip reader stops
	// right after the first member, where the models start.
	zr.Multistream(false)
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("pos model: %w", err)
	}
	rest := raw[len(raw)-br.Len():]
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("pos model: bad header")
	}
	d := decoder{data: data[len(magic):]}
	var stages [2]stage
	var sizes [2]int
	for i := range stages {
		st := &stages[i]
		st.tagdict = make(map[string]int32)
		for range d.int() {
			w := d.str()
			st.tagdict[w] = int32(d.int())
		}
		sizes[i] = d.size()
	}
	lem := &lemmatizer{}
	for _, lex := range []*map[pair]string{&lem.exact, &lem.lower} {
		n := d.int()
		*lex = make(map[pair]string, n)
		for range n {
			k := pair{d.str(), d.str()}
			(*lex)[k] = d.str()
		}
	}
	var clusters *Clusters
	if n := d.int(); n > 0 {
		words, of := make([]string, n), make([]uint16, n)
		for i := range n {
			words[i], of[i] = d.str(), uint16(d.int())
		}
		clusters = newClusters(words, of)
	}
	n := d.int()
	lem.rules = make(map[pair]rule, n)
	for range n {
		k := pair{d.str(), d.str()}
		lem.rules[k] = rule{lower: d.int() == 1, cut: d.int(), add: d.str()}
	}
	if d.err != nil {
		return nil, fmt.Errorf("pos model: %w", d.err)
	}
	lem.index()
	for i := range stages {
		st := &stages[i]
		if sizes[i] > len(rest) {
			return nil, errors.New("pos model: truncated")
		}
		m, err := perceptron.Read(bytes.NewReader(rest[:sizes[i]]))
		if err != nil {
			return nil, fmt.Errorf("pos model: %w", err)
		}
		rest = rest[sizes[i]:]
		for w, c := range st.tagdict {
			if c < 0 || int(c) >= len(m.Labels) {
				return nil, fmt.Errorf("pos model: class of %q out of range", w)
			}
		}
		st.model = m
	}
	return newTagger(stages[0], stages[1], lem, clusters)
}

// decoder reads uvarints and strings, remembering the first error.
type decoder struct {
	data []byte
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

func (d *decoder) str() string {
	n := d.int()
	if n > len(d.data) {
		if d.err == nil {
			d.err = errors.New("truncated string")
		}
		d.data = nil
		return ""
	}
	s := string(d.data[:n])
	d.data = d.data[n:]
	return s
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}
