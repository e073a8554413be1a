package perceptron

import (
	"encoding/binary"
	"errors"
)

// The model files of the NLP core share one layout of header fields: a
// magic string, uvarint counts, and length-prefixed label strings, followed
// by little-endian arrays. AppendLabels and Fields write and read it.

// AppendLabels appends the number of labels and each label, length-prefixed.
func AppendLabels(b []byte, labels []string) []byte {
	b = binary.AppendUvarint(b, uint64(len(labels)))
	for _, l := range labels {
		b = binary.AppendUvarint(b, uint64(len(l)))
		b = append(b, l...)
	}
	return b
}

// Fields reads the fields of a model file in order, remembering the first
// error: after it, every read returns a zero value, so a decoder checks Err
// once after a run of reads.
type Fields struct {
	b   []byte
	err error
}

// NewFields reads the fields of b.
func NewFields(b []byte) *Fields { return &Fields{b: b} }

// Err is the first error met, or nil.
func (f *Fields) Err() error { return f.err }

// Len is the number of bytes not yet read.
func (f *Fields) Len() int { return len(f.b) }

// Uvarint reads a uvarint no greater than limit.
func (f *Fields) Uvarint(limit int) int {
	if f.err != nil {
		return 0
	}
	v, n := binary.Uvarint(f.b)
	if n <= 0 || v > uint64(limit) {
		f.err = errors.New("bad or out-of-range number")
		return 0
	}
	f.b = f.b[n:]
	return int(v)
}

// Bytes reads the next n bytes.
func (f *Fields) Bytes(n int) []byte {
	if f.err != nil {
		return nil
	}
	if n > len(f.b) {
		f.err = errors.New("truncated")
		return nil
	}
	s := f.b[:n]
	f.b = f.b[n:]
	return s
}

// Labels reads what AppendLabels wrote: at most maxLabels labels of at most
// maxLen bytes each.
func (f *Fields) Labels(maxLabels, maxLen int) []string {
	labels := make([]string, f.Uvarint(maxLabels))
	for i := range labels {
		labels[i] = string(f.Bytes(f.Uvarint(maxLen)))
	}
	return labels
}
