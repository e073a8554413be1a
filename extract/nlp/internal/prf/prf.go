// Package prf holds the precision, recall and F1 of span evaluations
// (entities, tokens, sentences), shared by the NLP core's scorers.
package prf

import "fmt"

// Score counts spans and gives precision, recall and F1.
type Score struct {
	Gold, Predicted, Correct int
	Precision, Recall, F1    float64
}

// Finish computes Precision, Recall and F1 from the counts.
func (s *Score) Finish() {
	s.Precision, s.Recall, s.F1 = 0, 0, 0
	if s.Predicted > 0 {
		s.Precision = float64(s.Correct) / float64(s.Predicted)
	}
	if s.Gold > 0 {
		s.Recall = float64(s.Correct) / float64(s.Gold)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

// String formats the score as conlleval does.
func (s Score) String() string {
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f (%d gold, %d found, %d correct)",
		100*s.Precision, 100*s.Recall, 100*s.F1, s.Gold, s.Predicted, s.Correct)
}
