package dep

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"newsgraph/extract/nlp/conll"
)

// TrainConfig configures Train.
type TrainConfig struct {
	// Sentences are the training trees. Their UPOS and XPOS should be the
	// tags the parser will see when used: predicted ones (jackknifed, so
	// that the tagger did not see the sentence) rather than gold.
	Sentences []conll.Sentence
	// Epochs is the number of passes over the data (default 15).
	Epochs int
	// Seed seeds the shuffling and the exploration (default 1).
	Seed uint64
	// ExploreFrom is the first epoch, counting from 0, in which training
	// follows the model's own wrong predictions (default 1).
	ExploreFrom int
	// ExploreProb is the probability of following a wrong prediction from
	// epoch ExploreFrom on (default 0.9; negative: never).
	ExploreProb float64
	// Prune drops averaged weights smaller than it in absolute value
	// (default DefaultPrune; negative: keep all).
	Prune float32
	// Models is the number of models, trained with seeds Seed, Seed+1, …,
	// whose weights are averaged (default DefaultModels). Averaging
	// perceptrons trained on different orders of the data reduces their
	// variance; the result is one linear model, as fast as each.
	Models int
	// Dev, if set together with Log, is parsed after every epoch.
	Dev []conll.Sentence
	// Log, if set, receives progress messages.
	Log func(format string, args ...any)
}

// DefaultModels is the default TrainConfig.Models: averaging two models
// adds about 0.15 UAS and LAS on EWT dev with predicted tags.
const DefaultModels = 2

// DefaultPrune is the default TrainConfig.Prune: dropping the averaged
// weights below it halves the model with no measurable loss on EWT dev.
const DefaultPrune = 0.5

// Train trains a parser with a dynamic oracle (Goldberg and Nivre 2013):
// at each configuration the perceptron is updated towards the best-scoring
// transition among those that lose no reachable gold arc, and after the
// first epoch(s) the parser follows its own prediction even when wrong, so
// that it learns to recover from its errors. Non-projective training trees
// are projectivized by lifting (Nivre and Nilsson 2005, without encoding the
// lifts in the labels): the arc-hybrid oracle is exact for projective trees
// only, and fewer than 1% of the arcs of the English Web Treebank are
// lifted. The result depends only on the configuration: the same data and
// seed give the same model, byte for byte.
func Train(ctx context.Context, cfg TrainConfig) (*Parser, error) {
	if cfg.Epochs == 0 {
		cfg.Epochs = 15
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	if cfg.ExploreFrom == 0 {
		cfg.ExploreFrom = 1
	}
	if cfg.Prune == 0 {
		cfg.Prune = DefaultPrune
	}
	if cfg.Models == 0 {
		cfg.Models = DefaultModels
	}
	if cfg.ExploreProb == 0 {
		cfg.ExploreProb = 0.9
	}
	logf := cfg.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}

	// Relations, sorted so that the class numbering is stable.
	seen := map[string]bool{"root": true}
	for _, s := range cfg.Sentences {
		for _, r := range s.Rels {
			seen[r] = true
		}
	}
	labels := make([]string, 0, len(seen))
	for l := range seen {
		labels = append(labels, l)
	}
	slices.Sort(labels)
	p, err := newParser(labels, &weights{})
	if err != nil {
		return nil, fmt.Errorf("dep: train: %w", err)
	}
	labelIndex := make(map[string]int32, len(labels))
	for i, l := range labels {
		labelIndex[l] = int32(i)
	}

	// Gold trees, projectivized, with the root at n+1.
	var golds []gold
	lifted, arcs := 0, 0
	for _, s := range cfg.Sentences {
		if !isTree(s.Heads) {
			continue
		}
		ph, n := projectivize(s.Heads)
		lifted += n
		arcs += len(s.Heads)
		g := gold{sent: s, head: make([]int32, len(ph)+2), lab: make([]int32, len(ph)+2)}
		for i, h := range ph {
			if h == 0 {
				h = len(ph) + 1
			}
			g.head[i+1] = int32(h)
			g.lab[i+1] = labelIndex[s.Rels[i]]
		}
		g.children()
		golds = append(golds, g)
	}
	if len(golds) == 0 {
		return nil, errors.New("dep: train: no trees")
	}
	logf("dep: %d trees, %d relations, %d of %d arcs lifted", len(golds), len(labels), lifted, arcs)

	nclass := 1 + 2*len(labels)
	var sum *averaged
	for k := range cfg.Models {
		seed := cfg.Seed + uint64(k)
		a, err := trainOne(ctx, p, golds, seed, cfg, logf)
		if err != nil {
			return nil, err
		}
		if sum == nil {
			sum = a
		} else {
			sum = sum.add(a)
		}
	}
	p.m = sum.weights(nclass, 1/float64(cfg.Models), cfg.Prune)
	logf("dep: model: %d features, %d weights", p.m.numFeatures(), p.m.numWeights())
	return p, nil
}

// trainOne trains one model with the given seed and returns its averaged
// weights.
func trainOne(ctx context.Context, p *Parser, golds []gold, seed uint64, cfg TrainConfig, logf func(string, ...any)) (*averaged, error) {
	nclass := 1 + 2*len(p.labels)
	tr := newTrainer(nclass)
	rng := rand.New(rand.NewPCG(seed, 0x646570))
	order := make([]int, len(golds))
	for i := range order {
		order[i] = i
	}
	var st state
	feats := make([]uint64, 0, numFeatures)
	scores := make([]float32, nclass)
	costs := make([]int, nclass)
	for epoch := range cfg.Epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		explore := epoch >= cfg.ExploreFrom && cfg.ExploreProb > 0
		var errs, total int
		for k, gi := range order {
			if k%256 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, fmt.Errorf("dep: train: %w", err)
				}
			}
			g := &golds[gi]
			st.reset(g.sent.Words, g.sent.UPOS, g.sent.XPOS)
			for !st.terminal() {
				feats = st.features(feats[:0])
				tr.scores(feats, scores)
				g.costs(&st, p, costs)
				pred, best := -1, -1
				minCost := math.MaxInt
				for c, cost := range costs {
					if cost < 0 {
						continue
					}
					if pred < 0 || scores[c] > scores[pred] {
						pred = c
					}
					if cost < minCost || cost == minCost && scores[c] > scores[best] {
						minCost, best = cost, c
					}
				}
				next := best
				total++
				if costs[pred] > minCost {
					errs++
					tr.update(feats, best, pred)
					if explore && rng.Float64() < cfg.ExploreProb {
						next = pred
					}
				} else {
					next = pred
				}
				tr.tick()
				op, l := p.transition(next)
				st.apply(op, l)
			}
		}
		logf("dep: seed %d epoch %d: %d features, %.2f%% transitions wrong", seed, epoch+1, tr.used, 100*float64(errs)/float64(total))
		if cfg.Dev != nil && cfg.Log != nil {
			p.m = tr.averaged().weights(nclass, 1, cfg.Prune)
			m := Evaluate(p, cfg.Dev, nil)
			logf("dep: seed %d epoch %d: dev UAS %.4f LAS %.4f", seed, epoch+1, m.UAS, m.LAS)
		}
	}
	return tr.averaged(), nil
}

// transition decodes a scorer class.
func (p *Parser) transition(c int) (op int, l int32) {
	L := len(p.labels)
	switch {
	case c == 0:
		return opShift, 0
	case c <= L:
		return opLeft, int32(c - 1)
	}
	return opRight, int32(c - 1 - L)
}

// gold is a training tree: heads with the root at n+1 and label indexes,
// indexed 1…n, and each token's children.
type gold struct {
	sent     conll.Sentence
	head     []int32
	lab      []int32
	kidStart []int32
	kids     []int32
}

func (g *gold) children() {
	n := len(g.head) - 2
	g.kidStart = make([]int32, n+3)
	for d := 1; d <= n; d++ {
		g.kidStart[g.head[d]+1]++
	}
	for i := 1; i < len(g.kidStart); i++ {
		g.kidStart[i] += g.kidStart[i-1]
	}
	g.kids = make([]int32, n)
	fill := slices.Clone(g.kidStart)
	for d := 1; d <= n; d++ {
		h := g.head[d]
		g.kids[fill[h]] = int32(d)
		fill[h]++
	}
}

// kidsInBuffer counts the gold children of x in the buffer.
func (g *gold) kidsInBuffer(x, b int32) int {
	c := 0
	for _, d := range g.kids[g.kidStart[x]:g.kidStart[x+1]] {
		if d >= b {
			c++
		}
	}
	return c
}

// costs sets costs[c] to the number of gold arcs (a wrong label counting as
// a lost arc) that transition c makes unreachable, -1 if c is illegal: the
// arc-hybrid dynamic oracle of Goldberg and Nivre 2013.
func (g *gold) costs(s *state, p *Parser, costs []int) {
	for i := range costs {
		costs[i] = -1
	}
	shift, left, right := s.legal()
	var s0, s1 int32
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
		}
	}
	b := s.b
	L := len(p.labels)
	if shift {
		c := 0
		if h := g.head[b]; h < b && h != s0 && s.head[h] == 0 {
			c++ // the head is on the stack below s0
		}
		for _, d := range g.kids[g.kidStart[b]:g.kidStart[b+1]] {
			if d < b && s.head[d] == 0 {
				c++ // a child is on the stack
			}
		}
		costs[0] = c
	}
	if left || right {
		below := g.kidsInBuffer(s0, b)
		h := g.head[s0]
		if left {
			c := below
			if h > b || h == s1 && s1 != 0 {
				c++
			}
			if int(b) == s.n+1 {
				costs[1+p.root] = c
			} else {
				for l := range L {
					cl := c
					if h == b && int32(l) != g.lab[s0] {
						cl++
					}
					if int32(l) != p.root {
						costs[1+l] = cl
					}
				}
			}
		}
		if right {
			c := below
			if h >= b {
				c++
			}
			for l := range L {
				cl := c
				if h == s1 && int32(l) != g.lab[s0] {
					cl++
				}
				if int32(l) != p.root {
					costs[1+L+l] = cl
				}
			}
		}
	}
}

// isTree reports whether heads (1-based, 0 = root) form a tree with one
// word on the root.
func isTree(heads []int) bool {
	roots := 0
	for d, h := range heads {
		if h < 0 || h > len(heads) || h == d+1 {
			return false
		}
		if h == 0 {
			roots++
		}
	}
	if roots != 1 {
		return false
	}
	for d := range heads {
		// Each word reaches the root in at most n steps.
		x, steps := d+1, 0
		for x != 0 {
			x = heads[x-1]
			if steps++; steps > len(heads) {
				return false
			}
		}
	}
	return true
}

// projectivize returns a projective version of the tree heads (1-based,
// 0 = root) made by repeatedly lifting the shortest non-projective arc to
// the head's head, and the number of lifts.
func projectivize(heads []int) ([]int, int) {
	h := slices.Clone(heads)
	dominates := func(a, x int) bool { // a is an ancestor of x (or x)
		for x != 0 {
			if x == a {
				return true
			}
			x = h[x-1]
		}
		return a == 0
	}
	lifts := 0
	for {
		best, bestLen := -1, math.MaxInt
		for d := 1; d <= len(h); d++ {
			a := h[d-1]
			if a == 0 {
				continue
			}
			lo, hi := min(a, d), max(a, d)
			if hi-lo >= bestLen {
				continue
			}
			for k := lo + 1; k < hi; k++ {
				if !dominates(a, k) {
					best, bestLen = d, hi-lo
					break
				}
			}
		}
		if best < 0 {
			return h, lifts
		}
		h[best-1] = h[h[best-1]-1]
		lifts++
	}
}
