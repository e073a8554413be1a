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
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sync"

	"newsgraph/extract/nlp/internal/hugemem"
	"newsgraph/extract/nlp/perceptron"
)

//go:embed dep.model
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
	p, err := decode(embedded)
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

const magic = "NGDEP002"

// Weights are stored as multiples of 1/quantum in 16 bits: rounding the
// averaged weights so does not change the parses measurably and makes the
// model file compress to about half its size.
const quantum = 16

// WriteTo writes the model in a stable binary form: the same model always
// gives the same bytes. Read reads it back.
//
// The weight table is stored as it sits in memory, so that loading is one
// sequential pass with no hashing or probing. The layout, little-endian,
// compressed with perceptron.Compress:
//
//	"NGDEP002"
//	uvarint number of labels, then each label as uvarint length and bytes
//	uvarint log2 of the table size, uvarint number of ents
//	the slots, 16 bytes each: kn (8 bytes) then payload (8 bytes)
//	ents, 4 bytes each
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	m := p.m
	size := len(m.slots)
	if size == 0 || size&(size-1) != 0 {
		return 0, errors.New("dep: write model: table size not a power of two")
	}
	b := make([]byte, 0, len(magic)+64+16*size+4*len(m.ents))
	b = append(b, magic...)
	b = perceptron.AppendLabels(b, p.labels)
	b = binary.AppendUvarint(b, uint64(bits.TrailingZeros(uint(size))))
	b = binary.AppendUvarint(b, uint64(len(m.ents)))
	for _, s := range m.slots {
		b = binary.LittleEndian.AppendUint64(b, s.kn)
		b = binary.LittleEndian.AppendUint64(b, s.payload)
	}
	for _, e := range m.ents {
		b = binary.LittleEndian.AppendUint32(b, e)
	}
	z, err := perceptron.Compress(b)
	if err != nil {
		return 0, fmt.Errorf("dep: write model: %w", err)
	}
	n, err := w.Write(z)
	if err != nil {
		return int64(n), fmt.Errorf("dep: write model: %w", err)
	}
	return int64(n), nil
}

// Read reads a parser written by WriteTo. A corrupted table that passes the
// checksum can give wrong parses, never a hang or an out-of-range access:
// every row is checked and the table always keeps an empty slot.
func Read(r io.Reader) (*Parser, error) {
	z, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("dep model: %w", err)
	}
	return decode(z)
}

func decode(z []byte) (*Parser, error) {
	raw, err := perceptron.Decompress(z)
	if err != nil {
		return nil, fmt.Errorf("dep model: %w", err)
	}
	d := perceptron.NewFields(raw)
	if string(d.Bytes(len(magic))) != magic {
		return nil, errors.New("dep model: bad header")
	}
	labels := d.Labels(127, 256)
	nl := len(labels)
	logSize := d.Uvarint(40)
	size := 1 << logSize
	nent := d.Uvarint(len(raw) / 4)
	if d.Err() == nil && d.Len() != 16*size+4*nent {
		return nil, errors.New("dep model: table size and file size disagree")
	}
	sb := d.Bytes(16 * size)
	eb := d.Bytes(4 * nent)
	if d.Err() != nil {
		return nil, fmt.Errorf("dep model: %w", d.Err())
	}
	nclass := 1 + 2*nl
	m := &weights{nclass: nclass, mask: uint64(size - 1), shift: uint(48 - logSize)}
	m.slots = hugemem.Slice[slot](size)
	m.ents = hugemem.Slice[uint32](nent)
	ents := m.ents
	for i := range ents {
		e := binary.LittleEndian.Uint32(eb[4*i:])
		if int(uint16(e)) >= nclass {
			return nil, errors.New("dep model: class out of range")
		}
		ents[i] = e
	}
	empty := false
	for i := range m.slots {
		s := slot{kn: binary.LittleEndian.Uint64(sb[16*i:]), payload: binary.LittleEndian.Uint64(sb[16*i+8:])}
		n := s.kn >> 48
		switch {
		case s.kn == 0:
			if s.payload != 0 {
				return nil, errors.New("dep model: bad empty slot")
			}
			empty = true
		case s.kn&1 == 0:
			return nil, errors.New("dep model: bad key")
		case n > maxInline:
			if s.payload > uint64(nent) || n > uint64(nent)-s.payload || n > 255 {
				return nil, errors.New("dep model: row out of range")
			}
		default:
			for j := range uint64(2) {
				e := uint32(s.payload >> (32 * j))
				if j >= n && e != 0 || int(uint16(e)) >= nclass {
					return nil, errors.New("dep model: bad inline row")
				}
			}
		}
		m.slots[i] = s
	}
	if !empty {
		return nil, errors.New("dep model: full table")
	}
	p, err := newParser(labels, m)
	if err != nil {
		return nil, fmt.Errorf("dep model: %w", err)
	}
	return p, nil
}
