package pos

import (
	"cmp"
	"context"
	"errors"
	"math"
	"slices"
)

// Clusters groups words that occur in similar contexts, learnt from
// unlabelled text, so that the tagger generalises from the words of the
// treebank to words it never saw annotated (a stand-in for Brown clusters).
// Words are compared by the positive pointwise mutual information of their
// left and right neighbours among the most frequent words, and grouped by
// spherical k-means. Words are normalised (lower case, digits as 0) and
// looked up by hash, which needs no allocation when tagging.
type Clusters struct {
	ids map[uint64]uint16 // hashNorm(word) → cluster
	// words and of are the clustered words, sorted, and their clusters:
	// the form the model file stores.
	words []string
	of    []uint16
}

// ClusterConfig sets how clusters are learnt; zero fields take defaults.
type ClusterConfig struct {
	K          int // number of clusters (default 256)
	MinCount   int // least frequency of a clustered word (default 5)
	MaxWords   int // most words clustered (default 50000)
	Contexts   int // neighbours that make the context vectors (default 500)
	Iterations int // k-means iterations (default 10)
}

func (c *ClusterConfig) defaults() {
	c.K = cmp.Or(c.K, 256)
	c.MinCount = cmp.Or(c.MinCount, 5)
	c.MaxWords = cmp.Or(c.MaxWords, 50000)
	c.Contexts = cmp.Or(c.Contexts, 500)
	c.Iterations = cmp.Or(c.Iterations, 10)
}

// normalize lower-cases ASCII letters and maps digits to 0.
func normalize(w string) string {
	b := []byte(w)
	for i, c := range b {
		switch {
		case 'A' <= c && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case '0' <= c && c <= '9':
			b[i] = '0'
		}
	}
	return string(b)
}

// hashNorm hashes normalize(w) without building it.
func hashNorm(w string) uint64 {
	x := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		c := lowerByte(w[i])
		if '0' <= c && c <= '9' {
			c = '0'
		}
		x ^= uint64(c)
		x *= fnvPrime
	}
	return x
}

// cluster returns the cluster of word w, or -1.
func (c *Clusters) cluster(w string) int {
	if c == nil {
		return -1
	}
	if k, ok := c.ids[hashNorm(w)]; ok {
		return int(k)
	}
	return -1
}

func newClusters(words []string, of []uint16) *Clusters {
	c := &Clusters{words: words, of: of, ids: make(map[uint64]uint16, len(words))}
	for i, w := range words {
		c.ids[hashNorm(w)] = of[i]
	}
	return c
}

// LearnClusters learns word clusters from tokenized sentences. The result
// depends only on the sentences and the configuration.
func LearnClusters(ctx context.Context, sents [][]string, cfg ClusterConfig) (*Clusters, error) {
	cfg.defaults()
	count := make(map[string]int)
	for _, s := range sents {
		for _, w := range s {
			count[normalize(w)]++
		}
	}
	type wc struct {
		w string
		n int
	}
	var vocab []wc
	for w, n := range count {
		if n >= cfg.MinCount {
			vocab = append(vocab, wc{w, n})
		}
	}
	slices.SortFunc(vocab, func(a, b wc) int { return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.w, b.w)) })
	if len(vocab) > cfg.MaxWords {
		vocab = vocab[:cfg.MaxWords]
	}
	if len(vocab) < cfg.K {
		return nil, errors.New("pos clusters: too few words")
	}
	index := make(map[string]int32, len(vocab))
	for i, v := range vocab {
		index[v.w] = int32(i)
	}
	// Context dimensions: left neighbour c (c < C, or C for the sentence
	// start, C+1 for a rarer word), then right neighbour likewise.
	C := int32(min(cfg.Contexts, len(vocab)))
	dims := 2 * (C + 2)
	ctxOf := func(i int32) int32 {
		if i >= 0 && i < C {
			return i
		}
		return C + 1
	}
	var pairs []uint64 // word<<32 | dim
	ids := make([]int32, 0, 64)
	for si, s := range sents {
		if si%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		ids = ids[:0]
		for _, w := range s {
			i, ok := index[normalize(w)]
			if !ok {
				i = -1
			}
			ids = append(ids, i)
		}
		for j, w := range ids {
			if w < 0 {
				continue
			}
			left, right := C, C // sentence boundary
			if j > 0 {
				left = ctxOf(ids[j-1])
			}
			if j+1 < len(ids) {
				right = ctxOf(ids[j+1])
			}
			pairs = append(pairs, uint64(w)<<32|uint64(left), uint64(w)<<32|uint64(C+2+right))
		}
	}
	slices.Sort(pairs)
	// Sparse PPMI vectors, L2-normalised.
	type entry struct {
		dim int32
		v   float32
	}
	vecs := make([][]entry, len(vocab))
	dimTotal := make([]float64, dims)
	wordTotal := make([]float64, len(vocab))
	for _, p := range pairs {
		dimTotal[p&0xffffffff]++
		wordTotal[p>>32]++
	}
	total := float64(len(pairs))
	for i := 0; i < len(pairs); {
		j := i
		for j < len(pairs) && pairs[j] == pairs[i] {
			j++
		}
		w, d := int32(pairs[i]>>32), int32(pairs[i]&0xffffffff)
		pmi := math.Log(float64(j-i) * total / (wordTotal[w] * dimTotal[d]))
		if pmi > 0 {
			vecs[w] = append(vecs[w], entry{d, float32(pmi)})
		}
		i = j
	}
	for _, v := range vecs {
		var norm float64
		for _, e := range v {
			norm += float64(e.v) * float64(e.v)
		}
		if norm > 0 {
			inv := float32(1 / math.Sqrt(norm))
			for k := range v {
				v[k].v *= inv
			}
		}
	}
	// Spherical k-means; centroids start at words spread evenly over the
	// frequency ranks, and are stored dimension-major (cent[d*K+k]).
	K := cfg.K
	cent := make([]float32, int(dims)*K)
	for k := range K {
		for _, e := range vecs[k*len(vocab)/K] {
			cent[int(e.dim)*K+k] = e.v
		}
	}
	assign := make([]uint16, len(vocab))
	scores := make([]float32, K)
	sums := make([]float64, int(dims)*K)
	for it := range cfg.Iterations {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		for w, v := range vecs {
			clear(scores)
			for _, e := range v {
				row := cent[int(e.dim)*K : int(e.dim)*K+K]
				for k, c := range row {
					scores[k] += e.v * c
				}
			}
			best := 0
			for k, s := range scores {
				if s > scores[best] {
					best = k
				}
			}
			assign[w] = uint16(best)
		}
		if it == cfg.Iterations-1 {
			break
		}
		clear(sums)
		for w, v := range vecs {
			k := int(assign[w])
			for _, e := range v {
				sums[int(e.dim)*K+k] += float64(e.v)
			}
		}
		norms := make([]float64, K)
		for d := range int(dims) {
			for k := range K {
				norms[k] += sums[d*K+k] * sums[d*K+k]
			}
		}
		for d := range int(dims) {
			for k := range K {
				if norms[k] > 0 {
					cent[d*K+k] = float32(sums[d*K+k] / math.Sqrt(norms[k]))
				}
			}
		}
	}
	order := make([]int, len(vocab))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(vocab[a].w, vocab[b].w) })
	words := make([]string, len(vocab))
	of := make([]uint16, len(vocab))
	for i, j := range order {
		words[i], of[i] = vocab[j].w, assign[j]
	}
	return newClusters(words, of), nil
}
