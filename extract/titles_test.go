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
