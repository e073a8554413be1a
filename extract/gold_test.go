package extract

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// shared is the read-only material beside the checkout.
var shared = filepath.Join("..", "..", "shared")

// writeFlat writes r as rows of the flat TSV export that score.py reads
// (../shared/gold/FORMAT.md).
func writeFlat(w *bufio.Writer, r *Result) {
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	row := func(s, p, o, ev string) {
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", clean(s), p, clean(o), r.Article.ID, clean(ev))
	}
	for _, e := range r.Entities {
		ev := r.Sentences[e.Mentions[0].Sentence].Text
		row(e.Name, "type", string(e.Type), ev)
		for _, a := range e.Aliases {
			row(e.Name, "alias", a, ev)
		}
	}
	for _, f := range r.Facts {
		row(r.Entities[f.Subject].Name, string(f.Predicate), r.Entities[f.Object].Name, f.Evidence.Text)
	}
	for _, q := range r.Quotes {
		row(r.Entities[q.Speaker].Name, "said", q.Text, q.Evidence.Text)
	}
	for _, ro := range r.Roles {
		row(r.Entities[ro.Person].Name, "role", ro.Title, ro.Evidence.Text)
		if ro.Org >= 0 {
			row(r.Entities[ro.Person].Name, "affiliated_with", r.Entities[ro.Org].Name, ro.Evidence.Text)
		}
	}
}

// extractFiles extracts the articles at paths into a flat TSV file.
func extractFiles(t *testing.T, paths []string) string {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "system.tsv")
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	for _, p := range paths {
		a, _, err := ReadArticle(p, 0)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		r, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		writeFlat(w, r)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return out
}

func needShared(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(shared, "eval", "score.py")); err != nil {
		t.Skip("../shared is not present")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 is not installed")
	}
}

// TestGold scores the extraction of the dev gold articles with score.py
// and fails when a score falls below its floor, a little below what the
// extractor reaches, so that regressions show.
func TestGold(t *testing.T) {
	needShared(t)
	tests := []struct {
		gold     string
		articles func(id string) string
		floors   map[string]float64 // kind → minimum F1
	}{
		{"dev", func(id string) string { return filepath.Join(shared, "seeds", id+".txt") },
			map[string]float64{"total": 0.95, "relation": 0.85, "quote": 0.95, "entity": 0.95, "role": 0.9}},
		{"dev-bbc", func(id string) string { return filepath.Join(shared, "gold", "dev-bbc", "articles", id+".txt") },
			map[string]float64{"total": 0.93, "relation": 0.75, "quote": 0.90, "entity": 0.95, "role": 0.9}},
	}
	for _, tt := range tests {
		t.Run(tt.gold, func(t *testing.T) {
			dir := filepath.Join(shared, "gold", tt.gold)
			golds, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
			if err != nil || len(golds) == 0 {
				t.Fatalf("no gold in %s", dir)
			}
			var paths []string
			for _, g := range golds {
				paths = append(paths, tt.articles(strings.TrimSuffix(filepath.Base(g), ".tsv")))
			}
			sys := extractFiles(t, paths)
			out, err := exec.Command("python3", filepath.Join(shared, "eval", "score.py"), "--gold", dir, "--system", sys, "--json").Output()
			if err != nil {
				t.Fatalf("score.py: %v", err)
			}
			var scores map[string]struct{ F1 float64 }
			if err := json.Unmarshal(out, &scores); err != nil {
				t.Fatalf("score.py output %q: %v", out, err)
			}
			for kind, floor := range tt.floors {
				if got := scores[kind].F1; got < floor {
					t.Errorf("%s %s F1 = %.3f, want ≥ %.2f", tt.gold, kind, got, floor)
				}
			}
		})
	}
}

// TestPolNeAR scores quote attribution on PolNeAR's dev texts.
func TestPolNeAR(t *testing.T) {
	needShared(t)
	paths, err := filepath.Glob(filepath.Join(shared, "data", "polnear", "data", "dev", "text", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Skip("no PolNeAR dev texts")
	}
	sys := extractFiles(t, paths)
	out, err := exec.Command("python3", filepath.Join(shared, "eval", "score_polnear.py"), "--split", "dev", "--system", sys, "--json").Output()
	if err != nil {
		t.Fatalf("score_polnear.py: %v", err)
	}
	var score struct{ F1 float64 }
	if err := json.Unmarshal(out, &score); err != nil {
		t.Fatalf("score_polnear.py output %q: %v", out, err)
	}
	if score.F1 < 0.56 {
		t.Errorf("PolNeAR dev F1 = %.3f, want ≥ 0.56", score.F1)
	}
}

// TestNoSeedNames checks that no surname of a person in the dev gold
// appears in the extractor's code or lexicons: the rules must generalise,
// not memorise the articles they were tuned on.
func TestNoSeedNames(t *testing.T) {
	needShared(t)
	golds, _ := filepath.Glob(filepath.Join(shared, "gold", "*", "*.tsv"))
	names := map[string]bool{}
	for _, g := range golds {
		data, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			f := strings.Split(line, "\t")
			if len(f) >= 3 && strings.TrimSuffix(f[0], "?") == "E" && f[2] == "Person" {
				w := strings.Fields(f[1])
				names[w[len(w)-1]] = true
			}
		}
	}
	if len(names) == 0 {
		t.Fatal("no person names in the gold")
	}
	var files []string
	for _, pat := range []string{"*.go", "lexicon/*.go", "lexicon/*.tsv", "lexicon/*.txt"} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.FieldsFunc(string(data), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r > 127)
		}) {
			if names[w] {
				t.Errorf("%s mentions %q, a person of the dev gold", file, w)
			}
		}
	}
}
