package extract

import "testing"

// TestClauseAfterQuotation checks that the subject of a clause opened by
// "that" after a quotation and its verb ("“…” suggests that Leeds …") is
// not the quotation's speaker, while "said Smith" still names one.
func TestClauseAfterQuotation(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"that clause", "City lawyer Brenda Okafor said in the letter that the leaflet “plainly and wrongly” suggests that Leeds backs the plan.",
			[]string{"Brenda Okafor|plainly and wrongly"}},
		{"inverted attribution", "“The leaflet is wrong,” said Brenda Okafor.", []string{"Brenda Okafor|The leaflet is wrong,"}},
	})
}
