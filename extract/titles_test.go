package extract

import "testing"

// TestAbbreviatedTitles checks that the abbreviations US news writes
// before names ("Gov.", "Del.", "Rev.", "Adm.") are titles, not part of
// the name.
func TestAbbreviatedTitles(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"governor", "Gov. Brenda Okafor signed the bill on Monday.", []string{"Brenda Okafor|Gov.|"}},
		{"lieutenant governor", "Lt. Gov. Brenda Okafor signed the bill on Monday.", []string{"Brenda Okafor|Lt. Gov.|"}},
		{"delegate", "Del. Brenda Okafor voted against the bill.", []string{"Brenda Okafor|Del.|"}},
		{"representative", "Rep. Brenda Okafor voted against the bill.", []string{"Brenda Okafor|Rep.|"}},
		{"delegate inside", "The bill was opposed by Del. Brenda Okafor on Monday.", []string{"Brenda Okafor|Del.|"}},
		{"reverend", "The Rev. Gerald Okoro led the march.", []string{"Gerald Okoro|Rev.|"}},
		{"admiral", "Adm. Gerald Okoro inspected the fleet.", []string{"Gerald Okoro|Adm.|"}},
	})
}

// TestTitleWordsAsSurnames checks that a title word after a given name or
// "Mr" is a surname, and still a title before a name.
func TestTitleWordsAsSurnames(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"after a given name and Mr", "“Turnout matters,” said Gerald King, a local Democrat. Later Mr. King added: “We will see.”",
			[]string{"Gerald King|Turnout matters,", "Gerald King|We will see."}},
	})
	for _, tt := range []struct {
		text          string
		want, notWant []string
	}{
		{"Ms Bishop met Mr Judge in Leeds.", []string{"Bishop", "Judge"}, nil},
		{"Brenda Prince spoke on Monday.", []string{"Brenda Prince"}, []string{"Brenda"}},
		{"Gerald Okoro met King Haakon.", []string{"Gerald Okoro", "Haakon"}, []string{"King Haakon"}},
	} {
		checkEntities(t, tt.text, extractText(t, tt.text), tt.want, tt.notWant)
	}
	checkRows(t, roleRows, []rowCase{
		{"title before a name", "Gerald Okoro met King Haakon.", []string{"Haakon|King|"}},
	})
}

// TestAbbreviatedTitleAnaphora checks that "the Florida senator" finds the
// person the article called "Sen." and placed in Florida, and that an
// abbreviated title alone, held by many in US news, picks no one.
func TestAbbreviatedTitleAnaphora(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"qualified", "Florida Sen. Gerald Okoro spoke on Monday in Miami. Voters cheered.\n\n“We will win,” the Florida senator said.",
			[]string{"Gerald Okoro|We will win,"}},
		{"two senators", "Florida Sen. Gerald Okoro spoke on Monday in Miami. Vermont Sen. Brenda Okafor replied.\n\n“We will win,” the Vermont senator said.",
			[]string{"Brenda Okafor|We will win,"}},
		{"place unknown", "Sen. Gerald Okoro spoke on Monday in Miami. Voters cheered.\n\n“We will win,” the Florida senator said.", nil},
		{"unqualified", "Sen. Gerald Okoro spoke on Monday in Miami. Voters cheered.\n\n“We will win,” the senator said.", nil},
	})
}
