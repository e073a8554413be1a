package extract

import "newsgraph/schema"

// Verb lists, inflected forms written out: the rules match words, not
// lemmas, so that they work without a tagger. Compiled by hand from the
// reporting verbs of English grammars (Quirk et al.'s lists of verbs of
// saying) and from news usage.

// reportingVerbs introduce or follow a quotation.
var reportingVerbs = set(`said say says saying told tell tells telling added adds adding
stated states stating declared declares declaring wrote writes writing posted posts posting
tweeted tweets tweeting insisted insists insisting argued argues arguing warned warns warning
explained explains explaining noted notes noting asked asks asking replied replies replying
responded responds responding claimed claims claiming announced announces announcing
acknowledged acknowledges acknowledging admitted admits admitting urged urges urging
stressed stresses stressing suggested suggests suggesting continued continues
described describes describing called calls calling branded brands branding dubbed
labelled labeled termed hailed hails praised praises criticised criticized criticises
criticizes condemned condemns denied denies denying confirmed confirms confirming
reiterated reiterates echoed echoes echoing predicted predicts predicting vowed vows vowing
promised promises promising pledged pledges pledging accused accuses accusing
dismissed dismisses dismissing rejected rejects rejecting complained complains complaining
remarked remarks observed observes recalled recalls recalling concluded concludes
emphasised emphasized emphasising emphasizing underlined reported reports reporting
read reads commented comments commenting signalled signaled mocked joked quipped
conceded concedes conceding contended contends maintained maintains believes believed
thinks thought hopes hoped fears feared expects expected forecast forecasts
announcing lamented laments shouted cried whispered demanded demands demanding
says asserted asserts asserting cautioned cautions cautioning affirmed affirms affirming
underscored underscores highlighted highlights revealed reveals disclosed recounted assured
assures countered counters retorted boasted boasts pointed contended testified wrote
maintaining predicting questioned questions questioning answered answers
insist insisted say tell hinting hinted hints
proclaimed proclaims proclaiming exclaimed interjected interjecting yelled yells yelling
wondered wonders elaborated mused muttered barked pleaded scoffed snapped groused
grumbled fumed attacked denounced denounces decried decries labeling labelling labels
referred refers referring likened likens thanked characterized characterised derided
credited credits blamed blames blaming estimated estimates
condemning lamenting`)

// personVerbs take a person (rarely an object) as subject.
var personVerbs = set(`met meets spoke speaks talked visited travelled traveled flew arrived
wrote insisted argued added`)

// adverbs may stand between a subject and its verb.
var adverbs = set(`also later earlier again then previously already still once repeatedly
swiftly quickly recently today yesterday last this week immediately finally further
reportedly publicly privately separately jointly firmly strongly openly briefly
has have had was is were are been`)

// negations and hypotheticals before a verb cancel its relation.
var negations = set(`not n't never no neither nor cannot refused declined failed denied
would could might may should unlikely if unless whether rather avoids avoided avoiding`)

// trigger is a word that states a relation, with the preposition its
// object follows ("talks with"), if any.
type trigger struct {
	pred   schema.Predicate
	prep   string // required word before the object; "" for a direct object
	future bool   // the word itself speaks of the future ("will meet" aside)
	// owner: the object is only ever the owner of an act or of words
	// ("welcomed the move by X", "welcomed X's remarks"), never a
	// person as such ("welcomed X to London" is hosting).
	owner bool
	// next: the preposition must follow the word at once ("speaking on
	// Sky News", not "speaking about the tax on banks").
	next bool
	// base: the plain form of a verb ("accuse"), which states a
	// relation only in the present tense right after its subject ("The
	// Democrats accuse Mr X of …"); after "to", "will" or "did" it is an
	// intention, a forecast or a question.
	base bool
	// afterFired: only after "fired" or "shot" ("fired back at X"), not
	// after a subject ("Unions back …") or other verbs.
	afterFired bool
	// progressive: an -ing form read only right after a form of "be"
	// ("X is endorsing Y"); elsewhere it names an act whose doer may be
	// anyone ("in endorsing Y", "refrained from endorsing Y").
	progressive bool
	// call: a telephone call, read only when a person named alone
	// follows and the clause ends or goes on with a time or a purpose
	// of talk ("called X on Friday", "called X to congratulate her"),
	// not a naming ("called X a liar", "a firm called X").
	call bool
	// given: only a few words after a verb of giving in the past
	// (givenVerbs): "gave his support to X".
	given bool
}

// verbTriggers map a verb form to the relation it states between its
// subject and its object.
var verbTriggers = buildTriggers()

func buildTriggers() map[string][]trigger {
	verbTriggers := map[string][]trigger{}
	add := func(words string, tr ...trigger) {
		for w := range set(words) {
			verbTriggers[w] = append(verbTriggers[w], tr...)
		}
	}
	add(`met meets meeting`, trigger{pred: schema.Met}, trigger{pred: schema.Met, prep: "with"})
	add(`meet`, trigger{pred: schema.WillMeet}, trigger{pred: schema.WillMeet, prep: "with"})
	add(`talks`, trigger{pred: schema.Met, prep: "with"})
	add(`spoke speaks speaking spoken talked talking`, trigger{pred: schema.SpokeWith, prep: "with"}, trigger{pred: schema.SpokeWith, prep: "to"})
	add(`phoned phones rang telephoned telephones`, trigger{pred: schema.SpokeWith})
	add(`called`, trigger{pred: schema.SpokeWith, call: true})
	add(`call conversation discussions discussion`, trigger{pred: schema.SpokeWith, prep: "with"})
	add(`agreed agrees`, trigger{pred: schema.AgreedWith, prep: "with"})
	add(`visited visits visiting visit`, trigger{pred: schema.Visited})
	add(`visit trip mission journey`, trigger{pred: schema.Visited, prep: "to"})
	add(`travelled traveled travels flew flies went arrived headed`, trigger{pred: schema.Visited, prep: "to"}, trigger{pred: schema.Visited, prep: "in"})
	add(`toured tour touring`, trigger{pred: schema.Visited}, trigger{pred: schema.Visited, prep: "of"})
	add(`invited invites inviting`, trigger{pred: schema.Invited})
	add(`invitation invitations`, trigger{pred: schema.Invited, prep: "to"})
	add(`advocate supporter champion backer`, trigger{pred: schema.Supports, prep: "of"}, trigger{pred: schema.Supports, prep: "for"})
	add(`backed backs backing supports supported supporting endorsed endorses defended defends defending`, trigger{pred: schema.Supports})
	add(`support`, trigger{pred: schema.Supports, prep: "for"})
	// Support given: "X gave his full support to Y", "pledged their
	// support to Y", not "is losing support to Y" (voters leaving) or
	// "before extending his support to Y".
	add(`support`, trigger{pred: schema.Supports, prep: "to", given: true})
	add(`stands stood`, trigger{pred: schema.Supports, prep: "with"}, trigger{pred: schema.Supports, prep: "by"})
	add(`aid`, trigger{pred: schema.Aided, prep: "to"}, trigger{pred: schema.Aided, prep: "for"})
	add(`criticised criticized criticises criticizes criticising criticizing condemned condemns condemning rebuked rebukes slammed slams blasted blasts denounced denounces rejected rejects dismissed dismisses`, trigger{pred: schema.Criticized})
	add(`accused accuses accusing`, trigger{pred: schema.Accused}, trigger{pred: schema.Criticized})
	add(`warned warns warning`, trigger{pred: schema.Warned})
	add(`praised praises praising hailed hails lauded lauds commended commends thanked thanks applauded`, trigger{pred: schema.Praised})
	add(`told tells telling`, trigger{pred: schema.Told})
	add(`interview`, trigger{pred: schema.Told, prep: "with"})
	add(`invaded invades invading bombed bombs attacked attacks attacking`, trigger{pred: schema.Attacked})
	add(`war invasion`, trigger{pred: schema.Attacked, prep: "on"}, trigger{pred: schema.Attacked, prep: "against"}, trigger{pred: schema.Attacked, prep: "of"})
	add(`demanded demands demanding urged urges urging pressed presses pressing`, trigger{pred: schema.Demanded})
	add(`called calls calling`, trigger{pred: schema.Demanded, prep: "on"})
	add(`demand`, trigger{pred: schema.Demanded, prep: "for"}, trigger{pred: schema.Demanded, prep: "on"})
	add(`convened convenes`, trigger{pred: schema.Met})
	add(`sided sides siding`, trigger{pred: schema.Supports, prep: "with"})
	add(`lambasted lambasts derided derides mocked mocks ridiculed ridicules rounded`, trigger{pred: schema.Criticized})
	add(`hit hits`, trigger{pred: schema.Criticized, prep: "at"})
	add(`congratulated congratulates`, trigger{pred: schema.Praised})
	add(`tribute`, trigger{pred: schema.Praised, prep: "to"})
	add(`challenged challenges`, trigger{pred: schema.Demanded})
	// Pushing someone to act: "X pushed Y to resign", "X is pressuring Y
	// to quit" (pushVerbs: never "pushed Y to the left").
	add(`pushed pushes pressured pressures pressuring`, trigger{pred: schema.Demanded})
	add(`appealed appeals`, trigger{pred: schema.Demanded, prep: "to"})
	add(`wrote writes letter`, trigger{pred: schema.Told, prep: "to"})
	add(`stood standing`, trigger{pred: schema.Supports, prep: "for"})
	add(`lashed`, trigger{pred: schema.Criticized, prep: "at"})
	add(`welcomed welcomes welcoming applauded applauds applaud`, trigger{pred: schema.Praised, owner: true})
	add(`attack`, trigger{pred: schema.Attacked, prep: "on"})
	add(`swipe swipes dig digs`, trigger{pred: schema.Criticized, prep: "at"})
	add(`writing`, trigger{pred: schema.Told, prep: "in", next: true})
	add(`returning returned returns`, trigger{pred: schema.Visited, prep: "from"})
	add(`criticism criticisms condemnation`, trigger{pred: schema.Criticized, prep: "of"})
	add(`hosted hosts hosting`, trigger{pred: schema.Met})
	add(`warning`, trigger{pred: schema.Warned, prep: "to"})
	add(`speech`, trigger{pred: schema.Told, prep: "to"})
	add(`addressed addresses addressing`, trigger{pred: schema.Told})
	add(`rounded`, trigger{pred: schema.Criticized, prep: "on"})
	add(`aim`, trigger{pred: schema.Criticized, prep: "at"})
	add(`backing`, trigger{pred: schema.Supports, prep: "for"}, trigger{pred: schema.Supports, prep: "to"})
	add(`speaking appearing appeared said`, trigger{pred: schema.Told, prep: "on", next: true})
	add(`holiday holidays`, trigger{pred: schema.Visited, prep: "in"})
	add(`deal deals agreement agreements accord pact`, trigger{pred: schema.AgreedWith, prep: "with"})
	add(`branded brands branding blamed blames blaming`, trigger{pred: schema.Criticized})
	add(`questioned questions questioning`, trigger{pred: schema.Criticized, owner: true})
	add(`turned turns`, trigger{pred: schema.Criticized, prep: "on", next: true})
	// Judging adjectives: "X was critical of Y", "scathing about Y",
	// "supportive of Y".
	add(`critical scathing dismissive`, trigger{pred: schema.Criticized, prep: "of", next: true})
	add(`scathing`, trigger{pred: schema.Criticized, prep: "about", next: true})
	add(`supportive`, trigger{pred: schema.Supports, prep: "of", next: true})
	// Plain forms after a plural subject: "Republicans attack Ms X",
	// "The Democrats accuse Mr Y of …".
	add(`accuse`, trigger{pred: schema.Accused, base: true}, trigger{pred: schema.Criticized, base: true})
	add(`criticise criticize condemn denounce slam blast rebuke lambast deride mock ridicule attack
reject dismiss`, trigger{pred: schema.Criticized, base: true})
	add(`praise hail applaud commend congratulate thank`, trigger{pred: schema.Praised, base: true})
	add(`back endorse defend`, trigger{pred: schema.Supports, base: true})
	// Meetings in other words: "huddled with X", "conferred with X",
	// "shook hands with X" (in person).
	add(`huddled conferred`, trigger{pred: schema.Met, prep: "with", next: true})
	add(`hands`, trigger{pred: schema.Met, prep: "with", next: true})
	// Meetings named by a meal or a negotiation: "X had breakfast with
	// Y", "X's dinner with Y", "X is in negotiations with Y".
	add(`breakfast lunch dinner negotiations`, trigger{pred: schema.Met, prep: "with", next: true})
	// Praise in other words: "extolled X", "heaped praise on X". The
	// noun "praise" stays out of nounTriggers, which would keep "I
	// praise X" in a quotation from being read as a verb.
	add(`extolled extols saluted salutes complimented compliments`, trigger{pred: schema.Praised})
	add(`praise`, trigger{pred: schema.Praised, prep: "on", next: true})
	// Rejection and attack in other words: "rebuffed X", "spurned X",
	// "railed against X", "took issue with X", "fired back at X".
	add(`rebuffed rebuffs spurned spurns`, trigger{pred: schema.Criticized})
	add(`railed rails railing`, trigger{pred: schema.Criticized, prep: "against", next: true})
	add(`issue`, trigger{pred: schema.Criticized, prep: "with", next: true})
	add(`back`, trigger{pred: schema.Criticized, prep: "at", next: true, afterFired: true})
	// Verbs of scolding and disparaging from news usage: each takes the
	// one criticised as its object. Their -ing forms are left out: "in
	// chiding X", "merely assailing X may not …" leave out who does it.
	add(`assailed assails chided chides scolded scolds berated berates savaged savages bashed bashes
disparaged disparages belittled belittles castigated castigates excoriated excoriates pilloried
pillories rubbished rubbishes censured censures reproached reproaches upbraided upbraids
grilled skewered skewers hammered`, trigger{pred: schema.Criticized})
	// Going after someone in words: "X went after Y over his taxes",
	// "X has gone after Y's record".
	add(`went goes going gone`, trigger{pred: schema.Criticized, prep: "after", next: true})
	// Tearing into someone: "X ripped Y for …", "X tore into Y",
	// "chastised Y", "trashed Y". As with the verbs of scolding, the -ing
	// forms take no direct object.
	add(`ripped rips chastised chastises trashed trashes`, trigger{pred: schema.Criticized})
	add(`ripped rips ripping tore tears tearing`, trigger{pred: schema.Criticized, prep: "into", next: true})
	// Calling someone out: "X called out Y", "has called out Y's
	// remarks" ("called out to Y" has no object).
	add(`called calls`, trigger{pred: schema.Criticized, prep: "out", next: true})
	// Support and praise as they happen: "X is endorsing Y", "X was
	// congratulating Y".
	add(`endorsing`, trigger{pred: schema.Supports, progressive: true})
	// Stumping for someone: "X stumped for Y in Ohio", "X, stumping
	// for Y, …". ("Campaigned for" is left out: its object is as often
	// a cause or a party one belongs to.)
	add(`stumped stumps stumping`, trigger{pred: schema.Supports, prep: "for", next: true})
	// An owner's accusation: "X's accusation that Y lied". Like
	// criticism, it is read only from its owner (judgementNouns).
	add(`accusation accusations`, trigger{pred: schema.Accused, prep: "that", next: true}, trigger{pred: schema.Criticized, prep: "that", next: true})
	// Telling in other words: "X assured Y that …", "informed Y",
	// "reminded Y of …".
	add(`assured assures reassured reassures informed informs reminded reminds`, trigger{pred: schema.Told})
	add(`congratulating lauding commending`, trigger{pred: schema.Praised, progressive: true})
	return verbTriggers
}

// givenVerbs give support in the past: "gave his support to X", "has
// lent her support to X", "threw their support to X".
var givenVerbs = set(`gave given pledged lent threw thrown offered`)

// callPurposes are verbs of talk after "called X to": "called X to
// congratulate him", "called X to discuss the vote".
var callPurposes = set(`congratulate concede offer apologise apologize discuss express say ask tell
thank wish urge invite inform learn explain convey pass check seek request plead`)

// callTimes may follow the one called: "called X shortly after …",
// "called X on Friday", "called X earlier this month".
var callTimes = set(`shortly soon after before earlier later late early on last this yesterday
today tonight overnight again twice repeatedly personally immediately`)

// lightVerbs stand between a subject and the noun that carries the
// relation ("X held talks with", "X expressing support for").
var lightVerbs = set(`expressing expressed express expresses voiced voicing gave gives giving
offered offering pledged pledging announced announcing held holds hold holding made makes
making convened convening sent sending provided providing signalled signaled extended
extending showed showing had has have is was were been be will would a an the his her their
its today launched launches launching took takes taking fresh struck strikes striking
reached reaches reaching signed signs signing sealed seals sealing clinched`)

// nounTriggers are the trigger words that are nouns: their subject may be
// the name or demonym right before them ("the EU demand for", "American
// aid to", "Smith's trip to").
var nounTriggers = set(`issue tribute letter advocate supporter champion backer discussions discussion talks call conversation trip mission journey support aid interview war
invasion demand meeting visit tour attack swipe swipes dig digs holiday holidays criticism
criticisms condemnation aim warning speech deal deals agreement agreements accord pact
breakfast lunch dinner negotiations accusation accusations`)

// isReporting reports whether t is a reporting verb: a word of the list
// written in lower case, or capitalised only by position ("States" in
// "United States" is none).
func isReporting(t token) bool {
	return reportingVerbs[t.lower] && (!t.cap || t.common)
}
