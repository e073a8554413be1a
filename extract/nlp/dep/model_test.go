package dep

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

var testLabels = []string{"nsubj", "root", "obj"}

// testParser returns a parser with a table of nkeys random features of one
// to maxRow weights each, so that rows of more than maxInline entries are
// stored apart.
func testParser(t testing.TB, nkeys, maxRow int) *Parser {
	t.Helper()
	nclass := 1 + 2*len(testLabels)
	r := rand.New(rand.NewPCG(1, uint64(nkeys)))
	seen := make(map[uint64]bool)
	var keys []uint64
	for len(keys) < nkeys {
		k := r.Uint64()&keyMask | 1
		if !seen[k] {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var counts []uint8
	var ents []uint32
	for range keys {
		n := 1 + r.IntN(maxRow)
		counts = append(counts, uint8(n))
		for _, c := range r.Perm(nclass)[:n] {
			ents = append(ents, entry(c, int16(r.IntN(2000)-1000)|1))
		}
	}
	p, err := newParser(testLabels, buildWeights(nclass, keys, counts, ents))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func encode(t testing.TB, p *Parser) []byte {
	t.Helper()
	var b bytes.Buffer
	if _, err := p.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestReadRoundTrips checks that models of one or several regions and
// entry chunks, with and without long rows, read back to the same table and
// write again to the same bytes.
func TestReadRoundTrips(t *testing.T) {
	tests := []struct {
		name         string
		nkeys, maxRw int
	}{
		{"empty", 0, 1},
		{"one region smaller than a bitmap word", 5, 7},
		{"inline rows only", 1000, 2},
		{"several regions and entry chunks", 70000, 7},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := testParser(t, tt.nkeys, tt.maxRw)
			b := encode(t, p)
			q, err := Read(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(q.labels, p.labels) || q.root != p.root {
				t.Errorf("labels %v root %d, want %v %d", q.labels, q.root, p.labels, p.root)
			}
			a, c := p.m, q.m
			if a.nclass != c.nclass || a.mask != c.mask || a.shift != c.shift {
				t.Errorf("table header differs: %+v, want %+v", *c, *a)
			}
			if !slices.Equal(c.slots, a.slots) || !slices.Equal(c.ents, a.ents) {
				t.Error("table differs")
			}
			if !bytes.Equal(encode(t, q), b) {
				t.Error("model read back writes different bytes")
			}
		})
	}
}

// TestReadRejectsCorruption checks that truncated or damaged model files,
// and well-formed ones whose table is inconsistent, give errors rather
// than panics or parsers that could index out of range.
func TestReadRejectsCorruption(t *testing.T) {
	p := testParser(t, 70000, 7)
	good := encode(t, p)
	nclass := p.m.nclass
	// altered encodes p after changing a copy of its table with f.
	altered := func(f func(m *weights)) []byte {
		m := *p.m
		m.slots, m.ents = slices.Clone(m.slots), slices.Clone(m.ents)
		f(&m)
		return encode(t, &Parser{labels: p.labels, root: p.root, m: &m})
	}
	// slotWith returns the index of the first slot whose row has n entries.
	slotWith := func(m *weights, n uint64) int {
		return slices.IndexFunc(m.slots, func(s slot) bool { return s.kn != 0 && s.kn>>48 == n })
	}
	type corruptCase struct {
		name string
		data []byte
		want string // substring of the error; "" for any
	}
	tests := []corruptCase{
		{"empty", nil, "bad header"},
		{"other magic", append([]byte("NGDEP002"), good[8:]...), "bad header"},
		{"trailing byte", append(slices.Clone(good), 0), "trailing bytes"},
		{"class out of range", altered(func(m *weights) { m.ents[0] = entry(nclass, 1) }), "class out of range"},
		{"inline class out of range", altered(func(m *weights) {
			m.slots[slotWith(m, 1)].payload = uint64(entry(nclass, 1))
		}), "bad inline row"},
		{"unused inline entry", altered(func(m *weights) {
			m.slots[slotWith(m, 1)].payload |= uint64(entry(0, 1)) << 32
		}), "bad inline row"},
		{"row out of range", altered(func(m *weights) {
			m.slots[slotWith(m, 5)].payload = uint64(len(m.ents)) - 4
		}), "row out of range"},
		{"even key", altered(func(m *weights) { m.slots[slotWith(m, 2)].kn &^= 1 }), "bad key"},
		{"full table", func() []byte {
			m := &weights{nclass: nclass, mask: 15, shift: 44, slots: make([]slot, 16)}
			for i := range m.slots {
				m.slots[i] = slot{kn: uint64(i)<<44 | 1 | 1<<48, payload: uint64(entry(0, 1))}
			}
			return encode(t, &Parser{labels: p.labels, root: p.root, m: m})
		}(), "full table"},
		{"no root", func() []byte {
			return encode(t, &Parser{labels: []string{"nsubj", "rook", "obj"}, root: p.root, m: p.m})
		}(), "no root"},
	}
	for n := 0; n < len(good); n += len(good)/40 + 1 {
		tests = append(tests, corruptCase{"truncated", good[:n], ""})
		b := slices.Clone(good)
		b[n] ^= 0x40
		tests = append(tests, corruptCase{"flipped byte", b, ""})
	}
	for i := range 20 { // every byte of the header
		b := slices.Clone(good)
		b[i] ^= 0x01
		tests = append(tests, corruptCase{"flipped header byte", b, ""})
	}
	for _, tt := range tests {
		_, err := Read(bytes.NewReader(tt.data))
		if err == nil {
			t.Errorf("%s (%d bytes): no error", tt.name, len(tt.data))
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q, want it to mention %q", tt.name, err, tt.want)
		}
	}
}
