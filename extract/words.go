package extract

// Closed word classes the rules read, compiled by hand from English grammar
// and news style; none is specific to any article.

// capStop are words that are capitalised at the start of a sentence or in a
// headline but never begin or continue a name.
var capStop = set(`bosses neither either former mps meps msps ams a an the this that these those his her its their our my your
in on at by for from with without into onto of to as after before during since until
while when where whether if though although because but and or nor so yet also
he she it they we i you him them us me who whom whose which what why how
there here then now today yesterday tomorrow tonight meanwhile however instead
both all any each every some many much more most few several no not one two three
four five six seven eight nine ten another other such
under over above below between among against about around across along through
following despite amid amidst beyond within via per
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
mr mrs ms dr sir dame lord lady
earlier later last next first second third old
yes only just even still already again
according speaking announcing leaving asked said says told
is are was were be been being has have had do does did will would could should might must can
let lets despite unless whilst once like unlike
it's he's she's they're we're i'm you're don't isn't`)

// honorifics precede a person's name.
var honorifics = set(`mr mr. mrs mrs. ms ms. dr dr. sir dame lord lady baroness baron prof prof. professor rev rev. reverend`)

// connectors may join the capitalised words of one name.
var connectors = set(`& of for the de da du del della van von der bin ibn al el la le y`)

// orgWords make a capitalised run an organisation.
var orgWords = set(`party institute studies research economics relations rights affairs institution university college school council committee commission
agency office ministry department bank fund watch securities group corporation corp company
inc ltd limited plc llc association union organisation organization authority court tribunal parliament
congress senate assembly government administration news times post journal telegraph guardian
herald radio tv television channel network service services forces army navy police
foundation trust society federation league alliance movement front brigade brigades airlines
airways motors bureau board cabinet club centre center unit coalition democrats republicans
programme program press magazine daily mail express mirror gazette tribune chronicle review
media studios pictures records labs technologies systems holdings partners capital industries
reserve exchange initiative project guard corps command federal national international
commonwealth caucus chamber chambers commerce conference's bbc hospital charity foundation's index
pac pacs`)

// placeWords make a capitalised run a place.
var placeWords = set(`square street avenue road lane palace castle island islands river lake mountain
mountains mount valley region province county city strait sea ocean gulf bay coast peninsula
desert airport bridge park tower house cathedral abbey stadium arena oblast district heights
hills base camp port harbour harbor village town borough state territory territories canal
straits cemetery memorial field fields downs forest temple mosque church shrine synagogue
monastery basilica museum`)

// eventWords make a capitalised run a named event.
var eventWords = set(`summit conference forum olympics games cup festival expo convention
championship championships talks congress`)

// pronouns that refer to a person.
var personPronouns = set(`he she him her`)

// placePreps precede a place name.
var placePreps = set(`in at to from near outside inside across around toward towards via`)

// prepositions make the name after them an object rather than a subject.
var prepositions = set(`in on at by for from with without into onto of to as after before
during since until about over under between among against via through including like than
toward towards across around near behind beyond inside outside within upon`)

// titleModifiers precede the head of a title ("shadow", "deputy").
var titleModifiers = set(`former women executive intelligence campaign financial operating marketing investment information shadow deputy acting interim assistant junior senior chief vice
foreign defence defense home health finance interior justice trade economy economic treasury
education environment energy transport culture business work pensions security national
political press communications digital housing agriculture immigration brexit international
development cabinet opposition party first europe european affairs armed veterans local
science technology industry climate policy news sports sport media special top
environmental social welfare equalities exchequer budget majority minority
presidential vice-presidential gubernatorial senatorial mayoral congressional leadership
rural arts legal royal consumer crime world diplomatic parliamentary medical industrial
employment constitutional regional`)

// determiners before a title make it refer to someone named elsewhere.
var titleDeterminers = set(`the his her their its our`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	word := []rune{}
	flush := func() {
		if len(word) > 0 {
			m[string(word)] = true
			word = word[:0]
		}
	}
	for _, r := range words {
		if r == ' ' || r == '\n' || r == '\t' {
			flush()
			continue
		}
		word = append(word, r)
	}
	flush()
	return m
}

// mediaNouns after a capitalised name make it an organisation ("the Today
// programme", "his Truth platform").
var mediaNouns = set(`programme program show platform network newspaper paper website site app
channel magazine broadcaster agency tabloid daily`)

// placeNouns after a capitalised name make it a place ("the Kursk region").
var placeNouns = set(`region province oblast city county district state prefecture governorate`)

// notAcronyms are capitalised abbreviations that name no actor.
var notAcronyms = set(`OK TV PM AM GMT BST CEO ID GDP VAT MP MPs MEP HQ PR IT AI DNA EST PST UTC CET FM`)

// nonNameHeads end capitalised phrases that name no actor: laws, plans,
// documents, days, wars ("the Anti-Terrorism Bill", "World Book Day").
var nonNameHeads = set(`bill act acts plan paper papers war wars report reports day days week
budget insurance scheme schemes strategy policy policies directive award awards prize prizes
link relief tax taxes treaty protocol amendment law laws code charter manifesto speech
statement inquiry review white green election elections referendum`)

// runFunctionWords may stand capitalised inside a title-case name ("World
// At One", "Friends Of The Earth").
var runFunctionWords = set(`at of in on the and for to a an by with from`)

// compassWords begin names of regions ("South West", "East Anglia").
var compassWords = set(`north south east west northern southern eastern western central
upper lower greater`)

// months are the names of the months, some of them surnames too ("May").
var months = set(`january february march april may june july august september october november december`)

// nonNameStarts begin capitalised phrases that name no actor ("Article 5").
var nonNameStarts = set(`article section chapter clause paragraph resolution page figure table`)

// holidays are capitalised names of days and seasons, no actors
// ("at Christmas", "over New Year").
var holidays = set(`christmas easter halloween thanksgiving ramadan hanukkah diwali passover lent advent`)

// commonCaps are capitalised words that name no actor alone ("on TV").
var commonCaps = set(`tv internet web`)

// postNominals follow a person's name ("QC", "MP").
var postNominals = set(`QC KC MP MEP MSP AM MLA OBE MBE CBE KBE DBE Jr Jr. Sr Sr. PhD`)
