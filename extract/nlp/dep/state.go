package dep

import "newsgraph/extract/nlp/perceptron"

// The transition system is arc-hybrid (Kuhlmann, Gómez-Rodríguez and Satta
// 2011) with the artificial root at the end of the buffer (Ballesteros and
// Nivre 2013). Tokens are numbered 1…n; n+1 is the root and 0 stands for "no
// token". The buffer is always the contiguous range b…n+1.
//
//	SHIFT     moves b to the stack (not the root);
//	LEFT-l    makes b the head of s0 with relation l and pops s0 (onto the
//	          root only when s0 is the last item on the stack, so every parse
//	          is a single-rooted tree);
//	RIGHT-l   makes s1 the head of s0 with relation l and pops s0.
//
// Every configuration has a legal transition and every transition sequence
// ends, after exactly 2n transitions, in a tree.
//
// Classes of the scorer: 0 is SHIFT, 1+l is LEFT-l, 1+L+l is RIGHT-l, for
// the L relation labels.

const (
	opShift = iota
	opLeft
	opRight
)

// state is a parser configuration, reused from sentence to sentence.
type state struct {
	n     int
	b     int32
	stack []int32

	// Per token, indexed 0…n+1: hashed values and the partial tree.
	word, tag, upos, suf []uint64
	head                 []int32
	lab                  []int32 // label+1 of the arc to the head, 0 if none
	lc1, lc2, rc1, rc2   []int32 // two leftmost and two rightmost children
	nl, nr               []int32 // number of left and right children
	sl, sr               []uint64
	// Prefix counts: punct[i] and verbs[i] are the numbers of punctuation
	// marks and verbs (VERB or AUX) among tokens 1…i.
	punct, verbs []int32
}

// Value hashes of the special tokens.
const (
	hNone = 0x6e6f6e65
	hRoot = 0x726f6f74
)

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

// reset prepares the state for a sentence.
func (s *state) reset(words, upos, xpos []string) {
	n := len(words)
	s.n = n
	s.b = 1
	s.stack = s.stack[:0]
	if cap(s.stack) < n+1 {
		s.stack = make([]int32, 0, n+1)
	}
	m := n + 2
	s.word = grow(s.word, m)
	s.tag = grow(s.tag, m)
	s.upos = grow(s.upos, m)
	s.suf = grow(s.suf, m)
	s.head = grow(s.head, m)
	s.lab = grow(s.lab, m)
	s.lc1 = grow(s.lc1, m)
	s.lc2 = grow(s.lc2, m)
	s.rc1 = grow(s.rc1, m)
	s.rc2 = grow(s.rc2, m)
	s.nl = grow(s.nl, m)
	s.nr = grow(s.nr, m)
	s.sl = grow(s.sl, m)
	s.sr = grow(s.sr, m)
	s.punct = grow(s.punct, m)
	s.verbs = grow(s.verbs, m)
	s.word[0], s.tag[0], s.upos[0], s.suf[0] = hNone, hNone, hNone, hNone
	s.word[n+1], s.tag[n+1], s.upos[n+1], s.suf[n+1] = hRoot, hRoot, hRoot, hRoot
	for i, w := range words {
		s.word[i+1] = hashWord(w)
		s.suf[i+1] = hashSuffix(w, 3)
		// The tag value is the pair: the universal tag refines some Penn
		// tags (IN is ADP or SCONJ, RB is ADV or PART, DT is DET or PRON).
		s.tag[i+1] = hashString(upos[i])*fnvPrime ^ hashString(xpos[i])
		s.upos[i+1] = hashString(upos[i])
		s.punct[i+1], s.verbs[i+1] = s.punct[i], s.verbs[i]
		switch upos[i] {
		case "PUNCT":
			s.punct[i+1]++
		case "VERB", "AUX":
			s.verbs[i+1]++
		}
	}
	s.punct[n+1], s.verbs[n+1] = s.punct[n], s.verbs[n]
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	mulA      = 0x9e3779b97f4a7c15
	mulB      = 0xbf58476d1ce4e5b9
	mulC      = 0x94d049bb133111eb
)

func hashString(s string) uint64 {
	x := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	return x
}

// hashWord hashes the word lower-cased (ASCII) with digits mapped to 9, so
// that numbers and capitalised words share statistics.
func hashWord(s string) uint64 {
	x := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case '0' <= c && c <= '9':
			c = '9'
		}
		x ^= uint64(c)
		x *= fnvPrime
	}
	return x
}

// hashSuffix hashes the last k bytes of the lower-cased word.
func hashSuffix(s string, k int) uint64 {
	x := uint64(fnvOffset) ^ 0x5f
	for i := max(len(s)-k, 0); i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		x ^= uint64(c)
		x *= fnvPrime
	}
	return x
}

// Feature hashes mix a template number and value hashes with multiplications
// by odd constants and finish with perceptron.Hash.Sum's avalanche; values
// are hashed once per sentence, not once per feature.
func f1(t, a uint64) uint64 {
	return key((t+1)*mulA ^ a)
}

func f2(t, a, b uint64) uint64 {
	return key(((t+1)*mulA^a)*mulB ^ b)
}

func f3(t, a, b, c uint64) uint64 {
	return key((((t+1)*mulA^a)*mulB^b)*mulC ^ c)
}

func f4(t, a, b, c, d uint64) uint64 {
	return key(((((t+1)*mulA^a)*mulB^b)*mulC^c)*mulA ^ d)
}

// key finishes a feature hash. Keys have 48 significant bits (the top 48
// of the avalanche, with the lowest bit set so that 0 marks an empty slot):
// enough to make collisions among a few million features negligible, and
// they delta-code in the model file to about half the size of 64-bit keys.
func key(x uint64) uint64 {
	return perceptron.Hash(x).Sum()>>16 | 1
}

// terminal reports whether the parse is complete.
func (s *state) terminal() bool {
	return len(s.stack) == 0 && int(s.b) == s.n+1
}

// legal reports which transition types are legal.
func (s *state) legal() (shift, left, right bool) {
	k := len(s.stack)
	root := int(s.b) == s.n+1
	shift = !root
	left = k > 0 && (!root || k == 1)
	right = k > 1
	return
}

// apply performs transition op with label index l.
func (s *state) apply(op int, l int32) {
	switch op {
	case opShift:
		s.stack = append(s.stack, s.b)
		s.b++
	case opLeft:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s.b, d, l)
	case opRight:
		d := s.stack[len(s.stack)-1]
		s.stack = s.stack[:len(s.stack)-1]
		s.arc(s.stack[len(s.stack)-1], d, l)
	}
}

func (s *state) arc(h, d, l int32) {
	s.head[d] = h
	s.lab[d] = l + 1
	if d < h {
		s.nl[h]++
		s.sl[h] |= 1 << (uint(l) & 63)
		switch {
		case s.lc1[h] == 0 || d < s.lc1[h]:
			s.lc2[h] = s.lc1[h]
			s.lc1[h] = d
		case s.lc2[h] == 0 || d < s.lc2[h]:
			s.lc2[h] = d
		}
	} else {
		s.nr[h]++
		s.sr[h] |= 1 << (uint(l) & 63)
		switch {
		case d > s.rc1[h]:
			s.rc2[h] = s.rc1[h]
			s.rc1[h] = d
		case d > s.rc2[h]:
			s.rc2[h] = d
		}
	}
}

// dist buckets the distance between tokens a < b.
func dist(a, b int32) uint64 {
	if a == 0 || b == 0 {
		return 0
	}
	d := b - a
	switch {
	case d < 0:
		d = -d
	}
	switch {
	case d <= 5:
		return uint64(d)
	case d <= 10:
		return 6
	}
	return 7
}

func capv(v int32) uint64 { return uint64(min(v, 6)) }

// between returns the numbers of punctuation marks and of verbs strictly
// between tokens a < b, capped at 3; 4 when a is missing.
func (s *state) between(a, b int32) (punct, verbs uint64) {
	if a == 0 {
		return 4, 4
	}
	return uint64(min(s.punct[b-1]-s.punct[a], 3)), uint64(min(s.verbs[b-1]-s.verbs[a], 3))
}

// numFeatures is the number of feature hashes features appends.
const numFeatures = 128

// features appends the feature hashes of the configuration to f (rich
// non-local templates after Zhang and Nivre 2011, adapted to arc-hybrid: s1
// plays the part of s0's head).
func (s *state) features(f []uint64) []uint64 {
	var s0, s1, s2 int32
	if k := len(s.stack); k > 0 {
		s0 = s.stack[k-1]
		if k > 1 {
			s1 = s.stack[k-2]
			if k > 2 {
				s2 = s.stack[k-3]
			}
		}
	}
	b0 := s.b
	var b1, b2 int32
	if int(b0) <= s.n {
		b1 = b0 + 1
		if int(b1) <= s.n {
			b2 = b1 + 1
		}
	}
	w, p, u, lab := s.word, s.tag, s.upos, s.lab
	s0w, s0p, b0w, b0p := w[s0], p[s0], w[b0], p[b0]
	s1w, s1p, b1w, b1p := w[s1], p[s1], w[b1], p[b1]
	b2w, b2p, s2w, s2p := w[b2], p[b2], w[s2], p[s2]
	s0L, s0R, s0L2, s0R2 := s.lc1[s0], s.rc1[s0], s.lc2[s0], s.rc2[s0]
	s1L, s1R, s1R2 := s.lc1[s1], s.rc1[s1], s.rc2[s1]
	b0L, b0L2 := s.lc1[b0], s.lc2[b0]
	d := dist(s0, b0)
	if int(b0) == s.n+1 {
		d = 8
	}
	d1 := dist(s1, s0)
	pb, vb := s.between(s0, b0)
	pb1, vb1 := s.between(s1, s0)
	suf := s.suf

	f = append(f,
		// Single tokens.
		f1(0, 0),
		f2(1, s0w, s0p), f1(2, s0w), f1(3, s0p),
		f2(4, b0w, b0p), f1(5, b0w), f1(6, b0p),
		f2(7, b1w, b1p), f1(8, b1w), f1(9, b1p),
		f2(10, b2w, b2p), f1(11, b2w), f1(12, b2p),
		f2(13, s1w, s1p), f1(14, s1w), f1(15, s1p),
		f1(16, s2p), f2(17, s2w, s2p),
		f1(18, u[s0]), f1(19, u[b0]), f1(20, u[s1]),
		f2(21, s.suf[s0], s0p), f2(22, s.suf[b0], b0p),

		// Pairs s0–b0.
		f4(23, s0w, s0p, b0w, b0p), f3(24, s0w, s0p, b0w), f3(25, s0w, b0w, b0p),
		f3(26, s0w, s0p, b0p), f3(27, s0p, b0w, b0p), f2(28, s0w, b0w),
		f2(29, s0p, b0p), f2(30, b0p, b1p),
		// Pairs s1–s0.
		f4(31, s1w, s1p, s0w, s0p), f3(32, s1w, s1p, s0w), f3(33, s1w, s0w, s0p),
		f3(34, s1w, s1p, s0p), f3(35, s1p, s0w, s0p), f2(36, s1w, s0w),
		f2(37, s1p, s0p), f2(38, s1p, b0p), f2(39, s1w, b0w),
		f2(40, u[s0], u[b0]), f2(41, u[s1], u[s0]),

		// Triples.
		f3(42, b0p, b1p, b2p), f3(43, s0p, b0p, b1p), f3(44, s1p, s0p, b0p),
		f3(45, s0p, p[s0L], b0p), f3(46, s0p, p[s0R], b0p), f3(47, s0p, b0p, p[b0L]),
		f3(48, s1p, p[s1R], s0p), f3(49, s1p, p[s1L], s0p), f3(50, s2p, s1p, s0p),
		f3(51, s1p, s0p, p[s0L]), f3(52, s1p, s0p, p[s0R]),
		f3(53, s0w, b0p, b1p), f3(54, s0p, b0w, b1p), f3(55, s1w, s0p, b0p),
		f3(56, s1p, s0w, b0p), f3(57, s1p, s0p, b0w),

		// Distance.
		f2(58, s0w, d), f2(59, s0p, d), f2(60, b0w, d), f2(61, b0p, d),
		f3(62, s0w, b0w, d), f3(63, s0p, b0p, d),
		f2(64, s1w, d1), f2(65, s1p, d1), f2(66, s0w, d1+16), f2(67, s0p, d1+16),
		f3(68, s1w, s0w, d1), f3(69, s1p, s0p, d1),

		// Valency.
		f2(70, s0w, capv(s.nr[s0])), f2(71, s0p, capv(s.nr[s0])),
		f2(72, s0w, capv(s.nl[s0])), f2(73, s0p, capv(s.nl[s0])),
		f2(74, b0w, capv(s.nl[b0])), f2(75, b0p, capv(s.nl[b0])),
		f2(76, s1w, capv(s.nr[s1])), f2(77, s1p, capv(s.nr[s1])),
		f2(78, s1p, capv(s.nl[s1])),

		// Children.
		f1(79, w[s0L]), f1(80, p[s0L]), f1(81, uint64(lab[s0L])),
		f1(82, w[s0R]), f1(83, p[s0R]), f1(84, uint64(lab[s0R])),
		f1(85, w[b0L]), f1(86, p[b0L]), f1(87, uint64(lab[b0L])),
		f1(88, w[s1R]), f1(89, p[s1R]), f1(90, uint64(lab[s1R])),
		f1(91, uint64(lab[s1L])),

		// Third order.
		f1(92, w[s0L2]), f1(93, p[s0L2]), f1(94, uint64(lab[s0L2])),
		f1(95, w[s0R2]), f1(96, p[s0R2]), f1(97, uint64(lab[s0R2])),
		f1(98, w[b0L2]), f1(99, p[b0L2]), f1(100, uint64(lab[b0L2])),
		f3(101, s0p, p[s0L], p[s0L2]), f3(102, s0p, p[s0R], p[s0R2]),
		f3(103, b0p, p[b0L], p[b0L2]), f3(104, s1p, p[s1R], p[s1R2]),

		// Label sets.
		f2(105, s0w, s.sr[s0]), f2(106, s0p, s.sr[s0]),
		f2(107, s0w, s.sl[s0]), f2(108, s0p, s.sl[s0]),
		f2(109, b0w, s.sl[b0]), f2(110, b0p, s.sl[b0]),
		f2(111, s1p, s.sr[s1]),

		// Material between the items, suffixes (which hold up better than
		// predicted tags), universal tags, more context.
		f3(112, s0p, b0p, pb), f3(113, s0p, b0p, vb),
		f3(114, s1p, s0p, pb1), f3(115, s1p, s0p, vb1),
		f2(116, suf[s0], b0w), f2(117, s0w, suf[b0]), f2(118, suf[s0], suf[b0]),
		f2(119, suf[s1], suf[s0]),
		f3(120, u[s1], u[s0], u[b0]), f3(121, u[s0], u[b0], u[b1]),
		f2(122, s0p, b1p), f2(123, s0w, b1w), f2(124, b0w, b1w),
		f3(125, s1p, b0p, dist(s1, b0)),
		f3(126, s0p, uint64(lab[s0L]), uint64(lab[s0R])),
		f3(127, b0w, p[b0L], uint64(lab[b0L])),
	)
	return f
}
