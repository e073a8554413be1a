package hugemem

import (
	"runtime"
	"testing"
	"unsafe"
)

func TestSlice(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		aligned bool // whether the start must sit on a huge page (on Linux)
	}{
		{"empty", 0, false},
		{"small", 1000, false},
		{"just below the threshold", minSize/16 - 1, false},
		{"large", 5 << 20, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Slice[[2]uint64](tt.n)
			if len(s) != tt.n || cap(s) != tt.n {
				t.Fatalf("len %d cap %d, want %d", len(s), cap(s), tt.n)
			}
			for i := range s {
				if s[i] != [2]uint64{} {
					t.Fatalf("element %d not zero", i)
				}
				s[i] = [2]uint64{uint64(i), 1}
			}
			for i := range s {
				if s[i] != [2]uint64{uint64(i), 1} {
					t.Fatalf("element %d lost its value", i)
				}
			}
			if tt.aligned && runtime.GOOS == "linux" {
				if p := uintptr(unsafe.Pointer(unsafe.SliceData(s))); p%hugePage != 0 {
					t.Errorf("start %#x not on a huge page", p)
				}
			}
		})
	}
}
