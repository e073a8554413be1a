package hugemem

import "syscall"

// advise asks for huge pages for b, which starts on a huge-page boundary.
// Advice that fails (a kernel without transparent huge pages) changes
// nothing.
func advise(b []byte) { _ = syscall.Madvise(b, syscall.MADV_HUGEPAGE) }
