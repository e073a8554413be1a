package ner

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"newsgraph/extract/nlp/conll"
	"newsgraph/extract/nlp/perceptron"
)

// TrainConfig sets how a recogniser is trained.
type TrainConfig struct {
	Train []conll.NERDocument // annotated documents
	// Dev, if set and Log is set, is scored after each epoch.
	Dev []conll.NERDocument
	// Unlabelled holds tokenised sentences to learn word clusters from
	// (see ReadUnlabelled); with none, the model has no cluster features.
	Unlabelled [][]string
	Clusters   ClusterConfig
	// Brown sets the Brown clusters learnt from Unlabelled.
	Brown BrownConfig
	// BrownCache, if set, is a directory that keeps the Brown clusters
	// learnt from Unlabelled, by a hash of the text and of Brown, so that
	// model selection need not learn them again (they take most of the
	// training time). It changes no result.
	BrownCache string
	// Names are public name lists for gazetteer features (see ReadNames);
	// they are stored in the model.
	Names   Names
	Epochs  int     // passes over Train (default 6)
	Folds   int     // jackknife folds for gazetteers and the second pass (default 5)
	OnePass bool    // train no second pass
	Prune   float32 // drop averaged weights below this magnitude
	Seed    uint64
	// Ensemble is the number of models, trained with seeds Seed, Seed+1,
	// …, whose weights are averaged into each pass (default 1).
	Ensemble int
	// Mantissa, if positive, rounds the weights of the final passes to
	// this many significant bits (see perceptron.Model.Rounded).
	Mantissa int
	Beam     int // beam width of decoding (default 2)
	// WordDropout is the probability of hiding a training token's word
	// features (default 0).
	WordDropout float64
	Log         io.Writer // progress, if not nil
}

// Train trains a recogniser. The result depends only on the configuration:
// training twice gives byte-identical models.
func Train(ctx context.Context, cfg TrainConfig) (*Recognizer, error) {
	if len(cfg.Train) == 0 {
		return nil, errors.New("ner: no training documents")
	}
	if cfg.Epochs <= 0 {
		cfg.Epochs = 6
	}
	if cfg.Folds <= 1 {
		cfg.Folds = 5
	}
	cfg.Folds = min(cfg.Folds, len(cfg.Train))
	if cfg.Beam <= 0 {
		cfg.Beam = defaultBeam
	}
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format+"\n", args...)
		}
	}
	start := time.Now()

	clusters := newClusterTable(nil, nil)
	brown := newBrownTable(nil, nil)
	if len(cfg.Unlabelled) > 0 {
		var err error
		clusters, err = buildClusters(ctx, cfg.Unlabelled, cfg.Clusters)
		if err != nil {
			return nil, fmt.Errorf("ner: clusters: %w", err)
		}
		logf("clusters: %d words (%v)", len(clusters.words), time.Since(start).Round(time.Millisecond))
		if brown, err = cachedBrown(ctx, cfg.Unlabelled, cfg.Brown, cfg.BrownCache); err != nil {
			return nil, fmt.Errorf("ner: Brown clusters: %w", err)
		}
		logf("Brown clusters: %d words (%v)", len(brown.words), time.Since(start).Round(time.Millisecond))
	}

	builtin, err := builtinGazetteer()
	if err != nil {
		return nil, fmt.Errorf("ner: %w", err)
	}
	builtin.addNames(cfg.Names)
	fold := func(i int) int { return i % cfg.Folds }
	// Fold k's gazetteer is built without fold k's documents, so that the
	// training-data lists are as incomplete on training text as they will be
	// on new text.
	foldRec := make([]*Recognizer, cfg.Folds)
	for k := range foldRec {
		g := trainGazetteer(builtin, cfg.Train, func(i int) bool { return fold(i) != k })
		foldRec[k] = &Recognizer{clusters: clusters, brown: brown, gaz: newGazetteer(g), beam: cfg.Beam}
	}
	final := &Recognizer{beam: cfg.Beam, clusters: clusters, brown: brown, gaz: newGazetteer(trainGazetteer(builtin, cfg.Train, func(int) bool { return true }))}

	docs := loadDocs(cfg.Train, foldRec, fold)
	logf("features ready (%v)", time.Since(start).Round(time.Millisecond))

	all := func(int) bool { return true }
	var dev func(p1, p2 *perceptron.Model) string
	if cfg.Dev != nil && cfg.Log != nil {
		dev = func(p1, p2 *perceptron.Model) string {
			r := *final
			r.pass1, r.pass2 = p1, p2
			return Evaluate(&r, cfg.Dev).Micro.String()
		}
	}
	final.pass1, err = trainEnsemble(ctx, cfg, docs, all, false, func(epoch int, tr *perceptron.Trainer) {
		if dev != nil {
			logf("pass 1 epoch %d: dev %s (%v)", epoch, dev(tr.Model(cfg.Prune), nil), time.Since(start).Round(time.Second))
		}
	})
	if err != nil {
		return nil, err
	}
	logf("pass 1: %d features (%v)", final.pass1.NumFeatures(), time.Since(start).Round(time.Second))
	if cfg.OnePass {
		if cfg.Mantissa > 0 {
			final.pass1 = final.pass1.Rounded(cfg.Mantissa)
		}
		return final, nil
	}

	// Jackknifed first-pass predictions for training the second pass.
	for k := range cfg.Folds {
		m, err := trainPass(ctx, cfg, docs, func(i int) bool { return fold(i) != k }, false, nil)
		if err != nil {
			return nil, err
		}
		for i, d := range docs {
			if fold(i) == k {
				d.decode(m, false, d.pass1, cfg.Beam, nil)
			}
		}
		logf("jackknife fold %d (%v)", k, time.Since(start).Round(time.Second))
	}
	for _, d := range docs {
		d.computeAgg()
	}
	final.pass2, err = trainEnsemble(ctx, cfg, docs, all, true, func(epoch int, tr *perceptron.Trainer) {
		if dev != nil {
			logf("pass 2 epoch %d: dev %s (%v)", epoch, dev(final.pass1, tr.Model(cfg.Prune)), time.Since(start).Round(time.Second))
		}
	})
	if err != nil {
		return nil, err
	}
	logf("pass 2: %d features (%v)", final.pass2.NumFeatures(), time.Since(start).Round(time.Second))
	if cfg.Mantissa > 0 {
		final.pass1, final.pass2 = final.pass1.Rounded(cfg.Mantissa), final.pass2.Rounded(cfg.Mantissa)
	}
	return final, nil
}

// trainEnsemble trains one pass's perceptron cfg.Ensemble times, with
// successive seeds (other document orders and word dropouts), and averages
// the weights: a cheap ensemble that a linear model scores as fast as one
// model. epochDone is called only for a single model.
func trainEnsemble(ctx context.Context, cfg TrainConfig, docs []*docState, use func(int) bool, second bool, epochDone func(int, *perceptron.Trainer)) (*perceptron.Model, error) {
	if cfg.Ensemble <= 1 {
		return trainPass(ctx, cfg, docs, use, second, epochDone)
	}
	models := make([]*perceptron.Model, cfg.Ensemble)
	for e := range models {
		c := cfg
		c.Seed = cfg.Seed + uint64(e)
		c.Prune = 0 // pruned once averaged
		var err error
		if models[e], err = trainPass(ctx, c, docs, use, second, nil); err != nil {
			return nil, err
		}
	}
	m, err := perceptron.Average(models...)
	if err != nil || cfg.Prune <= 0 {
		return m, err
	}
	return m.Pruned(cfg.Prune), nil
}

// trainPass trains one pass's perceptron on the documents selected by use.
func trainPass(ctx context.Context, cfg TrainConfig, docs []*docState, use func(int) bool, second bool, epochDone func(int, *perceptron.Trainer)) (*perceptron.Model, error) {
	tr := perceptron.NewTrainer(labelNames)
	var order []int
	for i := range docs {
		if use(i) {
			order = append(order, i)
		}
	}
	learn := func(f []uint64, truth, guess int) {
		tr.Update(f, truth, guess, 1)
		tr.Tick()
	}
	out := make([]int, 0, 1024)
	for epoch := range cfg.Epochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rng := rand.New(rand.NewPCG(cfg.Seed, uint64(epoch)))
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, i := range order {
			d := docs[i]
			d.dropP, d.rng = cfg.WordDropout, rng
			out = resize(out, len(d.toks))
			if second {
				d.decode(tr, true, out, 1, learn)
			} else {
				d.decode(tr, false, out, 1, learn)
			}
		}
		if epochDone != nil {
			epochDone(epoch+1, tr)
		}
	}
	return tr.Model(cfg.Prune), nil
}

// trainGazetteer adds to the built-in lists the entity strings of the
// training documents selected by use, by type, and the first tokens of
// multi-token person names.
func trainGazetteer(builtin gazEntries, docs []conll.NERDocument, use func(int) bool) gazEntries {
	g := builtin
	sets := make([]map[string]bool, numGazLists)
	for l := range sets {
		sets[l] = make(map[string]bool)
	}
	for i, doc := range docs {
		if !use(i) {
			continue
		}
		for _, s := range doc.Sentences {
			for _, c := range chunks(s.Tags) {
				t := typeIndex(c.typ)
				if t < 0 || c.end-c.start > maxGazLen {
					continue
				}
				sets[gazTrainPER+t][strings.Join(s.Words[c.start:c.end], " ")] = true
				if c.typ == "PER" && c.end-c.start > 1 {
					if w := s.Words[c.start]; len(w) > 1 && strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'z' }) < 0 {
						sets[gazFirstName][w] = true
					}
				}
			}
		}
	}
	for l, set := range sets {
		if len(set) == 0 {
			continue
		}
		list := slices.Clone(g[l])
		for s := range set {
			list = append(list, s)
		}
		slices.Sort(list)
		g[l] = slices.Compact(list)
	}
	return g
}

// loadDocs analyses the training documents, each with the gazetteer of its
// fold, and sets their gold classes.
func loadDocs(train []conll.NERDocument, foldRec []*Recognizer, fold func(int) int) []*docState {
	docs := make([]*docState, len(train))
	for i, doc := range train {
		d := newDocState()
		words := make([][]string, len(doc.Sentences))
		for j, s := range doc.Sentences {
			words[j] = s.Words
		}
		d.load(foldRec[fold(i)], words)
		for _, s := range doc.Sentences {
			d.gold = append(d.gold, toBILOU(s.Tags, nil)...)
		}
		docs[i] = d
	}
	return docs
}
