package extract

import (
	"strings"
	"testing"

	"newsgraph/schema"
)

// TestDescriptorBeforeName checks that a common word starting a sentence
// before a person's name ("Striker", "Teenager") is left out of the name,
// and that an unknown given name or an organisation's first word is not.
func TestDescriptorBeforeName(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Striker Tomas Varga scored twice in the second half.", []string{"Tomas Varga"}, []string{"Striker Tomas Varga"}},
		{"Teenager Ana Ruiz won the title on Sunday.", []string{"Ana Ruiz"}, []string{"Teenager Ana Ruiz"}},
		{"Solicitor Ben Okoro said the ruling was wrong.", []string{"Ben Okoro"}, []string{"Solicitor Ben Okoro"}},
		{"Keeper Lars Dahl saved a penalty.", []string{"Lars Dahl"}, []string{"Keeper Lars Dahl"}},
		// A given name no list knows, never written in lower case.
		{"Cosmin Dahl said the ruling was wrong.", []string{"Cosmin Dahl"}, []string{"Dahl"}},
		// The name of an organisation, whatever the recogniser says.
		{"Greater Eastfold Police said the roads were closed.", []string{"Greater Eastfold Police"}, []string{"Eastfold Police"}},
	})
}

// TestWorkTitles checks that the title of a film, record or book named
// after a noun for it is no actor, that a name after such a noun written
// as part of a name stays one, and that an amount in a currency, a
// holiday and "TV" are no names.
func TestWorkTitles(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Ana Ruiz starred in the film Blue Harbour Nights last year.", []string{"Ana Ruiz"}, []string{"Blue Harbour Nights"}},
		{"Her album Northern Lights topped the charts, Tom Hale said.", []string{"Tom Hale"}, []string{"Northern Lights"}},
		{"The comedy, the Dorsal Affair, opens in Leeds.", []string{"Leeds"}, []string{"Dorsal Affair"}},
		{"The opera Carmela was staged in Madrid.", []string{"Madrid"}, []string{"Carmela"}},
		{"Tom Hale told Comedy Central that he would return.", []string{"Tom Hale", "Comedy Central"}, nil},
		// Holidays and "TV" are no actors.
		{"Tom Hale said on TV in York that he would leave at Christmas.", []string{"Tom Hale", "York"}, []string{"Christmas", "TV"}},
		{"Over New Year, Ana Ruiz visited Lima.", []string{"Ana Ruiz", "Lima"}, []string{"New Year", "Year"}},
		{"Tom Hale told Sky TV that he would stay.", []string{"Tom Hale", "Sky TV"}, nil},
		// An amount in a currency is no title either.
		{"Sales rose to A$4.5bn from A$3.9bn, Tom Hale said.", []string{"Tom Hale"}, []string{"A$4.5bn", "A$3.9bn"}},
	})
}

// TestCompanySaid checks that a company that "said" something is no
// person when the statistical recognizer knows it as an organisation,
// while an unknown name before "said" still is one.
func TestCompanySaid(t *testing.T) {
	checkTypeCases(t, []typeCase{
		{"Sales in Asia fell sharply, Microsoft said.", map[string]schema.Type{"Microsoft": schema.Organization}},
		{"“The plan failed,” Hale said on Monday.", map[string]schema.Type{"Hale": schema.Person}},
	})
}

// TestUntypedRunsNeedTheRecognizer checks that a run of capitalised words
// with no sign of a person's name (no given name, honorific or title, and
// no name to the statistical recognizer) is no person, while a name the
// recognizer sees is one.
func TestUntypedRunsNeedTheRecognizer(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Tom Hale said Paying the Price was a good slogan.", []string{"Tom Hale"}, []string{"Paying the Price"}},
		{"Ana Ruiz met Brena Tolliver in Leeds.", []string{"Ana Ruiz", "Brena Tolliver", "Leeds"}, nil},
	})
}

// TestTitleCaseHeadline checks that a headline that capitalises every word
// gives no names beyond those the article's text writes.
func TestTitleCaseHeadline(t *testing.T) {
	checkEntityCases(t, extractArticle, []entityCase{
		{"Tom Hale Slams Rival Over Leeds Tax Plan\n\nTom Hale criticised the plan in Leeds on Monday.",
			[]string{"Tom Hale", "Leeds"}, []string{"Tom Hale Slams Rival Over Leeds Tax Plan", "Tom Hale Slams Rival", "Rival Over Leeds Tax Plan"}},
		// A headline in sentence case keeps its names.
		{"Hale flies to Lima for talks\n\nTom Hale left on Monday for two days of talks.", []string{"Tom Hale", "Lima"}, nil},
	})
}

func TestPartyState(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Sen. Tom Hale (D-Ohio) met Rep. Ana Ruiz (R-Fla.) in Tampa.", []string{"Tom Hale", "Ana Ruiz", "Tampa"}, []string{"D-Ohio", "R-Fla", "R-Fla."}},
		{"Sen. Tom Hale (I-Vt) said he would vote no.", []string{"Tom Hale"}, []string{"I-Vt"}},
		{"Sen. Tom Hale, D-Va., said he would vote no in Tampa.", []string{"Tom Hale", "Tampa"}, []string{"D-Va", "D-Va."}},
	})
}

func TestStateAbbreviations(t *testing.T) {
	checkTypeCases(t, []typeCase{
		{"Tom Hale spoke in Albany, N.Y., on Monday.", map[string]schema.Type{"New York": schema.Place}},
		{"Ana Ruiz flew to Columbia, S.C., from Washington, D.C., on Friday.", map[string]schema.Type{"South Carolina": schema.Place, "Washington": schema.Place}},
	})
}

// TestInitialIngAndLy checks the capitalised words ending in "-ing" or
// "-ly" that start a sentence: names when the lexicon or the given names
// know them, no names when they are verbs or adverbs.
func TestInitialIngAndLy(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Tom Hale met the envoys. Beijing said on Monday that the talks were over.", []string{"Tom Hale", "Beijing"}, nil},
		{"Tom Hale met the envoys. Downing Street said the talks were over.", []string{"Tom Hale", "Downing Street"}, []string{"Street"}},
		{"The race was fast. Kelly Varga won gold in Leeds.", []string{"Kelly Varga", "Leeds"}, []string{"Varga"}},
		{"Speaking in Leeds, Tom Hale said the talks were over.", []string{"Tom Hale", "Leeds"}, []string{"Speaking"}},
		{"Interestingly Hale said nothing, Tom Hale's aide said.", []string{"Tom Hale"}, []string{"Interestingly Hale"}},
	})
}

// TestMonthSurnames checks that a month's name is a surname after a given
// name or an honorific, and wherever the article uses it so, but not as a
// date.
func TestMonthSurnames(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Jane May met Tom Hale in Leeds. May said the talks were over.", []string{"Jane May", "Tom Hale", "Leeds"}, []string{"Jane"}},
		{"Tom Hale met Ana Ruiz.\n\nMrs May said the talks were over.", []string{"Tom Hale", "Ana Ruiz", "May"}, nil},
		{"Tom Hale met Ana Ruiz in May 2019. May was a good month.", []string{"Tom Hale", "Ana Ruiz"}, []string{"May"}},
		{"Jane May met Tom Hale on 3 May.", []string{"Jane May", "Tom Hale"}, nil},
	})
}

// TestCompassRegions checks that compass words before a known place name a
// region of it.
func TestCompassRegions(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Aid to South Asia rose, Tom Hale said.", []string{"South Asia", "Tom Hale"}, []string{"South", "Asia"}},
		{"Banks in West Africa merged, Ana Ruiz said.", []string{"West Africa", "Ana Ruiz"}, []string{"West"}},
		{"Tom Hale grew up in East Germany.", []string{"East Germany", "Tom Hale"}, []string{"East"}},
	})
}

// TestPersonOfOrganisation checks that a person's name is not joined by
// "of" to the firm or town the person is of, while a peer's name and an
// organisation's name with "of" stay whole.
func TestPersonOfOrganisation(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Prices will rise, said Brian Varga of Acme Capital Partners.", []string{"Brian Varga", "Acme Capital Partners"}, []string{"Brian Varga of Acme Capital Partners"}},
		{"Lord Hale of Leeds said the bill was wrong.", []string{"Hale of Leeds"}, nil},
		{"Tom Hale met the Bank of England governor.", []string{"Tom Hale", "Bank of England"}, nil},
	})
}

// TestNoPersonNames checks runs that are no person's name: a firm of its
// founders ("&"), a group or a slogan joined by small words, and a
// capitalised word that opens a quotation before a media noun; while the
// name of a programme before such a noun stays one.
func TestNoPersonNames(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Sales at Hale & Ruiz rose, Tom Hale said.", []string{"Tom Hale", "Hale & Ruiz"}, nil},
		{"Bikers for Hale rallied in Leeds on Monday.", []string{"Leeds"}, []string{"Bikers for Hale"}},
		{"“The show went well,” Tom Hale said.", []string{"Tom Hale"}, []string{"The"}},
		{"Tom Hale told the Today programme that he would stay.", []string{"Tom Hale", "Today"}, nil},
	})
	checkTypeCases(t, []typeCase{{"Sales at Hale & Ruiz rose, Tom Hale said.", map[string]schema.Type{"Hale & Ruiz": schema.Organization}}})
}

// TestOrganisationsWithAnd checks that "and" joins the parts of one
// organisation's name made of common words, and not two names in a list,
// two names of their own, or two bodies that each end in such a head.
func TestOrganisationsWithAnd(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"The Fisheries and Coastal Protection Agency fined the firm, Tom Hale said.", []string{"Fisheries and Coastal Protection Agency"}, []string{"Coastal Protection Agency"}},
		{"Ana Ruiz, of the Public and Commercial Workers Union, said the strike would go ahead.", []string{"Ana Ruiz", "Public and Commercial Workers Union"}, []string{"Commercial Workers Union"}},
		{"Eastfold Bank and Harbour Savings Bank are the two lenders that were named.", []string{"Eastfold Bank", "Harbour Savings Bank"}, []string{"Eastfold Bank and Harbour Savings Bank"}},
		{"Shares in Orbis, Continental and Northern Airlines fell.", []string{"Northern Airlines"}, []string{"Continental and Northern Airlines"}},
	})
}

// TestCommonNounOf checks that a run of a common noun, "of" and a name is
// no person: a sentence opening "Approval of Tom Hale" names Tom Hale,
// and "Hall of Fame" is nobody.
func TestCommonNounOf(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Approval of Tom Hale has risen eight points since May.", []string{"Tom Hale"}, []string{"Approval of Tom Hale"}},
	})
	for _, text := range []string{
		"Ana Ruiz entered the rock Hall of Fame in Leeds on Monday.",
		"Aides from the Duchy of Eastfold will appear before the committee.",
	} {
		for name, typ := range entityNames(extractText(t, text)) {
			if typ == schema.Person && strings.Contains(name, " of ") {
				t.Errorf("%q: %s is a person", text, name)
			}
		}
	}
}

// TestTitleBeforeNamedBody checks that capitalised title modifiers after a
// title's "of" that begin a body's name ("National", "European") stay in
// the name, while those that end the title stay in the title.
func TestTitleBeforeNamedBody(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"national centre", "The plan is sound, said Tom Hale, director of the National Centre for Coastal Studies.", []string{"Tom Hale|director|National Centre for Coastal Studies"}},
		{"international council", "The ban is unfair, said Ana Ruiz, head of the International Rowing Council.", []string{"Ana Ruiz|head|International Rowing Council"}},
		{"title ends", "The vote was fair, said Eva Soto, Minister of Foreign Affairs.", []string{"Eva Soto|Minister of Foreign Affairs|"}},
	})
}

// TestTitleOfPlace checks that a title of a place names a person only for
// titles that peers and prelates bear as names ("the Archbishop of
// Canterbury"); other offices of a place are titles.
func TestTitleOfPlace(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"As Governor of Arkansas in 1983, Tom Hale was photographed with donors.", []string{"Tom Hale", "Arkansas"}, []string{"Governor of Arkansas"}},
		{"The tax is fair, said Ana Ruiz, founder and CEO of Iraq Veterans Aid.", []string{"Ana Ruiz"}, []string{"CEO of Iraq"}},
		{"The Archbishop of Canterbury said the vote was a mistake.", []string{"Archbishop of Canterbury"}, nil},
	})
}

// TestNicknameBeforeName checks that a common word before a person's name
// inside a sentence is no part of the name when the article has written
// the name without it before, and stays when the name is introduced with
// it.
func TestNicknameBeforeName(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Ana Ruiz won the vote in Leeds. Her rivals now call her Crooked Ana Ruiz.", []string{"Ana Ruiz"}, []string{"Crooked Ana Ruiz"}},
		{"Tom Hale met Marine Soto in Leeds. Soto said the talks with Marine Soto went well.", []string{"Tom Hale", "Marine Soto"}, []string{"Soto"}},
	})
}

// TestGivenNamePlaces checks that a place's name that is also a given name
// starts a person's name before a surname, and that "and" does not join a
// person's name to an organisation's.
func TestGivenNamePlaces(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"The prize went to Virginia Okafor and Tom Hale in Leeds.", []string{"Virginia Okafor", "Tom Hale", "Leeds"}, []string{"Virginia"}},
		{"Tariffs fail, said Chad P. Bown of the Peterson Institute.", []string{"Chad P. Bown"}, []string{"Chad"}},
		{"Tom Goldstein of the University of Eastfold and Dan Okafor backed the suit.", []string{"University of Eastfold", "Dan Okafor"}, []string{"University of Eastfold and Dan Okafor"}},
	})
}

// TestPaperOnADay checks that a paper's name takes "on Sunday" ("the Mail
// on Sunday") but not the day it reported on.
func TestPaperOnADay(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Ana Ruiz told the Eastfold Times on Monday that she would run.", []string{"Ana Ruiz", "Eastfold Times"}, []string{"Eastfold Times on Monday"}},
		{"Ana Ruiz told the Eastfold Mail on Sunday that she would run.", []string{"Ana Ruiz", "Eastfold Mail on Sunday"}, nil},
	})
}

// TestSurnamesThatNamePlaces checks that a given name before a word that
// ends places' names and is a surname too, or before a country's name the
// recognizer reads as a surname, is a person's name.
func TestSurnamesThatNamePlaces(t *testing.T) {
	checkTypeCases(t, []typeCase{
		{"Former welfare minister Frank Field said the plan would fail.", map[string]schema.Type{"Frank Field": schema.Person}},
		{"Telecoms ombudsman Elizabeth France said the rules were clear.", map[string]schema.Type{"Elizabeth France": schema.Person}},
		{"The film starred Nathan Lane and Lee Evans.", map[string]schema.Type{"Nathan Lane": schema.Person}},
	})
}

// TestOneWordPapers checks that a newspaper known by one word after "the"
// is an organisation that can be told things, and that the same word
// ending a work's title or a longer name is not one.
func TestOneWordPapers(t *testing.T) {
	checkTypeCases(t, []typeCase{
		{"Tom Hale told the Independent he expected voters to switch.", map[string]schema.Type{"Independent": schema.Organization}},
		{"“It is over,” Ana Ruiz told the Times.", map[string]schema.Type{"Times": schema.Organization}},
		{"Ana Ruiz starred in Tears of the Sun last year.", map[string]schema.Type{"Sun": ""}},
		{"The Independent candidate Jim Cole spoke in Lima.", map[string]schema.Type{"Independent": ""}},
		{"Eva Soto of the Observer liked the film.", map[string]schema.Type{"Observer": schema.Organization}},
		{"Jim Cole told the Post and Courier newspaper that he won.", map[string]schema.Type{"Post": ""}},
		{"Sales of the Sun and the Mirror fell.", map[string]schema.Type{"Sun": schema.Organization, "Mirror": schema.Organization}},
	})
	checkRows(t, factRows, []rowCase{
		{"told", "Tom Hale told the Guardian he would stay.", []string{"Tom Hale|told|Guardian"}},
	})
}

// TestDatelineAgency checks that the news agency of a dateline ("LIMA
// (AP) —") is neither another name of the place nor an actor of the
// article, while one the text names is.
func TestDatelineAgency(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"LIMA (AP) — Tom Hale said the talks had failed.", []string{"Lima", "Tom Hale"}, []string{"AP", "Associated Press"}},
		{"LIMA (AP) — Tom Hale told The Associated Press that the talks had failed.", []string{"Lima", "Associated Press"}, nil},
	})
}

// TestTitleCaseHeadlineBodies checks that a run of a headline in title
// case that ends in a word of bodies' names, or holds one, is no name
// unless the text writes it ("Congress Gets Its Turn").
func TestTitleCaseHeadlineBodies(t *testing.T) {
	checkEntityCases(t, extractArticle, []entityCase{
		{"Hale Says Congress Gets Its Turn Next\n\nTom Hale spoke in Lima. Congress will meet.", []string{"Congress", "Tom Hale"}, []string{"Congress Gets"}},
		{"Eastfold University Wins Award\n\nTom Hale spoke at Eastfold University in Lima.", []string{"Eastfold University"}, []string{"Eastfold University Wins Award"}},
	})
}

// TestPeerNames checks that a peer the article knows only by title and
// surname keeps the title in the name, and that a knight or a peer with a
// given name does not.
func TestPeerNames(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"But fertility expert Lord Hale said the plan was good.", []string{"Lord Hale"}, []string{"Hale"}},
		{"Baroness Soto said the plan was good. Lady Cole agreed.", []string{"Baroness Soto", "Lady Cole"}, []string{"Soto", "Cole"}},
		{"Lord Jim Cole and Sir Tom Hale spoke in Lima.", []string{"Jim Cole", "Tom Hale"}, []string{"Lord Jim Cole", "Sir Tom Hale"}},
	})
}

// TestBodyNameOpensSentence checks that a word ending in "-ly" or "-ing"
// that opens a sentence begins a body's name the recogniser reads whole
// ("Family Planning Association"), while a participle that opens a clause
// is no name.
func TestBodyNameOpensSentence(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Family Planning Association chief executive Ana Ruiz spoke in Lima.", []string{"Family Planning Association", "Ana Ruiz"}, []string{"Planning Association"}},
		{"Speaking in Lima, Tom Hale said so.", []string{"Lima", "Tom Hale"}, []string{"Speaking"}},
	})
}

// TestPossessiveInBodyName checks bodies' names with a possessive inside
// ("Information Commissioner's Office", "Workers' Union"), and that an
// owner with a name of its own stays apart from what it owns.
func TestPossessiveInBodyName(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"A spokesman for the Information Commissioner's Office said so.", []string{"Information Commissioner's Office"}, []string{"Office"}},
		{"The Transport and General Workers' Union met in Lima.", []string{"Transport and General Workers' Union"}, []string{"Union", "General Workers"}},
		{"The Eastfold Women's Club of Lima met.", []string{"Eastfold Women's Club of Lima"}, nil},
		{"The Musicians' Union of Lima and Tom Hale met.", []string{"Musicians' Union of Lima", "Tom Hale"}, nil},
		{"Britain's Foreign Office said no.", []string{"Foreign Office"}, []string{"Britain's Foreign Office"}},
	})
}

// TestInitialAcronym checks that an acronym that opens a sentence and that
// the recogniser reads as an organisation is one ("FBI director …"),
// while a speaker's label in capitals is not.
func TestInitialAcronym(t *testing.T) {
	checkTypeCases(t, []typeCase{
		{"FBI director Tom Hale said the probe was ongoing.", map[string]schema.Type{"FBI": schema.Organization}},
		{"HALE: We will win this race.", map[string]schema.Type{"HALE": ""}},
	})
}

// TestTitleWordSurname checks that a title word the recogniser reads as
// the end of a person's name is a surname ("Mervyn King"), not a title.
func TestTitleWordSurname(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"king", "Bank of England governor Mervyn King said the economy was strong.", []string{"Mervyn King|governor|Bank of England"}},
		{"title still", "Labour leader Tom Hale said so.", []string{"Tom Hale|leader|Labour Party"}},
	})
}

// TestBodyKindBeforeName checks that a name after the kind of body it
// names is an organisation, while a name followed by a verb is the
// subject of a clause about the body.
func TestBodyKindBeforeName(t *testing.T) {
	checkTypeCases(t, []typeCase{
		{"Tom Hale earns money from the law firm Eastfold Murray, where he is a partner.", map[string]schema.Type{"Eastfold Murray": schema.Organization}},
		{"The firm Jim Cole founded grew fast in Lima.", map[string]schema.Type{"Jim Cole": schema.Person}},
	})
}

// TestLimitedCompany checks that "Limited" ends a company's name.
func TestLimitedCompany(t *testing.T) {
	checkTypeCases(t, []typeCase{
		{"Tom Hale is vice-chairman of Eastfold Petrochemicals Limited, a Lima firm.", map[string]schema.Type{"Eastfold Petrochemicals Limited": schema.Organization}},
		{"The paper said English Tours Limited sold tickets in Lima.", map[string]schema.Type{"English Tours Limited": schema.Organization}},
	})
}
