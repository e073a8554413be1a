package pos

import (
	"cmp"
	"context"
	"errors"
	"math/rand/v2"
	"slices"

	"newsgraph/extract/nlp/conll"
	"newsgraph/extract/nlp/perceptron"
)

// TrainConfig configures Train.
type TrainConfig struct {
	// Sentences are the training data: words with gold UPOS, XPOS and
	// lemmas (UD EWT train for the embedded model).
	Sentences []conll.Sentence
	// Epochs is the number of passes over the data; 0 means DefaultEpochs.
	Epochs int
	// Seed seeds the shuffling of the sentences before each epoch and the
	// choice of the rare words whose identity features training drops.
	Seed uint64
	// Clusters, if not nil, are word clusters (see LearnClusters) whose
	// features the tagger uses.
	Clusters *Clusters
	// Prune drops averaged weights smaller than this from the models; 0
	// means DefaultPrune. The embedded model is trained with EmbeddedPrune.
	Prune float32
	// Log, if not nil, receives progress messages.
	Log func(format string, args ...any)
}

// Training defaults, chosen on UD EWT dev.
const (
	DefaultEpochs = 10

	// folds is the number of folds over which the first pass is
	// jackknifed to give the second pass realistic first-pass tags.
	folds = 4
	// Words at least tagdictMinCount times in training and with one class
	// at least tagdictMinShare of the time go in the tag dictionary.
	tagdictMinCount = 5
	tagdictMinShare = 0.97
	// Words seen at most dropMaxCount times lose their identity features
	// in a dropRate share of training instances.
	dropMaxCount = 1
	dropRate     = 0.5
)

// Pruning of the averaged weights. DefaultPrune makes no difference to
// accuracy on UD EWT dev and is what the parser's jackknifed taggers are
// trained with (so that its training data stay as they were).
// EmbeddedPrune, for the embedded model, drops a quarter of the features
// (252,000 to 191,000) and of the model file, which loads and tags faster,
// at no measurable cost: on EWT dev UPOS 0.9525 rather than 0.9523, XPOS
// 0.9465 rather than 0.9460; on EWT test UPOS 0.9542 rather than 0.9544,
// XPOS 0.9488 rather than 0.9492. Beyond it accuracy falls: pruning the
// DefaultPrune model's weights afterwards at 1 gives dev UPOS 0.9512, at 2
// 0.9477.
const (
	DefaultPrune  = 0.5
	EmbeddedPrune = 0.9
)

// Train trains a tagger and lemmatizer. The result depends only on the
// configuration: the same data and seed give the same model, byte for byte.
//
// The first pass is trained on all the data, and also on each of four folds'
// complement to tag the held-out fold (jackknifing), so that the second pass
// learns from first-pass tags as error-prone as they are on new text.
func Train(ctx context.Context, cfg TrainConfig) (*Tagger, error) {
	sents := cfg.Sentences
	if len(sents) == 0 {
		return nil, errors.New("pos train: no sentences")
	}
	logf := cfg.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	d := trainData{sents: sents, epochs: cmp.Or(cfg.Epochs, DefaultEpochs), prune: cmp.Or(cfg.Prune, DefaultPrune), logf: logf, clusters: cfg.Clusters}
	var words, xpos, lemmas []string
	d.wordCount = make(map[string]int)
	for _, s := range sents {
		words = append(words, s.Words...)
		xpos = append(xpos, s.XPOS...)
		lemmas = append(lemmas, s.Lemmas...)
		for _, w := range s.Words {
			d.wordCount[w]++
		}
	}
	labels1, gold1 := classes(sents, func(s *conll.Sentence, i int) string { return s.UPOS[i] })
	labels2, gold2 := classes(sents, func(s *conll.Sentence, i int) string { return s.UPOS[i] + " " + s.XPOS[i] })

	all := make([]int, len(sents))
	for i := range all {
		all[i] = i
	}
	// Jackknife the first pass.
	pred := make([][]int32, len(sents))
	var sc scratch
	sc.scores = make([]float32, len(labels1))
	for k := range folds {
		var in, out []int
		for _, i := range all {
			if i%folds == k {
				out = append(out, i)
			} else {
				in = append(in, i)
			}
		}
		st, err := d.train(ctx, in, labels1, gold1, nil, cfg.Seed*16+uint64(k)+1)
		if err != nil {
			return nil, err
		}
		for _, i := range out {
			sc.toks = prepare(sc.toks, sents[i].Words, cfg.Clusters)
			pred[i] = make([]int32, len(sents[i].Words))
			st.tag(&sc, sents[i].Words, nil, pred[i])
		}
		logf("pos: fold %d of %d done", k+1, folds)
	}
	first, err := d.train(ctx, all, labels1, gold1, nil, cfg.Seed*16)
	if err != nil {
		return nil, err
	}
	second, err := d.train(ctx, all, labels2, gold2, pred, cfg.Seed*16+folds+1)
	if err != nil {
		return nil, err
	}
	return newTagger(first, second, trainLemmatizer(words, xpos, lemmas), cfg.Clusters)
}

// classes returns the sorted labels that label gives the words of sents, and
// each word's label index.
func classes(sents []conll.Sentence, label func(s *conll.Sentence, i int) string) ([]string, [][]int32) {
	index := make(map[string]int32)
	var labels []string
	for si := range sents {
		for i := range sents[si].Words {
			l := label(&sents[si], i)
			if _, ok := index[l]; !ok {
				index[l] = 0
				labels = append(labels, l)
			}
		}
	}
	slices.Sort(labels)
	for i, l := range labels {
		index[l] = int32(i)
	}
	gold := make([][]int32, len(sents))
	for si := range sents {
		gold[si] = make([]int32, len(sents[si].Words))
		for i := range sents[si].Words {
			gold[si][i] = index[label(&sents[si], i)]
		}
	}
	return labels, gold
}

// trainData is what the training of every stage shares.
type trainData struct {
	sents     []conll.Sentence
	wordCount map[string]int
	epochs    int
	prune     float32
	clusters  *Clusters
	logf      func(format string, args ...any)
}

// train trains one stage on the sentences numbered subset, with gold
// classes gold of labels and, for the second pass, first-pass tags right.
func (d *trainData) train(ctx context.Context, subset []int, labels []string, gold, right [][]int32, seed uint64) (stage, error) {
	st := stage{tagdict: buildTagdict(d.sents, subset, gold, len(labels))}
	tr := perceptron.NewTrainer(labels)
	rng := rand.New(rand.NewPCG(seed, 0x706f73))
	order := slices.Clone(subset)
	var toks []tokenValues
	var feats []uint64
	scores := make([]float32, len(labels))
	for epoch := range d.epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			if err := ctx.Err(); err != nil {
				return stage{}, err
			}
			s := &d.sents[si]
			toks = prepare(toks, s.Words, d.clusters)
			var r []int32
			if right != nil {
				r = right[si]
			}
			p1, p2 := startTag, startTag2
			for i, w := range s.Words {
				g := int(gold[si][i])
				guess, ok := st.tagdict[w]
				if !ok {
					drop := d.wordCount[w] <= dropMaxCount && rng.Float64() < dropRate
					feats = features(feats[:0], toks, r, i, p1, p2, drop)
					tr.Scores(feats, scores)
					guess = int32(perceptron.Argmax(scores))
					tr.Update(feats, g, int(guess), 1)
					tr.Tick()
				}
				if int(guess) == g {
					correct++
				}
				total++
				p2, p1 = p1, int(guess)
			}
		}
		d.logf("pos: %d classes, epoch %d: training accuracy %.4f", len(labels), epoch+1, float64(correct)/float64(total))
	}
	st.model = tr.Model(d.prune)
	d.logf("pos: %d classes: %d features, %d words in the tag dictionary", len(labels), st.model.NumFeatures(), len(st.tagdict))
	return st, nil
}

// buildTagdict returns the words of the sentences numbered subset frequent
// and unambiguous enough to skip the model.
func buildTagdict(sents []conll.Sentence, subset []int, gold [][]int32, nclass int) map[string]int32 {
	counts := make(map[string][]int)
	for _, si := range subset {
		for i, w := range sents[si].Words {
			c := counts[w]
			if c == nil {
				c = make([]int, nclass)
				counts[w] = c
			}
			c[gold[si][i]]++
		}
	}
	dict := make(map[string]int32)
	for w, c := range counts {
		total, best := 0, 0
		for k, n := range c {
			total += n
			if n > c[best] {
				best = k
			}
		}
		if total >= tagdictMinCount && float64(c[best]) >= tagdictMinShare*float64(total) {
			dict[w] = int32(best)
		}
	}
	return dict
}
