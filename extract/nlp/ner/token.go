package ner

import (
	"unicode"
	"unicode/utf8"
)

// Token-level values are computed once per token as 64-bit hashes and then
// combined into window features, so that feature extraction allocates
// nothing.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// normRune folds typographic variants to the ASCII forms of the Reuters
// training text (curly quotes, dashes) and digits to '0'.
func normRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '‛', '′':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	case '–', '—', '‒', '―', '−':
		return '-'
	}
	if r >= '0' && r <= '9' || unicode.IsDigit(r) {
		return '0'
	}
	return r
}

func hashRune(x uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		x ^= uint64(r)
		x *= fnvPrime
		return x
	}
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	for _, c := range b[:n] {
		x ^= uint64(c)
		x *= fnvPrime
	}
	return x
}

func hashEnd(x uint64) uint64 {
	x ^= 0xff
	x *= fnvPrime
	return x
}

// wordHash hashes the normalised form of s, lowercased if lower.
func wordHash(s string, lower bool) uint64 {
	x := uint64(fnvOffset)
	for _, r := range s {
		r = normRune(r)
		if lower {
			r = unicode.ToLower(r)
		}
		x = hashRune(x, r)
	}
	return hashEnd(x)
}

// Capitalisation classes.
const (
	capLower  = iota // starts with a lower-case letter
	capTitle         // Upper followed by no upper-case letter
	capUpper         // two or more letters, all upper case
	capMixed         // upper case first, more upper case later: McDonald
	capDigit         // contains a digit, no letters first
	capPunct         // no letter or digit
	capSingle        // a single upper-case letter, possibly with a dot
	capInner         // lower case first, upper case later: iPhone
	numCaps
)

// token holds the hashed properties of one token.
type token struct {
	text       string
	word       uint64 // normalised form
	lower      uint64 // normalised, lower-cased form
	shape      uint64 // shape, letters as Xx, digits as d, runs capped at 4
	short      uint64 // shape with runs collapsed
	pre, suf   [4]uint64
	cap        uint8
	clus       [numClusterLevels]uint32 // cluster path prefixes, 0 = unknown
	brown      [numBrownLevels]uint32   // Brown-cluster path prefixes, 0 = unknown
	gaz        gazSet                   // gazetteer matches
	docCase    uint8                    // document case evidence
	sentStart  bool
	upperSent  bool // the sentence is (nearly) all upper case
	tableRow   bool // the sentence has numbers and no lower-case word: a results table
	capitalish bool // the token starts with an upper-case letter
}

// analyse fills the hashed properties of word s.
func (t *token) analyse(s string) {
	t.text = s
	t.word = wordHash(s, false)
	t.lower = wordHash(s, true)
	t.pre = [4]uint64{}
	t.suf = [4]uint64{}
	t.clus = [numClusterLevels]uint32{}
	t.brown = [numBrownLevels]uint32{}
	t.gaz = gazSet{}
	t.docCase = 0

	// Shapes and capitalisation in one pass.
	sh, sv := uint64(fnvOffset), uint64(fnvOffset)
	var last rune = -1
	run := 0
	nUpper, nLower, nDigit, nRunes := 0, 0, 0, 0
	firstUpper, firstLower, firstDigit := false, false, false
	for _, r := range s {
		r = normRune(r)
		var c rune
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			nUpper++
		case unicode.IsLower(r) || unicode.IsLetter(r):
			c = 'x'
			nLower++
		case r == '0':
			c = 'd'
			nDigit++
		default:
			c = r
		}
		if nRunes == 0 {
			firstUpper, firstLower, firstDigit = c == 'X', c == 'x', c == 'd'
		}
		nRunes++
		if c == last {
			run++
		} else {
			run = 1
			sv = hashRune(sv, c)
		}
		if run <= 4 {
			sh = hashRune(sh, c)
		}
		last = c
	}
	t.shape = hashEnd(sh)
	t.short = hashEnd(sv)
	switch {
	case firstUpper && nUpper == 1 && nLower == 0 && nDigit == 0:
		t.cap = capSingle
	case firstUpper && nUpper == 1:
		t.cap = capTitle
	case firstUpper && nLower == 0 && nDigit == 0:
		t.cap = capUpper
	case firstUpper:
		t.cap = capMixed
	case firstLower && nUpper > 0:
		t.cap = capInner
	case firstLower:
		t.cap = capLower
	case nDigit > 0 || firstDigit:
		t.cap = capDigit
	case nUpper > 0:
		t.cap = capMixed
	case nLower > 0:
		t.cap = capLower
	default:
		t.cap = capPunct
	}
	t.capitalish = firstUpper

	// Prefixes and suffixes of up to 4 runes, lower-cased.
	if nRunes > 1 {
		x := uint64(fnvOffset)
		i := 0
		for _, r := range s {
			if i >= 4 || i >= nRunes-1 {
				break
			}
			x = hashRune(x, unicode.ToLower(normRune(r)))
			t.pre[i] = hashEnd(x)
			i++
		}
		// Suffixes: hash the last k runes for k = 1..4.
		var starts [4]int
		n := 0
		for j := len(s); j > 0 && n < 4; {
			_, size := utf8.DecodeLastRuneInString(s[:j])
			j -= size
			starts[n] = j
			n++
		}
		for k := 0; k < n && k < nRunes-1; k++ {
			x := uint64(fnvOffset) ^ 0x5bd1e995
			for _, r := range s[starts[k]:] {
				x = hashRune(x, unicode.ToLower(normRune(r)))
			}
			t.suf[k] = hashEnd(x)
		}
	}
}

// isTableRow reports whether a sentence looks like a row of a results
// table ("Barnsley 3 Oldham 1"): it has a number and no word in lower case.
func isTableRow(words []string) bool {
	digit := false
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsDigit(r):
			digit = true
		}
	}
	return digit
}

// isUpperSentence reports whether the letters of a sentence are nearly all
// upper case, as in Reuters headlines and datelines.
func isUpperSentence(words []string) bool {
	up, low := 0, 0
	for _, w := range words {
		for _, r := range w {
			switch {
			case unicode.IsUpper(r):
				up++
			case unicode.IsLower(r):
				low++
			}
		}
	}
	return up >= 4 && low*10 < up
}
