package prf

import (
	"math"
	"testing"
)

func TestFinish(t *testing.T) {
	tests := []struct {
		gold, pred, correct int
		p, r, f             float64
	}{
		{0, 0, 0, 0, 0, 0},
		{10, 0, 0, 0, 0, 0},
		{0, 5, 0, 0, 0, 0},
		{10, 10, 10, 1, 1, 1},
		{10, 5, 5, 1, 0.5, 2.0 / 3},
		{4, 8, 2, 0.25, 0.5, 1.0 / 3},
	}
	for _, tt := range tests {
		s := Score{Gold: tt.gold, Predicted: tt.pred, Correct: tt.correct}
		s.Finish()
		if math.Abs(s.Precision-tt.p) > 1e-12 || math.Abs(s.Recall-tt.r) > 1e-12 || math.Abs(s.F1-tt.f) > 1e-12 {
			t.Errorf("%d gold, %d found, %d correct: got P %v R %v F1 %v, want %v %v %v", tt.gold, tt.pred, tt.correct, s.Precision, s.Recall, s.F1, tt.p, tt.r, tt.f)
		}
	}
	s := Score{Gold: 4, Predicted: 8, Correct: 2}
	s.Finish()
	if got, want := s.String(), "P 25.00 R 50.00 F1 33.33 (4 gold, 8 found, 2 correct)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}
