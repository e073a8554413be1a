package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"newsgraph/extract"
	"newsgraph/extract/nlp"
	"newsgraph/extract/nlp/conll"
	"newsgraph/extract/nlp/dep"
	"newsgraph/extract/nlp/ner"
	"newsgraph/extract/nlp/pos"
	"newsgraph/extract/nlp/tokenize"
)

// newNLPCmd is the nlp command: run, train and score the NLP core.
func newNLPCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "nlp",
		Short: "Train, score and run the language models behind the extractor",
	}
	cmd.AddCommand(newNLPParseCmd(), newNLPTrainCmd(), newNLPEvalCmd())
	return cmd
}

func newNLPParseCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "parse [FILE...]",
		Short: "Analyse text and print it as CoNLL-U",
		Long: `parse tokenizes, tags, lemmatizes, parses and finds the named entities of
each FILE (standard input when none is given), and prints the analysis as
CoNLL-U, with each token's entity tag (IOB2) as NER=… in the MISC column.
Each file is one document; text is read and analysed in parts of about
1 MiB, cut at paragraph breaks, so that memory stays bounded on long input
(each part is a document for the recogniser's document-level features).
Text that is not valid UTF-8 is read as Windows-1252 (Latin-1), with a
warning; a byte-order mark is dropped and line ends become "\n"; a binary
file is an error.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := withGCPaused(nlp.Default)
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<16)
			cw := conllWriter{w: w}
			parse := func(name string, r io.Reader) error {
				return parseText(cmd.Context(), p, &cw, name, r, parseChunk)
			}
			if len(args) == 0 {
				if err := parse("stdin", cmd.InOrStdin()); err != nil {
					return err
				}
			}
			for _, name := range args {
				f, err := os.Open(name)
				if err != nil {
					return err
				}
				err = parse(name, f)
				f.Close()
				if err != nil {
					return err
				}
			}
			if err := w.Flush(); err != nil {
				return fmt.Errorf("write: %w", err)
			}
			return nil
		},
	}
}

// parseChunk is the size of the parts "nlp parse" reads and analyses at a
// time.
const parseChunk = 1 << 20

// parseText analyses the text of r, named name, and writes it to cw as one
// CoNLL-U document. It reads and analyses the text in parts of at least
// chunk bytes, cut at the first paragraph break (a blank line) after
// chunk bytes, or at the first line break after 4×chunk bytes when no
// paragraph ends: parts never split a line, so never a sentence of the
// tokenizer's either, which ends sentences at paragraph breaks.
func parseText(ctx context.Context, p *nlp.Pipeline, cw *conllWriter, name string, r io.Reader, chunk int) error {
	br := bufio.NewReaderSize(r, 1<<16)
	var buf []byte
	part, warned := 0, false
	flush := func() error {
		if len(buf) == 0 && part > 0 {
			return nil
		}
		text, warnings, err := extract.DecodeText(buf)
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if len(warnings) > 0 && !warned {
			warned = true
			for _, msg := range warnings {
				slog.Warn(msg, "file", name)
			}
		}
		doc, err := p.Parse(ctx, text)
		if err != nil {
			return fmt.Errorf("parse %s: %w", name, err)
		}
		cw.write(name, doc, part == 0)
		part++
		buf = buf[:0]
		return nil
	}
	for {
		line, err := br.ReadSlice('\n')
		for errors.Is(err, bufio.ErrBufferFull) {
			buf = append(buf, line...)
			line, err = br.ReadSlice('\n')
		}
		buf = append(buf, line...)
		if err == io.EOF {
			return flush()
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		blank := len(bytes.TrimSpace(line)) == 0
		if len(buf) >= chunk && blank || len(buf) >= 4*chunk {
			if err := flush(); err != nil {
				return err
			}
		}
	}
}

// conllWriter prints documents as CoNLL-U; sentence ids count on across
// documents.
type conllWriter struct {
	w    *bufio.Writer
	sent int
	buf  []byte
}

// write writes the sentences of doc, after a "# newdoc id = name" line if
// newdoc is set (a document read in several parts is written in as many
// calls).
func (c *conllWriter) write(name string, doc *nlp.Document, newdoc bool) {
	w := c.w
	if newdoc {
		w.WriteString("# newdoc id = ")
		w.WriteString(name)
		w.WriteByte('\n')
	}
	para := -1
	for _, s := range doc.Sentences {
		c.sent++
		if s.Paragraph != para {
			para = s.Paragraph
			w.WriteString("# newpar\n")
		}
		w.WriteString("# sent_id = ")
		w.Write(strconv.AppendInt(c.buf[:0], int64(c.sent), 10))
		w.WriteString("\n# text = ")
		writeOneLine(w, doc.Text[s.Start:s.End])
		w.WriteByte('\n')
		for i, t := range s.Tokens {
			b := strconv.AppendInt(c.buf[:0], int64(i+1), 10)
			b = append(b, '\t')
			b = appendField(b, t.Text)
			b = append(b, '\t')
			b = appendField(b, t.Lemma)
			b = append(b, '\t')
			b = append(b, t.UPOS...)
			b = append(b, '\t')
			b = append(b, t.XPOS...)
			b = append(b, "\t_\t"...)
			b = strconv.AppendInt(b, int64(t.Head), 10)
			b = append(b, '\t')
			b = append(b, t.Rel...)
			b = append(b, "\t_\tNER="...)
			b = append(b, t.NER...)
			if !t.SpaceAfter {
				b = append(b, "|SpaceAfter=No"...)
			}
			b = append(b, '\n')
			w.Write(b)
			c.buf = b
		}
		w.WriteByte('\n')
	}
}

// writeOneLine writes s with line breaks and tabs as spaces.
func writeOneLine(w *bufio.Writer, s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n', '\r', '\t':
			w.WriteByte(' ')
		default:
			w.WriteByte(c)
		}
	}
}

// appendField appends a FORM or LEMMA value, with characters CoNLL-U cannot
// hold in a field (tabs, line breaks) as spaces.
func appendField(b []byte, s string) []byte {
	if s == "" {
		return append(b, '_')
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\n', '\r', '\t':
			b = append(b, ' ')
		default:
			b = append(b, c)
		}
	}
	return b
}

// nlpComponents returns the trainable components, in training order, and
// where each one's model file is embedded from (relative to the repository
// root).
func nlpComponents() (names []string, paths map[string]string) {
	return []string{"pos", "ner", "dep"}, map[string]string{
		"pos": "extract/nlp/pos/pos.model",
		"ner": "extract/nlp/ner/model.bin",
		"dep": "extract/nlp/dep/dep.model",
	}
}

func newNLPTrainCmd() *cobra.Command {
	var data, out, only string
	cmd := &cobra.Command{
		Use:   "train",
		Short: "Retrain the embedded NLP models from the public data sets",
		Long: `train retrains the models of the tagger (UD EWT train, with word clusters
from the Reuters-21578 and BBC news and the treebank's text), the entity recogniser
(CoNLL-2003 train and development sets, public name lists, and Brown and
distributional word clusters from the Reuters-21578, BBC, PolNeAR and
treebank text and the CoNLL-2003 training text) and the dependency parser (UD EWT train, with
part-of-speech tags jackknifed over four folds) and writes each model file
into its package folder (run from the repository root), or into --out.
Training is deterministic: it reproduces the embedded models byte for byte.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			names, paths := nlpComponents()
			which := names
			if only != "" {
				which = strings.Split(only, ",")
				for _, c := range which {
					if !slices.Contains(names, c) {
						return fmt.Errorf("unknown component %q (want %s)", c, strings.Join(names, ", "))
					}
				}
			}
			start := time.Now()
			for _, c := range names {
				if !slices.Contains(which, c) {
					continue
				}
				path := paths[c]
				if out != "" {
					path = filepath.Join(out, filepath.Base(path))
				}
				t := time.Now()
				if err := trainComponent(cmd.Context(), c, data, path); err != nil {
					return err
				}
				slog.Info("trained", "component", c, "time", time.Since(t).Round(time.Second))
			}
			slog.Info("training done", "time", time.Since(start).Round(time.Second))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&data, "data", "../shared/data", "directory of the public data sets")
	f.StringVar(&out, "out", "", "write the models into this directory instead of their package folders")
	f.StringVar(&only, "only", "", "train only these components (comma-separated: pos, ner, dep)")
	return cmd
}

// writerTo is a trained model.
type writerTo interface {
	WriteTo(io.Writer) (int64, error)
}

// trainComponent trains component c from the data directory and writes its
// model to path.
func trainComponent(ctx context.Context, c, data, path string) error {
	logf := func(format string, args ...any) { slog.Debug(fmt.Sprintf(format, args...)) }
	var m writerTo
	var err error
	switch c {
	case "pos":
		var train []conll.Sentence
		if train, err = conll.ReadUFile(filepath.Join(data, "ud_ewt", "en_ewt-ud-train.conllu")); err != nil {
			return err
		}
		var clusters *pos.Clusters
		if clusters, err = posClusters(ctx, data, train); err != nil {
			return err
		}
		m, err = pos.Train(ctx, pos.TrainConfig{Sentences: train, Clusters: clusters, Prune: pos.EmbeddedPrune, Log: logf})
	case "ner":
		var cfg ner.TrainConfig
		if cfg, err = ner.EmbeddedConfig(data); err != nil {
			return err
		}
		cfg.Log = slogWriter{}
		m, err = ner.Train(ctx, cfg)
	case "dep":
		var train []conll.Sentence
		if train, err = conll.ReadUFile(filepath.Join(data, "ud_ewt", "en_ewt-ud-train.conllu")); err != nil {
			return err
		}
		var clusters *pos.Clusters
		if clusters, err = posClusters(ctx, data, train); err != nil {
			return err
		}
		if err = jackknifeTags(ctx, train, 4, clusters, logf); err != nil {
			return err
		}
		// The recipe of extract/nlp/dep/internal/deptrain with its defaults;
		// the jackknifed taggers use the word clusters of the embedded one.
		m, err = dep.Train(ctx, dep.TrainConfig{Sentences: train, Epochs: 15, Seed: 1, ExploreFrom: 1, Prune: 0.5, Log: logf})
	}
	if err != nil {
		return fmt.Errorf("train %s: %w", c, err)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	n, err := m.WriteTo(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	slog.Info("wrote model", "component", c, "path", path, "bytes", n)
	return nil
}

// posClusters learns the tagger's word clusters from the unlabelled news
// of the data directory (as package ner reads it) and the words of the
// treebank's training sentences.
func posClusters(ctx context.Context, data string, train []conll.Sentence) (*pos.Clusters, error) {
	text, err := ner.ReadUnlabelled(data)
	if err != nil {
		return nil, err
	}
	for _, s := range train {
		text = append(text, s.Words)
	}
	return pos.LearnClusters(ctx, text, pos.ClusterConfig{})
}

// jackknifeTags replaces the UPOS and XPOS tags of train by those of
// taggers trained on the other folds (contiguous blocks of sentences), so
// that the parser learns from tags as error-prone as those it will see.
func jackknifeTags(ctx context.Context, train []conll.Sentence, folds int, clusters *pos.Clusters, logf func(string, ...any)) error {
	n := len(train)
	upos := make([][]string, n)
	xpos := make([][]string, n)
	for k := range folds {
		lo, hi := k*n/folds, (k+1)*n/folds
		rest := append(slices.Clone(train[:lo]), train[hi:]...)
		t, err := pos.Train(ctx, pos.TrainConfig{Sentences: rest, Clusters: clusters})
		if err != nil {
			return fmt.Errorf("jackknife fold %d: %w", k, err)
		}
		for i := lo; i < hi; i++ {
			s := &train[i]
			upos[i] = make([]string, len(s.Words))
			xpos[i] = make([]string, len(s.Words))
			t.Tag(s.Words, upos[i], xpos[i])
		}
		logf("jackknife fold %d of %d tagged", k+1, folds)
	}
	for i := range train {
		train[i].UPOS, train[i].XPOS = upos[i], xpos[i]
	}
	return nil
}

// slogWriter logs written lines at debug level.
type slogWriter struct{}

func (slogWriter) Write(p []byte) (int, error) {
	slog.Debug(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func newNLPEvalCmd() *cobra.Command {
	var data string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score the embedded NLP models on the public test sets",
		Long: `eval scores the embedded models on the test splits: tokenization and
sentence splitting of UD EWT test's raw text (span F1 of tokens and
sentences); tagging (UPOS, XPOS),
lemmatization and dependency parsing (UAS, LAS) on UD EWT test with gold
tokenization and predicted tags, punctuation included, as the CoNLL 2018
shared task scores them; named entities on CoNLL-2003 testb (exact span and
type, micro-averaged, as conlleval counts). It also times the whole pipeline
on the first 100 BBC politics articles.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := evalNLP(cmd.Context(), data)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				b, err := json.Marshal(res)
				if err != nil {
					return err
				}
				_, err = fmt.Fprintf(w, "%s\n", b)
				return err
			}
			for _, k := range slices.Sorted(maps.Keys(res)) {
				fmt.Fprintf(w, "%-18s %v\n", k, res[k])
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&data, "data", "../shared/data", "directory of the public data sets")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	return cmd
}

// withGCPaused runs load, which decodes the NLP core's models, with the
// garbage collector paused, and then restores its setting. Decoding
// allocates a few hundred megabytes that mostly stay live, so collections
// during it find little to free and cost more than the decoding: they
// doubled the start-up of "newsgraph nlp parse" on empty input (0.28 s
// with the collector paused, 0.61 s without, most of the difference
// system time spent on pages the collector returned and the decoder
// touched again). Commands that load the models call it; the program's
// memory settings are otherwise Go's defaults.
func withGCPaused[T any](load func() (T, error)) (T, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	return load()
}

// evalNLP scores the embedded models; see newNLPEvalCmd.
func evalNLP(ctx context.Context, data string) (map[string]any, error) {
	p, err := withGCPaused(nlp.Load)
	if err != nil {
		return nil, err
	}
	res := make(map[string]any)
	round := func(v float64) float64 { return float64(int64(v*1e4+0.5)) / 1e4 }

	test, err := conll.ReadUFile(filepath.Join(data, "ud_ewt", "en_ewt-ud-test.conllu"))
	if err != nil {
		return nil, err
	}
	tm := tokenize.Evaluate(test)
	res["tokens_f1"], res["sentences_f1"] = round(tm.Tokens.F1), round(tm.Sentences.F1)
	pm := pos.Evaluate(p.Tagger(), test)
	res["upos"], res["xpos"], res["upos_xpos"], res["lemma"] = round(pm.UPOS), round(pm.XPOS), round(pm.AllTags), round(pm.Lemma)
	dm := dep.Evaluate(p.Parser(), test, p.Tagger().Tag)
	res["uas"], res["las"] = round(dm.UAS), round(dm.LAS)
	res["ewt_words"] = pm.Words
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	testb, err := conll.Read2003File(filepath.Join(data, "conll2003", "eng.testb"))
	if err != nil {
		return nil, err
	}
	nm := ner.Evaluate(p.Recognizer(), testb)
	res["ner_f1"], res["ner_precision"], res["ner_recall"] = round(nm.Micro.F1), round(nm.Micro.Precision), round(nm.Micro.Recall)
	for t, s := range nm.ByType {
		res["ner_f1_"+strings.ToLower(t)] = round(s.F1)
	}

	texts, err := benchTexts(data, 100)
	if err != nil {
		return nil, err
	}
	words, bytes := 0, 0
	start := time.Now()
	for _, text := range texts {
		doc, err := p.Parse(ctx, text)
		if err != nil {
			return nil, err
		}
		for _, s := range doc.Sentences {
			words += len(s.Tokens)
		}
		bytes += len(text)
	}
	secs := time.Since(start).Seconds()
	res["words_per_second"] = int(float64(words) / secs)
	res["mb_per_second"] = round(float64(bytes) / 1e6 / secs)
	return res, nil
}

// benchTexts reads the first n BBC politics articles by name.
func benchTexts(data string, n int) ([]string, error) {
	dir := filepath.Join(data, "bbc", "politics")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) < n {
		return nil, errors.New("fewer than " + strconv.Itoa(n) + " articles in " + dir)
	}
	slices.Sort(names)
	var texts []string
	for _, name := range names[:n] {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	return texts, nil
}
