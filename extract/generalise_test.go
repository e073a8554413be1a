package extract

import (
	"slices"
	"testing"
)

// TestDescriptionAnaphora checks that a definite description of a person
// ("the former presenter", "the 58-year-old") takes the person named just
// before, and that an indefinite one names no one.
func TestDescriptionAnaphora(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"former title with a name inside", "Critics were answered by Mayor Ana Ruiz. The former Metro Radio presenter, in office for a year, also warned that Tom Hale ‘will not win the vote’.",
			[]string{"Ana Ruiz|will not win the vote"}},
		{"age", "Tom Hale arrived on Monday. The 58-year-old said: “I am not leaving.”", []string{"Tom Hale|I am not leaving."}},
		{"noun head", "Sir Tom Hale spoke first. The veteran campaigner said: “We will march again.”", []string{"Tom Hale|We will march again."}},
		{"gender mismatch", "Sir Tom Hale spoke first. The businesswoman said: “We will march again.”", nil},
		{"indefinite", "Tom Hale arrived on Monday. A former presenter said: “He is not welcome.”", nil},
		{"too far back", "Tom Hale arrived on Monday. The river was high. The sky was grey. The veteran campaigner said: “We will march again.”", nil},
	})
}

// TestMoreRelations checks the general relation patterns: the audience of
// an interview, owners of acts, appositions, pairs and places.
func TestMoreRelations(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"said in an interview with", "Tom Hale said in an interview with the Daily Sentinel newspaper that he would stay.", []string{"Tom Hale|told|Daily Sentinel"}},
		{"writing in", "Writing in the Daily Sentinel, Tom Hale set out his plan.", []string{"Tom Hale|told|Daily Sentinel"}},
		{"welcomed the move by", "Tom Hale welcomed the move by Chile and Peru to reopen the border.", []string{"Tom Hale|praised|Chile", "Tom Hale|praised|Peru"}},
		{"welcomed a person is hosting", "Tom Hale welcomed Ana Ruiz to Porto.", nil},
		{"applauded the work of", "Ana Ruiz applauded the work of Tom Hale.", []string{"Ana Ruiz|praised|Tom Hale"}},
		{"criticised the way", "Ana Ruiz criticised the way Tom Hale's government works.", []string{"Ana Ruiz|criticized|Tom Hale"}},
		{"attack on", "Ana Ruiz launched a fresh attack on Tom Hale.", []string{"Ana Ruiz|criticized|Tom Hale"}},
		{"swipe at", "Ana Ruiz took a swipe at Tom Hale.", []string{"Ana Ruiz|criticized|Tom Hale"}},
		{"both sides", "Chile welcomed the move by Peru and Bolivia. Both nations agreed to reopen the border.", []string{"Chile|praised|Bolivia", "Chile|praised|Peru", "Peru|agreed_with|Bolivia"}},
		{"meeting of three", "Ana Ruiz met Tom Hale and Eva Soto in Porto.", []string{"Ana Ruiz|met|Eva Soto", "Ana Ruiz|met|Tom Hale", "Ana Ruiz|visited|Porto", "Tom Hale|met|Eva Soto"}},
		{"returning from a holiday", "Ana Ruiz returned on Monday from her holiday in Kenya.", []string{"Ana Ruiz|visited|Kenya"}},
		{"apposition of a place", "Ana Ruiz was touring the county's finest fort, Caernarfon Castle in Wales.", []string{"Ana Ruiz|visited|Caernarfon Castle", "Ana Ruiz|visited|Wales"}},
		{"warned that", "Ana Ruiz warned that Tom Hale would lose.", nil},
		{"passive with a relation apposition", "Sir Tom Hale's plan was backed by his successor at the bank, Sir Ian Moss.", []string{"Ian Moss|supports|Tom Hale"}},
		{"outlet of a broadcaster", "Ana Ruiz told BBC Four's Nightwatch she would stay.", []string{"Ana Ruiz|told|Nightwatch"}},
		{"was in a country", "On Monday Ms Ana Ruiz was in Kenya to open schools.", []string{"Ana Ruiz|visited|Kenya"}},
		{"in a country's interest", "Ms Ana Ruiz said it is in Kenya's interest.", nil},
		{"name modifying an act", "Ana Ruiz praises Kenya moves.", nil},
		{"came to the defence", "Ana Ruiz came to Tom Hale's defence on Monday.", []string{"Ana Ruiz|supports|Tom Hale"}},
		{"came to the defence of", "Ana Ruiz came to the defence of Tom Hale.", []string{"Ana Ruiz|supports|Tom Hale"}},
		{"said was wrong", "Ana Ruiz said Tom Hale was wrong to cut taxes.", []string{"Ana Ruiz|criticized|Tom Hale"}},
		{"said was not wrong", "Ana Ruiz said Tom Hale was not wrong.", nil},
		{"agreed with that", "Ana Ruiz agreed with Tom Hale that taxes were too high.", []string{"Ana Ruiz|supports|Tom Hale"}},
		{"agreed with on", "Ana Ruiz agreed with Tom Hale on a ceasefire.", []string{"Ana Ruiz|agreed_with|Tom Hale"}},
		{"on a visit", "Ana Ruiz, on a three-day visit to Kenya, said the talks went well.", []string{"Ana Ruiz|visited|Kenya"}},
		{"is on a visit", "Ana Ruiz is on a visit to Kenya and Uganda.", []string{"Ana Ruiz|visited|Kenya", "Ana Ruiz|visited|Uganda"}},
		{"during her visit", "During her visit to Kenya, Ana Ruiz met Tom Hale.", []string{"Ana Ruiz|met|Tom Hale", "Ana Ruiz|visited|Kenya"}},
		{"first person in a quotation", "Ana Ruiz said: \"I salute the courage of Tom Hale.\"", []string{"Ana Ruiz|praised|Tom Hale"}},
		{"first person, negated", "\"I would never meet Tom Hale,\" Ana Ruiz said.", nil},
		{"we is a group", "\"We condemn Tom Hale,\" Ana Ruiz said.", nil},
		{"reporting verb far from the noun", "Ana Ruiz was asleep when calls came in during the attack on Tom Hale.", nil},
		{"criticism of", "Tom Hale's criticism of Ana Ruiz was harsh.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"voiced criticism", "Tom Hale voiced strong criticism of Ana Ruiz.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"cited criticism", "Tom Hale cited criticism of Ana Ruiz.", nil},
		{"claiming criticism", "Claiming the criticism of Ana Ruiz was unfair, Tom Hale left.", nil},
		{"rounded on", "Tom Hale rounded on Ana Ruiz.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"took aim at", "Tom Hale took aim at Ana Ruiz.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"speaking on", "Speaking on Sky News, Tom Hale said he would stay.", []string{"Tom Hale|told|Sky News"}},
		{"backing to", "Tom Hale gave his backing to Ana Ruiz.", []string{"Tom Hale|supports|Ana Ruiz"}},
		{"meeting of several", "A meeting of Chile, Peru and Bolivia ended on Monday.", []string{"Chile|met|Bolivia", "Chile|met|Peru", "Peru|met|Bolivia"}},
		{"meeting of both countries", "Ana Ruiz praised the work of Chile and Peru. It followed a meeting of the trade envoys of the two nations in Lima.", []string{"Ana Ruiz|praised|Chile", "Ana Ruiz|praised|Peru", "Chile|met|Peru"}},
		{"meeting of members", "A meeting of Green members ended on Monday.", nil},
		{"denied he had", "Tom Hale denied he had criticised Ana Ruiz.", nil},
		{"denied that she", "Ana Ruiz denied that she met Tom Hale.", nil},
		{"hosted", "Ana Ruiz hosted Tom Hale in Porto.", []string{"Ana Ruiz|met|Tom Hale"}},
		{"warning to", "Ana Ruiz issued a stark warning to Tom Hale.", []string{"Ana Ruiz|warned|Tom Hale"}},
		{"said on", "Ana Ruiz said on Sky News that she would stay.", []string{"Ana Ruiz|told|Sky News"}},
		{"said on a day", "Ana Ruiz said on Monday that the tax on Barclays was fair.", nil},
		{"speaking about", "Speaking about the tax on Barclays, Ana Ruiz said it was fair.", nil},
		{"judgements of words", "Eva Soto said she believed Ana Ruiz's remarks were \"entirely correct\" and Tom Hale's tax plan was \"dangerous\".", []string{"Eva Soto|criticized|Tom Hale", "Eva Soto|supports|Ana Ruiz"}},
		{"described as", "Tom Hale described Ana Ruiz's speech as \"helpful\".", []string{"Tom Hale|supports|Ana Ruiz"}},
		{"judgement negated", "Ana Ruiz said Tom Hale's plan was not justified.", nil},
		{"merit of a person is no support", "Ana Ruiz said Tom Hale was right.", nil},
		{"speech to", "Tom Hale said in a speech to the CBI that taxes would fall.", []string{"Tom Hale|told|Confederation of British Industry"}},
		{"addressed", "Ana Ruiz addressed the European Parliament on Monday.", []string{"Ana Ruiz|told|European Parliament"}},
		{"programme with a small word", "Tom Hale told ITV's Breakfast with Frost programme that taxes would fall.", []string{"Tom Hale|told|Breakfast with Frost"}},
		{"weekday paper", "In an interview with the Sunday Telegraph, Tom Hale said taxes would fall.", []string{"Tom Hale|told|Sunday Telegraph"}},
		{"paper on a weekday", "Tom Hale told the Mail on Sunday that taxes would fall.", []string{"Tom Hale|told|Mail on Sunday"}},
		{"station with a number word", "Tom Hale told BBC Radio Five Live that taxes would fall.", []string{"Tom Hale|told|BBC Radio 5 Live"}},
		{"apostrophe after a digit", "Tom Hale told Channel 5's Nightline programme that taxes would fall.", []string{"Tom Hale|told|Nightline"}},
		{"returns without from", "Ana Ruiz's tax returns may show interests in Kenya.", nil},
	})
}

// TestMoreQuotes checks speakers read from a sentence's closing ", he
// argued", from "X said he believed", past nouns of saying, from the
// sentence after a quotation that ends in a question mark, and before a
// quotation followed by ", adding that".
func TestMoreQuotes(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"trailing reporting clause", "Tom Hale spoke. Chile was \"ready to act\" on it, he argued.", []string{"Tom Hale|ready to act"}},
		{"said he thought", "Ana Ruiz spoke first. Mayor Tom Hale said he believed Ana Ruiz's remarks were \"entirely correct\".", []string{"Tom Hale|entirely correct"}},
		{"but predicted", "Tom Hale spoke. He said voters were \"angry\" but predicted a \"calmer summer\" soon.", []string{"Tom Hale|angry", "Tom Hale|calmer summer"}},
		{"question then attribution", "Tom Hale met Ana Ruiz.\n\n“Why now?” Hale asked. “Nobody knows.”", []string{"Tom Hale|Why now? Nobody knows."}},
		{"exclamation then attribution", "Tom Hale met Ana Ruiz.\n\n“We need a fix!” Ruiz said to reporters.", []string{"Ana Ruiz|We need a fix!"}},
		{"stop then a new statement", "Tom Hale met Ana Ruiz.\n\n“The vote was fair.” Ruiz said she disagreed.", nil},
		{"according to the", "According to the Daily Ledger, “the council will vote in May.”", []string{"Daily Ledger|the council will vote in May."}},
		{"progressive, not passive", "Ana Ruiz is telling diners at a café that “I need you tomorrow.”", []string{"Ana Ruiz|I need you tomorrow."}},
		{"passive with no agent", "The plan is described as “reckless” in the report.", nil},
		{"groused", "On Monday, Tom Hale groused to a crowd that the channel “does not treat me fairly” before leaving.", []string{"Tom Hale|does not treat me fairly"}},
		{"a day between subject and verb", "Tom Hale later Thursday told Radio Leeds: “Both sides meet next week.”", []string{"Tom Hale|Both sides meet next week."}},
		{"interjected", "Ana Ruiz spoke first. Tom Hale interjected, “That is simply not true.”", []string{"Tom Hale|That is simply not true."}},
		{"adding after a closing mark", "Tom Hale told the council that Eva Soto “had a reckless plan,” adding, “She lost every vote.”", []string{"Tom Hale|had a reckless plan,", "Tom Hale|She lost every vote."}},
		{"adding after the quotation", `In a statement, Tom Hale said: "The firm did well when it was independent," adding that its value rose.`, []string{"Tom Hale|The firm did well when it was independent,"}},
	})
}

// TestMoreEntities checks number words inside a known name, plural
// demonyms, groupings kept apart, names before "report" and ships.
func TestMoreEntities(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Ana Ruiz told BBC Radio Five Live on Monday that she would stay.", []string{"BBC Radio 5 Live"}, []string{"BBC Radio"}},
		{"Ana Ruiz said Texans deserved better.", []string{"Ana Ruiz"}, []string{"Texans"}},
		{"Ana Ruiz said Democrats deserved better.", []string{"Ana Ruiz", "Democratic Party"}, nil},
		{"Ana Ruiz said Ruizism was over.", []string{"Ana Ruiz"}, []string{"Ruizism"}},
		{"The G20 met after the G7 had failed.", []string{"G20", "G7"}, nil},
		{"Ana Ruiz backed the plans in the Moss report.", []string{"Ana Ruiz"}, []string{"Moss"}},
		{"Ana Ruiz sailed on HMS Valiant to Boston.", []string{"Ana Ruiz", "Boston"}, []string{"HMS Valiant", "Valiant"}},
	})
}

// TestMoreRoles checks compound titles and the former title an anaphor
// gives the person it refers to.
func TestMoreRoles(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"compound title", "Former police chief Sir Tom Hale spoke.", []string{"Tom Hale|Former police chief|"}},
		{"union leader", "Trade union leader Ana Ruiz spoke.", []string{"Ana Ruiz|Trade union leader|"}},
		{"head of a named government", "Sir Ian Moss criticised Tom Hale's government. Sir Ian Moss spoke again. The prime minister said: “We disagree.”", []string{"Tom Hale|prime minister|"}},
		{"former title as anaphor", "Sir Tom Hale spoke on Monday. The former foreign secretary said: “It was wrong.”", []string{"Tom Hale|former foreign secretary|"}},
	})
}

// TestSpeakerLabels checks paragraphs opened by a speaker's name and a
// colon: transcripts in capitals, names in live blogs and headlines, and
// labels that are no speaker.
func TestSpeakerLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"transcript in capitals", "Tom Hale met Ana Ruiz on Sunday.\n\nHALE: Well, look, the plan will not work and everybody knows it.\n\nRUIZ: I disagree with that entirely.",
			[]string{"Tom Hale|Well, look, the plan will not work and everybody knows it.", "Ana Ruiz|I disagree with that entirely."}},
		{"transcript inside quotation marks", "Tom Hale met Ana Ruiz on Sunday.\n\n\"HALE: Well, look, the plan will not work.\n\n\"RUIZ: I disagree with that entirely.\"",
			[]string{"Tom Hale|Well, look, the plan will not work.", "Ana Ruiz|I disagree with that entirely."}},
		{"name label", "Ana Ruiz spoke on Sunday.\n\nAna Ruiz: The bridge will open in May as we promised.", []string{"Ana Ruiz|The bridge will open in May as we promised."}},
		{"headline label with quotation", "Ruiz: ‘We Will Not Back Down’ On Budget\n\nMayor Ana Ruiz spoke on Sunday.", []string{"Ana Ruiz|We Will Not Back Down"}},
		{"headline label without quotation", "Ana Ruiz: The Mayor Who Never Backs Down\n\nMayor Ana Ruiz spoke on Sunday.", nil},
		{"list entry", "Ana Ruiz won the vote.\n\nRuiz: 46.", nil},
		{"not a person", "Ana Ruiz won the vote.\n\nUPDATE: The count was finished on Monday night after a delay.", nil},
		{"two persons of one surname", "Tom Hale met Eva Hale.\n\nHALE: We will see what happens next week.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteRows(extractArticle(t, tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
