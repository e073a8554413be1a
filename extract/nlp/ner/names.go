package ner

import (
	"cmp"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
)

// Names are public name lists for the gazetteer features, collected from
// the shared data directory rather than from the annotated training data, so
// that the recogniser learns to trust lists that cover new names as well as
// training names.
type Names struct {
	PER, ORG, LOC []string
}

// ReadNames collects the name lists of dataDir: the annotated persons,
// organisations and locations of CoNLL04 (all splits), the people and
// exchanges that tag the Reuters-21578 stories, and names mined by pattern
// from the unlabelled news of ReadUnlabelled and the PolNeAR articles:
// capitalised words after a title or before ", a spokesman" (persons) and
// capitalised runs ending in a word such as Inc or Bank (organisations).
// The result is sorted and deterministic.
func ReadNames(dataDir string) (Names, error) {
	var sets [3]map[string]int
	for i := range sets {
		sets[i] = make(map[string]int)
	}
	const per, org, loc = 0, 1, 2
	if err := readCoNLL04Names(filepath.Join(dataDir, "conll04"), sets[per], sets[org], sets[loc]); err != nil {
		return Names{}, err
	}
	if err := readReutersTags(filepath.Join(dataDir, "reuters21578"), sets[per], sets[org]); err != nil {
		return Names{}, err
	}
	text, err := ReadUnlabelled(dataDir)
	if err != nil {
		return Names{}, err
	}
	pol, err := readPolNeAR(filepath.Join(dataDir, "polnear"))
	if err != nil {
		return Names{}, err
	}
	text = append(text, pol...)
	// A capitalised word is common if its lower-case form is seen more
	// often in lower case than capitalised inside sentences.
	caseCount := make(map[string][2]int)
	for _, s := range text {
		for j, w := range s {
			lw := strings.ToLower(w)
			c := caseCount[lw]
			switch {
			case w == lw:
				c[0]++
			case j > 0:
				c[1]++
			default:
				continue
			}
			caseCount[lw] = c
		}
	}
	common := func(lw string) bool {
		c := caseCount[lw]
		return c[0] > c[1]
	}
	mined := [3]map[string]int{make(map[string]int), make(map[string]int)}
	for _, s := range text {
		mineNames(s, common, mined[per], mined[org])
	}
	for t, m := range mined[:2] {
		for name, n := range m {
			if n >= minMined {
				sets[t][name] += n
			}
		}
	}
	// Bootstrapping: the first names of the persons found so far mark
	// more persons ("Gordon Brown" once "Gordon Smith" is known).
	first := make(map[string]int)
	for name := range sets[per] {
		if f, _, ok := strings.Cut(name, " "); ok && isNameWord(f) && len(f) > 2 && !common(strings.ToLower(f)) {
			first[f]++
		}
	}
	more := make(map[string]int)
	for _, s := range text {
		if isUpperSentence(s) {
			continue
		}
		for i := 0; i+1 < len(s); i++ {
			if first[s[i]] < minFirst || !isNameWord(s[i+1]) || common(strings.ToLower(s[i+1])) || orgHeads[strings.ToLower(s[i+1])] {
				continue
			}
			j := i + 2
			if j < len(s) && isNameWord(s[j]) {
				continue // a longer run: perhaps an organisation
			}
			more[s[i]+" "+s[i+1]]++
		}
	}
	for name, n := range more {
		if n >= minMined {
			sets[per][name] += n
		}
	}
	// Places of the hand-written lists are not persons or organisations.
	builtin, err := builtinGazetteer()
	if err != nil {
		return Names{}, err
	}
	for _, l := range []int{gazCountry, gazCity, gazRegion, gazNationality} {
		for _, s := range builtin[l] {
			for _, t := range []int{per, org} {
				for _, v := range []string{s, strings.ToUpper(s)} {
					delete(sets[t], v)
				}
			}
		}
	}
	// Nor are acronyms ("U.S.") persons.
	for name := range sets[per] {
		if !strings.ContainsFunc(name, unicode.IsLower) {
			delete(sets[per], name)
		}
	}
	list := func(m map[string]int) []string {
		out := make([]string, 0, len(m))
		for s := range m {
			out = append(out, s)
		}
		slices.Sort(out)
		return out
	}
	return Names{PER: list(sets[per]), ORG: list(sets[org]), LOC: list(sets[loc])}, nil
}

// minMined is the least number of times a mined name must be found.
const minMined = 2

// minFirst is the least number of known persons with a first name that
// makes it mark further persons.
const minFirst = 2

// readCoNLL04Names adds the Peop, Org and Loc entities of the CoNLL04 JSON
// files in dir.
func readCoNLL04Names(dir string, per, org, loc map[string]int) error {
	files, err := filepath.Glob(filepath.Join(dir, "conll04_*.json"))
	if err != nil {
		return err
	}
	slices.Sort(files)
	for _, p := range files {
		if strings.HasSuffix(p, "_types.json") {
			continue
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var sents []struct {
			Tokens []string `json:"tokens"`
			Tags   []string `json:"tags"`
		}
		if err := json.Unmarshal(b, &sents); err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		for _, s := range sents {
			if len(s.Tags) != len(s.Tokens) {
				continue
			}
			start := -1
			for i, tag := range s.Tags {
				pos, typ, _ := strings.Cut(tag, "-")
				switch pos {
				case "B":
					start = i
					continue
				case "I":
					continue
				case "U":
					start = i
				case "L":
				default:
					start = -1
					continue
				}
				if start < 0 || i-start >= maxGazLen {
					start = -1
					continue
				}
				name := strings.Join(s.Tokens[start:i+1], " ")
				start = -1
				switch typ {
				case "Peop":
					per[name]++
				case "Org":
					org[name]++
				case "Loc":
					loc[name]++
				}
			}
		}
	}
	return nil
}

// readReutersTags adds the <PEOPLE> and <EXCHANGES> tags of the
// Reuters-21578 stories in dir ("james-baker" becomes "james baker").
func readReutersTags(dir string, per, org map[string]int) error {
	sgm, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if err != nil {
		return err
	}
	slices.Sort(sgm)
	for _, p := range sgm {
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text := latin1(b)
		for _, tag := range []struct {
			name string
			set  map[string]int
		}{{"PEOPLE", per}, {"EXCHANGES", org}} {
			for _, el := range sgmlElements(text, tag.name) {
				for _, d := range strings.Split(el, "</D>") {
					d = strings.TrimPrefix(strings.TrimSpace(d), "<D>")
					if d != "" {
						tag.set[strings.ReplaceAll(d, "-", " ")]++
					}
				}
			}
		}
	}
	return nil
}

// readPolNeAR reads the article texts of all PolNeAR splits in dir.
func readPolNeAR(dir string) ([][]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "data", "*", "text", "*.txt"))
	if err != nil {
		return nil, err
	}
	slices.Sort(files)
	return readTextFiles(files)
}

// personTitles precede person names ("Mr", "President", "coach").
var personTitles = wordSet(`mr mr. mrs mrs. ms ms. dr dr. president minister chancellor senator sen. sen
gov. governor chairman chairwoman secretary premier judge gen. general king queen prince princess pope sir
lord coach manager striker midfielder defender goalkeeper spokesman spokeswoman analyst economist
director leader candidate ambassador envoy rep. representative mayor lawyer attorney officer commander
captain capt. col. lt. sgt. professor prof. rev. bishop cardinal archbishop champion chief executive
dealer trader negotiator aide adviser advisor`)

// orgHeads end organisation names ("Exxon Corp", "Bank of England").
var orgHeads = wordSet(`inc inc. corp corp. ltd ltd. co co. plc ag sa nv spa bhd group bank party
association union council ministry agency university company corporation institute commission committee
federation airlines airways motors industries holdings fund board organisation organization club
department foundation exchange authority court reserve bancorp securities partners trust systems
technologies communications electric petroleum times post journal news telegraph herald tribune
league alliance front movement army navy police office service services college school hospital
church assembly parliament congress senate cabinet government administration
united rovers athletic wanderers city county`)

// orgConnect may join the words of an organisation name.
var orgConnect = wordSet(`of for and & de the`)

func wordSet(s string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isNameWord reports whether w may be part of a mined name: capitalised,
// with a lower-case letter or no longer than 4 letters (an acronym).
func isNameWord(w string) bool {
	r := []rune(w)
	if len(r) == 0 || !unicode.IsUpper(r[0]) {
		return false
	}
	lower := false
	for _, c := range r {
		switch {
		case unicode.IsLower(c):
			lower = true
		case unicode.IsUpper(c), c == '-', c == '.', c == '\'', c == '&':
		default:
			return false
		}
	}
	return lower || len(r) <= 4
}

// mineNames adds to per and org the names that patterns find in one
// tokenised sentence. common reports whether a lower-cased word is a
// common word rather than a name, such as the capitalised first word of a
// sentence.
func mineNames(s []string, common func(string) bool, per, org map[string]int) {
	if isUpperSentence(s) {
		return
	}
	lw := make([]string, len(s))
	for i, w := range s {
		lw[i] = strings.ToLower(w)
	}
	// run returns the end of the run of name words from i, at most max.
	run := func(i, max int) int {
		j := i
		for j < len(s) && j-i < max && isNameWord(s[j]) && !personTitles[lw[j]] {
			j++
		}
		return j
	}
	for i := 0; i < len(s); i++ {
		// Persons after a title: "President Ronald Reagan", "Mr Blair".
		if personTitles[lw[i]] && i+1 < len(s) {
			if j := run(i+1, 3); j > i+1 && (j == len(s) || !isNameWord(s[j])) {
				if !orgHeads[lw[j-1]] && !(j < len(s) && (lw[j] == "'s" || lw[j] == "of")) {
					per[strings.Join(s[i+1:j], " ")]++
				}
			}
		}
		// Persons before an apposition: "John Smith, a spokesman for".
		if isNameWord(s[i]) && (i == 0 || !isNameWord(s[i-1])) {
			j := run(i, 3)
			if j-i >= 2 && j+2 < len(s) && s[j] == "," && (lw[j+1] == "a" || lw[j+1] == "the") && personTitles[lw[j+2]] {
				per[strings.Join(s[i:j], " ")]++
			}
		}
		// Organisations ending in a head word: "Exxon Corp", "Bank of
		// England".
		// Only the last head of a run counts: "General Motors Corp".
		if orgHeads[lw[i]] && isNameWord(s[i]) && (i+1 == len(s) || !isNameWord(s[i+1])) {
			start := i
			for start > 0 && i-start < maxGazLen-1 {
				p := s[start-1]
				// "of" and "for" join only a head word on their left:
				// "Federation of Korean Industries".
				join := orgConnect[lw[start-1]] && start-1 > 0 && lw[start-1] != "the" &&
					(lw[start-1] != "of" && lw[start-1] != "for" || orgHeads[lw[start-2]])
				if !(isNameWord(p) && !common(lw[start-1]) || join) {
					break
				}
				start--
			}
			for start < i && (orgConnect[lw[start]] || lw[start] == "the" || s[start] == "The") {
				start++
			}
			end := i + 1
			if end+1 < len(s) && (lw[end] == "of" || lw[end] == "for") && isNameWord(s[end+1]) {
				if e := run(end+1, 3); e-start <= maxGazLen {
					end = e
				}
			}
			if end-start >= 2 {
				org[strings.Join(s[start:end], " ")]++
			}
		}
	}
}

// addNames merges the external name lists into g.
func (g *gazEntries) addNames(n Names) {
	for l, names := range map[int][]string{gazExtPER: n.PER, gazExtORG: n.ORG, gazExtLOC: n.LOC} {
		list := slices.Concat(g[l], names)
		slices.SortFunc(list, cmp.Compare)
		g[l] = slices.Compact(list)
	}
}
