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
	MinCount   int                   // least frequency of a clustered word (default 3)
	MaxWords   int                   // most words clustered (default 60000)
	Contexts   int                   // number of context words (default 2000)
	Branching  [numClusterLevels]int // children per node at each level (default 64, 8, 8)
	Iterations int                   // k-means iterations per split (default 12)
	Dims       int                   // dimensions of the SVD word vectors; negative: no SVD (default 100)
	Seed       uint64
}

func (c *ClusterConfig) defaults() {
	if c.MinCount <= 0 {
		c.MinCount = 3
	}
	if c.MaxWords <= 0 {
		c.MaxWords = 60000
	}
	if c.Contexts <= 0 {
		c.Contexts = 2000
	}
	for i, b := range c.Branching {
		if b <= 0 {
			c.Branching[i] = [...]int{64, 8, 8}[i]
		}
	}
	if c.Dims == 0 {
		c.Dims = 100
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
	lookupForms(w, t, upperSent, func(s string) bool {
		codes, ok := c.index[s]
		if ok {
			t.clus = codes
		}
		return ok
	})
}

// lookupForms calls found with w and, until it reports a hit, with the
// fallback forms of a capitalised w: title case, and lower case if w is
// all capitals or starts a sentence.
func lookupForms(w string, t *token, upperSent bool, found func(string) bool) {
	if found(w) {
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
	if found(string(b)) {
		return
	}
	if t.sentStart || upperSent || t.cap == capUpper {
		b[0] = w[0] | 0x20
		found(string(b))
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

	// Dense word vectors: a truncated SVD of the PPMI matrix (Levy,
	// Goldberg and Dagan 2015) smooths the sparse counts, so that the
	// clusters follow distributional similarity rather than a few
	// frequent contexts.
	if cfg.Dims > 0 {
		rng := rand.New(rand.NewPCG(cfg.Seed, 0x737664))
		dense := svdRows(rows, dim, cfg.Dims, rng)
		dim = len(dense[0])
		for w := range rows {
			row := make([]entry, dim)
			for k, v := range dense[w] {
				row[k] = entry{int32(k), v}
			}
			rows[w] = row
		}
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

// entry is a non-zero of a sparse row.
type entry struct {
	d int32
	v float32
}

// svdRows returns the rows of the sparse matrix (of dim columns) projected
// on its top k left singular vectors, scaled by the square roots of the
// singular values and normalised to unit length. It uses the randomised
// range finder of Halko, Martinsson and Tropp (2011) with one power
// iteration, and Jacobi rotations for the small eigenproblem.
func svdRows(rows [][]entry, dim, k int, rng *rand.Rand) [][]float32 {
	n := len(rows)
	l := min(k+20, n, dim)
	k = min(k, l)
	// Omega: dim × l Gaussian.
	omega := make([]float64, dim*l)
	for i := range omega {
		omega[i] = rng.NormFloat64()
	}
	mulA := func(x []float64) []float64 { // A (n×dim) · x (dim×l)
		y := make([]float64, n*l)
		for w, row := range rows {
			yw := y[w*l : (w+1)*l]
			for _, e := range row {
				xd := x[int(e.d)*l : (int(e.d)+1)*l]
				v := float64(e.v)
				for j := range yw {
					yw[j] += v * xd[j]
				}
			}
		}
		return y
	}
	mulAT := func(y []float64) []float64 { // Aᵀ (dim×n) · y (n×l)
		z := make([]float64, dim*l)
		for w, row := range rows {
			yw := y[w*l : (w+1)*l]
			for _, e := range row {
				zd := z[int(e.d)*l : (int(e.d)+1)*l]
				v := float64(e.v)
				for j := range zd {
					zd[j] += v * yw[j]
				}
			}
		}
		return z
	}
	orth := func(y []float64, rows int) { // modified Gram-Schmidt on columns
		for j := range l {
			for p := range j {
				var d float64
				for i := range rows {
					d += y[i*l+j] * y[i*l+p]
				}
				for i := range rows {
					y[i*l+j] -= d * y[i*l+p]
				}
			}
			var nn float64
			for i := range rows {
				nn += y[i*l+j] * y[i*l+j]
			}
			nn = math.Sqrt(nn)
			if nn > 0 {
				for i := range rows {
					y[i*l+j] /= nn
				}
			}
		}
	}
	y := mulA(omega)
	orth(y, n)
	z := mulAT(y)
	orth(z, dim)
	q := mulA(z)
	orth(q, n)
	// B = Qᵀ A is l × dim; C = B Bᵀ is l × l.
	b := mulAT(q) // dim × l, that is Bᵀ
	c := make([]float64, l*l)
	for d := range dim {
		bd := b[d*l : (d+1)*l]
		for i := range l {
			if bd[i] == 0 {
				continue
			}
			for j := range l {
				c[i*l+j] += bd[i] * bd[j]
			}
		}
	}
	vals, vecs := jacobiEigen(c, l)
	order := make([]int, l)
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(vals[b], vals[a]) })
	// Word vectors: Q · U_k · S^½, where S = sqrt(eigenvalues).
	out := make([][]float32, n)
	for w := range n {
		qw := q[w*l : (w+1)*l]
		v := make([]float32, k)
		var nn float64
		for t := range k {
			col := order[t]
			var s float64
			for i := range l {
				s += qw[i] * vecs[i*l+col]
			}
			s *= math.Pow(math.Max(vals[col], 0), 0.25)
			v[t] = float32(s)
			nn += s * s
		}
		if nn > 0 {
			inv := float32(1 / math.Sqrt(nn))
			for t := range v {
				v[t] *= inv
			}
		}
		out[w] = v
	}
	return out
}

// jacobiEigen returns the eigenvalues and eigenvectors (columns of an n×n
// row-major matrix) of the symmetric matrix a, by cyclic Jacobi rotations.
func jacobiEigen(a []float64, n int) ([]float64, []float64) {
	a = slices.Clone(a)
	v := make([]float64, n*n)
	for i := range n {
		v[i*n+i] = 1
	}
	for sweep := 0; sweep < 50; sweep++ {
		var off float64
		for i := range n {
			for j := i + 1; j < n; j++ {
				off += a[i*n+j] * a[i*n+j]
			}
		}
		if off < 1e-18 {
			break
		}
		for p := range n {
			for r := p + 1; r < n; r++ {
				apr := a[p*n+r]
				if math.Abs(apr) < 1e-300 {
					continue
				}
				theta := (a[r*n+r] - a[p*n+p]) / (2 * apr)
				t := 1 / (math.Abs(theta) + math.Sqrt(theta*theta+1))
				if theta < 0 {
					t = -t
				}
				cs := 1 / math.Sqrt(t*t+1)
				sn := t * cs
				for k := range n {
					akp, akr := a[k*n+p], a[k*n+r]
					a[k*n+p] = cs*akp - sn*akr
					a[k*n+r] = sn*akp + cs*akr
				}
				for k := range n {
					apk, ark := a[p*n+k], a[r*n+k]
					a[p*n+k] = cs*apk - sn*ark
					a[r*n+k] = sn*apk + cs*ark
				}
				for k := range n {
					vkp, vkr := v[k*n+p], v[k*n+r]
					v[k*n+p] = cs*vkp - sn*vkr
					v[k*n+r] = sn*vkp + cs*vkr
				}
			}
		}
	}
	vals := make([]float64, n)
	for i := range n {
		vals[i] = a[i*n+i]
	}
	return vals, v
}
