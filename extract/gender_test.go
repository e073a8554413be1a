package extract

import "testing"

// TestGivenNameGender checks that a pronoun skips a person whose given
// name does not fit it, and that an honorific, a lone surname or given
// names that disagree override or give no such evidence.
func TestGivenNameGender(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"she skips a man", "Brenda Okafor met Gerald Okoro on Monday. Gerald Okoro spoke first. “We are ready,” she said.",
			[]string{"Brenda Okafor|We are ready,"}},
		{"he skips a woman", "Gerald Okoro met Brenda Okafor on Monday. Brenda Okafor spoke first. “We are ready,” he said.",
			[]string{"Gerald Okoro|We are ready,"}},
		{"title before the name", "Gov. Brenda Okafor met Sen. Gerald Okoro on Monday. Sen. Gerald Okoro spoke first. “We are ready,” she said.",
			[]string{"Brenda Okafor|We are ready,"}},
		{"unknown given name gives none", "Brenda Okafor met Ximbo Okoro on Monday. Ximbo Okoro spoke first. “We are ready,” she said.",
			[]string{"Ximbo Okoro|We are ready,"}},
		{"honorific beats the given name", "Brenda Okafor met Mr Kim Okoro on Monday. Mr Okoro spoke first. “We are ready,” she said.",
			[]string{"Brenda Okafor|We are ready,"}},
		{"given names that disagree give none", "Brenda Okafor met Gerald Carla Okoro on Monday. Gerald Carla Okoro spoke first. “We are ready,” she said.",
			[]string{"Gerald Carla Okoro|We are ready,"}},
	})
}

func TestGivenNameGenderOfName(t *testing.T) {
	tests := []struct {
		name string
		want byte
	}{
		{"Jane Okafor", 'f'},
		{"Tom Okoro", 'm'},
		{"Gov. Jane Ann Okafor", 'f'},
		{"Okoro", 0},
		{"Tom", 0}, // a lone word may be a surname
		{"Jane Tom Okafor", 0},
		{"Ximbo Okoro", 0},
	}
	for _, tt := range tests {
		if got := givenNameGender(tt.name); got != tt.want {
			t.Errorf("givenNameGender(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestKinGender checks that a name after "his wife" or "her husband" has
// that gender, so that a "he" after it is not her.
func TestKinGender(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"his wife", `Mr Tom Hale said he would plan the campaign around the birth of his first child. The baby and his wife Ana would be "priority number one" even if it arrived in the campaign, he said.`,
			[]string{"Tom Hale|priority number one"}},
		{"her husband", `Mrs Eva Soto spoke of the trip. Her husband, Ben, was "very proud", she said.`,
			[]string{"Eva Soto|very proud"}},
	})
}

// TestPronounIsNotItsObject checks that "he" is not the person his own
// verb takes as its object right after it ("he told Tom Hale").
func TestPronounIsNotItsObject(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"told the one named before", "At a coffee shop, a supporter told Sen. Tom Hale that he drove far to see him.\n\n\"Workers like me have been abused by the program,\" he told Hale.", nil},
		{"told someone else", "Sen. Tom Hale met voters in Leeds.\n\n\"We will win,\" he told Ana Ruiz.", []string{"Tom Hale|We will win,"}},
	})
}
