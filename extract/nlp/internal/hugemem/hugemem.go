// Package hugemem allocates the large, read-mostly lookup tables of the NLP
// models in memory that Linux backs with transparent huge pages.
//
// Scoring a hashed linear model is one random access per feature into a
// table of tens of megabytes. With 4 KiB pages nearly every such access also
// misses the TLB, and the page walk costs about as much as the access; with
// 2 MiB pages a few dozen TLB entries cover the whole table. Go's allocator
// does not ask for huge pages, and Linux's default THP mode ("madvise") gives
// them only to memory that asks, so the tables ask here.
package hugemem

import (
	"unsafe"
)

// hugePage is the size of a transparent huge page on amd64 and arm64.
const hugePage = 2 << 20

// minSize is the smallest table worth advising: below a few huge pages the
// TLB covers it anyway.
const minSize = 4 * hugePage

// Slice returns a zeroed slice of n values of T, an ordinary Go slice, whose
// memory is advised to use huge pages where it is large enough and the
// system supports it. The slice is over-allocated by one huge page so that
// its start can sit on a huge-page boundary.
func Slice[T any](n int) []T {
	var zero T
	size := unsafe.Sizeof(zero)
	if size == 0 || uintptr(n)*size < minSize {
		return make([]T, n)
	}
	pad := int(hugePage / size)
	s := make([]T, n+pad)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	aligned := (p + hugePage - 1) &^ (hugePage - 1)
	if (aligned-p)%size != 0 {
		return s[:n:n]
	}
	off := int((aligned - p) / size)
	s = s[off : off+n : off+n]
	length := (uintptr(n) * size) &^ (hugePage - 1)
	advise(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), length))
	return s
}
