package ner

import (
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsgraph/extract/nlp/conll"
)

// ReadUnlabelled reads the unlabelled news the word clusters are learnt
// from: the story titles and bodies of Reuters-21578 (dataDir/reuters21578)
// and the BBC News articles (dataDir/bbc), split into sentences of tokens in
// the CoNLL-2003 style. Files are read in sorted order, so the result is
// deterministic.
func ReadUnlabelled(dataDir string) ([][]string, error) {
	var sents [][]string
	sgm, err := filepath.Glob(filepath.Join(dataDir, "reuters21578", "reut2-*.sgm"))
	if err != nil {
		return nil, err
	}
	if len(sgm) == 0 {
		return nil, fmt.Errorf("no Reuters-21578 files in %s", dataDir)
	}
	slices.Sort(sgm)
	for _, p := range sgm {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		text := latin1(b)
		for _, tag := range []string{"TITLE", "BODY"} {
			for _, body := range sgmlElements(text, tag) {
				body = html.UnescapeString(body)
				body = strings.TrimSuffix(strings.TrimSpace(strings.ReplaceAll(body, "\x03", "")), "Reuter")
				sents = append(sents, splitText(body)...)
			}
		}
	}
	var bbc []string
	err = filepath.WalkDir(filepath.Join(dataDir, "bbc"), func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".txt") {
			bbc = append(bbc, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.Sort(bbc)
	more, err := readTextFiles(bbc)
	if err != nil {
		return nil, err
	}
	return append(sents, more...), nil
}

// readTextFiles reads plain-text articles (UTF-8 or Latin-1) into
// tokenised sentences, paragraph by paragraph, in the order given.
func readTextFiles(files []string) ([][]string, error) {
	var sents [][]string
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		for _, para := range strings.Split(latin1(b), "\n") {
			sents = append(sents, splitText(para)...)
		}
	}
	return sents, nil
}

// ReadMoreUnlabelled reads further unlabelled English text of dataDir for
// the word clusters: the PolNeAR articles of all splits (their text only)
// and the sentences of the UD English Web Treebank (their words only).
func ReadMoreUnlabelled(dataDir string) ([][]string, error) {
	sents, err := readPolNeAR(filepath.Join(dataDir, "polnear"))
	if err != nil {
		return nil, err
	}
	for _, split := range []string{"train", "dev", "test"} {
		ud, err := conll.ReadUFile(filepath.Join(dataDir, "ud_ewt", "en_ewt-ud-"+split+".conllu"))
		if err != nil {
			return nil, err
		}
		for _, s := range ud {
			sents = append(sents, s.Words)
		}
	}
	return sents, nil
}

// latin1 returns b as a string, decoded as Latin-1 if it is not UTF-8.
func latin1(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// abbreviations keep their final period when tokenised.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true,
	"st": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true,
	"ltd": true, "bros": true, "no": true, "vs": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "aug": true, "sept": true, "sep": true, "oct": true,
	"nov": true, "dec": true, "mt": true, "ft": true, "pct": true,
}

// splitText tokenises text roughly as CoNLL-2003 is tokenised and splits it
// into sentences at final punctuation.
func splitText(text string) [][]string {
	var sents [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			sents = append(sents, cur)
			cur = nil
		}
	}
	for _, field := range strings.Fields(text) {
		// Leading punctuation.
		for len(field) > 1 && strings.ContainsRune("\"'([{`<", rune(field[0])) {
			cur = append(cur, normalizeToken(field[:1]))
			field = field[1:]
		}
		var tail []string
		for len(field) > 1 {
			r, size := utf8.DecodeLastRuneInString(field)
			if !strings.ContainsRune("\"',;:!?)]}>.", r) && !unicode.Is(unicode.Pi, r) && !unicode.Is(unicode.Pf, r) {
				break
			}
			if r == '.' {
				stem := field[:len(field)-1]
				if strings.Contains(stem, ".") || abbreviations[strings.ToLower(stem)] ||
					(utf8.RuneCountInString(stem) == 1 && unicode.IsUpper([]rune(stem)[0])) {
					break
				}
			}
			tail = append(tail, normalizeToken(field[len(field)-size:]))
			field = field[:len(field)-size]
		}
		lower := strings.ToLower(field)
		switch {
		case strings.HasSuffix(lower, "n't") && len(field) > 3:
			cur = append(cur, normalizeToken(field[:len(field)-3]), normalizeToken(field[len(field)-3:]))
		case (strings.HasSuffix(lower, "'s") || strings.HasSuffix(lower, "’s")) && len(field) > 2:
			k := strings.LastIndexAny(field, "'’")
			cur = append(cur, normalizeToken(field[:k]), normalizeToken(field[k:]))
		default:
			cur = append(cur, normalizeToken(field))
		}
		for i := len(tail) - 1; i >= 0; i-- {
			cur = append(cur, tail[i])
			if t := tail[i]; t == "." || t == "?" || t == "!" {
				flush()
			}
		}
	}
	flush()
	return sents
}

// normalizeToken folds typographic quotes and dashes to ASCII.
func normalizeToken(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' || unicode.IsDigit(r) {
			return r
		}
		return normRune(r)
	}, s)
}

// sgmlElements returns the contents of the <tag>…</tag> elements of a
// Reuters-21578 SGML file, in order.
func sgmlElements(text, tag string) []string {
	open, close := "<"+tag+">", "</"+tag+">"
	var out []string
	for rest := text; ; {
		i := strings.Index(rest, open)
		if i < 0 {
			return out
		}
		rest = rest[i+len(open):]
		j := strings.Index(rest, close)
		if j < 0 {
			return out
		}
		out = append(out, rest[:j])
		rest = rest[j:]
	}
}
