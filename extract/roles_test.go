package extract

import (
	"testing"

	"newsgraph/schema"
)

// TestRoleOfKindNoun checks that "the party's", "the newspaper's" … before
// a title is the organisation of that kind named before, and none when no
// organisation named before is called so.
func TestRoleOfKindNoun(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"party", "The Labour Party met on Monday. The party's election chief Eva Soto spoke.", []string{"Eva Soto|election chief|Labour Party"}},
		{"newspaper after the name", "Tom Hale spoke to the Daily Sentinel newspaper. The paper's editor, Jim Cole, said it was fine.", []string{"Jim Cole|editor|Daily Sentinel"}},
		{"no such organisation", "Tom Hale spoke to the Daily Sentinel. The charity's director, Jim Cole, said it was fine.", []string{"Jim Cole|director|"}},
	})
}

// TestTitleBeforeTitledName checks that a title in apposition to a person
// who is given a second title after the comma is theirs too.
func TestTitleBeforeTitledName(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"second title", "Tom Hale spoke to the Daily Sentinel newspaper, whose interview was led by the newspaper's editor, Labour MP Ana Ruiz.", []string{"Ana Ruiz|MP|Labour Party", "Ana Ruiz|editor|Daily Sentinel"}},
		{"no determiner before the first title", "Tom Hale was editor, Labour MP Ana Ruiz said.", []string{"Ana Ruiz|MP|Labour Party"}},
		{"comma after an introductory phrase", "In a swipe at the businessman, Labour MP Ana Ruiz called him rude.", []string{"Ana Ruiz|MP|Labour Party"}},
	})
}

// TestChairTitles checks the co- and vice- forms of "chairman" as titles.
func TestChairTitles(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"co-chairman", "Tory co-chairman Tom Hale spoke on Monday.", []string{"Tom Hale|co-chairman|Conservative Party"}},
		{"vice chairman after the name", "Ana Ruiz, the vice chairman of the Labour Party, spoke on Monday.", []string{"Ana Ruiz|vice chairman|Labour Party"}},
	})
}

// TestTitleOfUnnamed checks a title in apposition whose "of" phrase names
// no organisation the recognizer knows, or names it inside a longer name,
// and that a national office held in an unnamed body gets no country.
func TestTitleOfUnnamed(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"of a description", "Eva Soto, director of a small charity in Lima, said so.", []string{"Eva Soto|director|"}},
		{"of a named body", "Tom Hale, chief executive of the Lima Port Authority, said so.", []string{"Tom Hale|chief executive|Lima Port Authority"}},
		{"national office", "Kenya's budget grew. Jim Cole, president of a small firm, said so.", nil},
	})
}

// TestHeadTitle checks "head" as a title before a name and in apposition.
func TestHeadTitle(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"before the name", "BBC head Sir Tom Hale spoke on Monday.", []string{"Tom Hale|head|BBC"}},
		{"apposition", "Ana Ruiz, head of the Lima Port Authority, said so.", []string{"Ana Ruiz|head|Lima Port Authority"}},
		{"not a title", "Tom Hale shook his head.", nil},
	})
}

// TestKindNounApposition checks a title in apposition that "the party's",
// "the group's" … qualify.
func TestKindNounApposition(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"party", "The Labour Party met on Monday. Ana Ruiz, the party's vice chairman, spoke.", []string{"Ana Ruiz|vice chairman|Labour Party"}},
		{"group named by no one", "Jim Cole, the group's director, left.", []string{"Jim Cole|director|"}},
	})
}

// TestHonorificAfterTitle checks that an honorific of rank after a title
// ("minister Baroness Jane Doe") is no part of the title.
func TestHonorificAfterTitle(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"baroness", "Home Office minister Baroness Ana Ruiz said so.", []string{"Ana Ruiz|minister|Home Office"}},
		{"lord", "Party chairman Lord Tom Hale said so.", []string{"Tom Hale|Party chairman|"}},
	})
}

// TestParliamentaryTitles checks the descriptions of members of a
// parliament as titles.
func TestParliamentaryTitles(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"backbencher", "Labour backbencher Ana Ruiz said so.", []string{"Ana Ruiz|backbencher|Labour Party"}},
		{"peer", "Tory peer Lord Tom Hale said so.", []string{"Tom Hale|peer|Conservative Party"}},
		{"chief whip", "Former chief whip Eva Soto said so.", []string{"Eva Soto|Former chief whip|"}},
		{"peer pressure", "Tom Hale said peer pressure was to blame.", nil},
	})
}

// TestIndefiniteApposition checks a title in apposition after "a" or "an":
// "Jane Doe, an analyst at X," is an analyst at X, with the qualifier before
// the title as where it is held.
func TestIndefiniteApposition(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"an analyst at", "“Sales will fall,” said Ana Ruiz, an analyst at Eastfold Capital.", []string{"Ana Ruiz|analyst|Eastfold Capital"}},
		{"a former minister", "Tom Hale, a former Peruvian foreign minister, said the vote was fair.", []string{"Tom Hale|former foreign minister|Peru"}},
		{"a spokesman for", "Jim Cole, a spokesman for the Eastfold Trust, said so.", []string{"Jim Cole|spokesman|Eastfold Trust"}},
	})
}

// TestLowerCaseTitleDomain checks that a title written in lower case takes
// its domain after "of" when the domain ends the phrase, and keeps the bare
// title when more words follow, held where "at" or "for" after the field
// says.
func TestLowerCaseTitleDomain(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"ends the apposition", "Tom Hale, the Peruvian secretary of the economy, came to talk to me.", []string{"Tom Hale|secretary of the economy|Peru"}},
		{"before a name", "Spain's minister of sport Ana Ruiz backed the decision.", []string{"Ana Ruiz|minister of sport|Spain"}},
		{"more words follow", "Jim Cole, director of political advertising, said the ads worked.", []string{"Jim Cole|director|"}},
		{"field then where", "Tom Hale, the director of debate at the University of Eastfold, compared it to a game.", []string{"Tom Hale|director|University of Eastfold"}},
		{"a professor of a field at", "“It will pass,” said Ana Ruiz, a professor of economics at Eastfold College.", []string{"Ana Ruiz|professor|Eastfold College"}},
	})
}

// TestRelativeClauseTitle checks a title given in a relative clause after
// a name: "who is" gives it, "who was" and "who served as" give a former
// one.
func TestRelativeClauseTitle(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"who is", "Ana Ruiz, who is the director of the Eastfold Trust, disagreed.", []string{"Ana Ruiz|director|Eastfold Trust"}},
		{"who served as", "Tom Hale, who served as chairman of the Eastfold Council during the vote, agreed.", []string{"Tom Hale|former chairman|Eastfold Council"}},
		{"who was", "Jim Cole, who was chief strategist for the Eastfold Party, said so.", []string{"Jim Cole|former chief strategist|Eastfold Party"}},
	})
}

// TestTitleDomains checks titles whose domain follows "for" ("Minister for
// Europe") or common nouns before the head ("rural affairs correspondent"),
// and that a body's name before a title keeps the domain words that end it
// ("a Department for Work and Pensions spokesman").
func TestTitleDomains(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"for a domain", "Minister for Europe Eva Soto spoke on Monday.", []string{"Eva Soto|Minister for Europe|"}},
		{"for two domains", "The Minister for Women and Equalities, Ana Ruiz, spoke.", []string{"Ana Ruiz|Minister for Women and Equalities|"}},
		{"common words after the domain", "Lord Hale, Minister for Defence Procurement, said the procurement of arms was slow.", []string{"Lord Hale|Minister for Defence Procurement|"}},
		{"secretary of state", "Secretary of State for Foreign Affairs Jim Cole spoke.", []string{"Jim Cole|Secretary of State for Foreign Affairs|"}},
		{"correspondent", "Tom Hale, BBC rural affairs correspondent, said the rules held.", []string{"Tom Hale|rural affairs correspondent|BBC"}},
		{"legal director", "Eva Soto, legal director of the Lima Port Authority, said so.", []string{"Eva Soto|legal director|Lima Port Authority"}},
		{"lower-case title for a place", "Madrid is represented by Spain's director general for Europe, Tom Hale.", []string{"Tom Hale|director general for Europe|Spain"}},
		{"lower-case title for a body", "“We are shocked,” said Jim Cole, spokesman for World Relief, the group's arm.", []string{"Jim Cole|spokesman|"}},
		{"title after the domain", "A spokesman for European Justice and Home Affairs Commissioner Ana Ruiz said no.", []string{"Ana Ruiz|European Justice and Home Affairs Commissioner|"}},
	})
	checkEntityCases(t, extractText, []entityCase{
		{"A Department for Work and Pensions spokesman said it was fine.", []string{"Department for Work and Pensions"}, []string{"Department for Work"}},
		{"A Department for Constitutional Affairs spokeswoman said Tom Hale agreed.", []string{"Department for Constitutional Affairs", "Tom Hale"}, []string{"Department for Constitutional"}},
		{"Minister for Europe Eva Soto spoke.", []string{"Eva Soto"}, []string{"Europe Eva Soto"}},
	})
}

// TestPartyNameBeforeTitle checks that "Party" ends a party's name before
// a title instead of beginning the title, and that a list of domains
// after "for" stays in the title.
func TestPartyNameBeforeTitle(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"party name", "The Eastfold Conservative Party leader, Ana Ruiz, questioned the ban.", []string{"Ana Ruiz|leader|Eastfold Conservative Party"}},
		{"party name before a name", "Ohio Democratic Party chairman Jim Cole said so.", []string{"Jim Cole|chairman|Ohio Democratic Party"}},
		{"list of domains", "The Secretary of State for Culture, Media and Sport, Eva Soto, hit out at critics.", []string{"Eva Soto|Secretary of State for Culture, Media and Sport|"}},
	})
}

// TestTitleAnaphorLimits checks that a title after a preposition that
// opens a sentence ("In prime minister's questions") and a title with
// "a" before someone the article names later stand for no one.
func TestTitleAnaphorLimits(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"preposition first", "Tom Hale attacked the plans. Mr Hale said they were wrong. In prime minister's questions Jim Cole told MPs that the plans were fine.", nil},
	})
	checkRows(t, quoteRows, []rowCase{
		{"indefinite", "An Eastfold Party MEP called the union an 'empire' on Monday. Tom Hale, the party's deputy leader, spoke at a meeting with MEP Jim Cole.", nil},
	})
}

// TestBodyNameBeforeTitle checks that a body's name the lexicon knows
// keeps its last word before a title ("Fox News host", "Scottish National
// Party leader"), that "executive" qualifies a title, and that an
// adjective after "of" begins a body's name, not a title's domain.
func TestBodyNameBeforeTitle(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"outlet", "Fox News host Ana Ruiz said so.", []string{"Ana Ruiz|host|Fox News"}},
		{"party", "Scottish National Party leader Tom Hale said so.", []string{"Tom Hale|leader|Scottish National Party"}},
		{"executive director", "Tom Hale, the executive director of the Eastfold Trust, said so.", []string{"Tom Hale|executive director|Eastfold Trust"}},
		{"adjective begins a name", "Eva Soto, executive director of National Eastfold Workers, a union, said so.", []string{"Eva Soto|executive director|National Eastfold Workers"}},
		{"adjective in a domain", "Director of National Intelligence Jim Cole spoke.", []string{"Jim Cole|Director of National Intelligence|"}},
	})
}

// TestPluralTitleSpelled checks a plural title written out before names
// ("Senators Jane Doe and …", "Senators Doe and Hale" for persons the
// article names), and that such a word inside a body's or a place's name
// is no title.
func TestPluralTitleSpelled(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"given names", "Governors Brenda Okafor and Gerald Okoro met on Monday.", []string{"Brenda Okafor|Governor|", "Gerald Okoro|Governor|"}},
		{"surnames of persons", "Mr Ruiz and Mr Cole spoke. Together, Senators Ruiz and Cole represent a moment.", []string{"Cole|Senator|", "Ruiz|Senator|"}},
		{"inside a body's name", "The Republican Governors Association met in Lima.", nil},
		{"princess", "Princess Eva Soto came to Lima.", []string{"Eva Soto|Princess|"}},
	})
}

// TestMoreTitles checks titles of counsel, fellows, consultants and
// managing directors, chief officers of a domain, and that a title that is
// also a verb is none after a modal ("would counsel X", "will host X").
func TestMoreTitles(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"general counsel", "FBI general counsel Tom Hale said the probe is ongoing.", []string{"Tom Hale|general counsel|FBI"}},
		{"chief financial officer", "Ana Ruiz, the company's chief financial officer, agreed.", []string{"Ana Ruiz|chief financial officer|"}},
		{"senior fellow", "Jim Cole, a senior fellow at the Eastfold Institution, said no.", []string{"Jim Cole|senior fellow|Eastfold Institution"}},
		{"managing director", "Eva Soto, managing director of Acme Holdings, said so.", []string{"Eva Soto|managing director|Acme Holdings"}},
		{"verb after a modal", "Asked whether he would counsel Tom Hale to run, Jim Cole said no. They will host Ana Ruiz on Monday.", nil},
	})
}

// TestTitleOfBodyThenName checks a title of a body named after "of the"
// with its holder after it, in apposition or not.
func TestTitleOfBodyThenName(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"apposition", "The chairman of the Eastfold Group, Tom Hale, said so.", []string{"Tom Hale|chairman|Eastfold Group"}},
		{"no comma", "Shadow leader of the Lords Ana Ruiz said so.", []string{"Ana Ruiz|Shadow leader|Lords"}},
	})
}

// TestNoAmericanPrimeMinister checks that an office the United States does
// not have is not given to it because an article names it most.
func TestNoAmericanPrimeMinister(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"prime minister", "The United States and the United States again: US officials met Prime Minister Tom Hale in Lima on Monday.", []string{"Tom Hale|Prime Minister|"}},
		{"secretary", "US officials, in the United States, met Secretary of State Ana Ruiz on Monday.", []string{"Ana Ruiz|Secretary of State|United States"}},
	})
}

// TestCampaignTitles checks titles of a campaign, the party that
// qualifies them, a relative clause with "now", and that a person whose
// campaign a title is of is no organisation of the holder.
func TestCampaignTitles(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"campaign spokesman", "Labour campaign spokesman Ana Ruiz said so.", []string{"Ana Ruiz|campaign spokesman|Labour Party"}},
		{"who is now", "Tom Hale was joined by Jim Cole, who is now the Eastfold Party's deputy leader.", []string{"Jim Cole|deputy leader|Eastfold Party"}},
		{"campaign of a person", "“We won,” said Jim Cole, who is now chairman of Ana Ruiz's presidential campaign.", []string{"Jim Cole|chairman|"}},
	})
}

// TestExTitles checks a title written with "ex-", which is a former one.
func TestExTitles(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"modifier", "Ex-health secretary Tom Hale spoke in Lima.", []string{"Tom Hale|former health secretary|"}},
		{"head", "The ex-minister Jim Cole agreed.", []string{"Jim Cole|former minister|"}},
		{"no title", "Her ex-husband Gerald Okoro came to Lima.", nil},
		{"ex- before a qualifier", "The ex-Conservative chancellor Tom Hale said so.", []string{"Tom Hale|former chancellor|"}},
	})
}

// TestAgentsAndSundayPapers checks "agent" as a title and a paper named
// "… on Sunday" as an organisation.
func TestAgentsAndSundayPapers(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"agent of a body", "FBI agent Ana Ruiz spoke in Lima.", []string{"Ana Ruiz|agent|FBI"}},
		{"agent of a person", "“She is weak,” said Hale's agent Jim Cole.", []string{"Jim Cole|agent|"}},
	})
	checkTypeCases(t, []typeCase{
		{"A poll for the Independent on Sunday found support.", map[string]schema.Type{"Independent on Sunday": schema.Organization}},
	})
}
