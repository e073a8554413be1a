package lexicon

import (
	"testing"

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
