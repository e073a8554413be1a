package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// DefaultMaxBytes is the size limit ReadArticle applies when given none.
const DefaultMaxBytes = 10 << 20

// Reasons an article file is rejected.
var (
	ErrEmpty    = errors.New("empty file")
	ErrBinary   = errors.New("binary file (contains NUL bytes)")
	ErrTooLarge = errors.New("file too large")
)

// ReadArticle reads the article in the file at path. Files larger than
// maxBytes (DefaultMaxBytes when maxBytes ≤ 0), empty files and binary files
// are errors (wrapping ErrTooLarge, ErrEmpty, ErrBinary). Text that is not
// valid UTF-8 is read as Windows-1252 (a superset of Latin-1), with a
// warning.
func ReadArticle(path string, maxBytes int64) (a Article, warnings []string, err error) {
	if maxBytes <= 0 {
		maxBytes = DefaultMaxBytes
	}
	st, err := os.Stat(path)
	if err != nil {
		return Article{}, nil, err
	}
	if !st.Mode().IsRegular() {
		return Article{}, nil, fmt.Errorf("not a regular file")
	}
	if st.Size() > maxBytes {
		return Article{}, nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, st.Size(), maxBytes)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return Article{}, nil, err
	}
	if int64(len(raw)) > maxBytes { // grew since Stat
		return Article{}, nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, len(raw), maxBytes)
	}
	id := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	return ParseArticle(id, path, raw)
}

// ParseArticle makes an Article from a file's raw content: the text as
// valid UTF-8 with "\n" line ends and no byte-order mark, the headline, the
// dateline and the content hash.
func ParseArticle(id, path string, raw []byte) (a Article, warnings []string, err error) {
	sum := sha256.Sum256(raw)
	a = Article{ID: id, Path: path, Hash: hex.EncodeToString(sum[:])}
	if len(bytes.TrimSpace(raw)) == 0 {
		return a, nil, ErrEmpty
	}
	text, warnings, err := DecodeText(raw)
	if err != nil {
		return a, nil, err
	}
	a.Text = text
	a.Headline, a.Date, a.Byline = readHeader(text)
	return a, warnings, nil
}

// DecodeText returns the text of a file's raw content as valid UTF-8 with
// "\n" line ends and no byte-order mark. Content with a NUL byte is binary
// (ErrBinary); content that is not valid UTF-8 is read as Windows-1252 (a
// superset of Latin-1), with a warning.
func DecodeText(raw []byte) (text string, warnings []string, err error) {
	if bytes.IndexByte(raw, 0) >= 0 {
		return "", nil, ErrBinary
	}
	raw = bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(raw) {
		dec, derr := charmap.Windows1252.NewDecoder().Bytes(raw)
		if derr != nil {
			return "", nil, fmt.Errorf("not UTF-8 and not Windows-1252: %w", derr)
		}
		raw = dec
		warnings = append(warnings, "not valid UTF-8: read as Windows-1252 (Latin-1)")
	}
	text = strings.ReplaceAll(string(raw), "\r\n", "\n")
	return strings.ReplaceAll(text, "\r", "\n"), warnings, nil
}

// dateline matches lines such as "date 2025-03-03 By Alex Wickham, …" or
// "2025-03-03".
var dateline = regexp.MustCompile(`(?i)^\s*(?:date[:\s]\s*)?(\d{4}-\d{2}-\d{2})\b[\s,;|–-]*(?:by\s+(.+?))?\s*$`)

// readHeader finds the headline (a short first line followed by a blank
// line) and the dateline (one of the first lines) of an article.
func readHeader(text string) (headline, date, byline string) {
	lines := strings.SplitN(text, "\n", 8)
	first := -1
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			first = i
			break
		}
	}
	if first < 0 {
		return "", "", ""
	}
	for i := first; i < len(lines) && i < first+4; i++ {
		if m := dateline.FindStringSubmatch(lines[i]); m != nil {
			date, byline = m[1], strings.TrimSpace(m[2])
			break
		}
	}
	l := strings.TrimSpace(lines[first])
	nextBlank := first+1 >= len(lines) || strings.TrimSpace(lines[first+1]) == ""
	if nextBlank && !dateline.MatchString(l) && utf8.RuneCountInString(l) <= 200 && len(strings.Fields(l)) <= 30 {
		headline = l
	}
	return headline, date, byline
}
