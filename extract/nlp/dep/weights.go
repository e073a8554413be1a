package dep

import (
	"cmp"
	"math"
	"slices"
)

// The parser has its own sparse weight store rather than perceptron.Model and
// perceptron.Trainer: with about a hundred transition classes the Trainer's
// dense rows (20 bytes per class per feature) would need tens of gigabytes,
// and scoring wants one cache miss per feature, so here each row keeps only
// the classes it has weights for, next to the feature key.

// weights is a trained, averaged model: for each feature the non-zero class
// weights, in units of 1/quantum. It is read-only.
//
// Scoring is bound by cache misses, so the table of a loaded model sits in
// huge pages (package hugemem: no TLB miss on top of the cache miss) and the
// layout keeps them to about one per feature: a slot holds the key with the number of entries in its top
// 16 bits (keys have 48 bits) and either the entries themselves, when there
// are at most two, or their offset in ents. An entry packs a class (low 16
// bits) and its weight (high 16 bits, signed).
type weights struct {
	nclass int
	mask   uint64
	shift  uint   // a key's home slot is key>>shift: its top bits
	slots  []slot // open-addressing table, key 0 = empty
	ents   []uint32
}

type slot struct {
	kn      uint64 // key | n<<48
	payload uint64 // n ≤ 2: the entries; otherwise the offset into ents
}

const (
	keyMask   = 1<<48 - 1
	maxInline = 2
)

func entry(class int, w int16) uint32 { return uint32(uint16(w))<<16 | uint32(class) }

// score sets scores[c] to the sum of the weights of class c over feats.
// Scores are integers (in units of 1/quantum) in an array indexed by a byte,
// which spares the conversions and bounds checks of the inner loop.
func (m *weights) score(feats []uint64, scores *[256]int32) {
	*scores = [256]int32{}
	if len(m.slots) == 0 {
		return
	}
	// Three passes, so that cache misses overlap rather than queue: touch
	// every feature's first slot (the loads do not depend on each other);
	// look the features up, adding short rows and touching the start of
	// long ones; then add the long rows.
	var touch uint64
	for _, f := range feats {
		touch += m.slots[f>>m.shift].kn
	}
	var long [numFeatures]uint64 // offset<<8 | length of the long rows
	nlong := 0
	for _, f := range feats {
		i := f >> m.shift
		for {
			sl := &m.slots[i]
			k := sl.kn & keyMask
			if k == f {
				n := sl.kn >> 48
				switch {
				case n <= maxInline:
					e := uint32(sl.payload)
					scores[uint8(e)] += int32(int16(e >> 16))
					e = uint32(sl.payload >> 32) // 0 (no weight) if n < 2
					scores[uint8(e)] += int32(int16(e >> 16))
				case nlong < len(long):
					touch += uint64(m.ents[sl.payload])
					long[nlong] = sl.payload<<8 | n
					nlong++
				default:
					for _, e := range m.ents[sl.payload : sl.payload+n] {
						scores[uint8(e)] += int32(int16(e >> 16))
					}
				}
				break
			}
			if k == 0 {
				break
			}
			i = (i + 1) & m.mask
		}
	}
	// Keep the touching loads: the last score is past every class (there
	// are at most 255), so storing there is harmless.
	scores[255] = int32(touch)
	for _, r := range long[:nlong] {
		start, n := r>>8, r&0xff
		for _, e := range m.ents[start : start+n] {
			scores[uint8(e)] += int32(int16(e >> 16))
		}
	}
}

// row returns the entries of slot s.
func (m *weights) row(s *slot) []uint32 {
	n := s.kn >> 48
	if n > maxInline {
		return m.ents[s.payload : s.payload+n]
	}
	return []uint32{uint32(s.payload), uint32(s.payload >> 32)}[:n]
}

// numFeatures is the number of features with weights.
func (m *weights) numFeatures() int {
	n := 0
	for _, s := range m.slots {
		if s.kn != 0 {
			n++
		}
	}
	return n
}

// numWeights is the number of non-zero weights.
func (m *weights) numWeights() int {
	n := 0
	for _, s := range m.slots {
		n += int(s.kn >> 48)
	}
	return n
}

// buildWeights lays out the table; keys must be distinct, with 48 bits and
// the lowest one set, and counts[i] gives the number of entries of key i,
// which follow each other in ents.
func buildWeights(nclass int, keys []uint64, counts []uint8, ents []uint32) *weights {
	bits := uint(1)
	for 1<<bits < 2*len(keys) {
		bits++
	}
	size := 1 << bits
	m := &weights{nclass: nclass, mask: uint64(size - 1), shift: 48 - bits, slots: make([]slot, size)}
	// Home slots follow the order of the keys, which come sorted from
	// training: filling the table is then a sequential sweep.
	start := 0
	for j, k := range keys {
		i := k >> m.shift
		for m.slots[i].kn != 0 {
			i = (i + 1) & m.mask
		}
		n := int(counts[j])
		row := ents[start : start+n]
		start += n
		sl := slot{kn: k | uint64(n)<<48}
		switch {
		case n > maxInline:
			sl.payload = uint64(len(m.ents))
			m.ents = append(m.ents, row...)
		case n == 2:
			sl.payload = uint64(row[0]) | uint64(row[1])<<32
		case n == 1:
			sl.payload = uint64(row[0])
		}
		m.slots[i] = sl
	}
	return m
}

// trainer learns weights with the averaged perceptron (Collins 2002), using
// the lazy averaging of Daumé: w holds the current weight and u the sum of
// each update times the instance counter, so that the average is w - u/c.
type trainer struct {
	nclass int
	mask   uint64
	keys   []uint64
	row    []int32
	used   int
	rows   [][]tentry
	c      float64 // instances seen, from 1
}

type tentry struct {
	c uint16
	w float32
	u float64
}

func newTrainer(nclass int) *trainer {
	t := &trainer{nclass: nclass, c: 1}
	t.resize(1 << 20)
	return t
}

func (t *trainer) resize(size int) {
	oldKeys, oldRow := t.keys, t.row
	t.keys = make([]uint64, size)
	t.row = make([]int32, size)
	t.mask = uint64(size - 1)
	for i, k := range oldKeys {
		if k != 0 {
			j := k >> 1 & t.mask
			for t.keys[j] != 0 {
				j = (j + 1) & t.mask
			}
			t.keys[j] = k
			t.row[j] = oldRow[i]
		}
	}
}

// find returns the row of feature f, or -1; with add, it creates it.
func (t *trainer) find(f uint64, add bool) int32 {
	i := f >> 1 & t.mask
	for {
		k := t.keys[i]
		if k == f {
			return t.row[i]
		}
		if k == 0 {
			break
		}
		i = (i + 1) & t.mask
	}
	if !add {
		return -1
	}
	if 2*(t.used+1) > len(t.keys) {
		t.resize(2 * len(t.keys))
		return t.find(f, true)
	}
	t.keys[i] = f
	r := int32(len(t.rows))
	t.row[i] = r
	t.rows = append(t.rows, nil)
	t.used++
	return r
}

// scores computes the current (not averaged) scores of feats.
func (t *trainer) scores(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r := t.find(f, false)
		if r < 0 {
			continue
		}
		for _, e := range t.rows[r] {
			scores[e.c] += e.w
		}
	}
}

func (t *trainer) tick() { t.c++ }

// update moves the weights of feats towards class truth and away from guess.
func (t *trainer) update(feats []uint64, truth, guess int) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r := t.find(f, true)
		t.rows[r] = t.bump(t.rows[r], truth, 1)
		t.rows[r] = t.bump(t.rows[r], guess, -1)
	}
}

func (t *trainer) bump(row []tentry, c int, d float32) []tentry {
	for i := range row {
		if int(row[i].c) == c {
			row[i].w += d
			row[i].u += t.c * float64(d)
			return row
		}
	}
	return append(row, tentry{c: uint16(c), w: d, u: t.c * float64(d)})
}

// averaged is a model's averaged weights: for each feature, in key order,
// its classes and weights cls[start[i]:start[i+1]], w[…].
type averaged struct {
	keys  []uint64
	start []int32
	cls   []uint8
	w     []float64
}

// averaged returns the averaged weights.
func (t *trainer) averaged() *averaged {
	type kr struct {
		key uint64
		row int32
	}
	feats := make([]kr, 0, t.used)
	for i, k := range t.keys {
		if k != 0 {
			feats = append(feats, kr{k, t.row[i]})
		}
	}
	slices.SortFunc(feats, func(a, b kr) int { return cmp.Compare(a.key, b.key) })
	a := &averaged{start: []int32{0}}
	var ent []tentry
	for _, f := range feats {
		ent = append(ent[:0], t.rows[f.row]...)
		slices.SortFunc(ent, func(a, b tentry) int { return int(a.c) - int(b.c) })
		n := 0
		for _, e := range ent {
			avg := float64(e.w) - e.u/t.c
			if avg == 0 {
				continue
			}
			a.cls = append(a.cls, uint8(e.c))
			a.w = append(a.w, avg)
			n++
		}
		if n > 0 {
			a.keys = append(a.keys, f.key)
			a.start = append(a.start, int32(len(a.cls)))
		}
	}
	return a
}

// add returns the sum of the weights of a and b.
func (a *averaged) add(b *averaged) *averaged {
	s := &averaged{start: []int32{0}}
	i, j := 0, 0
	for i < len(a.keys) || j < len(b.keys) {
		switch {
		case j == len(b.keys) || i < len(a.keys) && a.keys[i] < b.keys[j]:
			s.keys = append(s.keys, a.keys[i])
			s.cls = append(s.cls, a.cls[a.start[i]:a.start[i+1]]...)
			s.w = append(s.w, a.w[a.start[i]:a.start[i+1]]...)
			i++
		case i == len(a.keys) || b.keys[j] < a.keys[i]:
			s.keys = append(s.keys, b.keys[j])
			s.cls = append(s.cls, b.cls[b.start[j]:b.start[j+1]]...)
			s.w = append(s.w, b.w[b.start[j]:b.start[j+1]]...)
			j++
		default: // same key: merge the class lists
			p, q := a.start[i], b.start[j]
			for p < a.start[i+1] || q < b.start[j+1] {
				switch {
				case q == b.start[j+1] || p < a.start[i+1] && a.cls[p] < b.cls[q]:
					s.cls, s.w = append(s.cls, a.cls[p]), append(s.w, a.w[p])
					p++
				case p == a.start[i+1] || b.cls[q] < a.cls[p]:
					s.cls, s.w = append(s.cls, b.cls[q]), append(s.w, b.w[q])
					q++
				default:
					s.cls, s.w = append(s.cls, a.cls[p]), append(s.w, a.w[p]+b.w[q])
					p++
					q++
				}
			}
			s.keys = append(s.keys, a.keys[i])
			i++
			j++
		}
		s.start = append(s.start, int32(len(s.cls)))
	}
	return s
}

// weights returns the weights times scale, dropping those smaller than
// prune in absolute value and rounding the others to multiples of
// 1/quantum.
func (a *averaged) weights(nclass int, scale float64, prune float32) *weights {
	var keys []uint64
	var counts []uint8
	var ents []uint32
	for i, k := range a.keys {
		n := 0
		for e := a.start[i]; e < a.start[i+1]; e++ {
			w := a.w[e] * scale
			if math.Abs(w) < float64(prune) {
				continue
			}
			q := max(min(math.Round(w*quantum), math.MaxInt16), math.MinInt16)
			if q == 0 {
				continue
			}
			ents = append(ents, entry(int(a.cls[e]), int16(q)))
			n++
		}
		if n > 0 {
			keys = append(keys, k)
			counts = append(counts, uint8(n))
		}
	}
	return buildWeights(nclass, keys, counts, ents)
}
