package perceptron

import (
	"bytes"
	"testing"
)

// TestLearnsAndRoundTrips trains on a separable problem (the class is the
// parity of one of two features) and checks that the averaged model
// predicts it, and that a written model reads back identical.
func TestLearnsAndRoundTrips(t *testing.T) {
	labels := []string{"even", "odd"}
	tr := NewTrainer(labels)
	feat := func(i int) []uint64 {
		return []uint64{New(1).Int(i % 2).Sum(), New(2).Int(i % 7).Sum(), New(3).Sum()}
	}
	scores := make([]float32, 2)
	for epoch := 0; epoch < 5; epoch++ {
		for i := 0; i < 100; i++ {
			f := feat(i)
			tr.Scores(f, scores)
			tr.Update(f, i%2, Argmax(scores), 1)
			tr.Tick()
		}
	}
	m := tr.Model(0)
	for i := 0; i < 20; i++ {
		if got := m.Predict(feat(i), scores); got != i%2 {
			t.Fatalf("Predict(%d) = %s, want %s", i, labels[got], labels[i%2])
		}
	}
	a, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2 := new(Model)
	if err := m2.UnmarshalBinary(a); err != nil {
		t.Fatal(err)
	}
	b, err := m2.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Fatal("model does not round-trip byte for byte")
	}
	if m2.NumFeatures() != m.NumFeatures() {
		t.Fatalf("features %d != %d", m2.NumFeatures(), m.NumFeatures())
	}
	for i := 0; i < 20; i++ {
		if got := m2.Predict(feat(i), scores); got != i%2 {
			t.Fatalf("read model: Predict(%d) = %d", i, got)
		}
	}
}
