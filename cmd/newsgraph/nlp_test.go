package main

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"newsgraph/extract/nlp"
	"newsgraph/internal/testtools"
)

// TestNLPParse runs "nlp parse" on real and damaged input and checks the
// CoNLL-U it prints: ten columns, one root per sentence, heads in range, an
// entity tag on every token, valid UTF-8 whatever the input's encoding.
func TestNLPParse(t *testing.T) {
	dir := t.TempDir()
	seedFiles, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(seedFiles) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	seed, err := os.ReadFile(seedFiles[0])
	if err != nil {
		t.Fatal(err)
	}
	// A BBC article saved as Latin-1 (the one file of the corpus that is
	// not UTF-8).
	latin1 := filepath.Join(testtools.Shared(), "data", "bbc", "sport", "199.txt")
	if b, err := os.ReadFile(latin1); err != nil || utf8.Valid(b) {
		t.Fatalf("%s: want a file that is not UTF-8 (err %v)", latin1, err)
	}
	binary := filepath.Join(dir, "binary.txt")
	if err := os.WriteFile(binary, []byte("text\x00more"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		stdin     string
		args      []string
		sentences int    // at least
		stderr    string // substring of the log
		err       string // substring of the error; "" for none
	}{
		{name: "seed article on stdin", stdin: string(seed), sentences: 5},
		{name: "seed article as a file", args: []string{seedFiles[0]}, sentences: 5},
		{name: "empty input", stdin: ""},
		{name: "byte-order mark and CRLF", stdin: "\ufeffThe minister met reporters.\r\nShe said nothing.\r\n", sentences: 2},
		{name: "Latin-1 file", args: []string{latin1}, sentences: 5, stderr: "Windows-1252"},
		{name: "binary file", args: []string{binary}, err: "binary.txt: binary file"},
		{name: "missing file", args: []string{filepath.Join(dir, "none.txt")}, err: "none.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, err := run(context.Background(), tt.stdin, append([]string{"nlp", "parse"}, tt.args...)...)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want one naming %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("log %q, want %q in it", stderr, tt.stderr)
			}
			if !utf8.ValidString(out) {
				t.Error("output is not valid UTF-8")
			}
			if strings.Contains(out, "\ufeff") || strings.Contains(out, "\r") {
				t.Error("output keeps a byte-order mark or a carriage return")
			}
			if got := checkCoNLLU(t, out); got < tt.sentences {
				t.Errorf("%d sentences, want at least %d", got, tt.sentences)
			}
		})
	}
}

// checkCoNLLU checks the token lines of out and returns the number of
// sentences.
func checkCoNLLU(t *testing.T, out string) int {
	t.Helper()
	n := 0
	for _, block := range strings.Split(out, "\n\n") {
		var rows [][]string
		for _, line := range strings.Split(block, "\n") {
			if line != "" && line[0] != '#' {
				rows = append(rows, strings.Split(line, "\t"))
			}
		}
		if len(rows) == 0 {
			continue
		}
		n++
		roots := 0
		for i, f := range rows {
			if len(f) != 10 {
				t.Fatalf("sentence %d token %d: %d columns, want 10: %q", n, i+1, len(f), f)
			}
			if f[0] != strconv.Itoa(i+1) {
				t.Errorf("sentence %d: token %d has id %s", n, i+1, f[0])
			}
			head, err := strconv.Atoi(f[6])
			if err != nil || head < 0 || head > len(rows) || head == i+1 {
				t.Errorf("sentence %d token %d: bad head %q", n, i+1, f[6])
			}
			if head == 0 {
				roots++
			}
			if !strings.Contains(f[9], "NER=") {
				t.Errorf("sentence %d token %d: no NER tag in %q", n, i+1, f[9])
			}
		}
		if roots != 1 {
			t.Errorf("sentence %d: %d roots, want 1", n, roots)
		}
	}
	return n
}

// TestParseTextParts checks that reading a long text in parts changes
// nothing but the recogniser's document context: the same sentences,
// tokens, tags, lemmas and trees, under one "# newdoc" line.
func TestParseTextParts(t *testing.T) {
	p, err := nlp.Default()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(testtools.Shared(), "data", "bbc", "politics", "*.txt"))
	if err != nil || len(files) < 8 {
		t.Fatalf("BBC politics articles: %v", err)
	}
	var text strings.Builder
	for _, f := range files[:8] {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
		text.WriteString("\n\n")
	}
	// withoutNER returns the CoNLL-U of text read in parts of chunk bytes,
	// without the entity tags.
	withoutNER := func(chunk int) string {
		var out bytes.Buffer
		w := bufio.NewWriter(&out)
		cw := conllWriter{w: w}
		if err := parseText(context.Background(), p, &cw, "bbc", strings.NewReader(text.String()), chunk); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		return regexp.MustCompile(`NER=[^|\n]*`).ReplaceAllString(out.String(), "")
	}
	whole, parts := withoutNER(1<<30), withoutNER(2000)
	if n := strings.Count(parts, "# newdoc"); n != 1 {
		t.Errorf("%d newdoc lines, want 1", n)
	}
	if whole != parts {
		t.Errorf("the text read in parts of 2000 bytes gives other sentences, tokens or trees than read whole")
	}
	if n := strings.Count(whole, "# sent_id"); n < 100 {
		t.Errorf("%d sentences in 8 articles", n)
	}
}
