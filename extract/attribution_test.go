package extract

import (
	"slices"
	"testing"
)

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

// TestCoordinatedVerbAfterPrepObject checks that a reporting verb after
// "and" shares the subject of the verb before it when the name before
// "and" is governed by a preposition, and that two names joined by "and"
// still say it together.
func TestCoordinatedVerbAfterPrepObject(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"object of a preposition", "Brenda Okafor met Gerald Okoro on Monday. Okafor, the former mayor, stressed her support of the raid that caught Gerald Okoro during a “Town Hall Forum” run by the Daily Sentinel and said she has what the job needs: “Calm, and strength.”",
			[]string{"Brenda Okafor|Calm, and strength."}},
		{"two subjects", "Brenda Okafor and Gerald Okoro said: “We must stay strong.”",
			[]string{"Gerald Okoro|We must stay strong.", "Brenda Okafor|We must stay strong."}},
	})
}

// TestAppositionsBeforeVerb checks that a speaker named after a quotation
// keeps it across appositions between commas before the reporting verb.
func TestAppositionsBeforeVerb(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"two appositions", "“It is an invasion of the state domain,” Gerald Okoro, the attorney general of Oklahoma, one of the states suing the agency, said at a Washington event this month.",
			[]string{"Gerald Okoro|It is an invasion of the state domain,"}},
		{"age", "“We will win,” Gerald Okoro, 57, said.", []string{"Gerald Okoro|We will win,"}},
		{"possessive apostrophe", "“The path to change runs through the states,” Gerald Okoro, Brenda Jones’ campaign manager, said in a statement.",
			[]string{"Gerald Okoro|The path to change runs through the states,"}},
	})
}

// TestHeadlineRepeatsQuotation checks that a quotation of the headline
// that the body quotes more fully from the same speaker is left out, and
// that one of its own is kept.
func TestHeadlineRepeatsQuotation(t *testing.T) {
	for _, tt := range []rowCase{
		{"repeated", "End budget ‘denial’ Okoro tells MPs\n\nGerald Okoro said on Monday that ministers were in a “state of denial” about the budget.",
			[]string{"Gerald Okoro|state of denial"}},
		{"own words", "Okoro: ‘We will win’\n\nGerald Okoro said on Monday that ministers were in a “state of denial” about the budget.",
			[]string{"Gerald Okoro|We will win", "Gerald Okoro|state of denial"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := quoteRows(extractArticle(t, tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestTranscriptSpeakers checks that a label in capitals that opens
// several paragraphs of a transcript, where another label names a person
// of the article, names a speaker of its own, and that a label of one
// paragraph, or a transcript with no known speaker, names no one.
func TestTranscriptSpeakers(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"interviewer", "Gerald Okoro spoke to the show on Sunday.\n\n\"MORVAN: Will you run again?\n\n\"OKORO: Well, look, the people will decide that in the spring.\n\n\"MORVAN: And if they say no to you?\n\n\"OKORO: Then I will go home to my farm.",
			[]string{"Morvan|Will you run again?", "Gerald Okoro|Well, look, the people will decide that in the spring.", "Morvan|And if they say no to you?", "Gerald Okoro|Then I will go home to my farm."}},
		{"one paragraph", "Gerald Okoro spoke to the show on Sunday.\n\n\"MORVAN: Will you run again?\n\n\"OKORO: Well, look, the people will decide that in the spring.",
			[]string{"Gerald Okoro|Well, look, the people will decide that in the spring."}},
		{"title", "Gerald Okoro spoke to the show on Sunday.\n\n\"HOST: Will you run again?\n\n\"OKORO: Well, look, the people will decide that in the spring.\n\n\"HOST: And if they say no to you?\n\n\"OKORO: Then I will go home to my farm.",
			[]string{"Gerald Okoro|Well, look, the people will decide that in the spring.", "Gerald Okoro|Then I will go home to my farm."}},
	})
}

// TestOpeningPhraseWithPlace checks that the subject after an opening
// phrase that ends in a town and its state ("Speaking in Salem, New
// Hampshire, X …") is the person, not the state.
func TestOpeningPhraseWithPlace(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"town and state", "Speaking at a town hall event in Salem, New Hampshire, Gerald Okoro went after Tom Hale, calling him “a total stiff.”",
			[]string{"Gerald Okoro|a total stiff."}},
		{"town alone", "Speaking in Leeds, Gerald Okoro went after Tom Hale, calling him “a total stiff.”",
			[]string{"Gerald Okoro|a total stiff."}},
	})
}

// TestRelativeAfterPersonOfPlace checks that "who" after "Jane Doe of
// Florida," stands for the person, not the place.
func TestRelativeAfterPersonOfPlace(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"person of place", "The inquiry has given fodder to candidates such as Sen. Gerald Okoro of Florida, who mused in the debate that Brenda Okafor was \"disqualified from office\" because of it.",
			[]string{"Gerald Okoro|disqualified from office"}},
	})
}

// TestIndefiniteSubjectFirst checks that an unnamed person right before
// the reporting verb ("a man yelled") says the quotation, not a name of
// the clause before, while one that names a body speaks for it and one
// followed by a subject of its own is no subject.
func TestIndefiniteSubjectFirst(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"unnamed after a clause", "Some in the crowd booed, and when Gerald Okoro thanked Miami and said it was great to be home, a man yelled “Stay there!”", nil},
		{"body", "In a statement, a State Department official said, \"We are not going to speak to the content of these documents.\"",
			[]string{"State Department|We are not going to speak to the content of these documents."}},
		{"subject after it", "Two weeks after Brenda Okafor lost her cool on a rope line, jabbing her finger at an activist as she angrily said, “I am so sick of the campaign lying” about her record, Gerald Okoro jabbed at her on Monday.",
			[]string{"Brenda Okafor|I am so sick of the campaign lying"}},
	})
}

// TestDateline checks that the place of a dateline ("DECATUR, Ill. —") is
// not the subject of the sentence it opens.
func TestDateline(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"state", "DECATUR, Ill. — Sen. Gerald Okoro weighed in on the claims against the manager, calling the behavior a “fireable offense.”",
			[]string{"Gerald Okoro|fireable offense."}},
		{"agency", "LEEDS (AP) — Speaking to reporters, Gerald Okoro called the plan “a waste of money.”",
			[]string{"Gerald Okoro|a waste of money."}},
		{"agency in capitals", "Washington (AFP) – Democrat Brenda Okafor has taken a swipe at rival Gerald Okoro’s stance on trade, saying that “bombastic comments” do more harm than good.",
			[]string{"Brenda Okafor|bombastic comments"}},
		{"name and a dash", "Gerald Okoro – the mayor – said it was “a disgrace.”", []string{"Gerald Okoro|a disgrace."}},
	})
}

// TestPossessorOfPersonIsNoSpeaker checks that the owner of an unnamed
// person who speaks ("Jane Doe's right-hand woman") is not the speaker.
func TestPossessorOfPersonIsNoSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"right-hand woman", "In response to the plan, Brenda Okafor’s right-hand woman rallied supporters, saying: “We have to be ready to stop him.”", nil},
		{"named after", "In response to the plan, Brenda Okafor rallied supporters, saying: “We have to be ready to stop him.”",
			[]string{"Brenda Okafor|We have to be ready to stop him."}},
	})
}

// TestToldByUnknownSpeaker checks that a quotation after a sentence whose
// reporting verb follows a title naming no one ("the president told
// Jane Doe") is not given to the one told, while a name before the verb
// is the one the title stands for.
func TestToldByUnknownSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"the one told", "“So we executed this plan as well as I could have expected,” the president told The Atlantic’s Gerald Okoro. “And despite all that, it is a mess.”", nil},
		{"name before the verb", "Gerald Okoro defends his record in an advert on Iowa TV: \"Securing our borders is a matter of national security,\" the senator says to the camera. \"That's why I fought so hard.\"",
			[]string{"Gerald Okoro|That's why I fought so hard."}},
	})
}

// TestParticipleAfterQuotation checks that the object of a participle
// after a quotation (“…,” telling X) is the one told, not the speaker.
func TestParticipleAfterQuotation(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"telling", "Gerald Okoro rejected the plan as “reckless,” telling Brenda Okafor it would fail.",
			[]string{"Gerald Okoro|reckless,"}},
		{"said", "“It is reckless,” said Brenda Okafor.", []string{"Brenda Okafor|It is reckless,"}},
	})
}

// TestAccordingToAfterQuotation checks that “…,” according to X gives
// the quotation to X.
func TestAccordingToAfterQuotation(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"person", "The plan is “a disaster,” according to Gerald Okoro.", []string{"Gerald Okoro|a disaster,"}},
		{"outlet", "“Officials now expect to complete their work in the next few weeks,” according to CNN.",
			[]string{"CNN|Officials now expect to complete their work in the next few weeks,"}},
		{"no one named", "“Officials now expect to complete their work,” according to a report.", nil},
	})
}

// TestVoiceOfAnActor checks that a quotation from someone's campaign,
// spokesman or office is given to them, as an unnamed spokesman's is to
// the body, while one from their wife is no one's the article names.
func TestVoiceOfAnActor(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"campaign before", "Gerald Okoro’s campaign said: “We are confident.”", []string{"Gerald Okoro|We are confident."}},
		{"campaign after", "“We are confident,” Gerald Okoro’s campaign said in a statement.", []string{"Gerald Okoro|We are confident,"}},
		{"spokesman", "Gerald Okoro’s spokesman said: “We are confident.”", []string{"Gerald Okoro|We are confident."}},
		{"wife", "Gerald Okoro's wife said: “We are confident.”", nil},
	})
}

// TestRelativeClauseOfNoActor checks that a name inside a relative clause
// whose antecedent is no actor of the article ("The MP, who … Iraq …,
// accused") is not the subject, while a named antecedent is.
func TestRelativeClauseOfNoActor(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"no actor", "The MP, who was expelled from the party over his anti Iraq war stance, accused Ms Okafor of being a \"party stooge\".", nil},
		{"named", "Gerald Okoro, who was expelled from the party over his anti Iraq war stance, accused Ms Okafor of being a \"party stooge\".",
			[]string{"Gerald Okoro|party stooge"}},
	})
}

// TestPlaceAfterPrepositionIsNoSpeaker checks that a place governed by a
// preposition right before the reporting verb ("the MP for Leeds said")
// is where the speaker is from, not the speaker, while a body after "for"
// is the one a spokesman speaks for.
func TestPlaceAfterPrepositionIsNoSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"place", "The MP for Leeds said Gerald Okoro had been \"trying very hard\" to improve his standing.", nil},
		{"places joined", "The MP for Leeds and Bradford said Gerald Okoro had been \"trying very hard\" to improve his standing.", nil},
		{"body", "A spokesman for Leeds City Council said: \"We will act.\"", []string{"Leeds City Council|We will act."}},
	})
}

// TestParticipleSubjectPastDeterminer checks that the subject of a
// participle is not a name governed by a place preposition, with a
// determiner or title between them ("wrote to Attorney General Jane Doe
// asking …").
func TestParticipleSubjectPastDeterminer(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"title", "Mayor Gerald Okoro wrote a letter to Attorney General Brenda Okafor asking the department to investigate the \"fiasco.\"",
			[]string{"Gerald Okoro|fiasco."}},
	})
}

// TestAppositionBeforeReportingVerb checks that the names inside an
// apposition before the reporting verb are not its subject, the name
// before it is, and an apposition that is a name gives the speaker.
func TestAppositionBeforeReportingVerb(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"possessor inside", "A spokesman for Unison, Britain's biggest union, said: \"At least we are still talking.\"",
			[]string{"Unison|At least we are still talking."}},
		{"age and description", "Gerald Okoro, 35, the son of former President Tom Hale and Senator Brenda Okafor, said on Monday: “Next summer, we will move.”",
			[]string{"Gerald Okoro|Next summer, we will move."}},
		{"name", "The Roman Catholic Archbishop of Eastfold, the Most Reverend Gerald Okoro, told the programme that the church wanted people to \"reflect on issues in light of the gospel\" before voting.",
			[]string{"Gerald Okoro|reflect on issues in light of the gospel"}},
	})
}

// TestInscriptionIsNoSpeech checks that the words a sign, a poster or a
// shirt bears are no one's quotation, while a message someone posts is
// theirs.
func TestInscriptionIsNoSpeech(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"blackboard reading", `The party will test a poster showing Mr Hale and Tom Ruiz with a blackboard reading: "2+2=5".`, nil},
		{"shirt that read", "Ana Ruiz was the protester, wearing a shirt that read “Free the river.”", nil},
		{"placard saying", `Eva Soto held up a placard saying "Hands off our farms."`, nil},
		{"owner's sign", "According to reports, one Eastfold Council sign read, “Slow down, you are loved.”", []string{"Eastfold Council|Slow down, you are loved."}},
		{"message reading", "Tom Hale posted a message reading “Thank you voters” after polls closed.", []string{"Tom Hale|Thank you voters"}},
		{"signed, saying", `Tom Hale signed the bill, saying: "This is a good day."`, []string{"Tom Hale|This is a good day."}},
	})
}

// TestOrganisationInApposition checks that a name set off after the kind
// of organisation it names ("his new party, X,") is no person whom a
// later "he" finds, while a name that opens a clause after the noun
// ("for the party, X said") still is one.
func TestOrganisationInApposition(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"party in apposition", "Tom Hale has launched his new party, Solvita, after quitting. Solvita will contest most seats. He said \"our towns\" were being \"forgotten\".",
			[]string{"Tom Hale|our towns … forgotten"}},
		{"clause after the noun", "It was a bad day for the party, Ana Ruiz said. \"We lost,\" she said.",
			[]string{"Ana Ruiz|We lost,"}},
	})
}

// TestParticipleAfterLinkedOpening checks that the speaker of ", saying"
// is the subject of the main clause also when a conjunction stands
// before the opening phrase, not a name inside that phrase.
func TestParticipleAfterLinkedOpening(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"but in an interview", `But in an interview with the Daily Sentinel, Tom Hale refused to be pinned down, saying a vote would come "some time next year".`,
			[]string{"Tom Hale|some time next year"}},
		{"no conjunction", `In an interview with the Daily Sentinel, Tom Hale refused to be pinned down, saying a vote would come "some time next year".`,
			[]string{"Tom Hale|some time next year"}},
	})
}

// TestParticipleObjectIsNoSpeaker checks that a name after ", telling"
// or ", saying" is not the speaker when the main clause names no one
// before it, while a subject before the participle still speaks.
func TestParticipleObjectIsNoSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"unknown he", "Ministers will change the rules.\n\nHe denied activists had forced the changes, telling the Daily Sentinel \"there is a recognition that something is wrong\".", nil},
		{"unnamed subject", "Party delegates are gathering for their last conference before the vote, declaring Britain needs \"a change at the top\".", nil},
		{"named subject", "Tom Hale denied activists had forced the changes, telling the Daily Sentinel \"there is a recognition that something is wrong\".",
			[]string{"Tom Hale|there is a recognition that something is wrong"}},
	})
}

// TestPlaceOfUnnamedMember checks that a place before a party's word with
// no name after it ("a Lakeland Democrat") qualifies an unnamed member,
// who is no speaker, while a member named after it is one.
func TestPlaceOfUnnamedMember(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"said a member", "“She is too far behind,” said an Iowa Democrat.", nil},
		{"another member added", "“Polls are misleading,” another New Hampshire Republican added.", nil},
		{"voters", "About four in 10 South Carolina Republican primary voters say a candidate must “share my values.”", nil},
		{"the member", "In the letter, addressed to the attorney for the district, Tom Hale, the Utah Republican asks whether \"the rules were broken.\"", nil},
		{"named member", "Ohio Republican Sen. Ana Ruiz said: “Polls are misleading.”", []string{"Ana Ruiz|Polls are misleading."}},
	})
}

// TestPlaceBeforeSpeaker checks that a place before a person's title or
// description and name ("said Ohio Gov. X", "said Eastfold resident X")
// only qualifies the person, who is the speaker.
func TestPlaceBeforeSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"title taken into the name", "“She is going to be more aggressive,” said former South Carolina Gov. Tom Hale, a Ruiz backer.", []string{"Tom Hale|She is going to be more aggressive,"}},
		{"resident", `"I can't vote for him," said Concord resident Ana Ruiz.`, []string{"Ana Ruiz|I can't vote for him,"}},
		{"hyphenated description", `"The court is my concern," said Idaho nutritional-supplement executive Eva Soto, who had backed Tom Hale.`, []string{"Eva Soto|The court is my concern,"}},
		{"party between place and title", "“We will win,” said Ohio Republican Sen. Tom Hale.", []string{"Tom Hale|We will win,"}},
		{"place speaks", `"We will not pay," Ohio told Tom Hale.`, []string{"Ohio|We will not pay,"}},
	})
}

// TestUnnamedPersonFromPlace checks that an unnamed person from a place
// ("a woman in Leeds, Yorkshire, told") is no speaker, and that the place
// is none either, while such a phrase in apposition to a name is that
// person's.
func TestUnnamedPersonFromPlace(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"woman from a town", "Tom Hale is tough enough to lead after a woman in Worcester, Massachusetts, told him she worries he is “too nice” to win.", nil},
		{"apposition to a name", "Ana Ruiz, a 55-year-old salesman from Sumter, South Carolina, says Tom Hale will “leave here with momentum.”", []string{"Ana Ruiz|leave here with momentum."}},
		{"apposition without a closing comma", "Eva Soto, a prospective parliamentary candidate said Tom Hale had shown he could rouse the party: “We will have no problem with turnout.”", []string{"Eva Soto|We will have no problem with turnout."}},
	})
}

// TestMemberOfBody checks that a person named before "of", "from" or
// "at" and a body speaks, not the body, while a spokesman for a body
// still speaks for it.
func TestMemberOfBody(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"of the body", `Ana Ruiz of the JCWI said the new rules were "not proportionate".`, []string{"Ana Ruiz|not proportionate"}},
		{"from the body, in commas", `Tom Hale, from the UK's Human Rights Watch, said: "This is a huge political signal."`, []string{"Tom Hale|This is a huge political signal."}},
		{"spokesman for the body", `A spokesman for the Home Office said it was "wholly wrong".`, []string{"Home Office|wholly wrong"}},
	})
}

// TestPronounInheritsNoBody checks that a quotation attributed to "he"
// does not continue the words of a body named before it, while it
// continues a person's.
func TestPronounInheritsNoBody(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"reporter for a body", "A truck hit the crowd on Friday.\n\nA reporter for the Eastfold Gazette called it \"absolute chaos.\"\n\n\"We saw people hit,\" he said.",
			[]string{"Eastfold Gazette|absolute chaos."}},
		{"person before", "A truck hit the crowd on Friday.\n\nTom Hale, a reporter, called it \"absolute chaos.\"\n\n\"We saw people hit,\" he said.",
			[]string{"Tom Hale|absolute chaos.", "Tom Hale|We saw people hit,"}},
	})
}

// TestAsClauseSubject checks that a name after "as" that opens a clause
// is the subject of the clause's verb.
func TestAsClauseSubject(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"as X put it", "The plan failed. As Tom Hale of the Eastfold Trust put it: “It was never going to work.”", []string{"Tom Hale|It was never going to work."}},
		{"as X told", "Ana Ruiz left early. However, as Bishop Tom Hale of the Eastfold Church told reporters, “We are all tired.”", []string{"Tom Hale|We are all tired."}},
	})
}

// TestDoubledMarks checks quotations typed with two apostrophes or two
// backquotes, typewriter style, including a single mark inside.
func TestDoubledMarks(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"apostrophes", "''That is our weak point,'' said Tom Hale, who heads a bank in Lima.", []string{"Tom Hale|That is our weak point,"}},
		{"backquotes", "``We will win,'' Ana Ruiz said.", []string{"Ana Ruiz|We will win,"}},
		{"single inside", "''We are told, 'Lima is a special case,''' Ms. Eva Soto said.", []string{"Eva Soto|We are told, 'Lima is a special case,'"}},
	})
}

// TestOneSpeakerOfFirstPerson checks that a quotation in the first person
// singular given to a list of people goes to the one named nearest before
// it, and one in the plural to all of them.
func TestOneSpeakerOfFirstPerson(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"singular", "The ceremony featured Tom Hale, Ana Ruiz and Eva Soto, who joked of the museum, “I have not seen it yet.”", []string{"Eva Soto|I have not seen it yet."}},
		{"plural", "Tom Hale and Ana Ruiz said: “We have not seen it yet.”", []string{"Ana Ruiz|We have not seen it yet.", "Tom Hale|We have not seen it yet."}},
	})
}

// TestPossessorIsNoSpeaker checks that the owner of someone who speaks
// ("Jane Doe's family") is no speaker, while the owner of a voice (her
// campaign, her statement) is, and a name ending in "'s" is one.
func TestPossessorIsNoSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"family", "Tom Hale's family has called on police to release the videos “as a matter of the greater good” and called for calm.", nil},
		{"campaign", "Ana Ruiz's campaign sent out a release saying the vote was “a disgrace for the state”.", []string{"Ana Ruiz|a disgrace for the state"}},
		{"statement", "Mr Jim Cole's statement said: “We will appeal.”", []string{"Jim Cole|We will appeal."}},
	})
}

// TestUnknownPronounSpeaker checks that a quotation attributed to "he" or
// "she" that resolves to no one is given to the speaker of the quotation
// right before it only where the pronoun fits that speaker and nothing
// stands between them, and to a body whose spokesman the sentence before
// reports, but never to someone the rules would guess from sentences
// further back.
func TestUnknownPronounSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"pronoun does not fit", "“We will appeal,” said Jim Cole. “The court has spoken,” she said.",
			[]string{"Jim Cole|We will appeal,"}},
		{"sentence between", "“We will appeal,” said Jim Cole. A spokeswoman for the court said the ruling was fair. “The court has spoken,” she said.",
			[]string{"Jim Cole|We will appeal,"}},
		{"spokesman goes on", "A spokesman for Acme Foods said the deal was “a great step”. “We are delighted,” he added.",
			[]string{"Acme Foods|a great step We are delighted,"}},
		{"spokesman's body", "Jim Cole sold his farm to Acme Foods in May. A spokeswoman for Acme Foods said the deal was done. “We are delighted,” she added.",
			[]string{"Acme Foods|We are delighted,"}},
		{"not the spokesman's body", "Jim Cole sold his farm in May. A spokeswoman for the growers' union which represents the UK's farmers said the deal was done. “We are delighted,” she added.",
			nil},
	})
}

// TestSalientPersonForPronoun checks that a "he" or "she" in the
// sentences after one whose first person only qualifies another ("Acme
// chief Tom Hale's sister Ana", "the Hale campaign") stands for the one
// qualified, not for the qualifier, and for no one where that one is
// unnamed.
func TestSalientPersonForPronoun(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"possessor of a named person", "Sam Cole met the mayor on Monday. Cole's sister Ana Ruiz made an appeal on Tuesday. “We want him home,” she said.",
			[]string{"Ana Ruiz|We want him home,"}},
		{"possessor of a person after a comma", "Tom Hale lost the case on Monday. Hale's lawyer, Jim Cole, spoke to reporters. “We will appeal,” he said.",
			[]string{"Jim Cole|We will appeal,"}},
		{"possessor of an unnamed person", "Jim Cole lost the case on Monday. Cole's lawyer spoke to reporters. “We will appeal,” he said.",
			nil},
		{"name before a noun", "“We will win,” said Ana Ruiz on Monday. Her rival is Sam Cole. Later, the Cole campaign spent a fortune on ads. “It is not enough,” she said.",
			[]string{"Ana Ruiz|We will win,", "Ana Ruiz|It is not enough,"}},
		{"title and name after a name", "Tom Hale went to Leeds on Monday. Hale spokesman Jim Cole met the press there. “He is in good spirits,” he said.",
			[]string{"Jim Cole|He is in good spirits,"}},
	})
}

// TestPreviousSpeakerGoesOn checks that "he" or "she" attributing a
// quotation that opens its sentence stands for the speaker of the
// sentence before it, named right before or, after a comma, right after
// its reporting verb, rather than for a person that sentence names first,
// and not for one named in a clause that says when.
func TestPreviousSpeakerGoesOn(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"speaker after the verb", "Sam Cole met voters in Leeds on Monday. And Cole, said Kim Lee, never forgets a face. “If you let him down, he remembers,” she said.",
			[]string{"Kim Lee|If you let him down, he remembers,"}},
		{"speaker before the verb", "Sam Cole will win the seat easily, Kim Lee said. “Nobody else is close,” he said.",
			[]string{"Kim Lee|Nobody else is close,"}},
		{"pronoun opening the sentence", "Sam Cole met voters in Leeds on Monday. Cole's plan was “a bold step”, said Kim Lee, a professor. He added that Cole had “doubled the bets” since May.",
			[]string{"Kim Lee|a bold step", "Kim Lee|doubled the bets"}},
		{"pronoun after a linking word", "Sam Cole met voters in Leeds on Monday. Sam Cole's rally was busy, Kim Lee said. And he insisted there was “no limit” to his own ambitions.",
			[]string{"Kim Lee|no limit"}},
		{"unnamed spokesman", "“We will appeal,” said Jim Cole on Monday. The ruling was not what it seemed, the spokesman said. “The court erred,” he added.",
			[]string{"Jim Cole|We will appeal,"}},
		{"clause that says when", "Sam Cole met voters in Leeds on Monday. Cole did not look happy when Kim Lee asked about the vote. “I will not quit,” he said.",
			[]string{"Sam Cole|I will not quit,"}},
	})
}

// TestOpeningClausePerson checks that a "he" or "she" after a sentence
// that opens with a clause saying when or despite what ("While Sam Cole
// …, …") stands for the person its main clause names, and for the one
// the opening clause names where the main clause names no one.
func TestOpeningClausePerson(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"main clause", "While Sam Cole had a dozen songs written about him, that has not happened for the mayor, which worries Kim Lee, head of the arts council. “Nobody writes songs now,” he said.",
			[]string{"Kim Lee|Nobody writes songs now,"}},
		{"no one in the main clause", "While Sam Cole had a dozen songs written about him, that has not happened for the mayor. “Nobody writes songs now,” he said.",
			[]string{"Sam Cole|Nobody writes songs now,"}},
	})
}

// TestUnknownNameSpeaker checks that a sentence opening with a name that
// resolves to no one before a reporting verb keeps a later "he" from the
// person its reported words name, but not where the verb asks a question,
// which the one asked answers.
func TestUnknownNameSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"unknown speaker", "Sam Cole lost the vote on Monday. Zorbek admitted that Cole was under pressure. “It is not that simple,” he said.",
			nil},
		{"question", "Sam Cole lost the vote on Monday. Zorbek asked Cole what went wrong. “It is not that simple,” he said.",
			[]string{"Sam Cole|It is not that simple,"}},
	})
}

// TestFormerTitleHolder checks that a title in office ("the governor")
// does not stand for a person the article gives only the former title.
func TestFormerTitleHolder(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"former holder", "Former Governor Ana Ruiz backed the plan on Monday. Sam Cole defended it on his radio show. “It is the best plan we have,” the governor said.",
			nil},
	})
}

// TestQuotedNameOfThing checks that title-case words in quotation marks
// before a noun of an event or a work name it and are nobody's speech.
func TestQuotedNameOfThing(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"forum", "Jim Cole took heat for his questioning of Ana Ruiz during a “Commander-In-Chief” forum last month.", nil},
		{"show", "Tom Hale is joining the “Today” show as an anchor, the network said.", nil},
		{"speech", "“Today we begin,” Tom Hale said.", []string{"Tom Hale|Today we begin,"}},
	})
}

// TestPlaceInParentheses checks that a place in parentheses after a
// person's name ("Jane Doe (Peru)") is where she is from, not another name
// of hers, and does not stand between her and her verb.
func TestPlaceInParentheses(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"The jury picked Ana Ruiz (Peru) and Tom Hale (Canada) for the prize.", []string{"Ana Ruiz", "Peru", "Tom Hale", "Canada"}, nil},
	})
	checkRows(t, quoteRows, []rowCase{
		{"verb after the parenthesis", "Sen. Jim Cole (Texas) said the plan was “a disaster for the state”.", []string{"Jim Cole|a disaster for the state"}},
	})
	for _, text := range []string{"The jury picked Ana Ruiz (Peru) and Tom Hale (Canada) for the prize."} {
		for _, e := range extractText(t, text).Entities {
			if e.Name == "Ana Ruiz" && slices.Contains(e.Aliases, "Peru") {
				t.Errorf("%q: Peru is an alias of Ana Ruiz", text)
			}
		}
	}
}

// TestTitleWithNumbers checks that a title of a work or a course in which
// a number or a bracketed word stands is no one's speech, while a
// quotation in title case that ends a sentence of speech is still read.
func TestTitleWithNumbers(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"bracketed word", "Ana Ruiz, the singer, added old hits such as “Eastfold Rain (Live).”", nil},
		{"course number", "Tom Hale wrote in his memoir that he had been the best student in a Lima history class, “History 301,” because he never left early.", nil},
	})
}

// TestTitleOfBodyBeforeVerb checks that a person named before a title of
// a body with no comma before the verb ("X, the leader of Y said") is the
// speaker, not the body, while a spokesman still speaks for the body.
func TestTitleOfBodyBeforeVerb(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"leader of", "Jim Cole, the leader of the Eastfold Workers Union said: “We will strike if the cuts go ahead.”",
			[]string{"Jim Cole|We will strike if the cuts go ahead."}},
		{"two titles", "Brenda Okafor, president and CEO of Lima Bakers Association stated, “It is a maths problem.”",
			[]string{"Brenda Okafor|It is a maths problem."}},
		{"spokesman", "A spokesman for Lima Bakers Association said it was “very worried”.",
			[]string{"Lima Bakers Association|very worried"}},
	})
}

// TestPlaceOfTitle checks that a place that only completes a title before
// it ("the senator from Lima") does not say what the title's holder said.
func TestPlaceOfTitle(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"senator from", "The senator from Lima said the bank was “corrupt,” noting that it is “very strange that a bank that pays fines is never charged.”", nil},
	})
}

// TestReportingNoun checks that a reporting word in -s after a
// preposition or opening a sentence is a noun ("over claims that",
// "Questions linger"), whose subject said nothing, while a verb that
// opens a sentence before its speaker ("Observes X:") still reports.
func TestReportingNoun(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"after a preposition", "Eastfold Council is to be investigated by a watchdog over claims its staff broke the rules on “cold calling” residents.", nil},
		{"a verb read as a noun", "Ana Ruiz's wins on Tuesday solidify her argument that she is popular in states across the country, rather than just a “regional” candidate, as her rival's campaign manager suggested.", nil},
		{"inverted verb", "Observes Jim Cole: “The rich get richer.”", []string{"Jim Cole|The rich get richer."}},
	})
}

// TestPlaceQualifiesSpeaker checks that a place before the words that say
// who speaks after a quotation ("said Lima race director Tom Hale", "said
// the Eastfold athlete") only qualifies them: the person named after
// them is the speaker, and with no one named the place is not.
func TestPlaceQualifiesSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"person after", "“We are watching it closely,” said Lima race director Tom Hale.",
			[]string{"Tom Hale|We are watching it closely,"}},
		{"no one named", "Tom Hale flew to Lima. “It was a learning curve,” said the Lima athlete.", nil},
	})
}

// TestPlaceOfScene checks that a place after "in" or "at" where the
// subject of the reporting verb would be ("Here in Lima, Hale said", "X,
// an actor in Lima, recalled") is not the speaker: the one person the
// clause names is.
func TestPlaceOfScene(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"here in", "Tom Hale toured the south. Here in Lima, Hale stepped up his attacks on the police, saying, “We have got to end the raids.”",
			[]string{"Tom Hale|We have got to end the raids."}},
		{"apposition", "Jim Cole, a retired actor in Lima, who runs a small theatre, recalled that in 2009, “I called all my lenders.”",
			[]string{"Jim Cole|I called all my lenders."}},
	})
}

// TestSubordinateClauseAfterQuotation checks that the subject of a clause
// opened by "while" or "when" some words after a quotation ("… while Hale
// suggests …") is not its speaker, while an attribution after an
// unnamed clause still is.
func TestSubordinateClauseAfterQuotation(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"while", "Ana Ruiz accuses Tom Hale of subjecting her to a “cheap smear” regarding her bank links while Hale suggests she is a captive of the elite.",
			[]string{"Ana Ruiz|cheap smear"}},
		{"when, no subject named", "“These groups have been shaping the race for voters,” in sharp contrast to past elections when campaigns took on that role, says Eva Soto, a scientist at Lima University.",
			[]string{"Eva Soto|These groups have been shaping the race for voters,"}},
	})
}

// TestThingWhichReports checks that a quotation in a clause whose verb a
// thing does ("a report which branded the law “a mess”") is not said by
// the subject of the verb before it, while a caption its author added
// still gives the author's words.
func TestThingWhichReports(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"report which", "Tom Hale confirmed the review would begin in the wake of a Lima Council report which branded the current law as “a muddle”.", nil},
		{"caption which reads", "Jim Cole added the caption which reads, “Ana Ruiz told me the photo breaks the rules.”",
			[]string{"Jim Cole|Ana Ruiz told me the photo breaks the rules."}},
	})
}

// TestClaimsThat checks that a quotation in the clause of a reporting
// noun that a verb takes ("dismissed claims that …") gives the words of
// those who claim, not of the one who dismissed them.
func TestClaimsThat(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"dismissed claims", "Eastfold Party leader Tom Hale has dismissed claims that his housing policy was “stealing the clothes” of the Lima Party.", nil},
	})
}

// TestQualifiedVoice checks that a spokesman qualified as official or
// chief speaks for the one whose spokesman they are, as a bare one does.
func TestQualifiedVoice(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"official spokesman", "Mayor Tom Hale met the unions in Eastfold on Monday. Mr Hale's official spokesman said: “The mayor meets them every month.”",
			[]string{"Tom Hale|The mayor meets them every month."}},
	})
}

// TestBodyBeforeSpeaker checks that a body named before the title of the
// person who speaks after a quotation ("said Acme survey chairman X")
// only qualifies the title, while a body's statement is still the body's.
func TestBodyBeforeSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"title between", "“March was another good month for the plants,” said Eastfold Steel Corporation survey chairman Jim Cole.",
			[]string{"Jim Cole|March was another good month for the plants,"}},
		{"statement", "“The referee has seen the tape,” said an Eastfold Football Association statement.",
			[]string{"Eastfold Football Association|The referee has seen the tape,"}},
	})
}

// TestNegatedReport checks that the subject of a reporting verb denied
// by "refused to" or "not" ("refused to say the words “…”") did not say
// the quotation.
func TestNegatedReport(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"refused to say", "Ana Ruiz refused to say the words “green tax” in the debate.", nil},
	})
}

// TestSloganOrTitle checks that words quoted after "slogan", "motto",
// "titled" or "entitled" name a thing and are no one's speech, while a
// quotation of the same speaker said outright is still read.
func TestSloganOrTitle(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"slogan", "The Eastfold Party has promised a cap on rents with the slogan: “It's fair to cap what landlords take”.", nil},
		{"entitled", "The Lima Herald responded with a second piece, entitled “Tom Hale's ideas are not too bold.”", nil},
		{"said", "The Eastfold Party said: “It's fair to cap what landlords take.”",
			[]string{"Eastfold Party|It's fair to cap what landlords take."}},
	})
}

// TestBodyInDescription checks that a body named in the description of a
// person after a comma ("X, also a GOP presidential hopeful, called …")
// only qualifies it: the person is the speaker.
func TestBodyInDescription(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"also a", "Tom Hale met the Eastfold Party on Monday. Sen. Ana Ruiz (R-Ohio), also a GOP presidential hopeful, called the group “abhorrent” in a tweet Sunday.",
			[]string{"Ana Ruiz|abhorrent"}},
	})
}

// TestLeftMarkClosing checks that a left double mark typed where a right
// one belongs (after a word, before a space) closes the quotation
// instead of opening one that runs to the end of the paragraph.
func TestLeftMarkClosing(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"after a word", "Ana Ruiz called the group “vile“ in a post on Sunday.", []string{"Ana Ruiz|vile"}},
		{"before said", "“It is unusual,“ said Tom Hale, a lawyer in Lima.", []string{"Tom Hale|It is unusual,"}},
	})
}

// TestLowerCaseOpensNoTitle checks that quoted words that open with a
// small function word ("the Hispanics") are a phrase of speech, not a
// title, while a capitalised run is still a title.
func TestLowerCaseOpensNoTitle(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"phrase", "Tom Hale explained why “the Eastfolders” were going to “love” him.", []string{"Tom Hale|the Eastfolders … love"}},
		{"title", "Tom Hale explained why “The Eastfolders” was his favourite film.", nil},
	})
}

// TestTitledAppositionSpeaks checks that a person named between commas
// after a title qualified by a body speaks, not the body, whatever the
// parser reads as the subject.
func TestTitledAppositionSpeaks(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"body before the title", "Family Planning Association chief executive, Anne Ruiz, said teaching pupils was key. \"Young people must be informed.\"", []string{"Anne Ruiz|Young people must be informed."}},
	})
}

// TestOpeningClauseVerbNoSpeaker checks that a reporting verb inside a
// clause that opens the sentence and tells when or why ("After Tom Hale
// asked about it, …") gives no speaker to a quotation of the main clause
// after it, while a quotation inside that clause keeps its speaker and
// one the main clause's subject introduces is theirs.
func TestOpeningClauseVerbNoSpeaker(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"main clause", "After Tom Hale asked about the plan on Monday, the board of Eastfold Mills became “nervous” once the meeting was over.",
			nil},
		{"inside the clause", "After Tom Hale called the plan “a mistake” on Monday, the board of Eastfold Mills met again.",
			[]string{"Tom Hale|a mistake"}},
		{"main clause subject", "After Ana Ruiz asked about the plan, Tom Hale fired back: “We will not pay.”",
			[]string{"Tom Hale|We will not pay."}},
	})
}

// TestPassiveAgentAfterQuotation checks that a past participle with no
// auxiliary before a quotation ("memos recently labelled “x” by Ana
// Ruiz") gives the words to the agent after "by", not to the subject of
// the sentence.
func TestPassiveAgentAfterQuotation(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"reduced relative", "Tom Hale wrote two of the memos recently labelled “secret” by Ana Ruiz, according to two officials.",
			[]string{"Ana Ruiz|secret"}},
		{"with as", "The scheme, often described as “a muddle” by Ana Ruiz, was dropped.",
			[]string{"Ana Ruiz|a muddle"}},
		{"article before the quotation", "Tom Hale dropped the scheme last week, in a move branded a “retreat” by Ana Ruiz.",
			[]string{"Ana Ruiz|retreat"}},
	})
}

// TestUnnamedSourceAfter checks that words quoted in a sentence that
// unnamed sources report after a comma are theirs, while words a verb of
// speech gives someone before them stay that person's.
func TestUnnamedSourceAfter(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"sources", `The decision follows a "tough meeting" where Tom Hale argued against the move, sources told the Eastfold Post.`, nil},
		{"speech verb first", `Tom Hale called it "a disgrace", aides said.`, []string{"Tom Hale|a disgrace"}},
	})
}
