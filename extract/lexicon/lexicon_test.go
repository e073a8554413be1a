package lexicon

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"newsgraph/internal/testtools"
	"newsgraph/schema"
)

func TestName(t *testing.T) {
	l := Default()
	tests := []struct {
		in, name string
		typ      schema.Type
		ok       bool
	}{
		{"U.K.", "United Kingdom", schema.Country, true},
		{"Britain", "United Kingdom", schema.Country, true},
		{"America", "United States", schema.Country, true},
		{"Nato", "NATO", schema.Organization, true},
		{"NATO", "NATO", schema.Organization, true},
		{"Kiev", "Kyiv", schema.Place, true},
		{"Kremlin", "Kremlin", schema.Organization, true},
		{"Labour", "Labour Party", schema.Organization, true},
		{"USA TODAY", "USA Today", schema.Organization, true},
		{"POLITICO", "Politico", schema.Organization, true},
		{"Huffington Post", "HuffPost", schema.Organization, true},
		{"HM Treasury", "Treasury", schema.Organization, true},
		{"Harvard", "Harvard University", schema.Organization, true},
		{"M.I.T.", "Massachusetts Institute of Technology", schema.Organization, true},
		{"us", "", "", false}, // the pronoun is no country
		{"Smith", "", "", false},
	}
	for _, tt := range tests {
		e, ok := l.Name(tt.in)
		if ok != tt.ok || e.Name != tt.name || e.Type != tt.typ {
			t.Errorf("Name(%q) = %+v, %v; want %s %s %v", tt.in, e, ok, tt.name, tt.typ, tt.ok)
		}
	}
}

func TestAdjective(t *testing.T) {
	l := Default()
	tests := []struct{ in, name string }{
		{"French", "France"}, {"British", "United Kingdom"}, {"Ukrainian", "Ukraine"},
		{"Conservative", "Conservative Party"}, {"European", "Europe"}, {"Welshman", "Wales"},
	}
	for _, tt := range tests {
		if e, ok := l.Adjective(tt.in); !ok || e.Name != tt.name {
			t.Errorf("Adjective(%q) = %+v, %v; want %s", tt.in, e, ok, tt.name)
		}
	}
	if _, ok := l.Adjective("Smith"); ok {
		t.Error("Adjective(Smith) found")
	}
}

func TestTitleAndFirstName(t *testing.T) {
	l := Default()
	for _, s := range []string{"prime minister", "spokesman", "foreign secretary", "president"} {
		if !l.Title(s) {
			t.Errorf("Title(%q) = false", s)
		}
	}
	for _, s := range []string{"prime", "minister of", "government"} {
		if l.Title(s) {
			t.Errorf("Title(%q) = true", s)
		}
	}
	if !l.FirstName("David") || l.FirstName("Downing") {
		t.Error("FirstName: David should be one, Downing should not")
	}
	if l.MaxWords() < 3 || l.TitleWords() < 2 {
		t.Errorf("MaxWords %d, TitleWords %d", l.MaxWords(), l.TitleWords())
	}
}

func TestGender(t *testing.T) {
	l := Default()
	tests := []struct {
		in   string
		want byte
	}{
		{"Brenda", 'f'}, {"Gerald", 'm'}, {"Okoro", 0}, {"brenda", 0},
		// Given to women in English and to men elsewhere: no evidence.
		{"Simone", 0}, {"Leslie", 0},
	}
	for _, tt := range tests {
		if got := l.Gender(tt.in); got != tt.want {
			t.Errorf("Gender(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestGivenNamesLeaveOutSeedWords checks that the list of given names
// names no one of the seed articles: whatever they name is left out of it
// rather than known to the extractor.
func TestGivenNamesLeaveOutSeedWords(t *testing.T) {
	seeds, err := filepath.Glob(filepath.Join(testtools.RepoRoot(), "seeds", "*.txt"))
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	seen := map[string]bool{}
	for _, f := range seeds {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range regexp.MustCompile(`\pL+`).FindAllString(string(b), -1) {
			seen[w] = true
		}
	}
	n := 0
	for _, line := range lines(givenNamesTXT) {
		if line[0] == '@' {
			continue
		}
		n++
		if seen[line] {
			t.Errorf("givennames.txt: %q occurs in a seed article", line)
		}
	}
	if n < 1000 {
		t.Errorf("givennames.txt has %d names, want the public lists", n)
	}
}
