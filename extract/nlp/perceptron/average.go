package perceptron

import (
	"fmt"
	"math"
	"slices"
)

// Average returns the model whose weights are the means of the weights of
// models, a feature absent from a model counting as weight 0 there: the
// ensemble of linear models that scores as their mean score. The models
// must have the same labels; the result depends only on the models and
// their order.
func Average(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, fmt.Errorf("perceptron: no models to average")
	}
	labels := models[0].Labels
	var keys []uint64
	for _, m := range models {
		if !slices.Equal(m.Labels, labels) {
			return nil, fmt.Errorf("perceptron: averaging models of different labels")
		}
		for _, s := range m.tab {
			if s.key != 0 {
				keys = append(keys, s.key)
			}
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	b := builder{labels: labels}
	sum := make([]float64, len(labels))
	var cls []uint16
	var ws []float32
	for _, k := range keys {
		clear(sum)
		for _, m := range models {
			if len(m.tab) == 0 {
				continue
			}
			i := k & m.mask
			s := &m.tab[i]
			for s.key != k && s.key != 0 {
				i = (i + 1) & m.mask
				s = &m.tab[i]
			}
			for _, e := range m.ent[s.lo:s.hi] {
				sum[e.cls] += float64(e.w)
			}
		}
		cls, ws = cls[:0], ws[:0]
		for c, v := range sum {
			if w := float32(v / float64(len(models))); w != 0 {
				cls = append(cls, uint16(c))
				ws = append(ws, w)
			}
		}
		b.add(k, cls, ws)
	}
	return b.build(), nil
}

// Rounded returns the model with each weight rounded to the nearest float32
// with at most mantissa significant bits after the leading one (0 < mantissa
// < 23): a relative change of at most 2^-(mantissa+1), which no prediction
// notices at 8 or more bits, while the zeroed low bits make the compressed
// model much smaller.
func (m *Model) Rounded(mantissa int) *Model {
	r := &Model{Labels: m.Labels, mask: m.mask, tab: m.tab, n: m.n, ent: make([]entry, len(m.ent))}
	drop := uint(23 - mantissa)
	for i, e := range m.ent {
		b := math.Float32bits(e.w)
		b += 1 << (drop - 1) // round half up in magnitude
		b &^= 1<<drop - 1
		r.ent[i] = entry{w: math.Float32frombits(b), cls: e.cls}
	}
	return r
}
