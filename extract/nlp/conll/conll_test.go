package conll

import (
	"slices"
	"testing"
)

const data = "../../../../shared/data/"

func TestReadEWTAndCoNLL2003(t *testing.T) {
	tests := []struct {
		path      string
		sentences int
	}{
		{data + "ud_ewt/en_ewt-ud-dev.conllu", 2001},
		{data + "ud_ewt/en_ewt-ud-test.conllu", 2077},
	}
	for _, tt := range tests {
		s, err := ReadUFile(tt.path)
		if err != nil {
			t.Fatal(err)
		}
		if len(s) != tt.sentences {
			t.Errorf("%s: %d sentences, want %d", tt.path, len(s), tt.sentences)
		}
	}
	docs, err := Read2003File(data + "conll2003/eng.testb")
	if err != nil {
		t.Fatal(err)
	}
	n, ents := 0, 0
	for _, d := range docs {
		n += len(d.Sentences)
		for _, s := range d.Sentences {
			for _, tag := range s.Tags {
				if tag[0] == 'B' {
					ents++
				}
			}
		}
	}
	// data/README.md: testb has 3,453 sentences and 5,648 entities.
	if n != 3453 || ents != 5648 {
		t.Errorf("testb: %d sentences, %d entities; want 3453, 5648", n, ents)
	}
}

func TestIOB2(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"I-PER", "I-PER", "O", "I-LOC"}, []string{"B-PER", "I-PER", "O", "B-LOC"}},
		{[]string{"I-PER", "B-PER", "I-ORG"}, []string{"B-PER", "B-PER", "B-ORG"}},
		{[]string{"B-MISC", "I-MISC"}, []string{"B-MISC", "I-MISC"}},
	}
	for _, tt := range tests {
		if got := IOB2(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("IOB2(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
