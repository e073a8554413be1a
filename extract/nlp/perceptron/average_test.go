package perceptron

import (
	"math"
	"testing"
)

func TestAverage(t *testing.T) {
	labels := []string{"a", "b"}
	t1, t2 := NewTrainer(labels), NewTrainer(labels)
	t1.Update([]uint64{1, 2}, 0, 1, 1)
	t1.Tick()
	t2.Update([]uint64{2, 3}, 1, 0, 1)
	t2.Tick()
	m, err := Average(t1.Model(0), t2.Model(0))
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float32, 2)
	for _, c := range []struct {
		f    uint64
		want [2]float32
	}{{1, [2]float32{0.5, -0.5}}, {2, [2]float32{0, 0}}, {3, [2]float32{-0.5, 0.5}}} {
		m.Scores([]uint64{c.f}, scores)
		if scores[0] != c.want[0] || scores[1] != c.want[1] {
			t.Errorf("feature %d: scores %v, want %v", c.f, scores, c.want)
		}
	}
	if m.NumFeatures() != 2 {
		t.Errorf("%d features, want 2 (feature 2's weights cancel)", m.NumFeatures())
	}
	if _, err := Average(t1.Model(0), NewTrainer([]string{"x"}).Model(0)); err == nil {
		t.Error("averaging models of different labels: no error")
	}
}

func TestRounded(t *testing.T) {
	labels := []string{"a", "b"}
	tr := NewTrainer(labels)
	for range 3 {
		tr.Update([]uint64{7}, 0, 1, 1)
	}
	tr.Tick()
	empty := NewTrainer(labels).Model(0)
	// Weights ±3/7 = ±1.1011011…b × 2^-2.
	m, err := Average(tr.Model(0), empty, empty, empty, empty, empty, empty)
	if err != nil {
		t.Fatal(err)
	}
	scores := make([]float32, 2)
	m.Rounded(2).Scores([]uint64{7}, scores)
	if scores[0] != 0.4375 || scores[1] != -0.4375 { // 1.11b × 2^-2
		t.Errorf("rounded to 2 bits: %v, want [0.4375 -0.4375]", scores)
	}
	m.Rounded(20).Scores([]uint64{7}, scores)
	if d := math.Abs(float64(scores[0]) - 3.0/7); d > 1e-6 {
		t.Errorf("rounded to 20 bits: %v, want ±3/7", scores)
	}
}
