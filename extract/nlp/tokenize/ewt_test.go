package tokenize

import (
	"testing"

	"newsgraph/extract/nlp/conll"
)

const data = "../../../../shared/data/"

// TestEWT measures token-boundary and sentence-boundary F1 against the
// EWT dev set and a slice of the test set, and fails if either drops below
// what the tokenizer reaches today: a regression catcher.
func TestEWT(t *testing.T) {
	tests := []struct {
		split                 string
		limit                 int // sentences scored, 0 for all
		minToken, minSentence float64
	}{
		{"dev", 0, 0.990, 0.85},
		{"test", 500, 0.990, 0.85},
	}
	for _, tt := range tests {
		t.Run(tt.split, func(t *testing.T) {
			sents, err := conll.ReadUFile(data + "ud_ewt/en_ewt-ud-" + tt.split + ".conllu")
			if err != nil {
				t.Fatal(err)
			}
			if tt.limit > 0 {
				sents = sents[:tt.limit]
			}
			m := Evaluate(sents)
			t.Logf("tokens: %+v", m.Tokens)
			t.Logf("sentences: %+v", m.Sentences)
			if m.Unaligned > len(sents)/100 {
				t.Fatalf("%d of %d sentences could not be aligned to their text", m.Unaligned, len(sents))
			}
			if m.Tokens.F1 < tt.minToken {
				t.Errorf("token F1 %.4f < %.4f", m.Tokens.F1, tt.minToken)
			}
			if m.Sentences.F1 < tt.minSentence {
				t.Errorf("sentence F1 %.4f < %.4f", m.Sentences.F1, tt.minSentence)
			}
		})
	}
}
