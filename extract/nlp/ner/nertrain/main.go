// Command nertrain trains the named-entity recogniser of package ner on
// CoNLL-2003, the unlabelled news and the public name lists of the shared
// data directory, and writes the model that package ner embeds:
//
//	go run ./extract/nlp/ner/nertrain -data ../shared/data -final -o extract/nlp/ner/model.bin
//
// -final adds eng.testa to the training documents once settings are chosen
// on it; without it, the dev scores are held out.
//
// Training is deterministic: the same data and flags give the same bytes.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"newsgraph/extract/nlp/conll"
	"newsgraph/extract/nlp/ner"
)

// Flags of the training set-up that run reads besides its parameters.
var (
	browncache string
	ensemble   int
	mantissa   int
)

func main() {
	data := flag.String("data", "../shared/data", "shared data directory")
	out := flag.String("o", "extract/nlp/ner/model.bin", "model file to write")
	epochs := flag.Int("epochs", 0, "training epochs (0: default)")
	folds := flag.Int("folds", 0, "jackknife folds (0: default)")
	onePass := flag.Bool("onepass", false, "train no second pass")
	noClusters := flag.Bool("noclusters", false, "learn no word clusters")
	prune := flag.Float64("prune", 0, "drop averaged weights below this magnitude")
	verbose := flag.Bool("v", false, "score the dev set after each epoch")
	test := flag.Bool("test", false, "also report the test set (testb)")
	errs := flag.Bool("errors", false, "print the dev set's wrong sentences")
	moreText := flag.Bool("moretext", true, "also learn clusters from PolNeAR and UD EWT text (ner.ReadMoreUnlabelled)")
	noNames := flag.Bool("nonames", false, "use no public name lists (ner.ReadNames)")
	holdout := flag.Bool("holdout", false, "train on the first four fifths of eng.train and use the rest as the dev set")
	final := flag.Bool("final", false, "train on eng.train and eng.testa (dev scores are then not held out)")
	var cc ner.ClusterConfig
	var bc ner.BrownConfig
	flag.IntVar(&bc.Clusters, "brown", 0, "Brown clusters (0: default, -1: none)")
	flag.IntVar(&bc.MinCount, "brownmin", 0, "least frequency of a Brown-clustered word (0: default)")
	flag.StringVar(&browncache, "browncache", "", "directory keeping learnt Brown clusters between runs (model selection)")
	flag.IntVar(&ensemble, "ensemble", ner.EmbeddedEnsemble, "models averaged into each pass")
	flag.IntVar(&mantissa, "mantissa", ner.EmbeddedMantissa, "round weights to this many significant bits (0: none)")
	seed := flag.Uint64("seed", 0, "random seed of document shuffling and word dropout")
	dropout := flag.Float64("dropout", ner.EmbeddedWordDropout, "word dropout probability")
	flag.IntVar(&cc.MinCount, "mincount", 0, "least frequency of a clustered word (0: default)")
	flag.IntVar(&cc.Contexts, "contexts", 0, "context words of the clustering (0: default)")
	flag.IntVar(&cc.Iterations, "kmeans", 0, "k-means iterations (0: default)")
	flag.IntVar(&cc.Dims, "dims", 0, "SVD dimensions of the clustering (0: default, -1: none)")
	branch := flag.String("branch", "", "children per level of the cluster hierarchy, comma-separated (empty: default)")
	flag.Parse()
	if *branch != "" {
		for i, f := range strings.Split(*branch, ",") {
			if i < len(cc.Branching) {
				fmt.Sscan(f, &cc.Branching[i])
			}
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, *data, *out, *epochs, *folds, *onePass, *noClusters, float32(*prune), *verbose, *test, *errs, *holdout, *final, *noNames, *moreText, cc, bc, *dropout, *seed); err != nil {
		log.Fatal(err)
	}
}

func run(ctx context.Context, data, out string, epochs, folds int, onePass, noClusters bool, prune float32, verbose, test, errs, holdout, final, noNames, moreText bool, cc ner.ClusterConfig, bc ner.BrownConfig, dropout float64, seed uint64) error {
	dir := filepath.Join(data, "conll2003")
	train, err := conll.Read2003File(filepath.Join(dir, "eng.train"))
	if err != nil {
		return err
	}
	dev, err := conll.Read2003File(filepath.Join(dir, "eng.testa"))
	if err != nil {
		return err
	}
	if holdout {
		// The last fifth of eng.train, the latest stories, as the dev set:
		// a check of how well settings carry over to later news.
		k := len(train) * 4 / 5
		train, dev = train[:k], train[k:]
	}
	if final {
		train = append(slices.Clip(train), dev...)
	}
	cfg := ner.TrainConfig{Train: train, Epochs: epochs, Folds: folds, OnePass: onePass, Prune: prune, Log: os.Stderr, Clusters: cc, Brown: bc, WordDropout: dropout, Seed: seed, BrownCache: browncache, Ensemble: ensemble, Mantissa: mantissa}
	if verbose {
		cfg.Dev = dev
	}
	if !noNames {
		if cfg.Names, err = ner.ReadNames(data); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "names: %d PER, %d ORG, %d LOC\n", len(cfg.Names.PER), len(cfg.Names.ORG), len(cfg.Names.LOC))
	}
	if !noClusters {
		text, err := ner.ReadUnlabelled(data)
		if err != nil {
			return err
		}
		if moreText {
			more, err := ner.ReadMoreUnlabelled(data)
			if err != nil {
				return err
			}
			text = append(text, more...)
		}
		// The CoNLL-2003 training text is unlabelled news too.
		for _, d := range train {
			for _, s := range d.Sentences {
				text = append(text, s.Words)
			}
		}
		cfg.Unlabelled = text
	}
	start := time.Now()
	r, err := ner.Train(ctx, cfg)
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "trained in %v\n", time.Since(start).Round(time.Second))
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	n, err := r.WriteTo(f)
	if err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", out, err)
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("model: %s, %d bytes\n", out, n)
	for _, k := range []int{1, 2, 8} {
		fmt.Printf("dev (testa), beam %d: %v\n", k, ner.Evaluate(r.WithBeam(k), dev).Micro)
	}
	fmt.Printf("dev (testa):\n%v", ner.Evaluate(r, dev))
	if errs {
		printErrors(r, dev)
	}
	if test {
		testb, err := conll.Read2003File(filepath.Join(dir, "eng.testb"))
		if err != nil {
			return err
		}
		fmt.Printf("test (testb):\n%v", ner.Evaluate(r, testb))
	}
	return nil
}

// printErrors prints the dev sentences the recogniser gets wrong, gold and
// predicted tags side by side.
func printErrors(r *ner.Recognizer, docs []conll.NERDocument) {
	for _, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			words[i] = s.Words
		}
		pred := r.Recognize(words, nil)
		for i, s := range d.Sentences {
			if slices.Equal(pred[i], s.Tags) {
				continue
			}
			var b strings.Builder
			for j, w := range s.Words {
				b.WriteString(w)
				if s.Tags[j] != "O" || pred[i][j] != "O" {
					fmt.Fprintf(&b, "[%s|%s]", s.Tags[j], pred[i][j])
				}
				b.WriteByte(' ')
			}
			fmt.Println("ERR", b.String())
		}
	}
}
