package extract

import (
	"context"
	"slices"
	"strings"
	"testing"

	"newsgraph/schema"
)

func TestSegment(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"headline without stop", "Minister quits over budget row\nThe minister resigned on Monday. Her deputy takes over.",
			[]string{"Minister quits over budget row", "The minister resigned on Monday.", "Her deputy takes over."}},
		{"abbreviations", "Mr. Smith met Dr. Jones in the U.S. capital. They talked.",
			[]string{"Mr. Smith met Dr. Jones in the U.S. capital.", "They talked."}},
		{"bullets", "Topics included:\n- Trade: tariffs were discussed.\n- Energy prices",
			[]string{"Topics included:", "Trade: tariffs were discussed.", "Energy prices"}},
		{"quote closes sentence", "“We will win.” The crowd cheered.",
			[]string{"“We will win.”", "The crowd cheered."}},
		{"lower case after stop", "He said “no.” but left.", []string{"He said “no.” but left."}},
		{"stop after a parenthesis", "Profits fell to $9m (£4.6m). Shares rose, as did Sen. Tom Hale (Va.). He left.",
			[]string{"Profits fell to $9m (£4.6m).", "Shares rose, as did Sen. Tom Hale (Va.).", "He left."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range segment(tt.text) {
				got = append(got, tt.text[s.Start:s.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("segment(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestTokenize(t *testing.T) {
	text := `Britain’s envoy (Ms O'Neill) said: "Talks with the U.S. resume."`
	var got []string
	for _, tok := range splitWords(text, 0, len(text)) {
		got = append(got, tok.text)
	}
	want := []string{"Britain", "’s", "envoy", "(", "Ms", "O'Neill", ")", "said", ":", `"`, "Talks", "with", "the", "U.S.", "resume", ".", `"`}
	if !slices.Equal(got, want) {
		t.Errorf("tokenize\n got %q\nwant %q", got, want)
	}
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		units      []int
	}{
		{"curly double", "She said: “We are ready.” Then she left.", []string{"We are ready."}, []int{0}},
		{"straight double", `"It is over," he said.`, []string{"It is over,"}, []int{0}},
		{"apostrophes are not quotes", "The mayor’s plan isn’t ready, officials’ notes say.", nil, nil},
		{"single quotes", "Critics call it a 'stealth tax' on savers.", []string{"stealth tax"}, []int{0}},
		{"over two paragraphs", "He said: \"First part.\n\"Second part.\" Then nothing.", []string{"First part.", "Second part."}, []int{0, 0}},
		{"unclosed then reopened", `She said: "One thing. "Another thing."`, []string{"One thing.", "Another thing."}, []int{0, 0}},
		{"two quotations", `"Yes," she said. "No," he said.`, []string{"Yes,", "No,"}, []int{0, 1}},
		{"nested single", "“He called it ‘a farce’,” she said.", []string{"He called it ‘a farce’,"}, []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			var units []int
			for _, q := range findQuotes(tt.text) {
				got = append(got, tt.text[q.Start:q.End])
				units = append(units, q.unit)
			}
			if !slices.Equal(got, tt.want) || !slices.Equal(units, tt.units) {
				t.Errorf("findQuotes(%q)\n got %q %v\nwant %q %v", tt.text, got, units, tt.want, tt.units)
			}
		})
	}
}

func TestCanonicalKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Oleksandr Kovalenkyy", "Oleksandr Kovalenkiy"},
		{"Kovalenkyi", "Kovalenky"},
		{"Dmitri Orlov", "Dmitry Orlov"},
		{"José Núñez", "Jose Nunez"},
		{"U.S.", "US"},
	}
	for _, tt := range tests {
		if ka, kb := CanonicalKey(tt.a), CanonicalKey(tt.b); ka != kb {
			t.Errorf("CanonicalKey(%q) = %q, CanonicalKey(%q) = %q; want equal", tt.a, ka, tt.b, kb)
		}
	}
	if CanonicalKey("Maria Lopez") == CanonicalKey("Mario Lopez") {
		t.Error("different names share a key")
	}
}

// extractText runs the extractor on text.
func extractText(t *testing.T, text string) *Result {
	t.Helper()
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r, err := x.Extract(context.Background(), Article{ID: "test", Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// rowCase is a text and the rows the extractor should give for it.
type rowCase struct {
	name, text string
	want       []string
}

// checkRows extracts the text of each case in a subtest and compares the
// rows that rows makes of the result with the case's.
func checkRows(t *testing.T, rows func(*Result) []string, cases []rowCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			if got := rows(extractText(t, tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// checkEntities reports the names of want that r lacks and those of
// notWant that it has; text names the input in the messages.
func checkEntities(t *testing.T, text string, r *Result, want, notWant []string) {
	t.Helper()
	got := entityNames(r)
	for _, w := range want {
		if _, ok := got[w]; !ok {
			t.Errorf("%q: no entity %q in %v", text, w, got)
		}
	}
	for _, w := range notWant {
		if _, ok := got[w]; ok {
			t.Errorf("%q: unexpected entity %q", text, w)
		}
	}
}

// entityCase is a text with the entity names its extraction must and must
// not have.
type entityCase struct {
	text          string
	want, notWant []string
}

// checkEntityCases extracts each case's text with extract and checks its
// entity names.
func checkEntityCases(t *testing.T, extract func(*testing.T, string) *Result, cases []entityCase) {
	t.Helper()
	for _, tt := range cases {
		checkEntities(t, tt.text, extract(t, tt.text), tt.want, tt.notWant)
	}
}

// typeCase is a text with the types some of its entities must have.
type typeCase struct {
	text string
	want map[string]schema.Type
}

// checkTypeCases extracts each case's text and checks the types of its
// entities.
func checkTypeCases(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, tt := range cases {
		got := entityNames(extractText(t, tt.text))
		for name, typ := range tt.want {
			if got[name] != typ {
				t.Errorf("%q: %s is %q, want %q (all: %v)", tt.text, name, got[name], typ, got)
			}
		}
	}
}

func entityNames(r *Result) map[string]schema.Type {
	m := map[string]schema.Type{}
	for _, e := range r.Entities {
		m[e.Name] = e.Type
	}
	return m
}

func TestEntities(t *testing.T) {
	// "Mexican" is the only mention of Mexico: optional, and left out.
	text := "Canadian Trade Minister Anna Kowalczyk met Mexican officials in Ottawa on Tuesday.\n" +
		"Ms Kowalczyk, who flew in from Geneva, told the Globe platform that the Institute for Trade Studies (ITS) backed the deal.\n" +
		"The Pentagon and Amnesty International did not comment. Kowalczyk later left for the Vantor Conference."
	r := extractText(t, text)
	got := entityNames(r)
	want := map[string]schema.Type{
		"Anna Kowalczyk":              schema.Person,
		"Canada":                      schema.Country,
		"Ottawa":                      schema.Place,
		"Geneva":                      schema.Place,
		"Globe":                       schema.Organization,
		"Institute for Trade Studies": schema.Organization,
		"Pentagon":                    schema.Organization,
		"Amnesty International":       schema.Organization,
		"Vantor Conference":           schema.Event,
	}
	for name, typ := range want {
		if got[name] != typ {
			t.Errorf("entity %q: got type %q, want %q (all: %v)", name, got[name], typ, got)
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("unexpected entity %q", name)
		}
	}
	for _, e := range r.Entities {
		if e.Name == "Anna Kowalczyk" && !slices.Contains(e.Aliases, "Kowalczyk") {
			t.Errorf("aliases of %s = %q, want Kowalczyk among them", e.Name, e.Aliases)
		}
		if e.Name == "Institute for Trade Studies" && !slices.Contains(e.Aliases, "ITS") {
			t.Errorf("aliases of %s = %q, want ITS among them", e.Name, e.Aliases)
		}
	}
}

func TestResolveVariants(t *testing.T) {
	text := "President Oleksandr Kovalenkyy spoke on Monday. Kovalenkiy said the talks went well. Mr Kovalenky left."
	r := extractText(t, text)
	var persons []Entity
	for _, e := range r.Entities {
		if e.Type == schema.Person {
			persons = append(persons, e)
		}
	}
	if len(persons) != 1 {
		t.Fatalf("got %d persons, want 1: %+v", len(persons), persons)
	}
	if p := persons[0]; p.Name != "Oleksandr Kovalenkyy" || len(p.Mentions) != 3 {
		t.Errorf("person = %q with %d mentions, want Oleksandr Kovalenkyy with 3", p.Name, len(p.Mentions))
	}
}

// roleRows renders roles as "person|title|org".
func roleRows(r *Result) []string {
	var out []string
	for _, ro := range r.Roles {
		org := ""
		if ro.Org >= 0 {
			org = r.Entities[ro.Org].Name
		}
		out = append(out, r.Entities[ro.Person].Name+"|"+ro.Title+"|"+org)
	}
	slices.Sort(out)
	return out
}

func TestRoles(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Irish Health Minister Sean Daly visited the clinic.", []string{"Sean Daly|Health Minister|Ireland"}},
		{"The UN's chief negotiator Maria Soto arrived.", []string{"Maria Soto|chief negotiator|United Nations"}},
		{"Kremlin spokesman Ivan Petrov denied it.", []string{"Ivan Petrov|spokesman|Kremlin"}},
		{"Labour leader Tom Hale spoke.", []string{"Tom Hale|leader|Labour Party"}},
		{"He met the Kenyan president, Peter Otieno, in Nairobi.", []string{"Peter Otieno|president|Kenya"}},
		{"Jane Moor, the Australian foreign minister, said little.", []string{"Jane Moor|foreign minister|Australia"}},
		{"Former Prime Minister Olaf Berg died.", []string{"Olaf Berg|Former Prime Minister|"}},
		{"Mayor of Lisbon Rui Costa opened the bridge.", []string{"Rui Costa|Mayor|Lisbon"}},
		{"The former Irish ambassador to NATO Sean Daly spoke.", []string{"Sean Daly|former ambassador to NATO|Ireland"}},
		{"The Green Party's health spokeswoman, Ann Weir, spoke.", []string{"Ann Weir|health spokeswoman|Green Party"}},
	}
	for _, tt := range tests {
		if got := roleRows(extractText(t, tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// quoteRows renders quotes as "speaker|text".
func quoteRows(r *Result) []string {
	var out []string
	for _, q := range r.Quotes {
		out = append(out, r.Entities[q.Speaker].Name+"|"+q.Text)
	}
	return out
}

func TestQuotes(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"after, name first", `"We will rebuild," Mayor Ana Ruiz said.`, []string{"Ana Ruiz|We will rebuild,"}},
		{"after, verb first", `“Nothing has changed,” said Tom Hale.`, []string{"Tom Hale|Nothing has changed,"}},
		{"before with colon", `Ana Ruiz said: "The bridge opens in May."`, []string{"Ana Ruiz|The bridge opens in May."}},
		{"pronoun speaker", "Tom Hale arrived late. “The roads were blocked,” he said.", []string{"Tom Hale|The roads were blocked,"}},
		{"embedded phrase", "Ana Ruiz described the plan as “reckless”.", []string{"Ana Ruiz|reckless"}},
		{"participle after comma", "Ana Ruiz rejected the offer, saying: “It is too little.”", []string{"Ana Ruiz|It is too little."}},
		{"appositive skipped", `Tom Hale, from Oxfam, said: "Aid is late."`, []string{"Tom Hale|Aid is late."}},
		{"continuation paragraph", "Ana Ruiz said: \"The first part.\n\"The second part.\"", []string{"Ana Ruiz|The first part.", "Ana Ruiz|The second part."}},
		{"unnamed source", `"Talks have stalled," a senior official said.`, nil},
		{"passive with agent", `The plan was described as "reckless" by Tom Hale.`, []string{"Tom Hale|reckless"}},
		{"passive without agent", `Ana Ruiz's plan was described as "reckless".`, nil},
		{"claims from", `Ana Ruiz rejected claims from Tom Hale that she was "out of touch".`, []string{"Tom Hale|out of touch"}},
		{"title of a place", `The Archbishop of Lisbon said: "We pray for peace."`, []string{"Archbishop of Lisbon|We pray for peace."}},
		{"reported then quoted", "Tom Hale said the vote was lost. \"We will try again.\"", []string{"Tom Hale|We will try again."}},
		{"gender", "Mrs Ana Ruiz met Mr Tom Hale. \"It went well,\" she said.", []string{"Ana Ruiz|It went well,"}},
		{"title of a show", `Ana Ruiz told "Morning Talk Live" she would run.`, nil},
		{"single marks as quotation marks", "Sir Tom Hale arrived. Sir Tom said: ‘It’s the voters’ choice.\n‘We will see.’", []string{"Tom Hale|It’s the voters", "Tom Hale|We will see."}},
		{"the PM", "Prime Minister Ana Ruiz arrived. The PM said: “We are ready.”", []string{"Ana Ruiz|We are ready."}},
		{"the country's president", "Chilean President Eva Soto met Peruvian President Tom Hale. “It went well,” the Chilean president said.", []string{"Eva Soto|It went well,"}},
		{"the country's leader", "Chilean President Eva Soto arrived. Critics say the Chilean leader has called it “a success”.", []string{"Eva Soto|a success"}},
		{"scare quotes", `The so-called "peace plan" was published on Monday.`, nil},
		{"statement", `"We stand together," the statement read.`, nil},
	})
}

// factRows renders facts as "subject|predicate|object".
func factRows(r *Result) []string {
	var out []string
	for _, f := range r.Facts {
		out = append(out, r.Entities[f.Subject].Name+"|"+string(f.Predicate)+"|"+r.Entities[f.Object].Name)
	}
	slices.Sort(out)
	return out
}

func TestRelations(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ana Ruiz held talks with Tom Hale in Lisbon.", []string{"Ana Ruiz|met|Tom Hale"}},
		{"Ana Ruiz will meet Tom Hale next week.", []string{"Ana Ruiz|will_meet|Tom Hale"}},
		{"A meeting between Ana Ruiz and Tom Hale is planned for May.", []string{"Ana Ruiz|will_meet|Tom Hale"}},
		{"Ana Ruiz spoke with Tom Hale by phone.", []string{"Ana Ruiz|spoke_with|Tom Hale"}},
		{"Ana Ruiz and Tom Hale agreed to extend the truce.", []string{"Ana Ruiz|agreed_with|Tom Hale"}},
		{"Ana Ruiz visited Nairobi on Monday.", []string{"Ana Ruiz|visited|Nairobi"}},
		{"Tom Hale criticised Ana Ruiz over the delays.", []string{"Tom Hale|criticized|Ana Ruiz"}},
		{"Tom Hale accused Ana Ruiz of lying.", []string{"Tom Hale|accused|Ana Ruiz", "Tom Hale|criticized|Ana Ruiz"}},
		{"Tom Hale urged Ana Ruiz to resign.", []string{"Tom Hale|demanded|Ana Ruiz"}},
		{"Tom Hale told the Globe platform he was leaving.", []string{"Tom Hale|told|Globe"}},
		{"Tom Hale told the Daily Sentinel newspaper he was leaving.", []string{"Tom Hale|told|Daily Sentinel"}},
		{"Tom Hale told a Daily Sentinel reporter he was leaving.", nil},
		{"Tom Hale told reporters he was leaving.", nil},
		{"Tom Hale would not meet Ana Ruiz.", nil},
		{"Tom Hale did not criticise Ana Ruiz.", nil},
		{"Canada pledged military aid to Ukraine.", []string{"Canada|aided|Ukraine"}},
		{"The Canadian aid to Ukraine arrived.", []string{"Canada|aided|Ukraine"}},
		{"Russia invaded Georgia in 2008.", []string{"Russia|attacked|Georgia"}},
		{"Ana Ruiz praised her deputy, Tom Hale, and left.", []string{"Ana Ruiz|praised|Tom Hale"}},
		{"Ana Ruiz was backed by Tom Hale.", []string{"Tom Hale|supports|Ana Ruiz"}},
		{"Ana Ruiz held talks with her Chilean counterpart, Tom Hale, and the Peruvian leader, Eva Soto.", []string{"Ana Ruiz|met|Eva Soto", "Ana Ruiz|met|Tom Hale"}},
		{"Ana Ruiz, who spoke with Tom Hale on Monday, left.", []string{"Ana Ruiz|spoke_with|Tom Hale"}},
		{"Ana Ruiz dismissed Tom Hale's plan. Tom Hale's plan was new. Eva Soto swiftly rejected this idea.", []string{"Ana Ruiz|criticized|Tom Hale", "Eva Soto|criticized|Tom Hale"}},
		{"Ana Ruiz made a surprise trip to Iraq, where she met leaders in Baghdad.", []string{"Ana Ruiz|visited|Baghdad", "Ana Ruiz|visited|Iraq"}},
		{"Labour MPs criticised Ana Ruiz.", nil},
		{"Ana Ruiz has been a leading advocate of Chilean membership.", []string{"Ana Ruiz|supports|Chile"}},
		{"Tom Hale attacked Peru over its aid record.", []string{"Tom Hale|criticized|Peru"}},
	}
	for _, tt := range tests {
		if got := factRows(extractText(t, tt.text)); !slices.Equal(got, tt.want) {
			t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestEvidence(t *testing.T) {
	text := "Ana Ruiz arrived on Monday. She met Tom Hale in Lisbon."
	r := extractText(t, text)
	if len(r.Facts) == 0 {
		t.Fatal("no facts")
	}
	for _, f := range r.Facts {
		if f.Evidence.Text != "She met Tom Hale in Lisbon." || text[f.Evidence.Start:f.Evidence.End] != f.Evidence.Text {
			t.Errorf("evidence = %+v", f.Evidence)
		}
	}
	if !strings.Contains(strings.Join(factRows(r), ","), "Ana Ruiz|met|Tom Hale") {
		t.Errorf("facts = %q, want Ana Ruiz met Tom Hale", factRows(r))
	}
}
