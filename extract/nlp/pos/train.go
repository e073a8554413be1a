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
	// Seed seeds the shuffling of the sentences before each epoch.
	Seed uint64
	// Log, if not nil, receives progress messages.
	Log func(format string, args ...any)
}

// Training defaults, chosen on UD EWT dev.
const (
	DefaultEpochs = 10
	DefaultSeed   = 1

	// Words at least tagdictMinCount times in training and with one class
	// at least tagdictMinShare of the time go in the tag dictionary.
	tagdictMinCount = 20
	tagdictMinShare = 0.97
	// prune drops averaged weights smaller than this from the model.
	prune = 1e-3
)

// Train trains a tagger and lemmatizer. The result depends only on the
// configuration: the same data and seed give the same model, byte for byte.
func Train(ctx context.Context, cfg TrainConfig) (*Tagger, error) {
	if len(cfg.Sentences) == 0 {
		return nil, errors.New("pos train: no sentences")
	}
	epochs := cmp.Or(cfg.Epochs, DefaultEpochs)
	logf := cfg.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}

	// Classes are the (UPOS, XPOS) pairs seen, sorted.
	classIndex := make(map[string]int32)
	var labels []string
	var words, xposAll, lemmas []string
	for _, s := range cfg.Sentences {
		for i := range s.Words {
			l := s.UPOS[i] + " " + s.XPOS[i]
			if _, ok := classIndex[l]; !ok {
				classIndex[l] = 0
				labels = append(labels, l)
			}
		}
		words = append(words, s.Words...)
		xposAll = append(xposAll, s.XPOS...)
		lemmas = append(lemmas, s.Lemmas...)
	}
	slices.Sort(labels)
	for i, l := range labels {
		classIndex[l] = int32(i)
	}
	gold := make([][]int32, len(cfg.Sentences))
	for si, s := range cfg.Sentences {
		gold[si] = make([]int32, len(s.Words))
		for i := range s.Words {
			gold[si][i] = classIndex[s.UPOS[i]+" "+s.XPOS[i]]
		}
	}
	tagdict := buildTagdict(cfg.Sentences, gold, len(labels))
	logf("pos: %d sentences, %d classes, %d words in the tag dictionary", len(cfg.Sentences), len(labels), len(tagdict))

	tr := perceptron.NewTrainer(labels)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x706f73))
	order := make([]int, len(cfg.Sentences))
	for i := range order {
		order[i] = i
	}
	var toks []tokenValues
	var feats []uint64
	scores := make([]float32, len(labels))
	for epoch := range epochs {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		correct, total := 0, 0
		for _, si := range order {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			s := &cfg.Sentences[si]
			toks = prepare(toks, s.Words)
			p1, p2 := startTag, startTag2
			for i, w := range s.Words {
				g := int(gold[si][i])
				guess, ok := tagdict[w]
				if !ok {
					feats = features(feats[:0], toks, i, p1, p2)
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
		logf("pos: epoch %d: training accuracy %.4f", epoch+1, float64(correct)/float64(total))
	}
	m := tr.Model(prune)
	logf("pos: %d features", m.NumFeatures())
	return newTagger(m, tagdict, trainLemmatizer(words, xposAll, lemmas))
}

// buildTagdict returns the words frequent and unambiguous enough to skip
// the model.
func buildTagdict(sents []conll.Sentence, gold [][]int32, nclass int) map[string]int32 {
	counts := make(map[string][]int)
	for si, s := range sents {
		for i, w := range s.Words {
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
