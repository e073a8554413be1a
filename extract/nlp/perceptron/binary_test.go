package perceptron

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

// trainParity trains the parity problem of TestLearnsAndRoundTrips with
// three classes, one of them never seen, and returns the trainer.
func trainParity() *Trainer {
	tr := NewTrainer([]string{"even", "odd", "never"})
	scores := make([]float32, 3)
	for range 5 {
		for i := range 200 {
			f := []uint64{New(1).Int(i % 2).Sum(), New(2).Int(i % 7).Sum(), New(3).Int(i % 13).Sum(), New(4).Sum()}
			tr.Scores(f, scores)
			tr.Update(f, i%2, Argmax(scores), 1)
			tr.Tick()
		}
	}
	return tr
}

// TestMarshalBinaryRoundTrips checks that models, trained or empty, decode
// to models that score every feature the same and encode to the same bytes,
// and that the compressed form round-trips too.
func TestMarshalBinaryRoundTrips(t *testing.T) {
	tr := trainParity()
	tests := []struct {
		name string
		m    *Model
	}{
		{"trained", tr.Model(0)},
		{"pruned", tr.Model(0.5)},
		{"no features", tr.Model(1e9)},
		{"zero", &Model{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := tt.m.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			z, err := Compress(a)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := Decompress(z)
			if err != nil {
				t.Fatal(err)
			}
			var m2 Model
			if err := m2.UnmarshalBinary(raw); err != nil {
				t.Fatal(err)
			}
			b, err := m2.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a, b) {
				t.Fatal("model does not round-trip byte for byte")
			}
			if m2.NumFeatures() != tt.m.NumFeatures() {
				t.Fatalf("features %d, want %d", m2.NumFeatures(), tt.m.NumFeatures())
			}
			want := make([]float32, len(tt.m.Labels))
			got := make([]float32, len(tt.m.Labels))
			for i := range 30 {
				f := []uint64{New(1).Int(i % 2).Sum(), New(2).Int(i % 7).Sum(), New(3).Int(i).Sum(), New(9).Sum()}
				tt.m.Scores(f, want)
				m2.Scores(f, got)
				if !slicesEqual(got, want) {
					t.Fatalf("scores of instance %d: %v, want %v", i, got, want)
				}
			}
		})
	}
}

func slicesEqual(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestUnmarshalBinaryRejectsCorruption checks that truncated or altered
// encodings give errors rather than panics or models with out-of-range
// entries.
func TestUnmarshalBinaryRejectsCorruption(t *testing.T) {
	good, err := trainParity().Model(0).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	// The offset of the classes: everything but the 2+4 bytes per entry.
	m := trainParity().Model(0)
	nent := len(m.ent)
	classes := len(good) - 6*nent
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "bad header"},
		{"other magic", append([]byte("NGPERC01"), good[8:]...), "bad header"},
		{"trailing byte", append(bytes.Clone(good), 0), "trailing"},
		{"class out of range", func() []byte {
			b := bytes.Clone(good)
			binary.LittleEndian.PutUint16(b[classes:], 3)
			return b
		}(), "class out of range"},
	}
	for n := 0; n < len(good); n += max(1, len(good)/50) {
		tests = append(tests, struct {
			name string
			data []byte
			want string
		}{"truncated", good[:n], ""})
	}
	for _, tt := range tests {
		var m Model
		err := m.UnmarshalBinary(tt.data)
		if err == nil {
			t.Errorf("%s (%d bytes): no error", tt.name, len(tt.data))
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q, want it to mention %q", tt.name, err, tt.want)
		}
	}
}

// TestPrunedIsTrainerPrune checks that pruning a model afterwards gives the
// model the trainer gives with that prune, byte for byte.
func TestPrunedIsTrainerPrune(t *testing.T) {
	tr := trainParity()
	for _, prune := range []float32{0.5, 1, 3, 1e9} {
		want, err := tr.Model(prune).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		got, err := tr.Model(0).Pruned(prune).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Pruned(%g) differs from Model(%g)", prune, prune)
		}
	}
}

// BenchmarkUnmarshalBinary measures decoding a model of 200,000 features of
// four weights each from its uncompressed layout.
func BenchmarkUnmarshalBinary(b *testing.B) {
	var bl builder
	bl.labels = []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	for i := range 200000 {
		bl.add(New(1).Int(i).Sum(), []uint16{0, 2, 4, 6}, []float32{1, -1, 0.5, 2})
	}
	data, err := bl.build().MarshalBinary()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var m Model
		if err := m.UnmarshalBinary(data); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDecompressRejectsCorruption checks that damaged compressed bytes give
// errors.
func TestDecompressRejectsCorruption(t *testing.T) {
	raw, err := trainParity().Model(0).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	z, err := Compress(raw)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte {
		b := bytes.Clone(z)
		b[i] ^= 0x40
		return b
	}
	tests := []struct {
		name string
		z    []byte
	}{
		{"empty", nil},
		{"truncated", z[:len(z)/2]},
		{"checksum", flip(len(z) - 1)},
		{"block", flip(len(z) / 2)},
	}
	for _, tt := range tests {
		if _, err := Decompress(tt.z); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}

// TestBlockRoundTrips checks that blocks of either encoder decompress to
// their input, one after the other, and that the encoding is stable.
func TestBlockRoundTrips(t *testing.T) {
	random := make([]byte, 100000)
	for i := range random {
		random[i] = byte(New(uint32(i)).Sum())
	}
	tests := []struct {
		name string
		raw  []byte
		fast bool
	}{
		{"empty", nil, false},
		{"empty fast", nil, true},
		{"text", []byte(strings.Repeat("the model of the parser ", 1000)), false},
		{"text fast", []byte(strings.Repeat("the model of the parser ", 1000)), true},
		{"random", random, false},
		{"random fast", random, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := AppendBlock([]byte("head"), tt.raw, tt.fast)
			if err != nil {
				t.Fatal(err)
			}
			b, err = AppendBlock(b, []byte("second"), tt.fast)
			if err != nil {
				t.Fatal(err)
			}
			again, _ := AppendBlock([]byte("head"), tt.raw, tt.fast)
			if !bytes.HasPrefix(b, again) {
				t.Error("encoding is not stable")
			}
			d := NewFields(b)
			d.Bytes(4)
			first, second := d.Block(), d.Block()
			if d.Err() != nil || d.Len() != 0 {
				t.Fatalf("framing: err %v, %d bytes left", d.Err(), d.Len())
			}
			got := make([]byte, len(tt.raw))
			if err := first.DecodeInto(got); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tt.raw) {
				t.Error("first block does not round-trip")
			}
			got = make([]byte, 6)
			if err := second.DecodeInto(got); err != nil || string(got) != "second" {
				t.Errorf("second block: %q, %v", got, err)
			}
		})
	}
}

// TestBlockRejectsCorruption checks that damaged blocks, and destinations
// of the wrong length, give errors.
func TestBlockRejectsCorruption(t *testing.T) {
	raw := []byte(strings.Repeat("weights and keys ", 200))
	good, err := AppendBlock(nil, raw, false)
	if err != nil {
		t.Fatal(err)
	}
	flip := func(i int) []byte {
		b := bytes.Clone(good)
		b[i] ^= 0x40
		return b
	}
	tests := []struct {
		name string
		b    []byte
		dst  int
		want string
	}{
		{"empty", nil, len(raw), "number"},
		{"truncated", good[:len(good)/2], len(raw), "truncated"},
		{"no checksum", good[:len(good)-4], len(raw), "truncated"},
		{"checksum", flip(len(good) - 1), len(raw), "checksum mismatch"},
		{"block", flip(len(good) / 2), len(raw), "decompress block"},
		{"short destination", good, len(raw) - 1, "want"},
		{"long destination", good, len(raw) + 1, "want"},
	}
	for _, tt := range tests {
		d := NewFields(tt.b)
		blk := d.Block()
		if err = d.Err(); err == nil {
			err = blk.DecodeInto(make([]byte, tt.dst))
		}
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q, want it to mention %q", tt.name, err, tt.want)
		}
	}
}
