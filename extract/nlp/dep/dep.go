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
	"hash/crc32"
	"io"
	"math"
	"math/bits"
	"runtime"
	"sync"
	"sync/atomic"

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

const magic = "NGDEP003"

// Weights are stored as multiples of 1/quantum in 16 bits: rounding the
// averaged weights so does not change the parses measurably and makes the
// model file compress to about half its size.
const quantum = 16

// The weight table is stored in regions of 1<<regionLog slots (or the whole
// table, if smaller) and the entries in chunks of entChunk, each compressed
// on its own, so that loading decompresses them on all cores.
const (
	regionLog = 16
	entChunk  = 1 << 18
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Bounds on the table that a model file may ask for (2 GiB in all).
const (
	maxLogSize = 27
	maxEnts    = 1 << 29
)

// WriteTo writes the model in a stable binary form: the same model always
// gives the same bytes. Read reads it back.
//
// The weight table is stored slot by slot, so that loading needs no hashing
// or probing, in blocks (perceptron.AppendBlock) that load in parallel. The
// layout, little-endian:
//
//	"NGDEP003"
//	uvarint number of labels, then each label as uvarint length and bytes
//	uvarint log2 of the table size, uvarint number of ents
//	CRC-32C of the bytes above, 4 bytes
//	for each region of the table, five blocks: the occupancy bitmap of
//	  its slots (bit i%8 of byte i/8 for slot i of the region), padded
//	  with zeros to a multiple of 8 bytes; then, for
//	  its occupied slots in order, the low and the high 32 bits of kn, and
//	  the low and the high 32 bits of payload, 4 bytes each
//	the ents in blocks of entChunk entries (the last one shorter), 4 bytes
//	  each
//
// In kn, the bits of the key that give its home slot are replaced by the
// distance from the home slot to the slot (modulo the table size): that is
// mostly zero and compresses, where the key's bits would not. The low 32
// bits of kn, mostly hash bits, are stored with S2's fastest encoder, which
// leaves them as literals that decompress at memory speed.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	m := p.m
	size := len(m.slots)
	if size == 0 || size&(size-1) != 0 {
		return 0, errors.New("dep: write model: table size not a power of two")
	}
	logSize := bits.TrailingZeros(uint(size))
	if logSize > maxLogSize || len(m.ents) > maxEnts {
		return 0, errors.New("dep: write model: table too large")
	}
	b := make([]byte, 0, 64+8*size+4*len(m.ents))
	b = append(b, magic...)
	b = perceptron.AppendLabels(b, p.labels)
	b = binary.AppendUvarint(b, uint64(logSize))
	b = binary.AppendUvarint(b, uint64(len(m.ents)))
	b = binary.LittleEndian.AppendUint32(b, crc32.Checksum(b, castagnoli))
	region := 1 << min(regionLog, logSize)
	var cols [5][]byte // bitmap, kn low and high, payload low and high
	var err error
	for lo := 0; lo < size; lo += region {
		for c := range cols {
			cols[c] = cols[c][:0]
		}
		cols[0] = append(cols[0], make([]byte, bitmapLen(region))...)
		for i, s := range m.slots[lo : lo+region] {
			if s.kn == 0 {
				continue
			}
			cols[0][i/8] |= 1 << (i % 8)
			d := (uint64(lo+i) - (s.kn&keyMask)>>m.shift) & m.mask
			kn := s.kn&^(m.mask<<m.shift) | d<<m.shift
			cols[1] = binary.LittleEndian.AppendUint32(cols[1], uint32(kn))
			cols[2] = binary.LittleEndian.AppendUint32(cols[2], uint32(kn>>32))
			cols[3] = binary.LittleEndian.AppendUint32(cols[3], uint32(s.payload))
			cols[4] = binary.LittleEndian.AppendUint32(cols[4], uint32(s.payload>>32))
		}
		for c, col := range cols {
			if b, err = perceptron.AppendBlock(b, col, c == 1); err != nil {
				return 0, fmt.Errorf("dep: write model: %w", err)
			}
		}
	}
	var chunk []byte
	for lo := 0; lo < len(m.ents); lo += entChunk {
		chunk = chunk[:0]
		for _, e := range m.ents[lo:min(lo+entChunk, len(m.ents))] {
			chunk = binary.LittleEndian.AppendUint32(chunk, e)
		}
		if b, err = perceptron.AppendBlock(b, chunk, false); err != nil {
			return 0, fmt.Errorf("dep: write model: %w", err)
		}
	}
	n, err := w.Write(b)
	if err != nil {
		return int64(n), fmt.Errorf("dep: write model: %w", err)
	}
	return int64(n), nil
}

// Read reads a parser written by WriteTo. A corrupted table that passes the
// checksums can give wrong parses, never a hang or an out-of-range access:
// every row is checked and the table always keeps an empty slot.
func Read(r io.Reader) (*Parser, error) {
	z, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("dep model: %w", err)
	}
	return decode(z)
}

// decode decodes a model file. It reads the block frames first, so that a
// truncated or damaged file fails before the table is allocated, then
// decompresses, checks and places the regions and entry chunks on all
// cores, each worker taking the next one in turn.
func decode(z []byte) (*Parser, error) {
	d := perceptron.NewFields(z)
	if string(d.Bytes(len(magic))) != magic {
		return nil, errors.New("dep model: bad header")
	}
	labels := d.Labels(127, 256)
	logSize := d.Uvarint(maxLogSize)
	nent := d.Uvarint(maxEnts)
	header := z[:len(z)-d.Len()]
	if sum := d.Bytes(4); d.Err() == nil && binary.LittleEndian.Uint32(sum) != crc32.Checksum(header, castagnoli) {
		return nil, errors.New("dep model: header checksum mismatch")
	}
	size := 1 << logSize
	region := 1 << min(regionLog, logSize)
	nregion := size / region
	nchunk := (nent + entChunk - 1) / entChunk
	blocks := make([]perceptron.Block, 5*nregion+nchunk)
	for i := range blocks {
		blocks[i] = d.Block()
	}
	if d.Err() != nil {
		return nil, fmt.Errorf("dep model: %w", d.Err())
	}
	if d.Len() != 0 {
		return nil, errors.New("dep model: trailing bytes")
	}
	nclass := 1 + 2*len(labels)
	m := &weights{nclass: nclass, mask: uint64(size - 1), shift: uint(48 - logSize)}
	m.slots = hugemem.Slice[slot](size)
	m.ents = hugemem.Slice[uint32](nent)

	items := nregion + nchunk
	var (
		next  atomic.Int64
		empty atomic.Bool
		mu    sync.Mutex
		first error
		wg    sync.WaitGroup
	)
	for range min(runtime.GOMAXPROCS(0), items) {
		wg.Go(func() {
			var buf []byte
			for {
				it := int(next.Add(1) - 1)
				if it >= items {
					return
				}
				var err error
				if it < nregion {
					var full bool
					full, err = m.decodeRegion(it*region, region, nent, blocks[5*it:5*it+5], &buf)
					if !full {
						empty.Store(true)
					}
					if err != nil {
						err = fmt.Errorf("table region %d: %w", it, err)
					}
				} else {
					c := it - nregion
					if err = m.decodeEnts(c*entChunk, blocks[5*nregion+c], &buf); err != nil {
						err = fmt.Errorf("entry chunk %d: %w", c, err)
					}
				}
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
						next.Store(int64(items)) // stop the others early
					}
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	if first != nil {
		return nil, fmt.Errorf("dep model: %w", first)
	}
	if !empty.Load() {
		return nil, errors.New("dep model: full table")
	}
	p, err := newParser(labels, m)
	if err != nil {
		return nil, fmt.Errorf("dep model: %w", err)
	}
	return p, nil
}

// bitmapLen is the length of the bitmap of a region of n slots: whole
// 64-bit words, so that loading reads it a word at a time.
func bitmapLen(n int) int { return (n + 63) / 64 * 8 }

// scratchBytes returns (*buf)[:n], reallocating it if it is too short.
func scratchBytes(buf *[]byte, n int) []byte {
	if cap(*buf) < n {
		*buf = make([]byte, n)
	}
	return (*buf)[:n]
}

// decodeRegion decodes the five blocks of the region of n slots from lo
// into m.slots, using *buf as scratch, and checks every slot against the
// table's nent entries and nclass classes. It reports whether every slot
// of the region is occupied.
func (m *weights) decodeRegion(lo, n, nent int, blocks []perceptron.Block, buf *[]byte) (full bool, err error) {
	nb := bitmapLen(n)
	b := scratchBytes(buf, nb+16*n)
	bitmap := b[:nb]
	if err := blocks[0].DecodeInto(bitmap); err != nil {
		return false, err
	}
	k := 0
	for _, x := range bitmap {
		k += bits.OnesCount8(x)
	}
	var cols [4][]byte
	for c := range cols {
		cols[c] = b[nb+4*k*c : nb+4*k*(c+1)]
		if err := blocks[1+c].DecodeInto(cols[c]); err != nil {
			return false, err
		}
	}
	slots := m.slots[lo : lo+n]
	shift, mask, nc, ne := m.shift, m.mask, uint16(m.nclass), uint64(nent)
	var bad uint64 // nonzero once a slot fails a check
	j := 0
	for w := 0; w < len(bitmap); w += 8 {
		for x := binary.LittleEndian.Uint64(bitmap[w:]); x != 0; x &= x - 1 {
			i := 8*w + bits.TrailingZeros64(x)
			if i >= n {
				return false, errors.New("bitmap past the table")
			}
			kn := uint64(binary.LittleEndian.Uint32(cols[0][4*j:])) | uint64(binary.LittleEndian.Uint32(cols[1][4*j:]))<<32
			payload := uint64(binary.LittleEndian.Uint32(cols[2][4*j:])) | uint64(binary.LittleEndian.Uint32(cols[3][4*j:]))<<32
			j++
			kn = kn&^(mask<<shift) | (uint64(lo+i)-kn>>shift)&mask<<shift
			// The checks of check, without branches, which the mix of
			// short and long rows would mispredict.
			rn := kn >> 48
			e0, e1 := uint32(payload), uint32(payload>>32)
			long := flag(rn > maxInline)
			longBad := flag(rn > 255) | flag(payload > ne) | flag(rn > ne-payload)
			inlineBad := flag(uint16(e0) >= nc) | flag(uint16(e1) >= nc) |
				flag(rn < 2)&flag(e1 != 0) | flag(rn == 0)&flag(e0 != 0)
			bad |= kn&1 ^ 1 | long&longBad | (long^1)&inlineBad
			slots[i] = slot{kn: kn, payload: payload}
		}
	}
	if bad != 0 {
		// Find the slot, for the error.
		for _, s := range slots {
			if s.kn != 0 {
				if err := m.check(s.kn, s.payload, nent); err != nil {
					return false, err
				}
			}
		}
		return false, errors.New("bad slot")
	}
	return k == n, nil
}

// flag returns 1 if b, else 0, without a branch.
func flag(b bool) uint64 {
	var x uint64
	if b {
		x = 1
	}
	return x
}

// check checks an occupied slot against the table's nent entries.
func (m *weights) check(kn, payload uint64, nent int) error {
	n := kn >> 48
	switch {
	case kn&1 == 0:
		return errors.New("bad key")
	case n > maxInline:
		if payload > uint64(nent) || n > uint64(nent)-payload || n > 255 {
			return errors.New("row out of range")
		}
	default:
		for j := range uint64(2) {
			e := uint32(payload >> (32 * j))
			if j >= n && e != 0 || int(uint16(e)) >= m.nclass {
				return errors.New("bad inline row")
			}
		}
	}
	return nil
}

// decodeEnts decodes the block of entries from lo into m.ents, using *buf
// as scratch, and checks their classes.
func (m *weights) decodeEnts(lo int, block perceptron.Block, buf *[]byte) error {
	ents := m.ents[lo:min(lo+entChunk, len(m.ents))]
	b := scratchBytes(buf, 4*len(ents))
	if err := block.DecodeInto(b); err != nil {
		return err
	}
	for i := range ents {
		e := binary.LittleEndian.Uint32(b[4*i:])
		if int(uint16(e)) >= m.nclass {
			return errors.New("class out of range")
		}
		ents[i] = e
	}
	return nil
}
