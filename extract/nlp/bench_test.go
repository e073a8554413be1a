package nlp

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"newsgraph/extract/nlp/dep"
	"newsgraph/extract/nlp/ner"
	"newsgraph/extract/nlp/pos"
)

// bbcPolitics returns the first n BBC politics articles by name.
func bbcPolitics(tb testing.TB, n int) []string {
	tb.Helper()
	names, err := filepath.Glob(data + "bbc/politics/*.txt")
	if err != nil || len(names) < n {
		tb.Fatalf("BBC politics articles: %d, %v", len(names), err)
	}
	slices.Sort(names)
	var texts []string
	for _, name := range names[:n] {
		b, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// BenchmarkParse measures the pipeline in process on 100 BBC politics
// articles, one document each; it reports MB/s and words/s.
func BenchmarkParse(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	texts := bbcPolitics(b, 100)
	size, words := 0, 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		words = 0
		for _, t := range texts {
			doc, err := p.Parse(context.Background(), t)
			if err != nil {
				b.Fatal(err)
			}
			for _, s := range doc.Sentences {
				words += len(s.Tokens)
			}
		}
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkLoad measures loading the embedded models: each component alone
// and the whole pipeline, whose components load concurrently.
func BenchmarkLoad(b *testing.B) {
	benchmarks := []struct {
		name string
		load func() error
	}{
		{"pos", func() error { _, err := pos.Load(); return err }},
		{"dep", func() error { _, err := dep.Load(); return err }},
		{"ner", func() error { _, err := ner.Load(); return err }},
		{"pipeline", func() error { _, err := Load(); return err }},
	}
	for _, bm := range benchmarks {
		b.Run(bm.name, func(b *testing.B) {
			for b.Loop() {
				if err := bm.load(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
