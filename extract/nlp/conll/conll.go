// Package conll reads the two corpus formats the NLP core trains on:
// CoNLL-U (Universal Dependencies) and the four-column CoNLL-2003 NER format.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Sentence is one CoNLL-U sentence: its syntactic words (multiword-token
// ranges and empty nodes are left out; their surface form is in Tokens).
type Sentence struct {
	ID     string // sent_id
	Text   string // the "# text =" comment
	NewDoc bool   // a "# newdoc" comment starts the sentence
	NewPar bool   // a "# newpar" comment starts the sentence
	Words  []string
	Lemmas []string
	UPOS   []string
	XPOS   []string
	Feats  []string
	Heads  []int // 0 = root
	Rels   []string
	Misc   []string
	// Tokens lists the multiword tokens: surface form and the 0-based
	// range of words [First, Last] it covers.
	Tokens []MultiWord
}

// MultiWord is a CoNLL-U multiword token ("don't" = "do" + "n't").
type MultiWord struct {
	Form        string
	First, Last int
}

// ReadUFile reads a CoNLL-U file.
func ReadUFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ReadU(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return s, nil
}

// ReadU reads CoNLL-U sentences.
func ReadU(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := sc.Text()
		switch {
		case t == "":
			flush()
			continue
		case strings.HasPrefix(t, "#"):
			k, v, _ := strings.Cut(strings.TrimSpace(t[1:]), "=")
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			switch {
			case k == "sent_id":
				cur.ID = v
			case k == "text":
				cur.Text = v
			case strings.HasPrefix(k, "newdoc"):
				cur.NewDoc = true
			case strings.HasPrefix(k, "newpar"):
				cur.NewPar = true
			}
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 10 {
			return out, fmt.Errorf("line %d: %d fields, want 10", line, len(f))
		}
		if strings.Contains(f[0], ".") {
			continue // empty node of the enhanced graph
		}
		if a, b, ok := strings.Cut(f[0], "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				return out, fmt.Errorf("line %d: bad range %q", line, f[0])
			}
			cur.Tokens = append(cur.Tokens, MultiWord{Form: f[1], First: first - 1, Last: last - 1})
			continue
		}
		head, err := strconv.Atoi(f[6])
		if err != nil {
			return out, fmt.Errorf("line %d: bad head %q", line, f[6])
		}
		cur.Words = append(cur.Words, f[1])
		cur.Lemmas = append(cur.Lemmas, f[2])
		cur.UPOS = append(cur.UPOS, f[3])
		cur.XPOS = append(cur.XPOS, f[4])
		cur.Feats = append(cur.Feats, f[5])
		cur.Heads = append(cur.Heads, head)
		cur.Rels = append(cur.Rels, f[7])
		cur.Misc = append(cur.Misc, f[9])
	}
	flush()
	return out, sc.Err()
}

// NERSentence is one sentence of a CoNLL-2003 file.
type NERSentence struct {
	Words []string
	POS   []string // Penn Treebank tags
	Chunk []string
	// Tags are the NER tags converted to IOB2 (B- starts every entity).
	Tags []string
}

// NERDocument is one -DOCSTART- delimited story.
type NERDocument struct {
	Sentences []NERSentence
}

// Read2003File reads a CoNLL-2003 file.
func Read2003File(path string) ([]NERDocument, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := Read2003(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return d, nil
}

// Read2003 reads CoNLL-2003 documents, converting the IOB1 tags of the
// original files to IOB2.
func Read2003(r io.Reader) ([]NERDocument, error) {
	var docs []NERDocument
	var doc NERDocument
	var cur NERSentence
	flushSent := func() {
		if len(cur.Words) > 0 {
			cur.Tags = IOB2(cur.Tags)
			doc.Sentences = append(doc.Sentences, cur)
		}
		cur = NERSentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
		}
		doc = NERDocument{}
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" {
			flushSent()
			continue
		}
		f := strings.Fields(t)
		if len(f) != 4 {
			return docs, fmt.Errorf("line %d: %d fields, want 4", line, len(f))
		}
		if f[0] == "-DOCSTART-" {
			flushDoc()
			continue
		}
		cur.Words = append(cur.Words, f[0])
		cur.POS = append(cur.POS, f[1])
		cur.Chunk = append(cur.Chunk, f[2])
		cur.Tags = append(cur.Tags, f[3])
	}
	flushDoc()
	return docs, sc.Err()
}

// IOB2 converts IOB1 tags (I- unless two entities of one type touch) to
// IOB2 (B- at the start of every entity). IOB2 input is returned unchanged.
func IOB2(tags []string) []string {
	out := make([]string, len(tags))
	prev := "O"
	for i, t := range tags {
		out[i] = t
		if strings.HasPrefix(t, "I-") {
			typ := t[2:]
			if prev == "O" || prev[2:] != typ {
				out[i] = "B-" + typ
			}
		}
		prev = t
	}
	return out
}
