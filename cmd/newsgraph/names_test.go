package main

import (
	"bufio"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"newsgraph/internal/testtools"
)

// seedPersonNames reads the names of the people in the seed articles from
// the gold files of ../shared/gold/dev (Person E lines): their names and
// their aliases longer than three letters.
func seedPersonNames(t *testing.T) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(testtools.Shared(), "gold", "dev", "*.tsv"))
	if len(files) == 0 {
		if os.Getenv("CI") != "" {
			t.Fatal("no gold files in ../shared/gold/dev")
		}
		t.Skip("no ../shared/gold/dev")
	}
	seen := map[string]bool{}
	var names []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			fields := strings.Split(sc.Text(), "\t")
			if len(fields) < 3 || strings.TrimSuffix(fields[0], "?") != "E" || fields[2] != "Person" {
				continue
			}
			cands := []string{fields[1]}
			if len(fields) > 3 && fields[3] != "" {
				cands = append(cands, strings.Split(fields[3], "|")...)
			}
			for _, n := range cands {
				n = strings.TrimSpace(n)
				if len([]rune(n)) > 3 && !seen[n] {
					seen[n] = true
					names = append(names, n)
				}
			}
		}
		fh.Close()
	}
	return names
}

// TestExtractorKnowsNoSeedNames fails if extract/ or schema/ (tests aside)
// name a person of the seed articles: the extractor must generalise.
func TestExtractorKnowsNoSeedNames(t *testing.T) {
	names := seedPersonNames(t)
	if len(names) == 0 {
		t.Fatal("no Person names in the gold files")
	}
	var alts []string
	for _, n := range names {
		alts = append(alts, regexp.QuoteMeta(n))
	}
	re := regexp.MustCompile(`\b(?:` + strings.Join(alts, "|") + `)\b`)
	for _, dir := range []string{"extract", "schema"} {
		root := filepath.Join(testtools.RepoRoot(), dir)
		filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") {
				return err
			}
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if strings.HasSuffix(path, ".gz") || strings.IndexByte(string(b[:min(len(b), 512)]), 0) >= 0 {
				return nil // binary (models)
			}
			for i, line := range strings.Split(string(b), "\n") {
				if m := re.FindString(line); m != "" {
					rel, _ := filepath.Rel(testtools.RepoRoot(), path)
					t.Errorf("%s:%d names %q, a person of the seed articles", rel, i+1, m)
				}
			}
			return nil
		})
	}
}

// TestNameListsLeaveOutSeedWords fails if an entry of the recogniser's
// public name lists (extract/nlp/ner/worldnames.txt) occurs as a word in a
// seed article: the lists come from public packages, and whatever the seed
// articles name, people above all, is left out of them rather than known to
// the extractor.
func TestNameListsLeaveOutSeedWords(t *testing.T) {
	root := testtools.RepoRoot()
	seeds, err := filepath.Glob(filepath.Join(root, "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var text strings.Builder
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
		text.WriteByte('\n')
	}
	// Entries and text are compared as runs of letters: every run of up to
	// four words of the seed articles is a phrase they contain.
	nonLetters := regexp.MustCompile(`[^\pL]+`)
	seen := map[string]bool{}
	for _, line := range strings.Split(text.String(), "\n") {
		ws := nonLetters.Split(line, -1)
		for i := range ws {
			for j := i + 1; j <= min(i+4, len(ws)); j++ {
				seen[strings.Join(ws[i:j], " ")] = true
			}
		}
	}
	b, err := os.ReadFile(filepath.Join(root, "extract", "nlp", "ner", "worldnames.txt"))
	if err != nil {
		t.Fatal(err)
	}
	entries := 0
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || line[0] == '#' || line[0] == '@' {
			continue
		}
		entries++
		if phrase := strings.Join(nonLetters.Split(line, -1), " "); seen[phrase] {
			t.Errorf("worldnames.txt:%d: %q occurs in a seed article", i+1, line)
		}
	}
	if entries < 1000 {
		t.Errorf("worldnames.txt has %d entries, want the public lists", entries)
	}
}
