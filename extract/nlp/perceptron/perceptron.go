// Package perceptron is a multiclass averaged perceptron (Collins 2002) over
// hashed sparse features, the learner behind newsgraph's tagger, entity
// recogniser and parser.
//
// It is hand-written rather than taken from a library because the NLP core
// needs three things no Go package offers together: allocation-free scoring
// of hashed features (well over a million tokens a second), a compact sparse
// model that embeds in the binary, and training that is byte-for-byte
// reproducible.
//
// Features are 64-bit hashes built with [Hash]. A trained [Model] keeps, for
// each feature seen in training, only its non-zero class weights, found
// through an open-addressing table.
package perceptron

import (
	"cmp"
	"math"
	"slices"
)

// Hash builds a feature hash from a template id and values, with no
// allocation: perceptron.New(3).Str(word).Str(tag).Sum().
type Hash uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// New starts the hash of a feature of the given template.
func New(template uint32) Hash {
	return Hash(fnvOffset).Int(int(template))
}

// Str adds a string value to the hash, with a terminator so that
// ("ab","c") and ("a","bc") differ.
func (h Hash) Str(s string) Hash {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	x ^= 0xff
	x *= fnvPrime
	return Hash(x)
}

// Int adds an integer value to the hash.
func (h Hash) Int(v int) Hash {
	x := uint64(h)
	u := uint64(v)
	for i := 0; i < 8; i++ {
		x ^= u & 0xff
		x *= fnvPrime
		u >>= 8
	}
	return Hash(x)
}

// Sum finishes the hash (a final avalanche so that the low bits used by the
// table are well mixed). It never returns 0, which marks an empty slot.
func (h Hash) Sum() uint64 {
	x := uint64(h)
	x ^= x >> 33
	x *= 0xff51afd7ed558ccd
	x ^= x >> 33
	x *= 0xc4ceb9fe1a85ec53
	x ^= x >> 33
	if x == 0 {
		x = 1
	}
	return x
}

// Model is a trained, averaged perceptron. It is read-only and safe for
// concurrent use.
type Model struct {
	// Labels names the classes; class i is Labels[i].
	Labels []string

	// tab is an open-addressing table of the features by hash (key 0 marks
	// an empty slot); each slot holds the range of the feature's entries in
	// ent, so that scoring a feature touches two cache lines.
	mask uint64
	tab  []slot
	ent  []entry
	n    int // number of features
}

type slot struct {
	key    uint64
	lo, hi int32
}

type entry struct {
	w   float32
	cls uint16
}

// NumFeatures is the number of features with a non-zero weight.
func (m *Model) NumFeatures() int { return m.n }

// Scores sets scores[c] to the score of class c for the features; scores
// must have len(m.Labels) elements.
func (m *Model) Scores(feats []uint64, scores []float32) {
	clear(scores)
	if len(m.tab) == 0 {
		return
	}
	// Look up a batch of features first, then add their weights: the
	// lookups do not depend on one another, so that the processor overlaps
	// their cache misses instead of waiting for each in turn.
	const batch = 64
	var lo, hi [batch]int32
	for len(feats) > 0 {
		n := min(len(feats), batch)
		for j, f := range feats[:n] {
			i := f & m.mask
			s := &m.tab[i]
			for s.key != f && s.key != 0 {
				i = (i + 1) & m.mask
				s = &m.tab[i]
			}
			// An empty slot has the empty range 0:0.
			lo[j], hi[j] = s.lo, s.hi
		}
		for j := range n {
			for _, e := range m.ent[lo[j]:hi[j]] {
				scores[e.cls] += e.w
			}
		}
		feats = feats[n:]
	}
}

// Predict returns the best class for the features, using scores as scratch
// space of len(m.Labels).
func (m *Model) Predict(feats []uint64, scores []float32) int {
	m.Scores(feats, scores)
	return Argmax(scores)
}

// Argmax returns the index of the largest score, the lowest index on ties.
func Argmax(scores []float32) int {
	best := 0
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	return best
}

// Label returns the index of label name, or -1.
func (m *Model) Label(name string) int {
	return slices.Index(m.Labels, name)
}

// Trainer learns a Model. It is not safe for concurrent use.
type Trainer struct {
	labels []string
	index  map[uint64]int32
	rows   []trainRow
	t      int64 // instances seen
}

type trainRow struct {
	w     []float32
	total []float64
	stamp []int64
}

// NewTrainer returns a trainer for the given classes.
func NewTrainer(labels []string) *Trainer {
	return &Trainer{labels: slices.Clone(labels), index: make(map[uint64]int32)}
}

// Labels returns the classes being learnt.
func (t *Trainer) Labels() []string { return t.labels }

// Scores computes the current (not averaged) scores of the features into
// scores, of len(Labels()).
func (t *Trainer) Scores(feats []uint64, scores []float32) {
	clear(scores)
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			continue
		}
		for c, w := range t.rows[r].w {
			scores[c] += w
		}
	}
}

// Tick counts one training instance; call it once per prediction, whether or
// not it was updated, so that averaging weighs each weight by how long it
// stood.
func (t *Trainer) Tick() { t.t++ }

// Update moves the weights of the features towards class truth and away from
// class guess by delta (usually 1). It does nothing when truth == guess.
func (t *Trainer) Update(feats []uint64, truth, guess int, delta float32) {
	if truth == guess {
		return
	}
	for _, f := range feats {
		r, ok := t.index[f]
		if !ok {
			n := len(t.labels)
			t.rows = append(t.rows, trainRow{
				w: make([]float32, n), total: make([]float64, n), stamp: make([]int64, n),
			})
			r = int32(len(t.rows) - 1)
			t.index[f] = r
		}
		row := &t.rows[r]
		t.bump(row, truth, delta)
		t.bump(row, guess, -delta)
	}
}

func (t *Trainer) bump(row *trainRow, c int, delta float32) {
	row.total[c] += float64(t.t-row.stamp[c]) * float64(row.w[c])
	row.stamp[c] = t.t
	row.w[c] += delta
}

// Model returns the averaged model. Weights whose absolute value is below
// prune are dropped, which shrinks the model with no measurable loss for
// small values.
func (t *Trainer) Model(prune float32) *Model {
	keys := make([]uint64, 0, len(t.index))
	for k := range t.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	b := builder{labels: t.labels}
	for _, k := range keys {
		row := &t.rows[t.index[k]]
		var cls []uint16
		var ws []float32
		for c := range row.w {
			total := row.total[c] + float64(t.t-row.stamp[c])*float64(row.w[c])
			avg := float32(total / float64(max(t.t, 1)))
			if avg == 0 || float32(math.Abs(float64(avg))) < prune {
				continue
			}
			cls = append(cls, uint16(c))
			ws = append(ws, avg)
		}
		b.add(k, cls, ws)
	}
	return b.build()
}

// builder assembles a Model from features in key order.
type builder struct {
	labels []string
	fkeys  []uint64
	start  []int32
	cls    []uint16
	w      []float32
}

func (b *builder) add(key uint64, cls []uint16, w []float32) {
	if len(cls) == 0 {
		return
	}
	b.fkeys = append(b.fkeys, key)
	b.start = append(b.start, int32(len(b.cls)))
	b.cls = append(b.cls, cls...)
	b.w = append(b.w, w...)
}

func (b *builder) build() *Model {
	m := &Model{Labels: b.labels, n: len(b.fkeys)}
	m.ent = make([]entry, len(b.cls))
	for i, c := range b.cls {
		m.ent[i] = entry{w: b.w[i], cls: c}
	}
	size := 1
	for size < 2*len(b.fkeys) {
		size <<= 1
	}
	m.mask = uint64(size - 1)
	m.tab = make([]slot, size)
	for j, k := range b.fkeys {
		i := k & m.mask
		for m.tab[i].key != 0 {
			i = (i + 1) & m.mask
		}
		hi := int32(len(b.cls))
		if j+1 < len(b.start) {
			hi = b.start[j+1]
		}
		m.tab[i] = slot{key: k, lo: b.start[j], hi: hi}
	}
	return m
}

// Pruned returns a copy of the model without the weights whose absolute
// value is below min, nor the features left with no weight. It gives the
// model that Trainer.Model(min) would have given, for any min at least the
// prune that made m.
func (m *Model) Pruned(min float32) *Model {
	feats := make([]slot, 0, m.n)
	for _, s := range m.tab {
		if s.key != 0 {
			feats = append(feats, s)
		}
	}
	slices.SortFunc(feats, func(a, b slot) int { return cmp.Compare(a.key, b.key) })
	b := builder{labels: m.Labels}
	var cls []uint16
	var ws []float32
	for _, f := range feats {
		cls, ws = cls[:0], ws[:0]
		for _, e := range m.ent[f.lo:f.hi] {
			if float32(math.Abs(float64(e.w))) >= min {
				cls = append(cls, e.cls)
				ws = append(ws, e.w)
			}
		}
		b.add(f.key, cls, ws)
	}
	return b.build()
}
