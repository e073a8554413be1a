package nlp

import (
	"context"
	"os"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
)

const data = "../../../shared/data/"

func TestEntities(t *testing.T) {
	tests := []struct {
		tags []string
		want []Entity
	}{
		{nil, nil},
		{[]string{"O", "O"}, nil},
		{[]string{"B-PER", "I-PER", "O", "B-LOC"}, []Entity{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{[]string{"B-ORG", "B-ORG", "I-ORG"}, []Entity{{0, 1, "ORG"}, {1, 3, "ORG"}}},
		// conlleval: a stray I- starts an entity; a type change ends one.
		{[]string{"O", "I-MISC", "I-LOC", "O"}, []Entity{{1, 2, "MISC"}, {2, 3, "LOC"}}},
	}
	for _, tt := range tests {
		if got := Entities(tt.tags); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Entities(%q) = %v, want %v", tt.tags, got, tt.want)
		}
	}
}

// TestParseBBC parses a BBC politics article and checks the document's
// invariants and a few facts any reader of it would state.
func TestParseBBC(t *testing.T) {
	b, err := os.ReadFile(data + "bbc/politics/001.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Parse(context.Background(), text)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Sentences) < 10 {
		t.Fatalf("%d sentences, want at least 10", len(doc.Sentences))
	}
	// The headline is a sentence of its own, in paragraph 0.
	if h := doc.Sentences[0]; text[h.Start:h.End] != "Labour plans maternity pay rise" || h.Paragraph != 0 {
		t.Errorf("first sentence %q in paragraph %d", text[h.Start:h.End], h.Paragraph)
	}
	ents := map[string]string{}
	for _, s := range doc.Sentences {
		roots := 0
		for i, tok := range s.Tokens {
			if text[tok.Start:tok.End] != tok.Text {
				t.Errorf("token %q at %d:%d, text has %q", tok.Text, tok.Start, tok.End, text[tok.Start:tok.End])
			}
			if tok.UPOS == "" || tok.XPOS == "" || tok.Lemma == "" || tok.Rel == "" || tok.NER == "" {
				t.Errorf("token %d %q not fully analysed: %+v", i, tok.Text, tok)
			}
			if tok.Head < 0 || tok.Head > len(s.Tokens) || tok.Head == i+1 {
				t.Errorf("token %d %q has head %d", i, tok.Text, tok.Head)
			}
			if tok.Head == 0 {
				roots++
			}
		}
		if roots != 1 {
			t.Errorf("sentence %q has %d roots", text[s.Start:s.End], roots)
		}
		for _, e := range s.Entities {
			var words []string
			for _, tok := range s.Tokens[e.Start:e.End] {
				words = append(words, tok.Text)
			}
			ents[strings.Join(words, " ")] = e.Label
		}
	}
	for name, label := range map[string]string{"Patricia Hewitt": "PER", "Tony Blair": "PER", "Gordon Brown": "PER", "Labour": "ORG"} {
		if ents[name] != label {
			t.Errorf("entity %q: %q, want %s (entities: %v)", name, ents[name], label, ents)
		}
	}
	// "Maternity pay for new mothers is to rise ..."
	s := doc.Sentences[1]
	tok := s.Tokens[slices.IndexFunc(s.Tokens, func(t Token) bool { return t.Text == "mothers" })]
	if tok.UPOS != "NOUN" || tok.XPOS != "NNS" || tok.Lemma != "mother" || s.Tokens[tok.Head-1].Text != "pay" && s.Tokens[tok.Head-1].Text != "rise" {
		t.Errorf("mothers: %+v", tok)
	}
}

// TestParseConcurrent checks that concurrent parses of different texts
// give what serial ones give.
func TestParseConcurrent(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, f := range []string{"002.txt", "003.txt", "004.txt", "005.txt"} {
		b, err := os.ReadFile(data + "bbc/politics/" + f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	want := make([]*Document, len(texts))
	for i, text := range texts {
		if want[i], err = p.Parse(context.Background(), text); err != nil {
			t.Fatal(err)
		}
	}
	got := make([]*Document, len(texts))
	var wg sync.WaitGroup
	for i, text := range texts {
		wg.Go(func() { got[i], _ = p.Parse(context.Background(), text) })
	}
	wg.Wait()
	for i := range texts {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("text %d: concurrent parse differs from serial parse", i)
		}
	}
}

func TestParseCanceled(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Parse(ctx, "A sentence."); err == nil {
		t.Error("Parse with a canceled context succeeded")
	}
}

func TestParseEmpty(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := p.Parse(context.Background(), " \n\n")
	if err != nil || len(doc.Sentences) != 0 {
		t.Errorf("Parse(blank) = %v, %v; want no sentences", doc, err)
	}
}
