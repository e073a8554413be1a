package ner

import (
	"fmt"
	"path/filepath"
	"slices"

	"newsgraph/extract/nlp/conll"
)

// Training settings of the embedded model: word dropout, the number of
// models averaged into each pass, and the significant bits its weights are
// rounded to.
const (
	EmbeddedWordDropout = 0.25
	EmbeddedEnsemble    = 3
	EmbeddedMantissa    = 8
)

// EmbeddedConfig returns the configuration that trains the embedded model
// from the shared data directory: CoNLL-2003 eng.train and eng.testa (the
// development set, after model selection on it), the public name lists of
// ReadNames (besides those of gazetteer.txt and worldnames.txt), and word
// clusters learnt from all the unlabelled news and treebank text
// (ReadUnlabelled, ReadMoreUnlabelled) plus the training text; each pass
// is the average of EmbeddedEnsemble models, rounded to EmbeddedMantissa
// significant bits. Training with it reproduces model.bin byte for byte.
func EmbeddedConfig(dataDir string) (TrainConfig, error) {
	dir := filepath.Join(dataDir, "conll2003")
	train, err := conll.Read2003File(filepath.Join(dir, "eng.train"))
	if err != nil {
		return TrainConfig{}, fmt.Errorf("ner training data: %w", err)
	}
	dev, err := conll.Read2003File(filepath.Join(dir, "eng.testa"))
	if err != nil {
		return TrainConfig{}, fmt.Errorf("ner training data: %w", err)
	}
	cfg := TrainConfig{
		Train:       append(slices.Clip(train), dev...),
		WordDropout: EmbeddedWordDropout,
		Ensemble:    EmbeddedEnsemble,
		Mantissa:    EmbeddedMantissa,
	}
	if cfg.Names, err = ReadNames(dataDir); err != nil {
		return TrainConfig{}, err
	}
	text, err := ReadUnlabelled(dataDir)
	if err != nil {
		return TrainConfig{}, err
	}
	more, err := ReadMoreUnlabelled(dataDir)
	if err != nil {
		return TrainConfig{}, err
	}
	text = append(text, more...)
	// The CoNLL-2003 training text is unlabelled news too.
	for _, d := range cfg.Train {
		for _, s := range d.Sentences {
			text = append(text, s.Words)
		}
	}
	cfg.Unlabelled = text
	return cfg, nil
}
