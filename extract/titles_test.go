package extract

import (
	"testing"

	"newsgraph/schema"
)

// TestAbbreviatedTitles checks that the abbreviations US news writes
// before names ("Gov.", "Del.", "Rev.", "Adm.") are titles, not part of
// the name, and that roles spell them out.
func TestAbbreviatedTitles(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"governor", "Gov. Brenda Okafor signed the bill on Monday.", []string{"Brenda Okafor|Governor|"}},
		{"lieutenant governor", "Lt. Gov. Brenda Okafor signed the bill on Monday.", []string{"Brenda Okafor|Lieutenant Governor|"}},
		{"delegate", "Del. Brenda Okafor voted against the bill.", []string{"Brenda Okafor|Delegate|"}},
		{"representative", "Rep. Brenda Okafor voted against the bill.", []string{"Brenda Okafor|Representative|"}},
		{"delegate inside", "The bill was opposed by Del. Brenda Okafor on Monday.", []string{"Brenda Okafor|Delegate|"}},
		{"reverend", "The Rev. Gerald Okoro led the march.", []string{"Gerald Okoro|Reverend|"}},
		{"admiral", "Adm. Gerald Okoro inspected the fleet.", []string{"Gerald Okoro|Admiral|"}},
		{"majority leader", "Senate Majority Leader Brenda Okafor said the bill would pass.", []string{"Brenda Okafor|Majority Leader|Senate"}},
		{"minority whip", "Senate Minority Whip Gerald Okoro said the bill would fail.", []string{"Gerald Okoro|Minority Whip|Senate"}},
		{"plural with tags", "Sens. Brenda Okafor (D-Ore.), Gerald Okoro (R-Ohio) and Tom Hale (D-N.J.) wrote the bill.",
			[]string{"Brenda Okafor|Senator|", "Gerald Okoro|Senator|", "Tom Hale|Senator|"}},
		{"under secretary", "“It will not work,” said Treasury Under Secretary Gerald Okoro.", []string{"Gerald Okoro|Treasury Under Secretary|"}},
		{"apposition after the tag", "“It is a sad day,” said Rep. Gerald Okoro (D-N.C.), head of the Eastfold Caucus.", []string{"Gerald Okoro|Representative|", "Gerald Okoro|head|Eastfold Caucus"}},
		{"interim before the body", "Interim EFC Chairwoman Brenda Okafor said she was glad.", []string{"Brenda Okafor|Chairwoman|EFC"}},
		{"hyphenated race", "Republican vice-presidential nominee Brenda Okafor echoed the statements.", []string{"Brenda Okafor|vice-presidential nominee|Republican Party"}},
		{"two titles", "Democratic presidential candidate Sen. Brenda Okafor won the debate.", []string{"Brenda Okafor|Senator|", "Brenda Okafor|presidential candidate|Democratic Party"}},
		{"former is no title", "Former Rep. Gerald Okoro lost.", []string{"Gerald Okoro|Former Representative|"}},
		{"plural with a qualifier", "Ohio Reps. Brenda Okafor and Gerald Okoro wrote the bill.",
			[]string{"Brenda Okafor|Representative|Ohio", "Gerald Okoro|Representative|Ohio"}},
	})
}

// TestTitleWordsAsSurnames checks that a title word after a given name or
// "Mr" is a surname, and still a title before a name.
func TestTitleWordsAsSurnames(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"after a given name and Mr", "“Turnout matters,” said Gerald King, a local Democrat. Later Mr. King added: “We will see.”",
			[]string{"Gerald King|Turnout matters,", "Gerald King|We will see."}},
	})
	checkEntityCases(t, extractText, []entityCase{
		{"Ms Bishop met Mr Judge in Leeds.", []string{"Bishop", "Judge"}, nil},
		{"Brenda Prince spoke on Monday.", []string{"Brenda Prince"}, []string{"Brenda"}},
		{"Gerald Okoro met King Haakon.", []string{"Gerald Okoro", "Haakon"}, []string{"King Haakon"}},
	})
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

// TestPlaceHeadBeforeOf checks that a name whose head before "of" is a
// place noun ("Gulf of Tarvos", "Line of Kelmar") is a place, and one
// whose head is an institution ("Church of Wales") is not.
func TestPlaceHeadBeforeOf(t *testing.T) {
	for _, tt := range []struct {
		text string
		want schema.Type
		name string
	}{
		{"Troops crossed the Line of Kelmar on Monday.", schema.Place, "Line of Kelmar"},
		{"The ships sailed into the Gulf of Tarvos on Monday.", schema.Place, "Gulf of Tarvos"},
		{"Tourists visited the Palace of Kelmar on Monday.", schema.Place, "Palace of Kelmar"},
	} {
		got := entityNames(extractText(t, tt.text))
		if got[tt.name] != tt.want {
			t.Errorf("%q: %q is %q, want %q (all: %v)", tt.text, tt.name, got[tt.name], tt.want, got)
		}
	}
	text := "Bishops of the Church of Kelmar met on Monday."
	if got := entityNames(extractText(t, text)); got["Church of Kelmar"] == schema.Place {
		t.Errorf("%q: Church of Kelmar is a place (all: %v)", text, got)
	}
}

// TestSpellTitle checks that abbreviated titles written before names are
// spelled out, with what stands before them kept, and others kept as
// written.
func TestSpellTitle(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Sen.", "Senator"},
		{"Sens.", "Senator"},
		{"former Gov.", "former Governor"},
		{"Lt. Gov.", "Lieutenant Governor"},
		{"Ohio Republican Rep.", "Ohio Republican Representative"},
		{"Lt. Gen.", "Lieutenant General"},
		{"Prime Minister", "Prime Minister"},
		{"Gen", "Gen"}, // no full stop: a word, not surely a title
	} {
		if got := spellTitle(tt.in); got != tt.want {
			t.Errorf("spellTitle(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	checkRows(t, roleRows, []rowCase{
		{"once", "Sen. Tom Hale said the bill would pass. The senator, Sen. Tom Hale, spoke in Ohio.", []string{"Tom Hale|Senator|"}},
	})
}
