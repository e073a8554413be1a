package tokenize

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// words returns the token texts of all sentences.
func words(ss []Sentence) []string {
	var w []string
	for _, s := range ss {
		for _, t := range s.Tokens {
			w = append(w, t.Text)
		}
	}
	return w
}

func TestTokens(t *testing.T) {
	tests := []struct {
		name, in string
		want     string // tokens separated by " | "
	}{
		{"straight quotes", `He said "no" to it.`, `He | said | " | no | " | to | it | .`},
		{"curly quotes", `She called it “a disgrace”.`, `She | called | it | “ | a | disgrace | ” | .`},
		{"single quotes", `the so-called ‘red line’ was`, `the | so | - | called | ‘ | red | line | ’ | was`},
		{"dotted abbreviations", `The U.S. and U.K. envoys met.`, `The | U.S. | and | U.K. | envoys | met | .`},
		{"initials", `J.D. Vance and George W. Bush`, `J.D. | Vance | and | George | W. | Bush`},
		{"titles", `Mr Smith met Sen. Jones and Gen. Lee.`, `Mr | Smith | met | Sen. | Jones | and | Gen. | Lee | .`},
		{"months and numbers", `On Jan. 5 the No. 2 official, etc. left`, `On | Jan. | 5 | the | No. | 2 | official | , | etc. | left`},
		// EWT: the stop of a sentence-final abbreviation is the sentence's.
		{"sentence-final abbreviation", `They moved to the U.S.`, `They | moved | to | the | U.S | .`},
		{"sentence-final etc", `Oil, gas, etc. Prices rose.`, `Oil | , | gas | , | etc | . | Prices | rose | .`},
		{"abbreviation and stop", `Acme Inc.. Then`, `Acme | Inc. | . | Then`},
		{"US dollars", `US$4.5m`, `US$ | 4.5 | m`},
		{"doubled curly quotes", `‘’We won,’’ he said`, `‘’ | We | won | , | ’’ | he | said`},
		{"time and meridiem", `at 7:30PM`, `at | 7:30 | PM`},
		{"phone prefix", `call +44 20`, `call | +44 | 20`},
		{"decimal without zero", `$.04 a share`, `$ | .04 | a | share`},
		{"party and state", `Sen. Jane Roe (R-Fla.) and Rep. Al Doe (D-S.C.) spoke`, `Sen. | Jane | Roe | ( | R | - | Fla. | ) | and | Rep. | Al | Doe | ( | D | - | S.C. | ) | spoke`},
		{"state abbreviation", `Springfield, Ill., said`, `Springfield | , | Ill. | , | said`},
		{"fused contraction", `I dont know`, `I | do | nt | know`},
		{"its as it is", `its a shame about its cost`, `it | s | a | shame | about | its | cost`},
		{"pounds and magnitude", `a £4.5bn deal`, `a | £ | 4.5 | bn | deal`},
		{"euros", `€20 billion`, `€ | 20 | billion`},
		{"dollars", `$21 billion, up 3.5%`, `$ | 21 | billion | , | up | 3.5 | %`},
		{"thousands", `1,000 troops`, `1,000 | troops`},
		{"ISO date", `on 2025-03-03 at 10:30`, `on | 2025-03-03 | at | 10:30`},
		{"time and unit", `at 10am for 5km`, `at | 10 | am | for | 5 | km`},
		{"ordinals and decades", `the 2nd time since the 1990s`, `the | 2nd | time | since | the | 1990s`},
		{"range", `won 3-1 in 2010-11`, `won | 3 | - | 1 | in | 2010 | - | 11`},
		{"possessive curly", `Zelenskyy’s office`, `Zelenskyy | ’s | office`},
		{"possessive with opening quote", `the president‘s call`, `the | president | ‘s | call`},
		{"possessive plural", `the parents' group`, `the | parents | ' | group`},
		{"negation", `don't, can't, won't, isn’t`, `do | n't | , | ca | n't | , | wo | n't | , | is | n’t`},
		{"clitics", `I'm sure they're and we'll`, `I | 'm | sure | they | 're | and | we | 'll`},
		{"cannot", `We cannot wait`, `We | can | not | wait`},
		{"names with apostrophes", `O'Brien and d'Estaing at 9 o'clock`, `O'Brien | and | d'Estaing | at | 9 | o'clock`},
		{"hyphenated compound", `a long-term, well-known plan`, `a | long | - | term | , | well | - | known | plan`},
		{"bound prefixes", `pre-2014 non-stop e-mail Anti-war`, `pre-2014 | non-stop | e-mail | Anti-war`},
		{"not a prefix", `UN-backed over-the-counter`, `UN | - | backed | over | - | the | - | counter`},
		{"ellipsis", `Well... maybe…`, `Well | ... | maybe | …`},
		{"em and en dashes", `peace—or war – now`, `peace | — | or | war | – | now`},
		{"double hyphen", `yes--no`, `yes | -- | no`},
		{"suspended hyphen", `pre- and post-war`, `pre | - | and | post-war`},
		{"URL", `see https://www.example.org/a-b?c=1.`, `see | https://www.example.org/a-b?c=1 | .`},
		{"www", `(www.example.com)`, `( | www.example.com | )`},
		{"e-mail", `write to press@example.co.uk.`, `write | to | press@example.co.uk | .`},
		{"handle and hashtag", `@BBCNews posted #Election2024!`, `@BBCNews | posted | #Election2024 | !`},
		{"number sign", `#1 seed`, `# | 1 | seed`},
		{"handle possessive", `@BBCNews's report`, `@BBCNews | 's | report`},
		{"soft hyphen", "govern\u00adment", "govern\u00adment"},
		{"emoji", `great 😀👍🏽 news 🇺🇦`, `great | 😀 | 👍🏽 | news | 🇺🇦`},
		{"non-Latin", `Путин and 習近平 met in Kyiv`, `Путин | and | 習近平 | met | in | Kyiv`},
		{"slash", `and/or 3/4/2025`, `and | / | or | 3/4/2025`},
		{"brackets", `(Reuters) [sic] {x}`, `( | Reuters | ) | [ | sic | ] | { | x | }`},
		{"exclamation run", `Wow!!! Really?!`, `Wow | !!! | Really | ?!`},
		{"bullet", `- A potential ceasefire: talks`, `- | A | potential | ceasefire | : | talks`},
		{"bullet dot", `• Prices rose`, `• | Prices | rose`},
		{"ampersand", `AT&T and M&S rose & fell`, `AT&T | and | M&S | rose | & | fell`},
		{"decade apostrophe", `in the '90s`, `in | the | '90s`},
		{"phone", `call 202-555-0143`, `call | 202-555-0143`},
		{"invalid UTF-8", "caf\xe9 \xff\xfe ok", "caf\xe9 | \xff\xfe | ok"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := strings.Join(words(Split(tt.in)), " | ")
			if got != tt.want {
				t.Errorf("Split(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // sentence texts
	}{
		{"plain", `The talks ended. Both sides left.`, []string{`The talks ended.`, `Both sides left.`}},
		{"closing curly quote", `“We want peace.” He said it twice.`, []string{`“We want peace.”`, `He said it twice.`}},
		{"closing straight quote", `"We want peace." He said it twice.`, []string{`"We want peace."`, `He said it twice.`}},
		{"quote continues", `"Is it over?" she asked.`, []string{`"Is it over?" she asked.`}},
		{"opening quote", `She said: "No. We will not."`, []string{`She said: "No.`, `We will not."`}},
		{"quote spans sentences", `He said: "It is over. We lost." Then he left.`, []string{`He said: "It is over.`, `We lost."`, `Then he left.`}},
		{"new quote", `It ended. "We go on," he said.`, []string{`It ended.`, `"We go on," he said.`}},
		{"headline line", "Minister quits over row\nThe minister resigned on Monday.", []string{`Minister quits over row`, `The minister resigned on Monday.`}},
		{"caption", "Protesters gathered outside parliament (Photo: AP)\nTalks resume", []string{`Protesters gathered outside parliament (Photo: AP)`, `Talks resume`}},
		{"bullets", "Key points:\n- A potential ceasefire: talks\n- Aid to resume", []string{`Key points:`, `- A potential ceasefire: talks`, `- Aid to resume`}},
		{"titles and initials", `Sen. J. Smith met Gen. Lee. Dr. Brown came.`, []string{`Sen. J. Smith met Gen. Lee.`, `Dr. Brown came.`}},
		{"U.S. in name", `The U.S. Senate voted. It passed.`, []string{`The U.S. Senate voted.`, `It passed.`}},
		{"U.S. at end", `He flew to the U.S. The trip was short.`, []string{`He flew to the U.S.`, `The trip was short.`}},
		{"numbers", `It cost $4.5m. No. 10 said 3.5% was fine.`, []string{`It cost $4.5m.`, `No. 10 said 3.5% was fine.`}},
		{"question and exclamation", `Why now? Nobody knows! Fine.`, []string{`Why now?`, `Nobody knows!`, `Fine.`}},
		{"ellipsis", `He paused... Then he spoke... slowly.`, []string{`He paused...`, `Then he spoke... slowly.`}},
		{"brackets", `(The vote was close.) It passed.`, []string{`(The vote was close.)`, `It passed.`}},
		{"list item", "1. Cut taxes\n2. Build homes.", []string{`1. Cut taxes`, `2. Build homes.`}},
		{"lower case after stop", `See approx. three items.`, []string{`See approx. three items.`}},
		{"lower case sentence", `It is over. so what now?`, []string{`It is over.`, `so what now?`}},
		{"initial before quote", `said Mr K. "Never again," she added.`, []string{`said Mr K.`, `"Never again," she added.`}},
		{"initial in closing quote", `He called it "Plan B." Officials agreed.`, []string{`He called it "Plan B."`, `Officials agreed.`}},
		{"capitals are not titles", `A drug for MS. Final approval is due.`, []string{`A drug for MS.`, `Final approval is due.`}},
		{"domain at end", `said example.com. Sales rose.`, []string{`said example.com.`, `Sales rose.`}},
		{"etc at end", `Pens, paper etc. The shop closed.`, []string{`Pens, paper etc.`, `The shop closed.`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.in) {
				got = append(got, tt.in[s.Start:s.End])
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	in := "Headline here\n\nFirst para. Two sentences.\r\n  \nSecond para\n"
	want := []int{0, 1, 1, 2}
	var got []int
	for _, s := range Split(in) {
		got = append(got, s.Paragraph)
	}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs %v, want %v", got, want)
	}
}

func TestSpaceAfter(t *testing.T) {
	ss := Split("He said: \"don't\"")
	var got []bool
	for _, tk := range ss[0].Tokens {
		got = append(got, tk.SpaceAfter)
	}
	want := []bool{true, false, true, false, false, false, false}
	if !slices.Equal(got, want) {
		t.Errorf("SpaceAfter %v, want %v", got, want)
	}
}

// checkOffsets verifies Split's invariants on text: every token is the
// text at its offsets and is not empty, tokens and sentences are in order
// and do not overlap, sentence spans match their tokens, paragraphs never
// decrease, and every non-space character is in some token.
func checkOffsets(t *testing.T, name, text string) {
	t.Helper()
	covered := 0 // text before this offset has been checked
	prevPara := 0
	for si, s := range Split(text) {
		if len(s.Tokens) == 0 {
			t.Fatalf("%s: sentence %d has no tokens", name, si)
		}
		if s.Start != s.Tokens[0].Start || s.End != s.Tokens[len(s.Tokens)-1].End {
			t.Fatalf("%s: sentence %d span %d-%d does not match its tokens", name, si, s.Start, s.End)
		}
		if s.Paragraph < prevPara {
			t.Fatalf("%s: sentence %d paragraph %d after %d", name, si, s.Paragraph, prevPara)
		}
		prevPara = s.Paragraph
		for _, tk := range s.Tokens {
			if tk.Start >= tk.End || tk.Start < covered || tk.End > len(text) {
				t.Fatalf("%s: bad token span %d-%d after %d", name, tk.Start, tk.End, covered)
			}
			if tk.Text != text[tk.Start:tk.End] {
				t.Fatalf("%s: token %q at %d-%d is %q in the text", name, tk.Text, tk.Start, tk.End, text[tk.Start:tk.End])
			}
			if gap := text[covered:tk.Start]; strings.TrimFunc(gap, isSpace) != "" {
				t.Fatalf("%s: text %q before %d is in no token", name, gap, tk.Start)
			}
			for _, r := range tk.Text {
				if isSpace(r) {
					t.Fatalf("%s: token %q contains space", name, tk.Text)
				}
			}
			covered = tk.End
		}
	}
	if rest := text[covered:]; strings.TrimFunc(rest, isSpace) != "" {
		t.Fatalf("%s: text %q at the end is in no token", name, rest)
	}
}

func TestOffsetsBBCPolitics(t *testing.T) {
	files, err := filepath.Glob(data + "bbc/politics/*.txt")
	if err != nil || len(files) < 400 {
		t.Fatalf("BBC politics articles: %d files, %v", len(files), err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		checkOffsets(t, f, string(b))
	}
}

// TestOffsetsLatin1 runs Split on the one BBC article that is not UTF-8.
func TestOffsetsLatin1(t *testing.T) {
	f := data + "bbc/sport/199.txt"
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(b) {
		t.Fatalf("%s is valid UTF-8; the test needs an invalid file", f)
	}
	checkOffsets(t, f, string(b))
}

func TestOffsetsOddText(t *testing.T) {
	tests := []string{
		"",
		"   \n\n \t ",
		"\xff\xfe\xfd",
		"a\x80b. \xc3 \xe2\x80 end",
		"\u200bHello\u00a0world\u2028next\u2029para",
		"...!!!???---***",
		"'''\"\"\"``",
		"e\u0301te\u0301 👩‍👩‍👧 🇬🇧🇺🇸 1️⃣",
		"U.S.A.... Mr. . . -- —",
		"a-b-c-d-e-f 1-2-3-4-5 '' 's n't",
		"\r\n\r\nx\ry\r\n",
		strings.Repeat("(", 40) + "x" + strings.Repeat(")", 40),
	}
	for _, in := range tests {
		checkOffsets(t, in, in)
	}
}

// FuzzSplit checks Split's invariants on arbitrary input.
func FuzzSplit(f *testing.F) {
	f.Add("He said: \"It’s £4.5bn.\" Then U.S. Sen. J. Doe left...")
	f.Add("a\xffb 😀‍ 🇺")
	f.Fuzz(func(t *testing.T, s string) {
		checkOffsets(t, "fuzz", s)
	})
}

func BenchmarkSplit(b *testing.B) {
	files, err := filepath.Glob(data + "bbc/politics/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("BBC politics articles: %d files, %v", len(files), err)
	}
	var texts []string
	size := 0
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Split(t)
		}
	}
}
