// Command deptrain trains and scores dependency parsers for tuning: it
// reports dev (and with -test, test) scores with gold and with predicted
// tags, can score dev after every epoch and caches the jackknifed training
// tags. Run from the repository root:
//
//	go run ./extract/nlp/dep/internal/deptrain -tags-cache /tmp/tags -dev-each
//
// The embedded model is built by "newsgraph nlp train --only dep", which
// jackknifes the tags as this command does and reproduces the model byte
// for byte.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"strings"
	"time"

	"newsgraph/extract/nlp/conll"
	"newsgraph/extract/nlp/dep"
	"newsgraph/extract/nlp/ner"
	"newsgraph/extract/nlp/pos"
)

func main() {
	data := flag.String("data", "../shared/data", "directory of the public data sets")
	out := flag.String("out", "", "write the model to this file")
	epochs := flag.Int("epochs", 15, "training epochs")
	seed := flag.Uint64("seed", 1, "random seed")
	explore := flag.Int("explore", 1, "first epoch (from 0) with exploration")
	prune := flag.Float64("prune", 0, "drop averaged weights below this (0: dep.DefaultPrune)")
	models := flag.Int("models", 0, "models trained with successive seeds and averaged (0: dep.DefaultModels)")
	limit := flag.Int("limit", 0, "train on the first n sentences only (0: all)")
	devEach := flag.Bool("dev-each", false, "evaluate on dev after every epoch")
	test := flag.Bool("test", false, "also evaluate on test")
	folds := flag.Int("jackknife", 4, "train on tags predicted by taggers trained on the other folds (0: gold tags)")
	cache := flag.String("tags-cache", "", "file caching the jackknifed training tags (created if missing)")
	flag.Parse()
	log.SetFlags(0)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	train, err := conll.ReadUFile(*data + "/ud_ewt/en_ewt-ud-train.conllu")
	if err != nil {
		log.Fatal(err)
	}
	dev, err := conll.ReadUFile(*data + "/ud_ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		log.Fatal(err)
	}
	if *limit > 0 && *limit < len(train) {
		train = train[:*limit]
	}
	if *folds > 1 {
		if err := jackknife(ctx, *data, train, *folds, *cache); err != nil {
			log.Fatal(err)
		}
	}
	cfg := dep.TrainConfig{
		Sentences:   train,
		Epochs:      *epochs,
		Seed:        *seed,
		ExploreFrom: *explore,
		Prune:       float32(*prune),
		Models:      *models,
		Log:         log.Printf,
	}
	if *devEach {
		cfg.Dev = dev
	}
	start := time.Now()
	p, err := dep.Train(ctx, cfg)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("trained in %v", time.Since(start).Round(time.Second))
	tagger, err := pos.Load()
	if err != nil {
		log.Fatal(err)
	}
	report := func(name string, sents []conll.Sentence) {
		m := dep.Evaluate(p, sents, nil)
		log.Printf("%s, gold tags: UAS %.4f LAS %.4f (full relations %.4f), %d words", name, m.UAS, m.LAS, m.FullLAS, m.Words)
		m = dep.Evaluate(p, sents, tagger.Tag)
		log.Printf("%s, predicted tags: UAS %.4f LAS %.4f (full relations %.4f), %d words", name, m.UAS, m.LAS, m.FullLAS, m.Words)
	}
	report("dev", dev)
	if *test {
		ts, err := conll.ReadUFile(*data + "/ud_ewt/en_ewt-ud-test.conllu")
		if err != nil {
			log.Fatal(err)
		}
		report("test", ts)
	}
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			log.Fatal(err)
		}
		n, err := p.WriteTo(f)
		if err == nil {
			err = f.Close()
		}
		if err != nil {
			log.Fatal(fmt.Errorf("write %s: %w", *out, err))
		}
		log.Printf("wrote %s: %d bytes", *out, n)
	}
}

// jackknife replaces the UPOS and XPOS of train by tags predicted by taggers
// trained on the other folds (contiguous blocks of sentences), so that the
// parser learns from tags as error-prone as those it will see, as
// "newsgraph nlp train" does (with the same word clusters). The tags are
// read from cache if it exists, and written to it otherwise.
func jackknife(ctx context.Context, data string, train []conll.Sentence, folds int, cache string) error {
	if cache != "" {
		if err := readTags(cache, train); err == nil {
			log.Printf("jackknifed tags read from %s", cache)
			return nil
		} else if !os.IsNotExist(err) {
			return err
		}
	}
	text, err := ner.ReadUnlabelled(data)
	if err != nil {
		return err
	}
	for _, s := range train {
		text = append(text, s.Words)
	}
	clusters, err := pos.LearnClusters(ctx, text, pos.ClusterConfig{})
	if err != nil {
		return err
	}
	n := len(train)
	upos := make([][]string, n)
	xpos := make([][]string, n)
	for k := range folds {
		lo, hi := k*n/folds, (k+1)*n/folds
		rest := append(append([]conll.Sentence(nil), train[:lo]...), train[hi:]...)
		start := time.Now()
		t, err := pos.Train(ctx, pos.TrainConfig{Sentences: rest, Clusters: clusters})
		if err != nil {
			return fmt.Errorf("jackknife fold %d: %w", k, err)
		}
		right, total := 0, 0
		for i := lo; i < hi; i++ {
			s := &train[i]
			upos[i] = make([]string, len(s.Words))
			xpos[i] = make([]string, len(s.Words))
			t.Tag(s.Words, upos[i], xpos[i])
			for j := range s.Words {
				if upos[i][j] == s.UPOS[j] {
					right++
				}
				total++
			}
		}
		log.Printf("jackknife fold %d: tagger trained in %v, UPOS %.4f on the held-out fold", k, time.Since(start).Round(time.Second), float64(right)/float64(total))
	}
	for i := range train {
		train[i].UPOS, train[i].XPOS = upos[i], xpos[i]
	}
	if cache != "" {
		return writeTags(cache, train)
	}
	return nil
}

// The tags cache has one line per sentence: the UPOS/XPOS pairs separated by
// spaces.
func writeTags(path string, sents []conll.Sentence) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, s := range sents {
		for j := range s.Words {
			if j > 0 {
				w.WriteByte(' ')
			}
			w.WriteString(s.UPOS[j] + "/" + s.XPOS[j])
		}
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

func readTags(path string, sents []conll.Sentence) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if len(lines) != len(sents) {
		return fmt.Errorf("%s: %d lines for %d sentences", path, len(lines), len(sents))
	}
	for i, l := range lines {
		f := strings.Fields(l)
		if len(f) != len(sents[i].Words) {
			return fmt.Errorf("%s:%d: %d tags for %d words", path, i+1, len(f), len(sents[i].Words))
		}
		u, x := make([]string, len(f)), make([]string, len(f))
		for j, t := range f {
			u[j], x[j], _ = strings.Cut(t, "/")
		}
		sents[i].UPOS, sents[i].XPOS = u, x
	}
	return nil
}
