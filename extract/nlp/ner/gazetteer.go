package ner

import (
	_ "embed"
	"fmt"
	"math/bits"
	"slices"
	"strings"
)

// Gazetteer lists. The first five are the hand-written public lists of
// gazetteer.txt; the next five are collected from the training data (entity
// strings by type, and the first tokens of person names); the next three
// are the public name lists of TrainConfig.Names (see ReadNames); the last
// ten are the public lists of worldnames.txt: first names and last names
// of many nationalities, cities and regions of the world, the named
// instances of WordNet by type, demonyms and language names, country names
// and capitals, and airlines.
const (
	gazCountry = iota
	gazCity
	gazRegion
	gazNationality
	gazOrganization
	gazTrainPER
	gazTrainORG
	gazTrainLOC
	gazTrainMISC
	gazFirstName
	gazExtPER
	gazExtORG
	gazExtLOC
	gazWorldFirst
	gazWorldLast
	gazWorldPlace
	gazWordNetPER
	gazWordNetORG
	gazWordNetLOC
	gazWordNetMISC
	gazDemonym
	gazWorldCountry
	gazAirline
	numGazLists
)

// gazWords is the number of 64-bit words of a gazSet.
const gazWords = (4*numGazLists + 63) / 64

// gazSet is a token's gazetteer matches: bit 4*list+pos for each list that
// matches the token at BILOU position pos.
type gazSet [gazWords]uint64

// set sets bit b.
func (g *gazSet) set(b int) { g[b/64] |= 1 << (b % 64) }

// bits yields the set bits, in increasing order.
func (g *gazSet) bits(yield func(int) bool) {
	for w, x := range g {
		for x != 0 {
			b := bits.TrailingZeros64(x)
			x &^= 1 << b
			if !yield(64*w + b) {
				return
			}
		}
	}
}

// gazNames name the lists in gazetteer.txt and in model files.
var gazNames = [numGazLists]string{
	"country", "city", "region", "nationality", "organization",
	"train-PER", "train-ORG", "train-LOC", "train-MISC", "first-name",
	"ext-PER", "ext-ORG", "ext-LOC",
	"ext-first", "ext-last", "ext-place",
	"wn-PER", "wn-ORG", "wn-LOC", "wn-MISC",
	"ext-demonym", "ext-country", "ext-airline",
}

// maxGazLen is the longest entry, in tokens, that is matched.
const maxGazLen = 6

//go:embed gazetteer.txt
var gazetteerText string

//go:embed worldnames.txt
var worldNamesText string

// gazEntries is a set of phrases per list.
type gazEntries [numGazLists][]string

// builtinGazetteer parses gazetteer.txt and worldnames.txt.
func builtinGazetteer() (gazEntries, error) {
	var g gazEntries
	for _, f := range []struct{ name, text string }{
		{"gazetteer.txt", gazetteerText},
		{"worldnames.txt", worldNamesText},
	} {
		list := -1
		for n, line := range strings.Split(f.text, "\n") {
			line = strings.TrimSpace(line)
			switch {
			case line == "" || line[0] == '#':
				continue
			case line[0] == '@':
				list = slices.Index(gazNames[:], line[1:])
				if list < 0 {
					return g, fmt.Errorf("%s:%d: unknown list %q", f.name, n+1, line[1:])
				}
				continue
			case list < 0:
				return g, fmt.Errorf("%s:%d: entry before any list", f.name, n+1)
			}
			g[list] = append(g[list], line)
		}
	}
	return g, nil
}

// gazetteer matches token sequences against the lists, ignoring case.
type gazetteer struct {
	entries gazEntries
	phrases map[uint64]uint32 // phrase hash -> bit set of lists
}

// phraseStep extends a phrase hash by the lower-cased hash of one token.
func phraseStep(p, tok uint64) uint64 {
	p ^= tok
	p *= 0x9e3779b97f4a7c15
	p ^= p >> 31
	return p
}

const phraseStart = 0x2545f4914f6cdd1d

func newGazetteer(e gazEntries) *gazetteer {
	g := &gazetteer{entries: e, phrases: make(map[uint64]uint32)}
	for l, list := range e {
		for _, s := range list {
			p, n := uint64(phraseStart), 0
			for t := range strings.FieldsSeq(s) {
				p = phraseStep(p, wordHash(t, true))
				n++
			}
			if n == 0 || n > maxGazLen {
				continue
			}
			g.phrases[p] |= 1 << l
		}
	}
	return g
}

// match sets toks[i].gaz for one sentence: for each list, the longest
// entries found left to right, marked B, I, L or U. scratch is reused.
func (g *gazetteer) match(toks []token, scratch []uint8) []uint8 {
	n := len(toks)
	need := n * numGazLists
	if cap(scratch) < need {
		scratch = make([]uint8, need)
	}
	longest := scratch[:need]
	clear(longest)
	for i := range n {
		toks[i].gaz = gazSet{}
		p := uint64(phraseStart)
		for L := 1; L <= maxGazLen && i+L <= n; L++ {
			p = phraseStep(p, toks[i+L-1].lower)
			m, ok := g.phrases[p]
			if !ok {
				continue
			}
			for m != 0 {
				l := bits.TrailingZeros32(m)
				m &^= 1 << l
				longest[i*numGazLists+l] = uint8(L)
			}
		}
	}
	for l := range numGazLists {
		for i := 0; i < n; {
			L := int(longest[i*numGazLists+l])
			if L == 0 {
				i++
				continue
			}
			if L == 1 {
				toks[i].gaz.set(4*l + posU)
			} else {
				toks[i].gaz.set(4*l + posB)
				for j := i + 1; j < i+L-1; j++ {
					toks[j].gaz.set(4*l + posI)
				}
				toks[i+L-1].gaz.set(4*l + posL)
			}
			i += L
		}
	}
	return scratch
}
