package ner

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// writeTables writes the gazetteer lists and the cluster table,
// gzip-compressed, in a stable form.
func writeTables(w io.Writer, g gazEntries, c *clusterTable, b *brownTable) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
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
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// readTables reads what writeTables wrote.
func readTables(r io.Reader) (gazEntries, *clusterTable, *brownTable, error) {
	var g gazEntries
	zr, err := gzip.NewReader(r)
	if err != nil {
		return g, nil, nil, err
	}
	br := bufio.NewReader(zr)
	var rerr error
	getU := func() uint64 {
		v, err := binary.ReadUvarint(br)
		if err != nil && rerr == nil {
			rerr = err
		}
		return v
	}
	getS := func() string {
		n := getU()
		if rerr != nil || n > 1<<20 {
			if rerr == nil {
				rerr = errors.New("string too long")
			}
			return ""
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil && rerr == nil {
			rerr = err
		}
		return string(b)
	}
	if n := getU(); n != numGazLists {
		return g, nil, nil, fmt.Errorf("%d gazetteer lists, want %d", n, numGazLists)
	}
	for l := range g {
		if name := getS(); name != gazNames[l] {
			return g, nil, nil, fmt.Errorf("gazetteer list %q, want %q", name, gazNames[l])
		}
		n := getU()
		if rerr != nil {
			return g, nil, nil, rerr
		}
		g[l] = make([]string, 0, min(n, 1<<20))
		for range n {
			g[l] = append(g[l], getS())
			if rerr != nil {
				return g, nil, nil, rerr
			}
		}
	}
	if n := getU(); n != numClusterLevels {
		return g, nil, nil, fmt.Errorf("%d cluster levels, want %d", n, numClusterLevels)
	}
	n := getU()
	if rerr != nil {
		return g, nil, nil, rerr
	}
	words := make([]string, 0, min(n, 1<<22))
	paths := make([][numClusterLevels]uint8, 0, min(n, 1<<22))
	for range n {
		words = append(words, getS())
		var p [numClusterLevels]uint8
		if _, err := io.ReadFull(br, p[:]); err != nil {
			return g, nil, nil, err
		}
		paths = append(paths, p)
		if rerr != nil {
			return g, nil, nil, rerr
		}
	}
	n = getU()
	if rerr != nil {
		return g, nil, nil, rerr
	}
	bwords := make([]string, 0, min(n, 1<<22))
	bpaths := make([]string, 0, min(n, 1<<22))
	for range n {
		bwords = append(bwords, getS())
		bpaths = append(bpaths, getS())
		if rerr != nil {
			return g, nil, nil, rerr
		}
	}
	return g, newClusterTable(words, paths), newBrownTable(bwords, bpaths), nil
}
