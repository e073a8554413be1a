package extract

import (
	"context"
	"slices"
	"testing"
)

// The cases where the dependency parse, not word order, finds who said or
// did something (parseSubject, parseSpeakerAfter). Each is run with the
// rules alone too, to show that the parse is what reads it.
func TestParseSubjects(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // quote rows, then fact rows
	}{
		{"party in parentheses", `"We will not back down," Rep. Ana Ruiz (D-Ohio) said on Friday.`,
			[]string{"Ana Ruiz|We will not back down,"}},
		{"abbreviated state in parentheses", `"The vote is lost," Sen. Tom Hale (R-Fla.) said.`,
			[]string{"Tom Hale|The vote is lost,"}},
		{"apposition after the quotation", `"Aid is late," Tom Hale, the director of the Relief Fund, said at a briefing.`,
			[]string{"Tom Hale|Aid is late,"}},
		{"verb before a titled speaker", `"The vote is lost," said retired army officer Tom Hale.`,
			[]string{"Tom Hale|The vote is lost,"}},
		{"possessor in an apposition", `Even Norway, Sweden's closest ally and main trading partner, said it was "firmly opposed" to the plan.`,
			[]string{"Norway|firmly opposed"}},
		{"a person's spokesman", `Tom Hale's former campaign strategist said the result was "a disgrace".`,
			nil},
		{"relative clause with a time clause", "Ana Ruiz, who has campaigned for the Green Party since it lost its leader in June, criticised Tom Hale on Friday.",
			[]string{"Ana Ruiz|criticized|Tom Hale"}},
		{"coordinated verbs", "Ana Ruiz thanked Peru for its help and criticised Chile.",
			[]string{"Ana Ruiz|criticized|Chile", "Ana Ruiz|praised|Peru"}},
		{"coordinated verbs 2", "Ana Ruiz exhorted Tom Hale to fight on and praised Eva Soto.",
			[]string{"Ana Ruiz|praised|Eva Soto"}},
		{"adverbial -ing clause", `Tom Hale answered Ana Ruiz in a debate by saying he would "never" resign.`,
			[]string{"Tom Hale|never"}},
		{"passive subject", "Tom Hale was accused of lying in a report on Monday.",
			nil},
		{"time between subject and verb", "Ana Ruiz on Tuesday criticised Tom Hale.",
			[]string{"Ana Ruiz|criticized|Tom Hale"}},
	}
	full, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := full.Extract(context.Background(), Article{ID: "test", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			got := append(quoteRows(r), factRows(r)...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
			r, err = NewRules().Extract(context.Background(), Article{ID: "test", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("rules only: %q", append(quoteRows(r), factRows(r)...))
		})
	}
}
