package dep

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"newsgraph/extract/nlp/conll"
	"newsgraph/extract/nlp/pos"
)

const data = "../../../../shared/data/"

func readEWT(t testing.TB, split string) []conll.Sentence {
	t.Helper()
	s, err := conll.ReadUFile(data + "ud_ewt/en_ewt-ud-" + split + ".conllu")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestEmbeddedModelOnTest scores the embedded parser on the first 500
// sentences of EWT test, with gold tags and with tags from the embedded
// tagger. The floors sit just below what the model reaches on this slice,
// to catch regressions.
func TestEmbeddedModelOnTest(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tg, err := pos.Load()
	if err != nil {
		t.Fatal(err)
	}
	test := readEWT(t, "test")[:500]
	gold := Evaluate(p, test, nil)
	pred := Evaluate(p, test, tg.Tag)
	t.Logf("gold tags %+v; predicted tags %+v", gold, pred)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"UAS, gold tags", gold.UAS, 0.875},
		{"LAS, gold tags", gold.LAS, 0.85},
		{"UAS, predicted tags", pred.UAS, 0.855},
		{"LAS, predicted tags", pred.LAS, 0.825},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s %.4f, want ≥ %.2f", f.name, f.got, f.want)
		}
	}
}

// TestParseIsTree checks that every parse of the dev set is a tree with one
// word on the root, labelled root, and that every relation is one the
// parser knows, also for degenerate inputs.
func TestParseIsTree(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	sents := readEWT(t, "dev")
	sents = append(sents,
		conll.Sentence{Words: []string{"Hello"}, UPOS: []string{"INTJ"}, XPOS: []string{"UH"}},
		conll.Sentence{Words: []string{".", ".", ".", "."}, UPOS: []string{"PUNCT", "PUNCT", "PUNCT", "PUNCT"}, XPOS: []string{".", ".", ".", "."}},
		conll.Sentence{Words: []string{"the", "the", "the"}, UPOS: []string{"X", "X", "X"}, XPOS: []string{"??", "??", "??"}},
	)
	for _, s := range sents {
		heads := make([]int, len(s.Words))
		rels := make([]string, len(s.Words))
		p.Parse(s.Words, s.UPOS, s.XPOS, heads, rels)
		if !isTree(heads) {
			t.Fatalf("%s: not a tree: %v", s.ID, heads)
		}
		for i, h := range heads {
			if (h == 0) != (rels[i] == "root") {
				t.Fatalf("%s: word %d has head %d and relation %q", s.ID, i+1, h, rels[i])
			}
			if !slices.Contains(p.Labels(), rels[i]) {
				t.Fatalf("%s: unknown relation %q", s.ID, rels[i])
			}
		}
	}
}

// TestParse checks the analysis of a plain news sentence that a parser of
// this quality gets right.
func TestParse(t *testing.T) {
	p, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "minister", "said", "that", "taxes", "would", "rise", "."}
	upos := []string{"DET", "NOUN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "PUNCT"}
	xpos := []string{"DT", "NN", "VBD", "IN", "NNS", "MD", "VB", "."}
	wantHeads := []int{2, 3, 0, 7, 7, 7, 3, 3}
	wantRels := []string{"det", "nsubj", "root", "mark", "nsubj", "aux", "ccomp", "punct"}
	heads := make([]int, len(words))
	rels := make([]string, len(words))
	p.Parse(words, upos, xpos, heads, rels)
	if !slices.Equal(heads, wantHeads) || !slices.Equal(rels, wantRels) {
		t.Errorf("Parse = %v %v, want %v %v", heads, rels, wantHeads, wantRels)
	}
}

// TestOracle follows the dynamic oracle's zero-cost transitions from the
// start on EWT train trees and checks that it rebuilds each projectivized
// gold tree exactly, labels included, and that some zero-cost transition
// always exists.
func TestOracle(t *testing.T) {
	sents := readEWT(t, "train")[:2000]
	labels := []string{}
	for _, s := range sents {
		for _, r := range s.Rels {
			if !slices.Contains(labels, r) {
				labels = append(labels, r)
			}
		}
	}
	p, err := newParser(labels, &weights{})
	if err != nil {
		t.Fatal(err)
	}
	var st state
	costs := make([]int, 1+2*len(labels))
	lifted := 0
	for _, s := range sents {
		ph, n := projectivize(s.Heads)
		if n > 0 {
			lifted++
		}
		g := gold{head: make([]int32, len(ph)+2), lab: make([]int32, len(ph)+2)}
		for i, h := range ph {
			if h == 0 {
				h = len(ph) + 1
			}
			g.head[i+1] = int32(h)
			g.lab[i+1] = int32(slices.Index(labels, s.Rels[i]))
		}
		g.children()
		st.reset(s.Words, s.UPOS, s.XPOS)
		for !st.terminal() {
			g.costs(&st, p, costs)
			c := slices.Index(costs, 0)
			if c < 0 {
				t.Fatalf("%s: no zero-cost transition: %v", s.ID, costs)
			}
			op, l := p.transition(c)
			st.apply(op, l)
		}
		for i := range s.Words {
			h := int(st.head[i+1])
			if h == len(s.Words)+1 {
				h = 0
			}
			if h != ph[i] || labels[st.lab[i+1]-1] != s.Rels[i] {
				t.Fatalf("%s: word %d: got %d %s, want %d %s", s.ID, i+1, h, labels[st.lab[i+1]-1], ph[i], s.Rels[i])
			}
		}
	}
	if lifted == 0 {
		t.Error("no non-projective tree among the sentences: the test does not cover lifting")
	}
}

// TestProjectivize checks lifting on small trees.
func TestProjectivize(t *testing.T) {
	tests := []struct {
		name  string
		heads []int
		want  []int
		lifts int
	}{
		{"projective", []int{2, 0, 2}, []int{2, 0, 2}, 0},
		// The arc 4→1 spans 2 and 3, which 4 does not dominate: it is
		// lifted to 4's head, 2.
		{"crossing", []int{4, 0, 2, 2}, []int{2, 0, 2, 2}, 1},
		// 3→1 (spanning 2) is the shortest non-projective arc and is
		// lifted first, to 2; then 1→4 (spanning 2 and 3) is lifted to
		// 1's new head, 2.
		{"two lifts", []int{3, 0, 2, 1, 2}, []int{2, 0, 2, 2, 2}, 2},
	}
	for _, tt := range tests {
		got, lifts := projectivize(tt.heads)
		if !slices.Equal(got, tt.want) || lifts != tt.lifts {
			t.Errorf("%s: projectivize(%v) = %v, %d lifts; want %v, %d", tt.name, tt.heads, got, lifts, tt.want, tt.lifts)
		}
	}
}

// TestTrainLearns trains briefly on a slice of EWT train and checks that the
// parser beats attaching every word to the previous one by a wide margin,
// that training is reproducible byte for byte and that the model reads back
// to the same parser.
func TestTrainLearns(t *testing.T) {
	train := readEWT(t, "train")[:1000]
	dev := readEWT(t, "dev")[:300]
	cfg := TrainConfig{Sentences: train, Epochs: 2, Models: 1}
	p, err := Train(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	base, words := 0, 0
	for _, s := range dev {
		for i, h := range s.Heads {
			if h == i { // the head of word i+1 is word i
				base++
			}
			words++
		}
	}
	baseline := float64(base) / float64(words)
	m := Evaluate(p, dev, nil)
	t.Logf("attach-to-previous UAS %.4f; trained %+v", baseline, m)
	if m.UAS < baseline+0.3 || m.LAS < 0.6 {
		t.Errorf("after training on 1000 sentences: UAS %.4f LAS %.4f, want UAS ≥ %.4f (baseline + 0.3) and LAS ≥ 0.6", m.UAS, m.LAS, baseline+0.3)
	}

	var a, b bytes.Buffer
	if _, err := p.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	p2, err := Train(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same data and seed gave different models")
	}
	p3, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m3 := Evaluate(p3, dev, nil); m3 != m {
		t.Errorf("model read back scores %+v, want %+v", m3, m)
	}
}

func BenchmarkParse(b *testing.B) {
	p, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sents := readEWT(b, "dev")
	words := 0
	for _, s := range sents {
		words += len(s.Words)
	}
	heads := make([]int, 1000)
	rels := make([]string, 1000)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			n := len(s.Words)
			p.Parse(s.Words, s.UPOS, s.XPOS, heads[:n], rels[:n])
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
