package perceptron

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"math"
	"math/bits"

	"github.com/klauspost/compress/s2"

	"newsgraph/extract/nlp/internal/hugemem"
)

// binaryMagic starts the uncompressed, in-memory layout of a model that
// MarshalBinary writes.
const binaryMagic = "NGPERC02"

// MarshalBinary encodes the model in its in-memory layout, uncompressed, so
// that UnmarshalBinary rebuilds it in one sequential pass with no hashing
// or probing. The same model always gives the same bytes. The layout,
// little-endian:
//
//	"NGPERC02"
//	uvarint number of labels, then each label as uvarint length and bytes
//	uvarint log2 of the table size, uvarint features, uvarint entries
//	occupancy bitmap of the table slots, (size+7)/8 bytes, bit i%8 of
//	  byte i/8 set for an occupied slot
//	the keys of the occupied slots in slot order, 8 bytes each
//	their entry counts, 2 bytes each
//	their entries in slot order: the classes, 2 bytes each, then the
//	  weights as float32 bits, 4 bytes each
//
// Storing the table as laid out (rather than the features in key order)
// spares loading the insertion of every feature into a large table, whose
// random accesses dominated loading; compress it with Compress.
func (m *Model) MarshalBinary() ([]byte, error) {
	size := len(m.tab)
	if size == 0 {
		// The zero Model: an empty table of one slot.
		size = 1
	}
	if size&(size-1) != 0 {
		return nil, errors.New("perceptron model: table size not a power of two")
	}
	nent := 0
	for _, s := range m.tab {
		nent += int(s.hi - s.lo)
	}
	b := make([]byte, 0, len(binaryMagic)+64+(size+7)/8+m.n*10+nent*6)
	b = append(b, binaryMagic...)
	b = AppendLabels(b, m.Labels)
	b = binary.AppendUvarint(b, uint64(bits.TrailingZeros(uint(size))))
	b = binary.AppendUvarint(b, uint64(m.n))
	b = binary.AppendUvarint(b, uint64(nent))
	bitmap := make([]byte, (size+7)/8)
	for i, s := range m.tab {
		if s.key != 0 {
			bitmap[i/8] |= 1 << (i % 8)
		}
	}
	b = append(b, bitmap...)
	for _, s := range m.tab {
		if s.key != 0 {
			b = binary.LittleEndian.AppendUint64(b, s.key)
		}
	}
	for _, s := range m.tab {
		if s.key != 0 {
			if s.hi-s.lo > math.MaxUint16 {
				return nil, errors.New("perceptron model: too many classes in a row")
			}
			b = binary.LittleEndian.AppendUint16(b, uint16(s.hi-s.lo))
		}
	}
	for _, s := range m.tab {
		for _, e := range m.ent[s.lo:s.hi] {
			b = binary.LittleEndian.AppendUint16(b, e.cls)
		}
	}
	for _, s := range m.tab {
		for _, e := range m.ent[s.lo:s.hi] {
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(e.w))
		}
	}
	return b, nil
}

// UnmarshalBinary decodes a model that MarshalBinary encoded, replacing m.
// A well-formed but corrupted table can give wrong scores, never a hang or
// an out-of-range access: every slot range is checked and the table always
// keeps an empty slot.
func (m *Model) UnmarshalBinary(data []byte) error {
	d := NewFields(data)
	if string(d.Bytes(len(binaryMagic))) != binaryMagic {
		return errors.New("perceptron model: bad header")
	}
	labels := d.Labels(1<<16, 1<<16)
	logSize := d.Uvarint(40)
	size := 1 << logSize
	n := d.Uvarint(size - 1) // at least one slot stays empty
	nent := d.Uvarint(len(data))
	bitmap := d.Bytes((size + 7) / 8)
	keys := d.Bytes(8 * n)
	counts := d.Bytes(2 * n)
	cls := d.Bytes(2 * nent)
	ws := d.Bytes(4 * nent)
	if d.Err() != nil {
		return fmt.Errorf("perceptron model: %w", d.Err())
	}
	if d.Len() != 0 {
		return errors.New("perceptron model: trailing bytes")
	}
	tab := hugemem.Slice[slot](size)
	lo, k := 0, 0
	for i := range tab {
		if bitmap[i/8]&(1<<(i%8)) == 0 {
			continue
		}
		if k == n {
			return errors.New("perceptron model: bitmap and feature count disagree")
		}
		key := binary.LittleEndian.Uint64(keys[8*k:])
		c := int(binary.LittleEndian.Uint16(counts[2*k:]))
		if key == 0 || lo+c > nent {
			return errors.New("perceptron model: bad feature")
		}
		tab[i] = slot{key: key, lo: int32(lo), hi: int32(lo + c)}
		lo += c
		k++
	}
	if k != n || lo != nent {
		return errors.New("perceptron model: bitmap, features and entries disagree")
	}
	ent := hugemem.Slice[entry](nent)
	for i := range ent {
		c := binary.LittleEndian.Uint16(cls[2*i:])
		if int(c) >= len(labels) {
			return errors.New("perceptron model: class out of range")
		}
		ent[i] = entry{w: math.Float32frombits(binary.LittleEndian.Uint32(ws[4*i:])), cls: c}
	}
	*m = Model{Labels: labels, mask: uint64(size - 1), tab: tab, ent: ent, n: n}
	return nil
}

// Model files are compressed with S2 (github.com/klauspost/compress/s2), an
// extension of Snappy, at its best compression: it decompresses model
// tables (mostly hashes and float weights, which no compressor shrinks
// much) at memory speed, two to three times faster than Zstandard and ten
// times faster than compress/gzip, for files a fifth larger than
// Zstandard's. A CRC-32C of the uncompressed bytes follows the S2 block.

// maxDecompressed bounds the size of a decompressed model.
const maxDecompressed = 1 << 31

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Compress compresses raw as one S2 block followed by the CRC-32C of raw.
// The same input always gives the same bytes (with the pinned version of
// the compressor).
func Compress(raw []byte) ([]byte, error) {
	if len(raw) > maxDecompressed {
		return nil, fmt.Errorf("compress model: %d bytes, at most %d", len(raw), maxDecompressed)
	}
	z := s2.EncodeBest(make([]byte, s2.MaxEncodedLen(len(raw))+4), raw)
	return binary.LittleEndian.AppendUint32(z, crc32.Checksum(raw, castagnoli)), nil
}

// Decompress decompresses what Compress compressed and checks its CRC.
func Decompress(z []byte) ([]byte, error) {
	if len(z) < 4 {
		return nil, errors.New("decompress model: truncated")
	}
	block, sum := z[:len(z)-4], binary.LittleEndian.Uint32(z[len(z)-4:])
	n, err := s2.DecodedLen(block)
	if err != nil {
		return nil, fmt.Errorf("decompress model: %w", err)
	}
	if n > maxDecompressed {
		return nil, fmt.Errorf("decompress model: %d bytes, at most %d", n, maxDecompressed)
	}
	raw, err := s2.Decode(make([]byte, n), block)
	if err != nil {
		return nil, fmt.Errorf("decompress model: %w", err)
	}
	if crc32.Checksum(raw, castagnoli) != sum {
		return nil, errors.New("decompress model: checksum mismatch")
	}
	return raw, nil
}

// Large models are better stored as many small blocks than as one: the
// blocks decompress on all cores, each straight into the buffer that uses
// it while it is still in cache, and the writer can pick an encoder per
// block. AppendBlock writes a block and Fields.Block and Block.DecodeInto
// read it.

// AppendBlock appends raw to b as one framed block: the uvarint length of
// the S2 block that compresses raw, the block, and the CRC-32C of raw. With
// fast it uses S2's fastest encoder, which leaves incompressible data (such
// as hash keys) as literals that decompress at memory speed; otherwise its
// best, as Compress does. The same input always gives the same bytes (with
// the pinned version of the compressor).
func AppendBlock(b, raw []byte, fast bool) ([]byte, error) {
	if len(raw) > maxDecompressed {
		return nil, fmt.Errorf("compress block: %d bytes, at most %d", len(raw), maxDecompressed)
	}
	var z []byte
	if fast {
		z = s2.Encode(nil, raw)
	} else {
		z = s2.EncodeBest(nil, raw)
	}
	b = binary.AppendUvarint(b, uint64(len(z)))
	b = append(b, z...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(raw, castagnoli)), nil
}

// Block is a compressed block that AppendBlock wrote.
type Block struct {
	z   []byte // the S2 block
	sum uint32 // CRC-32C of the decompressed bytes
}

// Block reads a block that AppendBlock wrote, without decompressing it.
func (f *Fields) Block() Block {
	n := f.Uvarint(maxDecompressed)
	z := f.Bytes(n)
	sum := f.Bytes(4)
	if f.err != nil {
		return Block{}
	}
	return Block{z: z, sum: binary.LittleEndian.Uint32(sum)}
}

// DecodeInto decompresses b into dst, which must have exactly b's
// decompressed length, and checks b's CRC.
func (b Block) DecodeInto(dst []byte) error {
	n, err := s2.DecodedLen(b.z)
	if err != nil {
		return fmt.Errorf("decompress block: %w", err)
	}
	if n != len(dst) {
		return fmt.Errorf("decompress block: %d bytes, want %d", n, len(dst))
	}
	if _, err := s2.Decode(dst, b.z); err != nil {
		return fmt.Errorf("decompress block: %w", err)
	}
	if crc32.Checksum(dst, castagnoli) != b.sum {
		return errors.New("decompress block: checksum mismatch")
	}
	return nil
}
