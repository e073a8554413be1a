package ner

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// writeTables writes the gazetteer lists and the cluster tables in a stable
// form, uncompressed.
func writeTables(w io.Writer, g gazEntries, c *clusterTable, b *brownTable) error {
	bw := bufio.NewWriter(w)
	putU := func(v uint64) {
		var b [binary.MaxVarintLen64]byte
		bw.Write(b[:binary.PutUvarint(b[:], v)])
	}
	putS := func(s string) {
		putU(uint64(len(s)))
		bw.WriteString(s)
	}
	putU(numGazLists)
	for l, list := range g {
		putS(gazNames[l])
		putU(uint64(len(list)))
		for _, s := range list {
			putS(s)
		}
	}
	putU(numClusterLevels)
	putU(uint64(len(c.words)))
	for i, word := range c.words {
		putS(word)
		bw.Write(c.paths[i][:])
	}
	if b == nil {
		b = newBrownTable(nil, nil)
	}
	putU(uint64(len(b.words)))
	for i, word := range b.words {
		putS(word)
		putS(b.paths[i])
	}
	return bw.Flush()
}

// readTables reads what writeTables wrote. The section is kept as one
// string that every word and entry is a substring of, which spares the
// loader hundreds of thousands of small allocations.
func readTables(raw []byte) (gazEntries, *clusterTable, *brownTable, error) {
	var g gazEntries
	d := tableDecoder{text: string(raw)}
	if n := d.uvarint(); n != numGazLists {
		return g, nil, nil, cmp.Or(d.err, fmt.Errorf("%d gazetteer lists, want %d", n, numGazLists))
	}
	for l := range g {
		if name := d.str(); name != gazNames[l] {
			return g, nil, nil, cmp.Or(d.err, fmt.Errorf("gazetteer list %q, want %q", name, gazNames[l]))
		}
		n := d.count()
		g[l] = make([]string, 0, n)
		for range n {
			g[l] = append(g[l], d.str())
		}
	}
	if n := d.uvarint(); n != numClusterLevels {
		return g, nil, nil, cmp.Or(d.err, fmt.Errorf("%d cluster levels, want %d", n, numClusterLevels))
	}
	n := d.count()
	words := make([]string, 0, n)
	paths := make([][numClusterLevels]uint8, 0, n)
	for range n {
		words = append(words, d.str())
		var p [numClusterLevels]uint8
		copy(p[:], d.bytes(numClusterLevels))
		paths = append(paths, p)
	}
	n = d.count()
	bwords := make([]string, 0, n)
	bpaths := make([]string, 0, n)
	for range n {
		bwords = append(bwords, d.str())
		bpaths = append(bpaths, d.str())
	}
	if d.err == nil && d.pos != len(d.text) {
		d.err = errors.New("trailing bytes after the tables")
	}
	if d.err != nil {
		return g, nil, nil, d.err
	}
	return g, newClusterTable(words, paths), newBrownTable(bwords, bpaths), nil
}

// tableDecoder reads the fields of a decompressed table section. After the
// first error every read returns a zero value and err keeps that error.
type tableDecoder struct {
	text string
	pos  int
	err  error
}

func (d *tableDecoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
	d.pos = len(d.text)
}

// uvarint reads an unsigned varint.
func (d *tableDecoder) uvarint() uint64 {
	var v uint64
	for shift := uint(0); d.pos < len(d.text) && shift < 64; shift += 7 {
		b := d.text[d.pos]
		d.pos++
		v |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return v
		}
	}
	d.fail(errors.New("truncated or bad varint"))
	return 0
}

// count reads a number of items that each take at least one byte, so that
// a corrupted count cannot ask for more memory than the section holds.
func (d *tableDecoder) count() int {
	n := d.uvarint()
	if n > uint64(len(d.text)-d.pos) {
		d.fail(fmt.Errorf("count %d past the end of the tables", n))
		return 0
	}
	return int(n)
}

// bytes reads the next n bytes.
func (d *tableDecoder) bytes(n int) string {
	if n > len(d.text)-d.pos {
		d.fail(errors.New("truncated tables"))
		return ""
	}
	s := d.text[d.pos : d.pos+n]
	d.pos += n
	return s
}

// str reads a length-prefixed string.
func (d *tableDecoder) str() string {
	n := d.uvarint()
	if n > uint64(len(d.text)-d.pos) {
		d.fail(errors.New("string past the end of the tables"))
		return ""
	}
	return d.bytes(int(n))
}
