package ner

import (
	"cmp"
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Word clusters stand in for the Brown clusters of Ratinov and Roth: words
// that occur in similar contexts share a cluster, so that a name never seen
// in the annotated data still gets the evidence of the names it resembles.
// They are learnt from unlabelled news by hierarchical spherical k-means
// over positive-PMI vectors of the words at offsets -2, -1, +1 and +2; the
// hierarchy's path prefixes play the role of Brown-cluster bit prefixes.

// numClusterLevels is the depth of the cluster hierarchy.
const numClusterLevels = 3

// ClusterConfig sets how word clusters are learnt.
type ClusterConfig struct {
	MinCount   int                   // least frequency of a clustered word (default 5)
	MaxWords   int                   // most words clustered (default 60000)
	Contexts   int                   // number of context words (default 1000)
	Branching  [numClusterLevels]int // children per node at each level (default 16, 8, 8)
	Iterations int                   // k-means iterations per split (default 12)
	Seed       uint64
}

func (c *ClusterConfig) defaults() {
	if c.MinCount <= 0 {
		c.MinCount = 5
	}
	if c.MaxWords <= 0 {
		c.MaxWords = 60000
	}
	if c.Contexts <= 0 {
		c.Contexts = 1000
	}
	for i, b := range c.Branching {
		if b <= 0 {
			c.Branching[i] = [...]int{16, 8, 8}[i]
		}
	}
	if c.Iterations <= 0 {
		c.Iterations = 12
	}
}

// clusterTable maps words to their cluster path.
type clusterTable struct {
	words []string                  // sorted
	paths [][numClusterLevels]uint8 // branch taken at each level
	index map[string][numClusterLevels]uint32
}

func newClusterTable(words []string, paths [][numClusterLevels]uint8) *clusterTable {
	c := &clusterTable{words: words, paths: paths, index: make(map[string][numClusterLevels]uint32, len(words))}
	for i, w := range words {
		var codes [numClusterLevels]uint32
		code := uint32(0)
		for lv, b := range paths[i] {
			code = code<<8 | uint32(b)
			codes[lv] = code | 1<<31 // never 0
		}
		c.index[w] = codes
	}
	return c
}

// lookup sets the cluster codes of token t with form w. An all-capitals
// form, or a capitalised form at the start of a sentence, falls back to
// its title-case and lower-case forms.
func (c *clusterTable) lookup(t *token, w string, upperSent bool) {
	if c == nil || len(c.index) == 0 {
		return
	}
	if codes, ok := c.index[w]; ok {
		t.clus = codes
		return
	}
	if len(w) > 64 || !t.capitalish {
		return
	}
	var buf [64]byte
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return
		}
	}
	b := buf[:len(w)]
	for i := range len(w) {
		ch := w[i]
		if i > 0 && 'A' <= ch && ch <= 'Z' {
			ch += 'a' - 'A'
		}
		b[i] = ch
	}
	if codes, ok := c.index[string(b)]; ok {
		t.clus = codes
		return
	}
	if t.sentStart || upperSent || t.cap == capUpper {
		b[0] = w[0] | 0x20
		if codes, ok := c.index[string(b)]; ok {
			t.clus = codes
		}
	}
}

// buildClusters learns word clusters from tokenised sentences.
func buildClusters(ctx context.Context, sents [][]string, cfg ClusterConfig) (*clusterTable, error) {
	cfg.defaults()
	freq := make(map[string]int32)
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
		}
	}
	type wc struct {
		w string
		n int32
	}
	var vocab []wc
	for w, n := range freq {
		if int(n) >= cfg.MinCount && !strings.ContainsFunc(w, unicode.IsDigit) {
			vocab = append(vocab, wc{w, n})
		}
	}
	slices.SortFunc(vocab, func(a, b wc) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return strings.Compare(a.w, b.w)
	})
	if len(vocab) > cfg.MaxWords {
		vocab = vocab[:cfg.MaxWords]
	}
	if len(vocab) == 0 {
		return newClusterTable(nil, nil), nil
	}
	id := make(map[string]int32, len(vocab))
	for i, v := range vocab {
		id[v.w] = int32(i)
	}
	nctx := min(cfg.Contexts, len(vocab))
	width := nctx + 1 // the last context is the sentence boundary
	dim := 4 * width

	// Co-occurrence keys word*dim + offset*width + context, sorted and
	// counted.
	var keys []uint64
	ctxOf := func(s []string, j int) int {
		if j < 0 || j >= len(s) {
			return nctx
		}
		if c, ok := id[s[j]]; ok && int(c) < nctx {
			return int(c)
		}
		return -1
	}
	for n, s := range sents {
		if n%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		for j, w := range s {
			wi, ok := id[w]
			if !ok {
				continue
			}
			for k, off := range [4]int{-2, -1, 1, 2} {
				if c := ctxOf(s, j+off); c >= 0 {
					keys = append(keys, uint64(wi)*uint64(dim)+uint64(k*width+c))
				}
			}
		}
	}
	slices.Sort(keys)

	// Sparse rows with PPMI weights (context counts smoothed with the
	// power 0.75, after Levy, Goldberg and Dagan 2015).
	type entry struct {
		d int32
		v float32
	}
	rows := make([][]entry, len(vocab))
	rowSum := make([]float64, len(vocab))
	colSum := make([]float64, dim)
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		w, d := int(keys[i]/uint64(dim)), int32(keys[i]%uint64(dim))
		rows[w] = append(rows[w], entry{d, float32(j - i)})
		rowSum[w] += float64(j - i)
		colSum[d] += float64(j - i)
		i = j
	}
	keys = nil
	var colTotal float64
	for d := range colSum {
		colSum[d] = math.Pow(colSum[d], 0.75)
		colTotal += colSum[d]
	}
	for w, row := range rows {
		var norm float64
		out := row[:0]
		for _, e := range row {
			pmi := math.Log(float64(e.v) / rowSum[w] / (colSum[e.d] / colTotal))
			if pmi <= 0 {
				continue
			}
			out = append(out, entry{e.d, float32(pmi)})
			norm += pmi * pmi
		}
		norm = math.Sqrt(norm)
		for k := range out {
			out[k].v = float32(float64(out[k].v) / norm)
		}
		rows[w] = out
	}

	// Hierarchical spherical k-means.
	paths := make([][numClusterLevels]uint8, len(vocab))
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x6e6572))
	dot := func(row []entry, c []float32) float32 {
		var s float32
		for _, e := range row {
			s += e.v * c[e.d]
		}
		return s
	}
	var split func(members []int32, level int) error
	split = func(members []int32, level int) error {
		if level == numClusterLevels {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		k := min(cfg.Branching[level], len(members))
		assign := make([]int, len(members))
		if k > 1 {
			// k-means++ seeding, weighting by 1 - best similarity.
			cents := make([][]float32, 0, k)
			best := make([]float32, len(members))
			for i := range best {
				best[i] = -1
			}
			addCentroid := func(m int32) {
				c := make([]float32, dim)
				for _, e := range rows[m] {
					c[e.d] = e.v
				}
				cents = append(cents, c)
				for i, mm := range members {
					if s := dot(rows[mm], c); s > best[i] {
						best[i] = s
					}
				}
			}
			addCentroid(members[rng.IntN(len(members))])
			for len(cents) < k {
				var total float64
				for _, b := range best {
					total += float64(1 - b)
				}
				x := rng.Float64() * total
				pick := len(members) - 1
				for i, b := range best {
					x -= float64(1 - b)
					if x < 0 {
						pick = i
						break
					}
				}
				addCentroid(members[pick])
			}
			for it := range cfg.Iterations {
				changed := 0
				for i, m := range members {
					bi, bs := 0, float32(math.Inf(-1))
					for c := range cents {
						if s := dot(rows[m], cents[c]); s > bs {
							bi, bs = c, s
						}
					}
					if bi != assign[i] || it == 0 {
						changed++
					}
					assign[i] = bi
				}
				if changed == 0 {
					break
				}
				for c := range cents {
					clear(cents[c])
				}
				for i, m := range members {
					c := cents[assign[i]]
					for _, e := range rows[m] {
						c[e.d] += e.v
					}
				}
				for _, c := range cents {
					var n float64
					for _, v := range c {
						n += float64(v) * float64(v)
					}
					if n > 0 {
						inv := float32(1 / math.Sqrt(n))
						for d := range c {
							c[d] *= inv
						}
					}
				}
			}
		}
		children := make([][]int32, k)
		for i, m := range members {
			paths[m][level] = uint8(assign[i])
			children[assign[i]] = append(children[assign[i]], m)
		}
		for _, ch := range children {
			if len(ch) > 0 {
				if err := split(ch, level+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	all := make([]int32, len(vocab))
	for i := range all {
		all[i] = int32(i)
	}
	if err := split(all, 0); err != nil {
		return nil, err
	}

	order := make([]int, len(vocab))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(vocab[a].w, vocab[b].w) })
	words := make([]string, len(vocab))
	sorted := make([][numClusterLevels]uint8, len(vocab))
	for i, o := range order {
		words[i], sorted[i] = vocab[o].w, paths[o]
	}
	return newClusterTable(words, sorted), nil
}
