package ner

import (
	"cmp"
	"context"
	"crypto/sha256"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Brown clusters (Brown et al. 1992), learnt with the windowed algorithm of
// Liang (2005): the words, most frequent first, enter a window of K+1
// clusters one at a time, and after each entry the two clusters whose merge
// loses the least average mutual information between adjacent clusters are
// merged. The K clusters left are then merged down to one, and each word's
// cluster is named by its path of merge choices from the root, a bit
// string whose prefixes (Ratinov and Roth 2009 use lengths 4, 6, 10 and
// 20) are features at several granularities.
//
// Mutual information uses the unigram frequencies of the clusters as their
// marginals, so that a word entering the window changes no other pair's
// terms, and merge losses are updated incrementally as in Liang's
// implementation: each step costs O(K²).

// BrownConfig sets how Brown clusters are learnt.
type BrownConfig struct {
	Clusters int // number of clusters K (default 256; negative: none)
	MinCount int // least frequency of a clustered word (default 4)
}

func (c *BrownConfig) defaults() {
	if c.Clusters == 0 {
		c.Clusters = 256
	}
	if c.MinCount <= 0 {
		c.MinCount = 4
	}
}

// brownPrefixes are the lengths of the path prefixes used as features.
var brownPrefixes = [numBrownLevels]int{4, 6, 10, 20}

const numBrownLevels = 4

// brownTable maps words to their Brown-cluster path.
type brownTable struct {
	words []string // sorted
	paths []string // bit strings
	index map[string][numBrownLevels]uint32
}

func newBrownTable(words, paths []string) *brownTable {
	b := &brownTable{words: words, paths: paths, index: make(map[string][numBrownLevels]uint32, len(words))}
	for i, w := range words {
		var codes [numBrownLevels]uint32
		for lv, n := range brownPrefixes {
			p := paths[i][:min(n, len(paths[i]))]
			// A leading 1 keeps prefixes of different lengths apart.
			code := uint32(1)
			for _, c := range p {
				code = code<<1 | uint32(c-'0')
			}
			codes[lv] = code
		}
		b.index[w] = codes
	}
	return b
}

// KnownLower reports whether the lower-case form of word is a word of
// the unlabelled news the recogniser's Brown clusters were learnt from
// (written in lower case at least BrownConfig.MinCount times): a common
// word, such as "striker" or "perhaps", rather than only a name, such as
// "Cherie". Words with upper-case letters after the first are never
// lower-cased.
func (r *Recognizer) KnownLower(word string) bool {
	if r.brown == nil || word == "" {
		return false
	}
	rn, n := utf8.DecodeRuneInString(word)
	_, ok := r.brown.index[normDigits(string(unicode.ToLower(rn))+word[n:])]
	return ok
}

// normDigits maps the digits of s to 0, so that numbers share clusters.
func normDigits(s string) string {
	if !strings.ContainsAny(s, "123456789") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '1' && r <= '9' {
			return '0'
		}
		return r
	}, s)
}

// lookup sets the Brown-cluster codes of token t with form w, with the
// fallbacks of clusterTable.lookup.
func (b *brownTable) lookup(t *token, w string, upperSent bool) {
	if b == nil || len(b.index) == 0 {
		return
	}
	lookupForms(normDigits(w), t, upperSent, func(s string) bool {
		codes, ok := b.index[s]
		if ok {
			t.brown = codes
		}
		return ok
	})
}

// learnBrown learns Brown clusters from tokenised sentences.
func learnBrown(ctx context.Context, sents [][]string, cfg BrownConfig) (*brownTable, error) {
	cfg.defaults()
	if cfg.Clusters < 0 {
		return newBrownTable(nil, nil), nil
	}
	freq := make(map[string]int32)
	for _, s := range sents {
		for _, w := range s {
			freq[normDigits(w)]++
		}
	}
	type wc struct {
		w string
		n int32
	}
	var vocab []wc
	for w, n := range freq {
		if int(n) >= cfg.MinCount {
			vocab = append(vocab, wc{w, n})
		}
	}
	slices.SortFunc(vocab, func(a, b wc) int {
		if c := cmp.Compare(b.n, a.n); c != 0 {
			return c
		}
		return strings.Compare(a.w, b.w)
	})
	V := len(vocab)
	if V < 2 {
		return newBrownTable(nil, nil), nil
	}
	id := make(map[string]int32, V)
	for i, v := range vocab {
		id[v.w] = int32(i)
	}
	// Bigram counts of vocabulary words, by word: the neighbours to the
	// right and to the left.
	var keys []uint64
	var tokens float64
	for _, s := range sents {
		prev := int32(-1)
		for _, w := range s {
			i, ok := id[normDigits(w)]
			if !ok {
				prev = -1
				continue
			}
			tokens++
			if prev >= 0 {
				keys = append(keys, uint64(prev)<<32|uint64(i))
			}
			prev = i
		}
	}
	slices.Sort(keys)
	type nb struct {
		w int32
		n float64
	}
	right := make([][]nb, V)
	left := make([][]nb, V)
	bigrams := float64(len(keys))
	for i := 0; i < len(keys); {
		j := i
		for j < len(keys) && keys[j] == keys[i] {
			j++
		}
		a, b := int32(keys[i]>>32), int32(keys[i]&0xffffffff)
		right[a] = append(right[a], nb{b, float64(j - i)})
		left[b] = append(left[b], nb{a, float64(j - i)})
		i = j
	}
	keys = nil

	K := min(cfg.Clusters, V)
	S := K + 1                  // slots
	cnt := make([]float64, S*S) // cnt[i*S+j]: bigrams from slot i to slot j
	q := make([]float64, S*S)   // q[i*S+j]: mutual-information term
	loss := make([]float64, S*S)
	uni := make([]float64, S)
	active := make([]bool, S)
	node := make([]int32, S) // merge-tree node of each slot
	// Union-find over words and merge nodes: word w is node w.
	parent := make([]int32, V, 2*V)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	slotOf := make(map[int32]int, S) // root node -> slot

	lu := make([]float64, S)      // log uni
	lpair := make([]float64, S*S) // lpair[i*S+j], i < j: log(uni[i]+uni[j])
	konst := 2*math.Log(tokens) - math.Log(bigrams)
	// qv is p(a,b) log(p(a,b) / (p(a) p(b))) with p(a,b) = n/B and
	// p(a) = ua/T, given the logs of ua and ub.
	qv := func(n, la, lb float64) float64 {
		if n <= 0 {
			return 0
		}
		return n / bigrams * (math.Log(n) + konst - la - lb)
	}
	// contrib is what cluster d adds to the loss of merging i < j.
	contrib := func(i, j, d int) float64 {
		l := lpair[i*S+j]
		return q[i*S+d] + q[d*S+i] + q[j*S+d] + q[d*S+j] -
			qv(cnt[i*S+d]+cnt[j*S+d], l, lu[d]) - qv(cnt[d*S+i]+cnt[d*S+j], lu[d], l)
	}
	// fullLoss computes the loss of merging slots i and j from scratch.
	fullLoss := func(i, j int) float64 {
		lpair[i*S+j] = math.Log(uni[i] + uni[j])
		var l float64
		for d := range S {
			if active[d] && d != i && d != j {
				l += contrib(i, j, d)
			}
		}
		lij := lpair[i*S+j]
		l += q[i*S+i] + q[j*S+j] + q[i*S+j] + q[j*S+i]
		l -= qv(cnt[i*S+i]+cnt[i*S+j]+cnt[j*S+i]+cnt[j*S+j], lij, lij)
		return l
	}
	setQ := func(i int) {
		for d := range S {
			if active[d] {
				q[i*S+d] = qv(cnt[i*S+d], lu[i], lu[d])
				q[d*S+i] = qv(cnt[d*S+i], lu[d], lu[i])
			}
		}
	}
	// add puts word w into free slot s.
	add := func(w int32, s int) {
		for d := range S {
			cnt[s*S+d], cnt[d*S+s] = 0, 0
		}
		active[s] = true
		node[s] = w
		slotOf[w] = s
		uni[s] = float64(vocab[w].n)
		lu[s] = math.Log(uni[s])
		for _, e := range right[w] {
			if e.w <= w {
				cnt[s*S+slotOf[find(e.w)]] += e.n
			}
		}
		for _, e := range left[w] {
			if e.w < w {
				cnt[slotOf[find(e.w)]*S+s] += e.n
			}
		}
		setQ(s)
	}
	mark := make([]bool, S)
	// Tree of the final merges: children of internal nodes.
	type merge struct{ a, b int32 }
	var tree []merge
	nodes := int32(V)
	newNode := func(a, b int32, record bool) int32 {
		n := nodes
		nodes++
		parent = append(parent, n)
		parent[a], parent[b] = n, n
		if record {
			tree = append(tree, merge{a, b})
		}
		return n
	}
	// mergeBest merges the pair of active slots of least loss and returns
	// the freed slot.
	mergeBest := func(record bool) int {
		a, b := -1, -1
		best := math.Inf(1)
		for i := range S {
			if !active[i] {
				continue
			}
			for j := i + 1; j < S; j++ {
				if active[j] && loss[i*S+j] < best {
					a, b, best = i, j, loss[i*S+j]
				}
			}
		}
		// Update the other pairs' losses: a and b leave, m = a ∪ b comes.
		// If neither i nor j is adjacent to b, m contributes to the loss
		// of merging them exactly what a did (the marginals cancel out),
		// so only the pairs with a member adjacent to the sparser of a
		// and b change: their contributions of a and b are subtracted
		// before the counts change, and m's added after.
		adjacent := func(x int) []int {
			var out []int
			for d := range S {
				if active[d] && d != a && d != b && (cnt[x*S+d] != 0 || cnt[d*S+x] != 0) {
					out = append(out, d)
				}
			}
			return out
		}
		adj := adjacent(b)
		if adjA := adjacent(a); len(adjA) < len(adj) {
			adj = adjA
		}
		clear(mark)
		for _, d := range adj {
			mark[d] = true
		}
		update := func(f func(i, j int)) {
			for _, i := range adj {
				for j := range S {
					if !active[j] || j == a || j == b || j == i || mark[j] && j < i {
						continue
					}
					f(min(i, j), max(i, j))
				}
			}
		}
		update(func(i, j int) { loss[i*S+j] -= contrib(i, j, a) + contrib(i, j, b) })
		// Merge b into a.
		for d := range S {
			cnt[a*S+d] += cnt[b*S+d]
		}
		for d := range S {
			cnt[d*S+a] += cnt[d*S+b]
		}
		uni[a] += uni[b]
		lu[a] = math.Log(uni[a])
		active[b] = false
		for d := range S {
			cnt[b*S+d], cnt[d*S+b], q[b*S+d], q[d*S+b] = 0, 0, 0, 0
		}
		delete(slotOf, node[a])
		delete(slotOf, node[b])
		n := newNode(node[a], node[b], record)
		node[a] = n
		slotOf[n] = a
		setQ(a)
		update(func(i, j int) { loss[i*S+j] += contrib(i, j, a) })
		for d := range S {
			if active[d] && d != a {
				l := fullLoss(min(a, d), max(a, d))
				loss[min(a, d)*S+max(a, d)] = l
			}
		}
		return b
	}

	for w := range K {
		add(int32(w), w)
	}
	for i := range K {
		for j := i + 1; j < K; j++ {
			loss[i*S+j] = fullLoss(i, j)
		}
	}
	free := K
	var nz []int
	for w := K; w < V; w++ {
		if w%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		add(int32(w), free)
		s := free
		// Only pairs with a member adjacent to the new word change.
		nz = nz[:0]
		for d := range S {
			mark[d] = active[d] && d != s && (cnt[s*S+d] != 0 || cnt[d*S+s] != 0)
			if mark[d] {
				nz = append(nz, d)
			}
		}
		for _, i := range nz {
			for j := range S {
				if !active[j] || j == s || j == i || mark[j] && j < i {
					continue
				}
				a, b := min(i, j), max(i, j)
				loss[a*S+b] += contrib(a, b, s)
			}
		}
		// The new word's pairs. A cluster d not adjacent to s contributes
		// (cnt(i,d) + cnt(d,i)) (log(u(s)+u(i)) - log u(i)) / B to the
		// loss of merging s and i, so only the adjacent ones are summed.
		for i := range S {
			if !active[i] || i == s {
				continue
			}
			var around float64 // i's bigrams with other clusters than s
			for d := range S {
				if active[d] && d != i && d != s {
					around += cnt[i*S+d] + cnt[d*S+i]
				}
			}
			a, b := min(s, i), max(s, i)
			l := math.Log(uni[s] + uni[i])
			lpair[a*S+b] = l
			var sum float64
			for _, d := range nz {
				if d != i {
					sum += contrib(a, b, d)
					around -= cnt[i*S+d] + cnt[d*S+i]
				}
			}
			sum += around * (l - lu[i]) / bigrams
			sum += q[s*S+s] + q[i*S+i] + q[s*S+i] + q[i*S+s]
			sum -= qv(cnt[s*S+s]+cnt[s*S+i]+cnt[i*S+s]+cnt[i*S+i], l, l)
			loss[a*S+b] = sum
		}
		free = mergeBest(false)
	}
	// The final clusters, then their merges down to one.
	fin := make([]int32, V)
	for w := range fin {
		fin[w] = find(int32(w))
	}
	for n := K; n > 1; n-- {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		mergeBest(true)
	}
	// Paths from the root, whose children are the last merge's: the nodes
	// of recorded merges are the last ones created, in order.
	first := nodes - int32(len(tree))
	path := make(map[int32]string, 2*K)
	for k := len(tree) - 1; k >= 0; k-- {
		p := path[first+int32(k)]
		path[tree[k].a] = p + "0"
		path[tree[k].b] = p + "1"
	}
	words := make([]string, V)
	paths := make([]string, V)
	order := make([]int, V)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(vocab[a].w, vocab[b].w) })
	for k, w := range order {
		words[k], paths[k] = vocab[w].w, path[fin[w]]
	}
	return newBrownTable(words, paths), nil
}

// cachedBrown is learnBrown, with the result kept in dir (if not empty)
// under a hash of the text and the configuration.
func cachedBrown(ctx context.Context, sents [][]string, cfg BrownConfig, dir string) (*brownTable, error) {
	if dir == "" {
		return learnBrown(ctx, sents, cfg)
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d %d\n", cfg.Clusters, cfg.MinCount)
	for _, s := range sents {
		for _, w := range s {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		h.Write([]byte{1})
	}
	path := filepath.Join(dir, fmt.Sprintf("brown-%x.txt", h.Sum(nil)[:12]))
	if data, err := os.ReadFile(path); err == nil {
		var words, paths []string
		for line := range strings.Lines(string(data)) {
			w, p, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
			if !ok {
				return nil, fmt.Errorf("%s: bad line %q", path, line)
			}
			words, paths = append(words, w), append(paths, p)
		}
		return newBrownTable(words, paths), nil
	}
	b, err := learnBrown(ctx, sents, cfg)
	if err != nil {
		return nil, err
	}
	var buf strings.Builder
	for i, w := range b.words {
		fmt.Fprintf(&buf, "%s\t%s\n", w, b.paths[i])
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return b, os.WriteFile(path, []byte(buf.String()), 0o644)
}
