package dep

import (
	"math"
	"slices"
)

// The parser has its own sparse weight store rather than perceptron.Model and
// perceptron.Trainer: with about a hundred transition classes the Trainer's
// dense rows (20 bytes per class per feature) would need tens of gigabytes,
// and scoring wants one cache miss per feature, so here each row keeps only
// the classes it has weights for, next to the feature key.

// weights is a trained, averaged model: for each feature the non-zero class
// weights. It is read-only.
type weights struct {
	nclass int
	mask   uint64
	slots  []slot // open-addressing table, key 0 = empty
	cls    []uint8
	w      []float32
}

type slot struct {
	key   uint64
	start uint32
	n     uint32
}

// score adds the weights of feats into scores.
func (m *weights) score(feats []uint64, scores []float32) {
	clear(scores)
	if len(m.slots) == 0 {
		return
	}
	for _, f := range feats {
		i := f & m.mask
		for {
			sl := &m.slots[i]
			if sl.key == f {
				cls := m.cls[sl.start : sl.start+sl.n]
				w := m.w[sl.start : sl.start+sl.n]
				for k, c := range cls {
					scores[c] += w[k]
				}
				break
			}
			if sl.key == 0 {
				break
			}
			i = (i + 1) & m.mask
		}
	}
}

// numFeatures is the number of features with weights.
func (m *weights) numFeatures() int {
	n := 0
	for _, s := range m.slots {
		if s.key != 0 {
			n++
		}
	}
	return n
}

// buildWeights lays out the table; keys must be sorted and distinct and
// counts[i] gives the number of entries of key i in cls and w.
func buildWeights(nclass int, keys []uint64, counts []uint8, cls []uint8, w []float32) *weights {
	size := 1
	for size < 2*len(keys) {
		size <<= 1
	}
	m := &weights{nclass: nclass, mask: uint64(size - 1), slots: make([]slot, size), cls: cls, w: w}
	start := uint32(0)
	for j, k := range keys {
		i := k & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{key: k, start: start, n: uint32(counts[j])}
		start += uint32(counts[j])
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
			j := k & t.mask
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
	i := f & t.mask
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

// model returns the averaged weights, dropping those smaller than prune in
// absolute value.
func (t *trainer) model(prune float32) *weights {
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
	slices.SortFunc(feats, func(a, b kr) int {
		switch {
		case a.key < b.key:
			return -1
		case a.key > b.key:
			return 1
		}
		return 0
	})
	var keys []uint64
	var counts, cls []uint8
	var ws []float32
	var ent []tentry
	for _, f := range feats {
		ent = append(ent[:0], t.rows[f.row]...)
		slices.SortFunc(ent, func(a, b tentry) int { return int(a.c) - int(b.c) })
		n := 0
		for _, e := range ent {
			avg := float64(e.w) - e.u/t.c
			if math.Abs(avg) < float64(prune) {
				continue
			}
			avg = math.Round(avg*quantum) / quantum
			avg = max(min(avg, math.MaxInt16/quantum), math.MinInt16/quantum)
			if avg == 0 {
				continue
			}
			cls = append(cls, uint8(e.c))
			ws = append(ws, float32(avg))
			n++
		}
		if n > 0 {
			keys = append(keys, f.key)
			counts = append(counts, uint8(n))
		}
	}
	return buildWeights(t.nclass, keys, counts, cls, ws)
}
