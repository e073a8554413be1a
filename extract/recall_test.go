package extract

import (
	"context"
	"slices"
	"testing"
)

// TestOrdinalAndChannelNames checks names with a capitalised ordinal
// ("the Fourth Estate Union") or a channel number written as a word
// ("BBC Three"), and the ordinals and numbers that begin no name.
func TestOrdinalAndChannelNames(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		// ordinal in a union's name
		{"Ana Ruiz, of the Third Grade Teachers Union, said pay was too low.", []string{"Ana Ruiz", "Third Grade Teachers Union"}, []string{"Grade Teachers Union"}},
		// ordinal after a comma
		{"The strike was called by her union, the Second Harbour Association, on Monday.", []string{"Second Harbour Association"}, []string{"Harbour Association"}},
		// sentence-initial ordinal
		{"First Tom Hale spoke to the crowd.", []string{"Tom Hale"}, []string{"First Tom Hale"}},
		// ordinal before a person
		{"Ana Ruiz was the First Lady of the club.", []string{"Ana Ruiz"}, []string{"First Lady"}},
		// channel number
		{"Tom Hale told BBC Three's late show that he would stay.", []string{"Tom Hale", "BBC Three"}, nil},
		// channel number alone
		{"The debate will be shown on BBC Four and ITV on Monday.", []string{"BBC Four"}, nil},
		// number after an unknown acronym
		{"Tom Hale said XYZ One was a failure.", []string{"Tom Hale"}, []string{"XYZ One"}},
	})
}

// extractArticle extracts an article whose first line may be a headline.
func extractArticle(t *testing.T, text string) *Result {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	a, _, err := ParseArticle("test", "test.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestHeadlineVerb checks a headline that opens with a verb before a
// surname ("Sack Hale …"), and the names such a rule must leave whole.
func TestHeadlineVerb(t *testing.T) {
	checkEntityCases(t, extractArticle, []entityCase{
		// verb before a surname
		{"Sack Hale 'now' Ruiz urges board\n\nAna Ruiz urged the board to act over President Hale's failures. Mr Hale said he would stay.", []string{"Hale", "Ana Ruiz"}, []string{"Sack Hale"}},
		// full name used again
		{"Zoltar Hale wins vote\n\nZoltar Hale won the vote on Monday. Mr Hale said he was pleased.", []string{"Zoltar Hale"}, []string{"Hale"}},
		// given name
		{"Peter Hale wins vote\n\nThe count ended on Monday. Mr Hale said he was pleased.", []string{"Peter Hale"}, nil},
		// not a headline
		{"Brix Hale won the vote on Monday, the count showed. Mr Hale said he was pleased.", []string{"Brix Hale"}, nil},
	})
}

// TestQualifiedTitleAnaphor checks that "the French president" goes to
// the president the article places in France rather than to one whose
// country it does not give.
func TestQualifiedTitleAnaphor(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"holder in the country named", "French President Jean Roux spoke first. Later President Tom Hale spoke. The French president told reporters: “We agree with the plan.”", []string{"Jean Roux|We agree with the plan."}},
		{"only holder, country unknown", "President Tom Hale spoke first. The French president told reporters: “We agree with the plan.”", []string{"Tom Hale|We agree with the plan."}},
		{"holder in another country", "French President Jean Roux spoke first. Then Spanish President Tom Hale spoke. The French president told reporters: “We agree with the plan.”", []string{"Jean Roux|We agree with the plan."}},
	})
}

// TestCompoundChief checks titles made of lower-case nouns and "chief" or
// "boss" before a name, and the words that make none.
func TestCompoundChief(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"two nouns, former, honorific", "Former prison service chief Lord Tom Hale has criticised the plan.", []string{"Tom Hale|Former prison service chief|"}},
		{"boss", "The water company boss Ana Ruiz said it was wrong.", []string{"Ana Ruiz|water company boss|"}},
		{"no name after it", "The prison service chief said it was wrong.", nil},
		{"organisation's name before it", "The International Energy Agency said the plan was sound.", nil},
	})
}

// TestBritishHome checks that the names of British politics make the
// United Kingdom the home of a prime minister whose country the article
// does not give, even when it names another country more (without them
// the country named most would be its home, but the United States has no
// prime minister), and that a president's home is never the United
// Kingdom.
func TestBritishHome(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"Tories", "Prime Minister Ana Ruiz spoke in Brussels on Monday. President Tom Hale won the US vote, and America cheered. The American result was clear, Ms Ruiz said. The Tories say she is weak on the UK.",
			[]string{"Ana Ruiz|Prime Minister|United Kingdom", "Tom Hale|President|United States"}},
		{"no British names", "Prime Minister Ana Ruiz spoke in Brussels on Monday. President Tom Hale won the US vote, and America cheered. The American result was clear, Ms Ruiz said. Critics say she is weak on the UK.",
			[]string{"Ana Ruiz|Prime Minister|", "Tom Hale|President|United States"}},
		{"no British president", "Sir Ian Moss met President Tom Hale in London on Monday. The UK and the US signed a deal, and the UK hailed it.",
			[]string{"Tom Hale|President|United States"}},
	})
}

// TestRegionsAndGroups checks regions named by a compass point and a
// continent, compass words inside a demonym, and groups of countries
// named by their number of members.
func TestRegionsAndGroups(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		// compass point before a continent
		{"Tom Hale said the floods struck west Africa on Monday.", []string{"Tom Hale", "West Africa"}, []string{"Africa"}},
		// compass words before a demonym
		{"Ana Ruiz, touring North West African states, praised the deal.", []string{"Ana Ruiz"}, []string{"North West"}},
		// southern is no region's name
		{"Tom Hale said the floods struck southern Asia on Monday.", []string{"Tom Hale", "Asia"}, []string{"Southern Asia"}},
		// group of countries
		{"Ana Ruiz said the G9 ministers would meet again.", []string{"Ana Ruiz", "G9"}, nil},
		// no group
		{"Ana Ruiz said the GX9 ministers would meet again.", []string{"Ana Ruiz"}, []string{"GX9"}},
	})
}

// TestDealsAndBlame checks agreements reached "with" someone, and
// branding, blaming, questioning and turning on someone as criticism.
func TestDealsAndBlame(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"struck a deal with", "Tom Hale struck a deal with Ana Ruiz on Monday.", []string{"Tom Hale|agreed_with|Ana Ruiz"}},
		{"reached an agreement with", "Ana Ruiz reached an agreement with Tom Hale.", []string{"Ana Ruiz|agreed_with|Tom Hale"}},
		{"noun after a demonym", "The Spanish deal with France was hailed.", []string{"Spain|agreed_with|France"}},
		{"signed a pact with", "France has signed a pact with Germany.", []string{"France|agreed_with|Germany"}},
		{"failed deal", "Tom Hale failed to reach a deal with Ana Ruiz.", nil},
		{"hoped-for deal", "Tom Hale hopes to strike a deal with Ana Ruiz.", nil},
		{"branded", "Ian Moss branded Tom Hale incompetent.", []string{"Ian Moss|criticized|Tom Hale"}},
		{"blamed", "Ian Moss blamed Tom Hale for the loss.", []string{"Ian Moss|criticized|Tom Hale"}},
		{"questioned someone's judgement", "Tom Hale questioned Ana Ruiz's judgement.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"questioned someone", "Police questioned Ana Ruiz on Monday.", nil},
		{"turned on", "Tom Hale turned on Ana Ruiz.", []string{"Tom Hale|criticized|Ana Ruiz"}},
	})
}

// TestTitleAnaphorNamedInSentence checks that a title anaphor is not the
// person its own sentence names ("the premier told Mr Hale …"), while
// the article's main person may still hold it.
func TestTitleAnaphorNamedInSentence(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"main person", "Tom Hale criticised the plan on Monday. Tom Hale spoke again later. But the premier called the plan sound.", []string{"Tom Hale|premier|"}},
		{"named in the sentence", "Tom Hale criticised the plan on Monday. Tom Hale spoke again later. But the premier told Mr Hale to go.", nil},
	})
}

// TestBothSidesAfterPlace checks that "both sides" stands for the last two
// actors joined by "and", not for a place and the place it lies in.
func TestBothSidesAfterPlace(t *testing.T) {
	tests := []struct {
		name, text    string
		want, notWant string
	}{
		{"place in a place between", "Tom Hale welcomed the decision by Spain and Portugal to open a rail link. On Monday Mr Hale was in Spain visiting Catholicism's largest church, the Black Temple in Seville where he lit a candle for peace. Both sides agreed to begin talks on trade.",
			"Spain|agreed_with|Portugal", "Black Temple|agreed_with|Seville"},
		{"two visited together", "Ana Ruiz visited Spain and Portugal last week. Both sides agreed to begin talks on trade.",
			"Spain|agreed_with|Portugal", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := factRows(extractText(t, tt.text))
			if !slices.Contains(got, tt.want) {
				t.Errorf("%q: no %q in %q", tt.text, tt.want, got)
			}
			if tt.notWant != "" && slices.Contains(got, tt.notWant) {
				t.Errorf("%q: unexpected %q", tt.text, tt.notWant)
			}
		})
	}
}

// TestAttackedQuote checks words quoted in what a person attacked: they
// are that person's.
func TestAttackedQuote(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"attacked the way", "Ana Ruiz spoke on Monday. She also attacked the way the budget was “rushed” through the council.", []string{"Ana Ruiz|rushed"}},
		{"attacked by name", "Tom Hale attacked the “reckless” plan of the board.", []string{"Tom Hale|reckless"}},
	})
}

// TestShipNames checks that the names of ships after a ship noun are no
// actors, while other names after a comma are kept.
func TestShipNames(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		// apposition
		{"A second supply vessel, the Marlin, is also being sent to Lisbon.", []string{"Lisbon"}, []string{"Marlin"}},
		// after the noun
		{"Tom Hale boarded the tanker Sea Star in Lisbon.", []string{"Tom Hale", "Lisbon"}, []string{"Sea Star"}},
		// not a ship noun
		{"Tom Hale, the chairman of the board, met the mayor of Lisbon, Ana Ruiz.", []string{"Tom Hale", "Lisbon", "Ana Ruiz"}, nil},
	})
}

// TestRelativeClauseVerb checks that a reporting verb inside a relative
// clause whose antecedent is no actor ("anybody who complains") does not
// hide the reporting verb before it.
func TestRelativeClauseVerb(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"saying anybody who", "Ana Ruiz mocked the plan, saying anybody who complains about the fees “has not read it.”", []string{"Ana Ruiz|has not read it."}},
		{"said everyone who", "Tom Hale said everyone who objects to the road “will be heard.”", []string{"Tom Hale|will be heard."}},
		{"antecedent speaks", "Tom Hale, who called the plan “reckless”, resigned.", []string{"Tom Hale|reckless"}},
		{"indefinite person", "Ana Ruiz met a farmer who said the rain was “a disaster.”", nil},
	})
}

// TestWroteFor checks that a writer's name is not joined by "for" to the
// outlet written for, while names with "for" inside are kept whole.
func TestWroteFor(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		// writer and outlet
		{"“The count is slow,” wrote Ana Ruiz for Harbour Weekly.", []string{"Ana Ruiz"}, []string{"Ana Ruiz for Harbour Weekly"}},
		// institute
		{"Tom Hale works at the Institute for Coastal Studies in Lisbon.", []string{"Tom Hale", "Institute for Coastal Studies"}, nil},
	})
}

// TestEvaluativeVerbs checks verbs that give a person's quoted words about
// someone else ("likened the plan to “…”", "referred to her as “…”").
func TestEvaluativeVerbs(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"likened", "Ana Ruiz likened the tax to “a slow leak.”", []string{"Ana Ruiz|a slow leak."}},
		{"referred to as", "Tom Hale referred to the mayor as “the builder.”", []string{"Tom Hale|the builder."}},
		{"thanked for", "Ana Ruiz thanked the crews for “working through the night.”", []string{"Ana Ruiz|working through the night."}},
		{"decried", "Tom Hale decried the “quiet neglect” of the harbour.", []string{"Tom Hale|quiet neglect"}},
		{"labeling", "Ana Ruiz is labeling the deal “a bad bargain.”", []string{"Ana Ruiz|a bad bargain."}},
		{"blamed on", "Tom Hale blamed the delay on “a tired old computer.”", []string{"Tom Hale|a tired old computer."}},
		{"credited with", "Ana Ruiz credited the crews with “saving the bridge.”", []string{"Ana Ruiz|saving the bridge."}},
		{"estimated", "Tom Hale estimated that “about half the town” had left.", []string{"Tom Hale|about half the town"}},
	})
}

// TestQuoteThenSubordinateClause checks that the subject of a clause
// opened by "when" or "while" after a quotation is not its speaker.
func TestQuoteThenSubordinateClause(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"when", "Tom Hale had little to say beyond “we will see,” when Ana Ruiz accused him of stalling.", []string{"Tom Hale|we will see,"}},
		{"while", "Ana Ruiz's office said she would “wait for the vote,” while Tom Hale said he would back it.", []string{"Ana Ruiz|wait for the vote,"}},
		{"said after", "“We will see,” Tom Hale said when asked about the vote.", []string{"Tom Hale|We will see,"}},
	})
}

// TestQuotedFragments checks that the quoted fragments of one sentence
// that one speaker said are one quotation, unless a reporting verb
// between them opens a statement of its own.
func TestQuotedFragments(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"list of labels", "Ana Ruiz called the plan “reckless,” “costly” and “a gift to landlords.”", []string{"Ana Ruiz|reckless, … costly … a gift to landlords."}},
		{"as and who", "Tom Hale described the mayor as “a career politician” who “has never run a business.”", []string{"Tom Hale|a career politician … has never run a business."}},
		{"verb between", "Tom Hale said voters were \"angry\" but predicted a \"calmer summer\" soon.", []string{"Tom Hale|angry", "Tom Hale|calmer summer"}},
		{"two sentences", "Ana Ruiz called the plan “reckless.” She also called it “costly.”", []string{"Ana Ruiz|reckless.", "Ana Ruiz|costly."}},
	})
}

// TestQuoteThenNameWithAside checks an attribution after a quotation whose
// speaker's name is followed by a party in brackets or an age, read by
// word order: with the NLP core and with the rules alone.
func TestQuoteThenNameWithAside(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"party in brackets", "Backers of the plan have waved away the worries. “If the firms took no part [in the Jan. 3 fraud], they have nothing to fear,” Sen. Chuck Hale (D-Ohio) said Tuesday.", []string{"Chuck Hale|If the firms took no part [in the Jan. 3 fraud], they have nothing to fear,"}},
		{"age", "“We are still friends,” Jim Soto, 57, told a reporter.", []string{"Jim Soto|We are still friends,"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteRows(extractText(t, tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
			r, err := NewRules().Extract(context.Background(), Article{ID: "test", Text: tt.text})
			if err != nil {
				t.Fatal(err)
			}
			if got := quoteRows(r); !slices.Equal(got, tt.want) {
				t.Errorf("rules only: %q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
