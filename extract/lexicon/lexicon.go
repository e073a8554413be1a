// Package lexicon holds the general word lists of English news that the
// extractor reads names and titles with: countries with their other names
// and demonyms, well-known places and organisations (US states with the
// abbreviations news writes after a town), titles of office, common given
// names and the gender English usage gives them. The lists are embedded
// data files; each file's header says where it was compiled from. None of
// them is specific to any article.
package lexicon

import (
	"bufio"
	_ "embed"
	"strings"
	"sync"

	"newsgraph/schema"
)

//go:embed countries.tsv
var countriesTSV string

//go:embed places.tsv
var placesTSV string

//go:embed titles.txt
var titlesTXT string

//go:embed firstnames.txt
var firstNamesTXT string

//go:embed givennames.txt
var givenNamesTXT string

// Entry is a known name: the canonical name and type of what it names.
type Entry struct {
	Name string
	Type schema.Type
}

// Lexicon answers look-ups in the embedded lists. It is read-only after
// construction and safe for concurrent use.
type Lexicon struct {
	names      map[string]Entry // exact surface form → entry
	folded     map[string]Entry // lower-cased form of names of 4+ letters → entry
	adjectives map[string]Entry // demonym or adjective → entry
	titles     map[string]bool
	firstNames map[string]bool
	genders    map[string]byte // given name → 'f' or 'm'
	maxWords   int
	titleWords int
}

// Default returns the lexicon of the embedded lists, parsed once.
var Default = sync.OnceValue(func() *Lexicon { return parse() })

func parse() *Lexicon {
	l := &Lexicon{
		names:      map[string]Entry{},
		folded:     map[string]Entry{},
		adjectives: map[string]Entry{},
		titles:     map[string]bool{},
		firstNames: map[string]bool{},
		genders:    map[string]byte{},
	}
	addName := func(s string, e Entry) {
		s = strings.TrimSpace(s)
		if s == "" {
			return
		}
		if _, dup := l.names[s]; !dup {
			l.names[s] = e
		}
		if len(s) >= 4 && strings.ToUpper(s) != s {
			l.folded[strings.ToLower(s)] = e
		}
		if n := len(strings.Fields(s)); n > l.maxWords {
			l.maxWords = n
		}
	}
	read := func(data string, typed bool) {
		for _, line := range lines(data) {
			f := strings.Split(line, "\t")
			e := Entry{Name: f[0], Type: schema.Country}
			rest := f[1:]
			if typed {
				if len(f) < 2 {
					continue
				}
				if t, ok := schema.ParseType(f[1]); ok {
					e.Type = t
				}
				rest = f[2:]
			}
			addName(e.Name, e)
			if len(rest) > 0 {
				for _, a := range strings.Split(rest[0], "|") {
					addName(a, e)
				}
			}
			if len(rest) > 1 {
				for _, a := range strings.Split(rest[1], "|") {
					if a = strings.TrimSpace(a); a != "" {
						l.adjectives[a] = e
					}
				}
			}
		}
	}
	read(countriesTSV, false)
	read(placesTSV, true)
	for _, line := range lines(titlesTXT) {
		l.titles[line] = true
		if n := len(strings.Fields(line)); n > l.titleWords {
			l.titleWords = n
		}
	}
	for _, line := range lines(firstNamesTXT) {
		for _, w := range strings.Fields(line) {
			l.firstNames[w] = true
		}
	}
	var gender byte
	for _, line := range lines(givenNamesTXT) {
		switch line {
		case "@female":
			gender = 'f'
		case "@male":
			gender = 'm'
		default:
			if g, dup := l.genders[line]; dup && g != gender {
				// A name given to both gives no evidence.
				l.genders[line] = 0
			} else if gender != 0 {
				l.genders[line] = gender
			}
		}
	}
	return l
}

// lines returns the non-empty, non-comment lines of data.
func lines(data string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(data))
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// Name looks up a name as written ("U.K.", "Britain", "European Union"),
// falling back to a case-insensitive match for names of four letters or
// more ("NATO" and "Nato").
func (l *Lexicon) Name(s string) (Entry, bool) {
	if e, ok := l.names[s]; ok {
		return e, true
	}
	if len(s) >= 4 {
		e, ok := l.folded[strings.ToLower(s)]
		return e, ok
	}
	return Entry{}, false
}

// Adjective looks up a demonym or adjective ("French", "Britons",
// "Conservative") and returns what it refers to.
func (l *Lexicon) Adjective(s string) (Entry, bool) {
	e, ok := l.adjectives[s]
	return e, ok
}

// MaxWords is the number of words of the longest name.
func (l *Lexicon) MaxWords() int { return l.maxWords }

// Title reports whether the lower-cased words s are the head of a title of
// office ("prime minister", "spokesman").
func (l *Lexicon) Title(s string) bool { return l.titles[s] }

// TitleWords is the number of words of the longest title head.
func (l *Lexicon) TitleWords() int { return l.titleWords }

// FirstName reports whether s is a common given name.
func (l *Lexicon) FirstName(s string) bool { return l.firstNames[s] }

// Gender returns the gender English usage gives the given name s: 'f', 'm',
// or 0 when the name is unknown or given to both.
func (l *Lexicon) Gender(s string) byte { return l.genders[s] }
