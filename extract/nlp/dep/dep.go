// Package dep is newsgraph's dependency parser: a greedy transition-based
// parser (arc-hybrid, trained with a dynamic oracle) that assigns each word
// of a tagged sentence its head and Universal Dependencies relation.
//
// The scorer is an averaged perceptron over hashed, rich non-local feature
// templates (Zhang and Nivre 2011) with labelled transitions. The model is
// trained by this repository from the UD English Web Treebank, with tags
// jackknifed from package pos ("newsgraph nlp train --only dep"; see Train),
// and embedded in the binary.
//
// The parser is hand-written rather than taken from a library because no Go
// package offers a fast, allocation-free, reproducibly trained UD parser
// whose model can be embedded; it uses the hashing of package perceptron.
package dep

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"sync"
)

//go:embed model.gz
var embedded []byte

// Parser is a trained dependency parser. It is safe for concurrent use.
type Parser struct {
	labels []string // relation labels; Labels[root] is "root"
	root   int32
	m      *weights
	pool   sync.Pool // of *scratch
}

type scratch struct {
	st     state
	feats  []uint64
	scores [256]int32
}

// Load returns the parser embedded in the binary.
func Load() (*Parser, error) {
	p, err := Read(bytes.NewReader(embedded))
	if err != nil {
		return nil, fmt.Errorf("dep: embedded model: %w", err)
	}
	return p, nil
}

func newParser(labels []string, m *weights) (*Parser, error) {
	root := int32(-1)
	for i, l := range labels {
		if l == "root" {
			root = int32(i)
		}
	}
	if root < 0 {
		return nil, errors.New("no root relation")
	}
	if 1+2*len(labels) > 255 {
		return nil, fmt.Errorf("%d relations, at most 127 supported", len(labels))
	}
	p := &Parser{labels: labels, root: root, m: m}
	p.pool.New = func() any {
		return &scratch{feats: make([]uint64, 0, numFeatures)}
	}
	return p, nil
}

// Labels returns the relations the parser assigns.
func (p *Parser) Labels() []string { return p.labels }

// Parse parses a sentence given its words and their universal (upos) and
// Penn Treebank (xpos) part-of-speech tags. It sets heads[i] to the 1-based
// index of the head of word i, 0 for the root, and rels[i] to its relation.
// The result is always a tree with exactly one word attached to the root.
// heads and rels must have len(words) elements.
func (p *Parser) Parse(words, upos, xpos []string, heads []int, rels []string) {
	if len(words) == 0 {
		return
	}
	sc := p.pool.Get().(*scratch)
	s := &sc.st
	s.reset(words, upos, xpos)
	for !s.terminal() {
		sc.feats = s.features(sc.feats[:0])
		p.m.score(sc.feats, &sc.scores)
		op, l := p.best(s, &sc.scores)
		s.apply(op, l)
	}
	n := len(words)
	for i := 1; i <= n; i++ {
		h := int(s.head[i])
		if h == n+1 {
			h = 0
		}
		heads[i-1] = h
		rels[i-1] = p.labels[s.lab[i]-1]
	}
	p.pool.Put(sc)
}

// class returns the scorer class of transition op with label l.
func (p *Parser) class(op int, l int32) int {
	switch op {
	case opLeft:
		return 1 + int(l)
	case opRight:
		return 1 + len(p.labels) + int(l)
	}
	return 0
}

// best returns the highest-scoring legal transition.
func (p *Parser) best(s *state, scores *[256]int32) (op int, label int32) {
	shift, left, right := s.legal()
	best := int32(math.MinInt32)
	if shift {
		op, best = opShift, scores[0]
	}
	if left {
		if int(s.b) == s.n+1 {
			// Shift is illegal here: attaching to the root is the
			// only left transition.
			op, label, best = opLeft, p.root, scores[1+p.root]
		} else {
			for l := range int32(len(p.labels)) {
				if sc := scores[1+l]; l != p.root && sc > best {
					op, label, best = opLeft, l, sc
				}
			}
		}
	}
	if right {
		L := int32(len(p.labels))
		for l := range L {
			if sc := scores[1+L+l]; l != p.root && sc > best {
				op, label, best = opRight, l, sc
			}
		}
	}
	return op, label
}

const magic = "NGDEP001"

// Weights are stored as multiples of 1/quantum in 16 bits: rounding the
// averaged weights so does not change the parses measurably and makes the
// model file compress to about half its size.
const quantum = 16

// WriteTo writes the model gzip-compressed in a stable binary form: the same
// model always gives the same bytes.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: w}
	zw, err := gzip.NewWriterLevel(cw, gzip.BestCompression)
	if err != nil {
		return 0, err
	}
	bw := bufio.NewWriter(zw)
	put := func(v any) { _ = binary.Write(bw, binary.LittleEndian, v) }
	bw.WriteString(magic)
	put(uint32(len(p.labels)))
	for _, l := range p.labels {
		put(uint32(len(l)))
		bw.WriteString(l)
	}
	// Features in key order, so the bytes do not depend on table layout;
	// keys, counts, classes and weights as separate streams, which gzip
	// compresses better than interleaved records.
	var order []slot
	for _, s := range p.m.slots {
		if s.kn != 0 {
			order = append(order, s)
		}
	}
	slices.SortFunc(order, func(a, b slot) int {
		// Keys are distinct.
		return cmp.Compare(a.kn&keyMask, b.kn&keyMask)
	})
	put(uint64(len(order)))
	var buf [binary.MaxVarintLen64]byte
	last := uint64(0)
	for _, s := range order {
		k := s.kn & keyMask
		bw.Write(buf[:binary.PutUvarint(buf[:], k-last)])
		last = k
	}
	for _, s := range order {
		put(uint8(s.kn >> 48))
	}
	for _, s := range order {
		for _, e := range p.m.row(&s) {
			put(uint8(e))
		}
	}
	for _, s := range order {
		for _, e := range p.m.row(&s) {
			put(int16(e >> 16))
		}
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("dep: write model: %w", err)
	}
	if err := zw.Close(); err != nil {
		return cw.n, fmt.Errorf("dep: write model: %w", err)
	}
	if cw.err != nil {
		return cw.n, fmt.Errorf("dep: write model: %w", cw.err)
	}
	return cw.n, nil
}

// Read reads a parser written by WriteTo.
func Read(r io.Reader) (*Parser, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("dep model: %w", err)
	}
	br := bufio.NewReaderSize(zr, 1<<16)
	get := func(what string, v any) error {
		if err := binary.Read(br, binary.LittleEndian, v); err != nil {
			return fmt.Errorf("dep model: %s: %w", what, err)
		}
		return nil
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return nil, errors.New("dep model: bad header")
	}
	var nl uint32
	if err := get("labels", &nl); err != nil {
		return nil, err
	}
	if nl > 127 {
		return nil, fmt.Errorf("dep model: %d labels", nl)
	}
	labels := make([]string, nl)
	for i := range labels {
		var l uint32
		if err := get("label", &l); err != nil {
			return nil, err
		}
		if l > 256 {
			return nil, errors.New("dep model: bad label")
		}
		b := make([]byte, l)
		if _, err := io.ReadFull(br, b); err != nil {
			return nil, fmt.Errorf("dep model: label: %w", err)
		}
		labels[i] = string(b)
	}
	var n uint64
	if err := get("size", &n); err != nil {
		return nil, err
	}
	if n > 1<<30 {
		return nil, fmt.Errorf("dep model: %d features", n)
	}
	keys := make([]uint64, n)
	last := uint64(0)
	for i := range keys {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return nil, fmt.Errorf("dep model: keys: %w", err)
		}
		last += d
		keys[i] = last
	}
	counts := make([]uint8, n)
	if err := get("counts", counts); err != nil {
		return nil, err
	}
	total := 0
	for _, c := range counts {
		total += int(c)
	}
	cls := make([]uint8, total)
	q := make([]int16, total)
	if err := get("classes", cls); err != nil {
		return nil, err
	}
	if err := get("weights", q); err != nil {
		return nil, err
	}
	nclass := 1 + 2*int(nl)
	ents := make([]uint32, total)
	for i, c := range cls {
		if int(c) >= nclass {
			return nil, errors.New("dep model: class out of range")
		}
		ents[i] = entry(int(c), q[i])
	}
	last = 0
	for i, k := range keys {
		if k <= last && i > 0 || k&1 == 0 || k > keyMask {
			return nil, errors.New("dep model: bad key")
		}
		last = k
	}
	p, err := newParser(labels, buildWeights(nclass, keys, counts, ents))
	if err != nil {
		return nil, fmt.Errorf("dep model: %w", err)
	}
	return p, nil
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
