package ner

import (
	"math/bits"
	"math/rand/v2"
	"slices"

	"newsgraph/extract/nlp/perceptron"
)

// Feature templates. Each feature is a template id combined with one or two
// 64-bit values (token hashes, classes, flags).
const (
	tBias = iota
	tWord
	tLower // 5 templates: offsets -2..2
	_
	_
	_
	_
	tShape
	tShortPrev
	tShortNext
	tShortBigramL
	tShortBigramR
	tPrefix // 4 templates
	_
	_
	_
	tSuffix // 4 templates
	_
	_
	_
	tCapTrigram
	tPrev1
	tPrev12
	tPrev1Word
	tPrev1Short
	tBigramL
	tBigramR
	tCluster    // numClusterLevels templates per offset -1, 0, 1
	tClusterEnd = tCluster + 3*numClusterLevels
	tGaz        = tClusterEnd // offsets -1, 0, 1
	tGazCap     = tGaz + 3
	tGazPrev1   = tGazCap + 1
	tUpperWord  = tGazPrev1 + 1
	tUpperCap   = tUpperWord + 1
	tStartCap   = tUpperCap + 1
	tStartWord  = tStartCap + 1
	tDocCase    = tStartWord + 1
	tDocCaseW   = tDocCase + 1
	tHist       = tDocCaseW + 1
	tHistCap    = tHist + 1
	tHistType   = tHistCap + 1
	tPrev1Clus  = tHistType + 1
	tCapPrev1   = tPrev1Clus + 1
	tBrown      = tCapPrev1 + 1 // numBrownLevels templates per offset -1, 0, 1
	tBrownEnd   = tBrown + 3*numBrownLevels
	tTableCap   = tBrownEnd
	tTableGaz   = tTableCap + 1
	tTableWord  = tTableGaz + 1
	tTopicCap   = tTableWord + 1
	tTopicGaz   = tTopicCap + 1
	tTopicBrown = tTopicGaz + 1
	// Second pass.
	tP1         = tTopicBrown + 1 // offsets -2..2
	tP1Bigram   = tP1 + 5
	tAgg        = tP1Bigram + 1
	tAggCap     = tAgg + 1
	tAggType    = tAggCap + 1
	tAggWord    = tAggType + 1
	tCtxAggL    = tAggWord + 1
	tCtxAggR    = tCtxAggL + 1
	numTemplate = tCtxAggR + 1
)

// tmplBase holds perceptron.New(t) for every template (a read-only table).
var tmplBase = func() (b [numTemplate]uint64) {
	for t := range b {
		b[t] = uint64(perceptron.New(uint32(t)))
	}
	return b
}()

func feat(t int, a uint64) uint64 {
	return perceptron.Hash(tmplBase[t] ^ a*0x9e3779b97f4a7c15).Sum()
}

func feat2(t int, a, b uint64) uint64 {
	x := tmplBase[t] ^ a*0x9e3779b97f4a7c15
	x = bits.RotateLeft64(x, 27) ^ b*0xc2b2ae3d27d4eb4f
	return perceptron.Hash(x).Sum()
}

// counts holds, for one word form in a document, how often it was labelled
// with each entity type, and with O while capitalised (index numTypes).
type counts [numTypes + 1]uint16

// majority returns the most frequent class of c (numTypes for O), and
// whether any was counted.
func (c *counts) majority() (int, bool) {
	best, n := -1, uint16(0)
	for i, v := range c {
		if v > n {
			best, n = i, v
		}
	}
	return best, best >= 0
}

// docState is the scratch space for one document.
type docState struct {
	toks    []token
	sents   [][2]int // token ranges of the sentences
	gold    []int    // training only
	pass1   []int
	pass2   []int
	feats   []uint64
	static  []float32 // beam search: static scores of a sentence's tokens
	cands   []hyp
	beamA   []hyp
	beamB   []hyp
	lattice []step
	steps   []int // lattice offset of each step
	temp    float32
	topic   uint64     // hash of the story's topic word ("SOCCER - ..."), or 0
	dropP   float64    // training: word dropout probability
	rng     *rand.Rand // training: random source of word dropout
	dropTok int        // training: the token whose word features are hidden, or -1
	scores  []float32
	gazBuf  []uint8

	caseIdx map[uint64]int32 // lower hash -> index into caseCnt
	caseCnt [][2]uint16      // capitalised non-initial, lower case
	histIdx map[uint64]int32 // lower hash -> index into hist
	first   []int32          // by histIdx: first token of the word
	next    []int32          // by token: next token of the same word, or -1
	hist    []counts
	agg     []counts // pass-1 counts over the whole document, by histIdx
}

func newDocState() *docState {
	return &docState{
		scores:  make([]float32, numLabels),
		temp:    defaultTemp,
		dropTok: -1,
		caseIdx: make(map[uint64]int32),
		histIdx: make(map[uint64]int32),
	}
}

// load analyses the tokens of a document.
func (d *docState) load(r *Recognizer, sents [][]string) {
	d.toks = d.toks[:0]
	d.sents = d.sents[:0]
	for _, s := range sents {
		start := len(d.toks)
		upper := isUpperSentence(s)
		table := !upper && isTableRow(s)
		for j, w := range s {
			d.toks = append(d.toks, token{})
			t := &d.toks[len(d.toks)-1]
			t.analyse(w)
			t.sentStart = j == 0
			t.upperSent = upper
			t.tableRow = table
			r.clusters.lookup(t, w, upper)
			r.brown.lookup(t, w, upper)
		}
		d.sents = append(d.sents, [2]int{start, len(d.toks)})
		d.gazBuf = r.gaz.match(d.toks[start:], d.gazBuf)
	}
	// The topic of a story whose headline starts "SOCCER - ".
	d.topic = 0
	if len(sents) > 0 && len(sents[0]) > 2 && sents[0][1] == "-" && d.toks[0].capitalish {
		d.topic = d.toks[0].lower
	}
	// Document case evidence.
	clear(d.caseIdx)
	d.caseCnt = d.caseCnt[:0]
	clear(d.histIdx)
	d.hist = d.hist[:0]
	for i := range d.toks {
		t := &d.toks[i]
		if _, ok := d.caseIdx[t.lower]; !ok {
			d.caseIdx[t.lower] = int32(len(d.caseCnt))
			d.caseCnt = append(d.caseCnt, [2]uint16{})
		}
		if _, ok := d.histIdx[t.lower]; !ok {
			d.histIdx[t.lower] = int32(len(d.hist))
			d.hist = append(d.hist, counts{})
		}
		if t.upperSent {
			continue
		}
		c := &d.caseCnt[d.caseIdx[t.lower]]
		switch {
		case t.capitalish && !t.sentStart:
			c[0]++
		case t.cap == capLower:
			c[1]++
		}
	}
	for i := range d.toks {
		t := &d.toks[i]
		c := d.caseCnt[d.caseIdx[t.lower]]
		if !t.upperSent {
			switch {
			case t.capitalish && !t.sentStart:
				c[0]--
			case t.cap == capLower:
				c[1]--
			}
		}
		if c[0] > 0 {
			t.docCase |= 1
		}
		if c[1] > 0 {
			t.docCase |= 2
		}
	}
	n := len(d.toks)
	d.first = slices.Grow(d.first[:0], len(d.hist))[:len(d.hist)]
	for k := range d.first {
		d.first[k] = -1
	}
	if cap(d.next) < n {
		d.next = make([]int32, n)
	}
	d.next = d.next[:n]
	for i := n - 1; i >= 0; i-- {
		k := d.histIdx[d.toks[i].lower]
		d.next[i] = d.first[k]
		d.first[k] = int32(i)
	}
	d.pass1 = resize(d.pass1, n)
	d.pass2 = resize(d.pass2, n)
}

func resize(s []int, n int) []int {
	if cap(s) < n {
		return make([]int, n)
	}
	return s[:n]
}

// record counts class l of token i in the history.
func (d *docState) record(hist []counts, i, l int) {
	t := &d.toks[i]
	c := &hist[d.histIdx[t.lower]]
	if l == 0 {
		if t.capitalish {
			c[numTypes]++
		}
		return
	}
	c[labelType(l)]++
}

// computeAgg fills d.agg with the pass-1 labels of the whole document.
func (d *docState) computeAgg() {
	if cap(d.agg) < len(d.hist) {
		d.agg = make([]counts, len(d.hist))
	}
	d.agg = d.agg[:len(d.hist)]
	clear(d.agg)
	for i := range d.toks {
		d.record(d.agg, i, d.pass1[i])
	}
}

// unknownWord replaces the word of a token whose identity is hidden in
// training (word dropout), so that the model learns to recognise names from
// their context and form, as it must for the names it has never seen.
var unknownWord = wordHash("<UNK>", false)

var padToken = func() (p [2]token) {
	p[0].analyse("<S>")
	p[1].analyse("</S>")
	p[0].cap, p[1].cap = capPunct, capPunct
	return p
}()

// staticFeatures appends to f the features of token i of the sentence
// [s0, s1) that do not depend on the classes of the sentence's previous
// tokens.
func (d *docState) staticFeatures(f []uint64, i, s0, s1 int, second bool) []uint64 {
	at := func(j int) *token {
		switch {
		case j < s0:
			return &padToken[0]
		case j >= s1:
			return &padToken[1]
		}
		return &d.toks[j]
	}
	t := &d.toks[i]
	l1, r1 := at(i-1), at(i+1)
	cap := uint64(t.cap)

	word, lower := t.word, t.lower
	if i == d.dropTok {
		word, lower = unknownWord, unknownWord
	}
	f = append(f, feat(tBias, 0), feat(tWord, word))
	for k := -2; k <= 2; k++ {
		if k == 0 {
			f = append(f, feat(tLower+2, lower))
		} else {
			f = append(f, feat(tLower+k+2, at(i+k).lower))
		}
	}
	f = append(f,
		feat(tShape, t.shape),
		feat(tShortPrev, l1.short),
		feat(tShortNext, r1.short),
		feat2(tShortBigramL, l1.short, t.short),
		feat2(tShortBigramR, t.short, r1.short),
	)
	for k := range 4 {
		if t.pre[k] != 0 {
			f = append(f, feat(tPrefix+k, t.pre[k]))
		}
		if t.suf[k] != 0 {
			f = append(f, feat(tSuffix+k, t.suf[k]))
		}
	}
	f = append(f,
		feat(tCapTrigram, uint64(l1.cap)<<16|cap<<8|uint64(r1.cap)),
		feat2(tBigramL, l1.lower, lower),
		feat2(tBigramR, lower, r1.lower),
	)
	for k, u := range [3]*token{l1, t, r1} {
		for lv, c := range u.clus {
			if c != 0 {
				f = append(f, feat(tCluster+k*numClusterLevels+lv, uint64(c)))
			}
		}
	}
	for k, u := range [3]*token{l1, t, r1} {
		for lv, c := range u.brown {
			if c != 0 {
				f = append(f, feat(tBrown+k*numBrownLevels+lv, uint64(c)))
			}
		}
	}
	for k, u := range [3]*token{l1, t, r1} {
		for b := range u.gaz.bits {
			f = append(f, feat(tGaz+k, uint64(b)))
			if k == 1 {
				f = append(f, feat2(tGazCap, uint64(b), cap))
			}
		}
	}
	if t.upperSent {
		f = append(f, feat(tUpperWord, lower), feat(tUpperCap, cap))
	}
	if d.topic != 0 {
		f = append(f, feat2(tTopicCap, d.topic, cap<<8|uint64(l1.cap)), feat2(tTopicBrown, d.topic, uint64(t.brown[1])))
		for b := range t.gaz.bits {
			f = append(f, feat2(tTopicGaz, d.topic, uint64(b)))
		}
	}
	if t.tableRow {
		f = append(f, feat2(tTableCap, cap, uint64(l1.cap)<<8|uint64(r1.cap)), feat(tTableWord, lower))
		for b := range t.gaz.bits {
			f = append(f, feat(tTableGaz, uint64(b)))
		}
	}
	if t.sentStart {
		f = append(f, feat(tStartCap, cap), feat(tStartWord, lower))
	}
	f = append(f, feat2(tDocCase, uint64(t.docCase), cap))
	// Context aggregation (Ratinov and Roth): the neighbours of the
	// capitalised word's other occurrences in the document.
	if t.capitalish {
		seen := 0
		for j := d.first[d.histIdx[t.lower]]; j >= 0 && seen < 8; j = d.next[j] {
			if int(j) == i {
				continue
			}
			seen++
			l, r := &padToken[0], &padToken[1]
			if !d.toks[j].sentStart {
				l = &d.toks[j-1]
			}
			if int(j)+1 < len(d.toks) && !d.toks[j+1].sentStart {
				r = &d.toks[j+1]
			}
			f = append(f, feat(tCtxAggL, l.lower), feat(tCtxAggR, r.lower))
		}
	}
	if t.sentStart || t.upperSent {
		f = append(f, feat2(tDocCaseW, uint64(t.docCase), lower))
	}
	// Non-local: the classes given to the same word earlier in the document.
	h := &d.hist[d.histIdx[t.lower]]
	if m, ok := h.majority(); ok {
		f = append(f, feat(tHist, uint64(m)), feat2(tHistCap, uint64(m), cap))
	}
	for k := range numTypes {
		if h[k] > 0 {
			f = append(f, feat(tHistType, uint64(k)))
		}
	}
	if second {
		for k := -2; k <= 2; k++ {
			j := i + k
			l := uint64(numLabels) // padding
			if j >= s0 && j < s1 {
				l = uint64(d.pass1[j])
			}
			f = append(f, feat(tP1+k+2, l))
		}
		// Pass-1 classes of the same word anywhere else in the document.
		a := d.agg[d.histIdx[t.lower]]
		own := d.pass1[i]
		if own == 0 {
			if t.capitalish {
				a[numTypes]--
			}
		} else {
			a[labelType(own)]--
		}
		if m, ok := a.majority(); ok {
			f = append(f, feat(tAgg, uint64(m)), feat2(tAggCap, uint64(m), cap),
				feat2(tAggWord, uint64(m), uint64(d.pass1[i])))
		}
		for k := range numTypes {
			if a[k] > 0 {
				f = append(f, feat(tAggType, uint64(k)))
			}
		}
	}
	return f
}

// dynFeatures appends to f the features of token i that depend on prev1
// and prev2, the classes of the two previous tokens of the sentence.
func (d *docState) dynFeatures(f []uint64, i, prev1, prev2 int, second bool) []uint64 {
	t := &d.toks[i]
	lower := t.lower
	if i == d.dropTok {
		lower = unknownWord
	}
	p1 := uint64(prev1)
	f = append(f,
		feat(tPrev1, p1),
		feat(tPrev12, uint64(prev2)<<8|p1),
		feat2(tPrev1Word, p1, lower),
		feat2(tPrev1Short, p1, t.short),
		feat2(tCapPrev1, p1, uint64(t.cap)),
	)
	if c := t.clus[numClusterLevels-1]; c != 0 {
		f = append(f, feat2(tPrev1Clus, p1, uint64(c)))
	}
	for b := range t.gaz.bits {
		f = append(f, feat2(tGazPrev1, uint64(b), p1))
	}
	if second {
		f = append(f, feat2(tP1Bigram, p1, uint64(d.pass1[i])))
	}
	return f
}
