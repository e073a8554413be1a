package pos

import (
	"bytes"
	"context"
	"slices"
	"testing"

	"newsgraph/extract/nlp/conll"
)

const data = "../../../../shared/data/"

func readEWT(t *testing.T, split string) []conll.Sentence {
	t.Helper()
	s, err := conll.ReadUFile(data + "ud_ewt/en_ewt-ud-" + split + ".conllu")
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestEmbeddedModelOnTest scores the embedded model on the first 500
// sentences of EWT test. The floors sit just below what the model reaches
// on this slice (UPOS 0.9616, XPOS 0.9582, lemma 0.9742), to catch
// regressions.
func TestEmbeddedModelOnTest(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	m := Evaluate(tg, readEWT(t, "test")[:500])
	t.Logf("%+v", m)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"UPOS", m.UPOS, 0.958},
		{"XPOS", m.XPOS, 0.955},
		{"lemma", m.Lemma, 0.972},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s accuracy %.4f, want ≥ %.3f", f.name, f.got, f.want)
		}
	}
}

// TestTag checks tags of a news sentence whose words are unambiguous
// enough that any decent tagger gets them right.
func TestTag(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "minister", "said", "that", "taxes", "would", "rise", "on", "Tuesday", "."}
	wantU := []string{"DET", "NOUN", "VERB", "SCONJ", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"}
	wantX := []string{"DT", "NN", "VBD", "IN", "NNS", "MD", "VB", "IN", "NNP", "."}
	upos, xpos := make([]string, len(words)), make([]string, len(words))
	tg.Tag(words, upos, xpos)
	if !slices.Equal(upos, wantU) || !slices.Equal(xpos, wantX) {
		t.Errorf("Tag(%q) =\n%q %q, want\n%q %q", words, upos, xpos, wantU, wantX)
	}
}

func TestLemmatize(t *testing.T) {
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word, upos, xpos, want string
	}{
		{"said", "VERB", "VBD", "say"},
		{"The", "DET", "DT", "the"},
		{"was", "AUX", "VBD", "be"},
		{"children", "NOUN", "NNS", "child"},
		{"London", "PROPN", "NNP", "London"},
		// Words absent from UD EWT, lemmatized by suffix rules.
		{"zorbified", "VERB", "VBD", "zorbify"},
		{"glimbling", "VERB", "VBG", "glimble"},
		{"frobnicates", "VERB", "VBZ", "frobnicate"},
		{"blorptastics", "NOUN", "NNS", "blorptastic"},
		{"Wuggles", "NOUN", "NNS", "wuggle"},
		{"Blenkinsop", "PROPN", "NNP", "Blenkinsop"},
		{"42", "NUM", "CD", "42"},
	}
	for _, tt := range tests {
		lemma := make([]string, 1)
		tg.Lemmatize([]string{tt.word}, []string{tt.upos}, []string{tt.xpos}, lemma)
		if lemma[0] != tt.want {
			t.Errorf("lemma of %s/%s = %q, want %q", tt.word, tt.xpos, lemma[0], tt.want)
		}
	}
}

// TestTrainLearns trains briefly on a slice of EWT train and checks that
// the tagger beats the most-frequent-tag baseline on dev, and that training
// is deterministic and the model round-trips.
func TestTrainLearns(t *testing.T) {
	train := readEWT(t, "train")[:2000]
	dev := readEWT(t, "dev")[:500]
	tg, err := Train(context.Background(), TrainConfig{Sentences: train, Epochs: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	// Baseline: each word's most frequent UPOS in the slice, NOUN if unseen.
	counts := make(map[string]map[string]int)
	for _, s := range train {
		for i, w := range s.Words {
			if counts[w] == nil {
				counts[w] = make(map[string]int)
			}
			counts[w][s.UPOS[i]]++
		}
	}
	right, total := 0, 0
	for _, s := range dev {
		for i, w := range s.Words {
			guess := "NOUN"
			if c, ok := counts[w]; ok {
				guess = mostFrequent(c)
			}
			if guess == s.UPOS[i] {
				right++
			}
			total++
		}
	}
	baseline := float64(right) / float64(total)
	m := Evaluate(tg, dev)
	t.Logf("baseline %.4f, trained %+v", baseline, m)
	if m.UPOS < baseline+0.03 {
		t.Errorf("trained UPOS %.4f, want ≥ baseline %.4f + 0.03", m.UPOS, baseline)
	}

	var a, b, c bytes.Buffer
	if _, err := tg.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	tg2, err := Train(context.Background(), TrainConfig{Sentences: train, Epochs: 3, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tg2.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two training runs with the same seed differ")
	}
	tg3, err := Read(bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tg3.WriteTo(&c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Error("model does not round-trip byte for byte")
	}
	if m3 := Evaluate(tg3, dev); m3 != m {
		t.Errorf("read model scores %+v, want %+v", m3, m)
	}
}

func TestTrainNoData(t *testing.T) {
	if _, err := Train(context.Background(), TrainConfig{}); err == nil {
		t.Error("Train with no sentences succeeded")
	}
}

// BenchmarkTag measures tagging and lemmatizing speed on EWT dev; it
// reports words per second.
func BenchmarkTag(b *testing.B) {
	tg, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	sents, err := conll.ReadUFile(data + "ud_ewt/en_ewt-ud-dev.conllu")
	if err != nil {
		b.Fatal(err)
	}
	words := 0
	for _, s := range sents {
		words += len(s.Words)
	}
	upos, xpos, lemmas := make([]string, 512), make([]string, 512), make([]string, 512)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, s := range sents {
			n := len(s.Words)
			tg.Tag(s.Words, upos[:n], xpos[:n])
			tg.Lemmatize(s.Words, upos[:n], xpos[:n], lemmas[:n])
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkLoad(b *testing.B) {
	for range b.N {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLearnClusters learns clusters from the words of CoNLL-2003 train and
// checks that words of one kind mostly share a cluster, and that kinds
// differ.
func TestLearnClusters(t *testing.T) {
	docs, err := conll.Read2003File(data + "conll2003/eng.train")
	if err != nil {
		t.Fatal(err)
	}
	var text [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			text = append(text, s.Words)
		}
	}
	c, err := LearnClusters(context.Background(), text, ClusterConfig{K: 64})
	if err != nil {
		t.Fatal(err)
	}
	groups := []struct {
		words   []string
		minSame int // words in the group's most common cluster
	}{
		{[]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}, 6},
		{[]string{"January", "February", "March", "April", "June", "July", "August"}, 6},
		{[]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, 9},
		{[]string{"the", "a", "an"}, 3},
	}
	seen := map[int]string{}
	for _, g := range groups {
		count := map[int]int{}
		major := -1
		for _, w := range g.words {
			k := c.cluster(w)
			count[k]++
			if major < 0 || count[k] > count[major] {
				major = k
			}
		}
		if major < 0 || count[major] < g.minSame {
			t.Errorf("%v: clusters %v, want %d in one", g.words, count, g.minSame)
		}
		if other, ok := seen[major]; ok {
			t.Errorf("%v share cluster %d with %s", g.words, major, other)
		}
		seen[major] = g.words[0]
	}
	if c.cluster("zzyzx-unseen") != -1 {
		t.Error("unseen word has a cluster")
	}
}
