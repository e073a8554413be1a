package extract

import "testing"

// TestSubordinateSubject checks that a relation verb in a clause opened by
// "why", "how", "when" … after a named subject takes no subject when the
// clause's own subject is unnamed, and keeps it across a clause closed by
// a comma or one without a subject ("while visiting").
func TestSubordinateSubject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"asked why", "Tom Hale asked why ministers criticised Ana Ruiz.", nil},
		{"said that when", "Tom Hale said that when ministers met Ana Ruiz they praised her.", nil},
		{"asked how", "Tom Hale asked how officials backed Ana Ruiz.", nil},
		{"clause closed by a comma", "Eva Soto, when asked, criticised Jim Cole.", []string{"Eva Soto|criticized|Jim Cole"}},
		{"participle clause", "Eva Soto while touring the capital praised Jim Cole.", []string{"Eva Soto|praised|Jim Cole"}},
		{"unnamed pronoun", "Most members of the Liberal Democrats said they had backed Jim Cole.", nil},
		{"unnamed pronoun after a name", "Ana Ruiz said they had praised Jim Cole.", nil},
	})
}

// TestModifierOwner checks that a party or country adjective, or an
// organisation's name, before an act or words in the object of a
// criticism, praise or support verb is their owner, and that a country's
// name there is not.
func TestModifierOwner(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"attacked party plans", "Tom Hale attacked the Tory plans on Monday.", []string{"Tom Hale|criticized|Conservative Party"}},
		{"backed an attempt", "Eva Soto backed a Tory attempt to change the law.", []string{"Eva Soto|supports|Conservative Party"}},
		{"praised a demonym's decision", "Ana Ruiz praised the French decision to reopen the border.", []string{"Ana Ruiz|praised|France"}},
		{"hit out at an organisation's proposals", "Jim Cole hit out at the Unison pay proposals.", []string{"Jim Cole|criticized|Unison"}},
		{"two words between", "Tom Hale criticised the Tory immigration plans.", []string{"Tom Hale|criticized|Conservative Party"}},
		{"country name", "Ana Ruiz praised the Kenya moves.", nil},
		{"not an act", "Tom Hale backed the French team.", nil},
		{"owner after of", "Tom Hale attacked the French plans of Ana Ruiz.", nil},
		{"armed attack", "Russia attacked the Ukrainian positions.", nil},
	})
}

// TestHyphenPair checks that two actors joined by a hyphen before a deal
// or a meeting noun reached an agreement or met, and that a deal hoped
// for, planned or denied is none.
func TestHyphenPair(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"deal", "The Peru-Bolivia trade deal was signed on Monday.", []string{"Peru|agreed_with|Bolivia"}},
		{"talks deal", "Ana Ruiz hailed the Chile-Peru talks deal.", []string{"Chile|agreed_with|Peru"}},
		{"talks", "The Chile-Peru talks resumed in Lima.", []string{"Chile|met|Peru"}},
		{"agreement talks", "The Chile-Peru trade agreement talks resumed.", []string{"Chile|met|Peru"}},
		{"planned summit", "The planned Peru-Bolivia summit was postponed.", []string{"Peru|will_meet|Bolivia"}},
		{"hoped for", "Tom Hale hopes for a Chile-Bolivia deal.", nil},
		{"proposed", "Tom Hale spoke about the proposed Chile-Bolivia deal.", nil},
		{"no deal", "There is no Chile-Bolivia deal yet.", nil},
		{"not a deal", "The Chile-Peru border was closed.", nil},
	})
}

// TestCoordinatedVerb checks that a relation verb joined by "and" to an
// earlier verb of the sentence shares its subject, not the earlier verb's
// object or a name before it.
func TestCoordinatedVerb(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"after an object", "Standing beside the singer Eva Soto, who founded a choir, and the poet Jim Cole, Ana Ruiz accused Tom Hale of being idle in the long fight for reform and criticised Mr Hale for siding with rebels.", []string{"Ana Ruiz|accused|Tom Hale", "Ana Ruiz|criticized|Tom Hale"}},
	})
}

// TestScoldingVerbs checks the verbs of scolding and disparaging, and
// that their -ing forms, whose subject is often not named, state nothing.
func TestScoldingVerbs(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"assailed", "Tom Hale assailed Ana Ruiz on Monday.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"chided for", "Eva Soto chided Tom Hale for his remarks.", []string{"Eva Soto|criticized|Tom Hale"}},
		{"grilled", "Eva Soto grilled Tom Hale on Tuesday over the scheme.", []string{"Eva Soto|criticized|Tom Hale"}},
		{"hammered", "Ana Ruiz has hammered Jim Cole throughout the campaign.", []string{"Ana Ruiz|criticized|Jim Cole"}},
		{"belittled plans", "Jim Cole belittled Ana Ruiz's plans.", []string{"Jim Cole|criticized|Ana Ruiz"}},
		{"passive", "Ms Ana Ruiz was castigated by Jim Cole.", []string{"Jim Cole|criticized|Ana Ruiz"}},
		{"present", "Eva Soto rubbishes Tom Hale's claim.", []string{"Eva Soto|criticized|Tom Hale"}},
		{"-ing after a preposition", "Neither Eva Soto nor Jim Cole went as far as the mayor in chiding Tom Hale.", nil},
	})
}

// TestPraiseVerbs checks praise in other words than "praised".
func TestPraiseVerbs(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"extolled", "Tom Hale extolled Ana Ruiz on Monday.", []string{"Tom Hale|praised|Ana Ruiz"}},
		{"heaped praise on", "Eva Soto heaped praise on Jim Cole.", []string{"Eva Soto|praised|Jim Cole"}},
		{"praise from", "Eva Soto won praise from Jim Cole.", []string{"Jim Cole|praised|Eva Soto"}},
		{"first person", "Jim Cole said: \"I praise Ana Ruiz.\"", []string{"Jim Cole|praised|Ana Ruiz"}},
	})
}

// TestMeetingVerbs checks meetings in other words than "met".
func TestMeetingVerbs(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"shook hands with", "Tom Hale shook hands with Ana Ruiz on Monday.", []string{"Tom Hale|met|Ana Ruiz"}},
		{"caption", "Mayor Ana Ruiz shakes hands with Tom Hale in Lima.", []string{"Ana Ruiz|met|Tom Hale"}},
		{"huddled with", "Eva Soto huddled with Jim Cole before the vote.", []string{"Eva Soto|met|Jim Cole"}},
		{"hands of", "The city is in the hands of Tom Hale.", nil},
		{"refused", "Eva Soto refused to shake hands with Jim Cole.", nil},
	})
}

// TestPlainVerbForms checks that the plain form of a relation verb states
// it right after a named subject, and not after "to", "will" or with no
// subject named.
func TestPlainVerbForms(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"accuse", "The Liberal Democrats accuse Mr Tom Hale of lying.", []string{"Liberal Democrats|accused|Tom Hale", "Liberal Democrats|criticized|Tom Hale"}},
		{"headline", "Tories attack Ana Ruiz over tax\n\nThe party said so on Monday.", []string{"Conservative Party|criticized|Ana Ruiz"}},
		{"coordinated subject", "Jim Cole and Eva Soto condemn Tom Hale.", []string{"Eva Soto|criticized|Tom Hale", "Jim Cole|criticized|Tom Hale"}},
		{"will", "Ana Ruiz will attack Tom Hale.", nil},
		{"to", "Eva Soto plans to praise Tom Hale.", nil},
		{"no named subject", "Unions back Ana Ruiz.", nil},
		{"first person", "Eva Soto said: \"I commend Tom Hale for his work.\"", []string{"Eva Soto|praised|Tom Hale"}},
	})
}

// TestJudgingAdjectives checks "critical of", "scathing about" and
// "supportive of" after their subject.
func TestJudgingAdjectives(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"critical of", "Tom Hale has been highly critical of Ana Ruiz.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"critical of an act", "Eva Soto was critical of Ana Ruiz's leadership.", []string{"Eva Soto|criticized|Ana Ruiz"}},
		{"scathing about", "Jim Cole was scathing about Tom Hale.", []string{"Jim Cole|criticized|Tom Hale"}},
		{"supportive of", "Eva Soto has been supportive of Jim Cole.", []string{"Eva Soto|supports|Jim Cole"}},
		{"not of", "Tom Hale said the next week was critical for Ana Ruiz.", nil},
		{"negated", "Tom Hale was never critical of Ana Ruiz.", nil},
	})
}

// TestCriticismFrom checks criticism that someone faced from others, and
// that criticism to come, or faced by what no actor is, is none.
func TestCriticismFrom(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"drew criticism from", "Ana Ruiz drew sharp criticism from Tom Hale.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"facing, introductory", "Facing mounting criticism from Eva Soto and Jim Cole, Tom Hale resigned.", []string{"Eva Soto|criticized|Tom Hale", "Jim Cole|criticized|Tom Hale"}},
		{"came under fire", "Jim Cole came under fire from Ana Ruiz.", []string{"Ana Ruiz|criticized|Jim Cole"}},
		{"dismissed criticism from", "Jim Cole dismissed criticism from Tom Hale that he was late.", []string{"Tom Hale|criticized|Jim Cole"}},
		{"to come", "Eva Soto will face criticism from Jim Cole.", nil},
		{"drew fire", "Eva Soto drew fire from Jim Cole.", []string{"Jim Cole|criticized|Eva Soto"}},
		{"no facing verb", "The attack from Jim Cole hurt Eva Soto.", nil},
		{"a place in the subject", "The remark about the flood in Lima drew rebukes from Jim Cole.", nil},
	})
}

// TestSaidFailed checks that a wrong someone is said to have done is
// criticism of them, also when a pronoun names them, and not when it is
// denied or the speaker owns it.
func TestSaidFailed(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"had failed to", "Tom Hale said Ana Ruiz had failed to deliver on her pledges.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"is squandering", "Tom Hale says Mr Jim Cole is squandering public money.", []string{"Tom Hale|criticized|Jim Cole"}},
		{"had not misled", "Eva Soto said Mr Tom Hale had not misled anyone.", nil},
		{"avoided", "Tom Hale has avoided directly criticizing Ana Ruiz.", nil},
		{"a pronoun", "Eva Soto said she had failed.", nil},
		{"another's pronoun", "Mr Tom Hale spoke on Monday. But the Tories say he is surrendering a key veto.", []string{"Conservative Party|criticized|Tom Hale"}},
	})
}

// TestSpokeApart checks that two who spoke out, spoke to someone else or
// both spoke did not speak with each other, while two who spoke did.
func TestSpokeApart(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"spoke out", "Tom Hale and Ana Ruiz have both spoken out about the war.", nil},
		{"spoke to others", "Eva Soto and Jim Cole spoke to the audience.", nil},
		{"talked past", "Ana Ruiz and Jim Cole talked past each other.", nil},
		{"spoke", "Tom Hale and Eva Soto spoke on Monday.", []string{"Tom Hale|spoke_with|Eva Soto"}},
		{"met", "Tom Hale and Eva Soto both met on Monday.", []string{"Tom Hale|met|Eva Soto"}},
	})
}

// TestPartyNounOwner checks that a party adjective used as a noun in the
// possessive owns the act after it, and a demonym so used does not.
func TestPartyNounOwner(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"party", "Tom Hale rejected the Lib Dem's call to open the books.", []string{"Tom Hale|criticized|Liberal Democrats"}},
		{"demonym", "Tom Hale rejected the Briton's call to open the books.", nil},
	})
}

// TestAttackNouns checks attacks named by a noun with their owner, by
// words on a person or by arms on a country, and that an owner named by
// "his" is none when someone else is named between.
func TestAttackNouns(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"possessive owner", "Ana Ruiz's attacks on Tom Hale grew.", []string{"Ana Ruiz|criticized|Tom Hale"}},
		{"light verb", "Eva Soto has taken frequent shots at Mr Tom Hale.", []string{"Eva Soto|criticized|Tom Hale"}},
		{"armed", "Russia's assault on Ukraine continued.", []string{"Russia|attacked|Ukraine"}},
		{"no owner", "The attacks on Lima were deadly.", nil},
		{"his after another name", "Eva Soto said the time had come when Tom Hale must tone down his attacks on Ana Ruiz.", nil},
	})
}

// TestChallenged checks that a challenge is a demand only when the one
// challenged is told what to do or pressed on a matter.
func TestChallenged(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"to", "Tom Hale challenged Ana Ruiz to deny the reports.", []string{"Tom Hale|demanded|Ana Ruiz"}},
		{"on", "Tom Hale challenged Ana Ruiz on her budget.", []string{"Tom Hale|demanded|Ana Ruiz"}},
		{"for a post", "Jim Cole challenged Eva Soto for the party leadership.", nil},
		{"a bid", "Jim Cole challenged Eva Soto's bid in court.", nil},
	})
}

// TestPossessorSubject checks that the possessor of what acts is not the
// subject of the verb, while "he's" and a possessive before a gerund are.
func TestPossessorSubject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"possessor", "Ana Ruiz's husband, Bill, effectively hurled abuse at Tom Hale in a speech, accusing him of lying.", nil},
		{"possessor of a demand", "The mayor ignored Chile's demand even as officials criticised Ana Ruiz.", nil},
		{"he's", "Tom Hale arrived. He's praising Ana Ruiz.", []string{"Tom Hale|praised|Ana Ruiz"}},
		{"gerund", "Eva Soto complained about Chile's backing Peru.", []string{"Chile|supports|Peru"}},
	})
}

// TestRejectionVerbs checks rejection and attack in words other than
// "rejected" and "attacked", and that "fired at" is not "fired back at".
func TestRejectionVerbs(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"fired back at", "Tom Hale fired back at Ana Ruiz on Monday.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"railed against", "Eva Soto railed against Jim Cole.", []string{"Eva Soto|criticized|Jim Cole"}},
		{"took issue with", "Jim Cole took issue with Tom Hale's remarks.", []string{"Jim Cole|criticized|Tom Hale"}},
		{"rebuffed", "Ana Ruiz rebuffed Eva Soto.", []string{"Ana Ruiz|criticized|Eva Soto"}},
		{"looked back at", "Tom Hale looked back at Ana Ruiz.", nil},
		{"plain back", "Unions back Ana Ruiz at the vote.", nil},
	})
}

// TestMetAThing checks that meeting what belongs to someone ("met X's
// cross", "meet X's demands") is no meeting with them.
func TestMetAThing(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"a cross", "Tom Hale met Ana Ruiz's cross with a low shot.", nil},
		{"demands", "Tom Hale will meet Ana Ruiz's demands next week.", nil},
		{"a meeting", "Tom Hale met Ana Ruiz in Leeds.", []string{"Tom Hale|met|Ana Ruiz", "Tom Hale|visited|Leeds"}},
	})
}

// TestOnlyPeopleVisit checks that a firm, a record or a programme that
// "went to" a place made no visit, while a person who went did.
func TestOnlyPeopleVisit(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"a record", "Her single went to number one in the UK, Tom Hale said.", nil},
		{"a firm", "Eastfold Motors went to Spain in 2004.", nil},
		{"a person", "Ana Ruiz went to Lima on Monday.", []string{"Ana Ruiz|visited|Lima"}},
	})
}

// TestMeetingsBetweenHimself checks a reflexive in "meetings between
// himself and Y" (the one who says it, else the subject) and that a
// negation denies the meetings only inside their noun phrase.
func TestMeetingsBetweenHimself(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"reported", "Tom Hale said Jim Cole was never at meetings between himself and Ana Ruiz.", []string{"Tom Hale|met|Ana Ruiz"}},
		{"subject", "Eva Soto held talks between herself and Ana Ruiz on Monday.", []string{"Eva Soto|met|Ana Ruiz"}},
		{"no talks", "There were no talks between Tom Hale and Ana Ruiz.", nil},
		{"did not hold", "Tom Hale did not hold talks between himself and Ana Ruiz.", nil},
	})
}

// TestThrownBehind checks that support or weight thrown behind someone is
// support of them by the one who threw it, and that support only to be
// thrown, or denied, is none.
func TestThrownBehind(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"support", "Tom Hale threw his support behind Ana Ruiz on Monday.", []string{"Tom Hale|supports|Ana Ruiz"}},
		{"weight", "The Peru Football Union has thrown its weight behind Jim Cole.", []string{"Peru Football Union|supports|Jim Cole"}},
		{"participle", "Senate hopeful Eva Soto joined the debate, throwing her weight behind Tom Hale's plan.", []string{"Eva Soto|supports|Tom Hale"}},
		{"full support", "Ana Ruiz threw her full support behind Jim Cole.", []string{"Ana Ruiz|supports|Jim Cole"}},
		{"forecast", "Tom Hale will throw his support behind Ana Ruiz.", nil},
		{"denied", "Tom Hale has not thrown his support behind Ana Ruiz.", nil},
	})
}

// TestEndorsement checks that an endorsement or backing gained from
// someone ("won the endorsement of X") is support by them of the one who
// gained it, that an owner's endorsement of someone is support of them,
// and that support sought, denied or withdrawn is none.
func TestEndorsement(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"won the endorsement of", "Tom Hale won the endorsement of Ana Ruiz on Friday.", []string{"Ana Ruiz|supports|Tom Hale"}},
		{"picked up backing from", "Eva Soto picked up backing from the Peru Farmers Union.", []string{"Peru Farmers Union|supports|Eva Soto"}},
		{"received an early endorsement", "Jim Cole received an early endorsement from Tom Hale.", []string{"Tom Hale|supports|Jim Cole"}},
		{"possessive owner", "Critics mocked Ana Ruiz's endorsement of Tom Hale.", []string{"Ana Ruiz|supports|Tom Hale"}},
		{"announced his endorsement", "Jim Cole announced his endorsement of Eva Soto on Sunday.", []string{"Jim Cole|supports|Eva Soto"}},
		{"sought", "Tom Hale hopes to win the endorsement of Ana Ruiz.", nil},
		{"failed", "Tom Hale failed to win the support of Ana Ruiz.", nil},
		{"rescinded", "Jim Cole rescinded his endorsement of Eva Soto.", nil},
		{"not gained", "Eva Soto has not won the backing of Tom Hale.", nil},
	})
}

// TestWentAfter checks that going after someone is criticism of them, or
// of the owner of what is gone after, and that going after a time or a
// thing is none.
func TestWentAfter(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"went after", "Tom Hale went after Ana Ruiz over her taxes.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"goes after", "Eva Soto goes after Jim Cole.", []string{"Eva Soto|criticized|Jim Cole"}},
		{"owner", "Ana Ruiz went after Tom Hale's record on jobs.", []string{"Ana Ruiz|criticized|Tom Hale"}},
		{"after a time", "Jim Cole went after the meeting to Lima.", []string{"Jim Cole|visited|Lima"}},
		{"not next", "Tom Hale went home after Ana Ruiz spoke.", nil},
	})
}

// TestPassiveAdverb checks that a passive relation verb keeps its agent
// and patient when an adverb in -ly stands between the auxiliary and the
// participle, and that a negated one gives none.
func TestPassiveAdverb(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"heavily criticised", "Ana Ruiz was heavily criticised by Tom Hale.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"warmly praised", "Jim Cole has been warmly praised by Eva Soto.", []string{"Eva Soto|praised|Jim Cole"}},
		{"negated", "Jim Cole was not publicly backed by Eva Soto.", nil},
	})
}

// TestRippedInto checks that ripping, tearing into, chastising or
// trashing someone is criticism of them, and that a thing ripped is none.
func TestRippedInto(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"ripped", "Tom Hale ripped Ana Ruiz for her remarks.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"tore into", "Eva Soto tore into Jim Cole on Monday.", []string{"Eva Soto|criticized|Jim Cole"}},
		{"ripping into", "Jim Cole spoke first, ripping into Tom Hale.", []string{"Jim Cole|criticized|Tom Hale"}},
		{"chastised", "Ana Ruiz chastised Eva Soto for the delay.", []string{"Ana Ruiz|criticized|Eva Soto"}},
		{"trashes", "Tom Hale trashes Jim Cole.", []string{"Tom Hale|criticized|Jim Cole"}},
		{"a thing", "Tom Hale ripped up the contract.", nil},
	})
}

// TestDescriptorObject checks that an object named after a qualifying name
// and a descriptor noun ("LSE boss X", "US bank Y") is the name, and that
// a descriptor with no name after it gives no object.
func TestDescriptorObject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"boss", "Tom Hale held talks with Lima Bank boss Ana Ruiz on Monday.", []string{"Tom Hale|met|Ana Ruiz"}},
		{"rival", "Eva Soto blasted her Labour rival Jim Cole on Monday.", []string{"Eva Soto|criticized|Jim Cole"}},
		{"no name", "Tom Hale held talks with the Lima Bank boss on Monday.", nil},
	})
}

// TestCalledOut checks that calling someone out is criticism of them, and
// that calling out to someone is none.
func TestCalledOut(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"called out", "Tom Hale has called out Ana Ruiz over the budget.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"owner", "Eva Soto called out Jim Cole's remarks on Monday.", []string{"Eva Soto|criticized|Jim Cole"}},
		{"called out to", "Tom Hale called out to Ana Ruiz across the room.", nil},
	})
}

// TestPraiseGained checks that praise won, drawn or received from someone
// is praise by them of the one who gained it, and that praise sought is
// none.
func TestPraiseGained(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"received praise from", "Tom Hale received praise from Ana Ruiz after the game.", []string{"Ana Ruiz|praised|Tom Hale"}},
		{"drew plaudits from", "Eva Soto drew plaudits from Jim Cole on Monday.", []string{"Jim Cole|praised|Eva Soto"}},
		{"sought", "Tom Hale hopes to win praise from Ana Ruiz.", nil},
	})
}

// TestProgressive checks that an -ing form of endorsing or congratulating
// right after a form of "be" states support or praise, and that the same
// form elsewhere, whose doer may be anyone, states none.
func TestProgressive(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"is endorsing", "Tom Hale is endorsing Ana Ruiz.", []string{"Tom Hale|supports|Ana Ruiz"}},
		{"was congratulating", "Eva Soto was congratulating Jim Cole on his win.", []string{"Eva Soto|praised|Jim Cole"}},
		{"refrained from", "Tom Hale has refrained from endorsing Ana Ruiz.", nil},
		{"talks about", "Jim Cole held talks about endorsing Eva Soto.", nil},
	})
}

// TestToldOtherWords checks that assuring, informing or reminding someone
// is telling them, and that a generic group told is none.
func TestToldOtherWords(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"assured", "Tom Hale assured Ana Ruiz that the plan was safe.", []string{"Tom Hale|told|Ana Ruiz"}},
		{"informed", "Eva Soto informed Jim Cole that she would resign.", []string{"Eva Soto|told|Jim Cole"}},
		{"reminded", "Jim Cole reminded Tom Hale of his promise.", []string{"Jim Cole|told|Tom Hale"}},
		{"generic", "Ana Ruiz reminded voters of the cost.", nil},
	})
}

// TestMealMeeting checks that a meal or negotiations with someone is a
// meeting with them, a planned one a meeting to come, and a denied one
// none.
func TestMealMeeting(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"breakfast", "Tom Hale had breakfast with Ana Ruiz in Lima.", []string{"Tom Hale|met|Ana Ruiz"}},
		{"dinner", "Eva Soto's dinner with Jim Cole ran late.", []string{"Eva Soto|met|Jim Cole"}},
		{"negotiations", "The Lima Bank is in negotiations with the Peru Trust.", []string{"Lima Bank|met|Peru Trust"}},
		{"planned", "Tom Hale will have lunch with Ana Ruiz next week.", []string{"Tom Hale|will_meet|Ana Ruiz"}},
		{"denied", "Jim Cole never had dinner with Eva Soto.", nil},
	})
}

// TestAccusationThat checks that an owner's accusation that someone did
// something is an accusation and criticism of them, and that an
// accusation without its owner before it is none.
func TestAccusationThat(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"owner", "Tom Hale's accusation that Ana Ruiz lied drew a rebuke.", []string{"Tom Hale|accused|Ana Ruiz", "Tom Hale|criticized|Ana Ruiz"}},
		{"no owner", "Jim Cole dismissed accusations that Eva Soto lied.", nil},
	})
}

// TestStumpedFor checks that stumping for someone is support of them, and
// that stumping for a cause is none.
func TestStumpedFor(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"stumped for", "Tom Hale stumped for Ana Ruiz in Ohio.", []string{"Tom Hale|supports|Ana Ruiz"}},
		{"stumping for", "Eva Soto, stumping for Jim Cole, mocked his rival.", []string{"Eva Soto|supports|Jim Cole"}},
		{"stumps for", "Jim Cole stumps for Tom Hale in Iowa.", []string{"Jim Cole|supports|Tom Hale"}},
		{"a cause", "Ana Ruiz stumped for lower taxes.", nil},
	})
}

// TestRelativeNounSubject checks that a relation noun in a relative
// clause ("who held talks with Y") takes the relative's named antecedent,
// and no name that only qualifies an unnamed antecedent ("a Peru banker
// who") or governs a body after a preposition.
func TestRelativeNounSubject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"named antecedent", "Jim Cole, who held talks with Eva Soto, left early.", []string{"Jim Cole|met|Eva Soto"}},
		{"described antecedent", "Tom Hale, a Peru banker who has held talks with Ana Ruiz, said the club needs cash.", []string{"Tom Hale|met|Ana Ruiz"}},
		{"qualifier of an unnamed antecedent", "A Peru banker who has held talks with Ana Ruiz said the club needs cash.", nil},
		{"body after a preposition", "Ana Ruiz, a member of the Eastfold Council, who held talks with Tom Hale, spoke.", nil},
	})
}

// TestRelativeObjectSubject checks that the object of a restrictive
// relative clause ("councillors who back X met Y") is not the subject of
// the verb after it, and that a named antecedent still is.
func TestRelativeObjectSubject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"unnamed antecedent", "Two councillors who back Mr Tom Hale met Ms Ana Ruiz on Tuesday.", nil},
		{"adverb and auxiliary", "Voters who have strongly supported Jim Cole criticised Eva Soto.", nil},
		{"named antecedent", "Jim Cole, who backs Eva Soto, met Tom Hale.", []string{"Jim Cole|met|Tom Hale", "Jim Cole|supports|Eva Soto"}},
	})
}

// TestPhoneCall checks that "called X" is a telephone call when a person
// named alone follows and then the sentence's end, a time or "to" and a
// verb of talk, and a naming otherwise.
func TestPhoneCall(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"time and purpose", "Tom Hale called Ana Ruiz on Friday to express his thanks.", []string{"Tom Hale|spoke_with|Ana Ruiz"}},
		{"purpose", "Eva Soto said she called Jim Cole to congratulate him.", []string{"Eva Soto|spoke_with|Jim Cole"}},
		{"relative", "Eva Soto, who called Gerald Okoro shortly after the vote, left.", []string{"Eva Soto|spoke_with|Gerald Okoro"}},
		{"sentence end", "A year later, Mr Tom Hale called Ana Ruiz.", []string{"Tom Hale|spoke_with|Ana Ruiz"}},
		{"naming", "Jim Cole called Eva Soto a liar.", nil},
		{"naming after a noun", "Tom Hale played with a guitarist called Jim Cole.", nil},
	})
}

// TestDescribedAntecedent checks that "who" after an apposition that
// describes a named person ("Jim Cole, an Eastfold farmer who backed Y")
// stands for that person, and not where the apposition speaks of others
// ("a member of the group who").
func TestDescribedAntecedent(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"apposition", "Jim Cole, an Eastfold poultry farmer who previously backed Eva Soto, spoke.", []string{"Jim Cole|supports|Eva Soto"}},
		{"passive", "It was the same for Tom Hale, the referee who was criticised by Ana Ruiz after the match.", []string{"Ana Ruiz|criticized|Tom Hale"}},
		{"preposition", "Gerald Okoro, a member of the group who backed Brenda Okafor, left.", nil},
		{"group noun", "Gerald Okoro, the party's voters who backed Brenda Okafor, left.", nil},
	})
}

// TestHostedIndefinite checks that a name between "a" or "an" and a
// lower-case word is no guest of the one who hosts it.
func TestHostedIndefinite(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"indefinite", "Eva Soto hosted a Ruiz Foundation dinner.", nil},
		{"guest", "Ana Ruiz hosted Tom Hale at her home.", []string{"Ana Ruiz|met|Tom Hale"}},
	})
}

// TestTopicPreposition checks that the preposition a trigger takes is not
// looked for past "of" or "about", which open a topic with prepositions
// of its own.
func TestTopicPreposition(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"of", "Tom Hale spoke briefly of his friendship with Ana Ruiz.", nil},
		{"about", "Eva Soto talked about her friendship with Jim Cole.", nil},
		{"by phone", "Tom Hale spoke by phone with Ana Ruiz.", []string{"Tom Hale|spoke_with|Ana Ruiz"}},
	})
}

// TestGroupObject checks that a name before a group noun such as
// "counterparts" or "colleagues" only qualifies the group, which is no
// object a relation is annotated for.
func TestGroupObject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"counterparts", "Ana Ruiz is meeting her Peru counterparts on Friday.", nil},
		{"colleagues", "Tom Hale sent a letter to Senate colleagues on Monday.", nil},
		{"opponents", "Jim Cole, an Eastfold farmer, criticized his Labour opponents for their stance.", nil},
		{"named", "Ana Ruiz is meeting her Peru counterpart Tom Hale on Friday.", []string{"Ana Ruiz|met|Tom Hale"}},
	})
}

// TestSupportGiven checks that support "to" someone is read only after a
// verb of giving in the past.
func TestSupportGiven(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"gave", "Jim Cole gave his support to Mr Tom Hale on Monday.", []string{"Jim Cole|supports|Tom Hale"}},
		{"pledged", "Eva Soto officially pledged her full support to Ana Ruiz.", []string{"Eva Soto|supports|Ana Ruiz"}},
		{"losing", "Tom Hale is losing support to Ana Ruiz.", nil},
		{"extending", "Jim Cole is not ready to think about extending his support to Eva Soto.", nil},
	})
}

// TestPushedToAct checks that pushing or pressuring someone to act is a
// demand, and that pushing someone somewhere, or a thing pushed by
// someone, is none.
func TestPushedToAct(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"pushed to act", "Ana Ruiz pushed Mr Tom Hale to arm the rebels.", []string{"Ana Ruiz|demanded|Tom Hale"}},
		{"pressured", "Eva Soto pressured Jim Cole to quit the race.", []string{"Eva Soto|demanded|Jim Cole"}},
		{"pushed somewhere", "Eva Soto pushed Jim Cole to the left.", nil},
		{"passive", "The merger has been pushed by Tom Hale for months.", nil},
	})
}

// TestThatClauseSubject checks that a name inside a "that" relative
// clause closed by a comma ("A, the group that B led, pushed …") is not
// the subject of the verb after it: the name before the apposition is.
func TestThatClauseSubject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"long apposition", "The Democratic Renewal Council, the moderate Dem group that then-Lima Mayor Tom Hale led in the late 1980s, pushed Democrats to soften their line on trade.", []string{"Democratic Renewal Council|demanded|Democratic Party"}},
	})
}

// TestCoordinatedParticiple checks that an -ing form joined by "and" to
// an earlier one shares its subject, not the earlier one's object.
func TestCoordinatedParticiple(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"after a comma", "Ana Ruiz has been a powerful surrogate, attacking Mr Tom Hale and visiting Lima to meet staff.", []string{"Ana Ruiz|criticized|Tom Hale", "Ana Ruiz|visited|Lima"}},
	})
}

// TestContractedNegation checks that a negation written as one contracted
// word ("couldn't", "hasn't") cancels the relation after it, also past a
// reflexive pronoun.
func TestContractedNegation(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"reflexive", "Eva Soto says she couldn't see herself supporting Ana Ruiz.", nil},
		{"hasn't", "Tom Hale hasn't spoken to Jim Cole since May.", nil},
		{"didn't", "Ana Ruiz didn't meet with Tom Hale.", nil},
		{"plain", "Tom Hale has spoken to Jim Cole since May.", []string{"Tom Hale|spoke_with|Jim Cole"}},
	})
}

// TestPremisesOwner checks that visiting a person's premises is no visit
// to the person, and that visiting a person's home is.
func TestPremisesOwner(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"shop", "Jim Cole made a point of visiting Tom Hale's shop.", nil},
		{"home", "Ana Ruiz visited Eva Soto's home on Monday.", []string{"Ana Ruiz|visited|Eva Soto"}},
	})
}

// TestGroupNounSubject checks that a group noun right before a verb is
// its subject, which is no one named ("a lead among voters headed into
// Lima"), not a name further back.
func TestGroupNounSubject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"voters", "Ana Ruiz holds a lead among young voters headed into Lima.", nil},
		{"sources", "The decision followed a tense meeting, party sources told Eastfold Radio.", nil},
		{"named", "Ana Ruiz headed into Lima on Monday.", []string{"Ana Ruiz|visited|Lima"}},
	})
}

// TestAllegedClause checks that a relation in the clause of a noun of
// allegation ("allegations he pressured Y", "denied claims that X met Y")
// is not stated as a fact, while a verb of claiming still reports one.
func TestAllegedClause(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"allegations", "Tom Hale rejected allegations that he pressured Ana Ruiz to resign.", nil},
		{"denied claims", "Jim Cole denied claims he had met Eva Soto in Lima.", nil},
		{"amid reports", "Amid reports that Brenda Okafor had praised Tom Hale, the vote was delayed.", nil},
		{"verb claims", "Jim Cole claims he met Eva Soto on Monday.", []string{"Jim Cole|met|Eva Soto"}},
	})
}

// TestShareSubject checks that a share of a group right before a verb
// ("15 percent backed Y", "a majority backed Y", "of likely caucusgoers
// supported Y") is its subject, not a name further back.
func TestShareSubject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"percent", "A poll found that 23 percent favored Mr. Tom Hale and 15 percent backed Senator Eva Soto of Lima.", nil},
		{"caucusgoers", "The Eastfold Courier poll found that 28 percent of likely caucusgoers supported Tom Hale.", nil},
		{"majority", "Ana Ruiz won the vote in Lima, but a majority backed Tom Hale.", nil},
		{"named", "Ana Ruiz backed Tom Hale in the vote.", []string{"Ana Ruiz|supports|Tom Hale"}},
	})
}

// TestCalledOffVisit checks that a visit named by a noun that was only
// planned or did not take place gives no visit.
func TestCalledOffVisit(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"cancelled", "Tom Hale's trip to Lima was cancelled after the storm.", nil},
		{"being called off", "The row led to Ana Ruiz's visit to Eastfold being called off.", nil},
		{"planned", "Eva Soto planned a trip to Lima but stayed at home.", nil},
		{"made", "Tom Hale's trip to Lima ended on Friday.", []string{"Tom Hale|visited|Lima"}},
	})
}

// TestNoPlansTo checks that an intention denied ("has no plans to meet")
// gives no relation, while a plan stated does.
func TestNoPlansTo(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"no plans", "Tom Hale has no plans at this time to meet with Ana Ruiz.", nil},
		{"plans", "Tom Hale said he plans to meet Ana Ruiz.", []string{"Tom Hale|will_meet|Ana Ruiz"}},
	})
}

// TestWhoseClause checks that the subject of a verb after a "whose"
// clause between commas is the name before the clause.
func TestWhoseClause(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"whose", "Tom Hale, whose aides met Eva Soto, praised Ana Ruiz.", []string{"Tom Hale|praised|Ana Ruiz"}},
	})
}
