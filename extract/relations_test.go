package extract

import "testing"

// TestSubordinateSubject checks that a relation verb in a clause opened by
// "why", "how", "when" … after a named subject takes no subject when the
// clause's own subject is unnamed, and keeps it across a clause closed by
// a comma or one without a subject ("while visiting").
func TestSubordinateSubject(t *testing.T) {
	checkRows(t, factRows, []rowCase{
		{"asked why", "Tom Hale asked why ministers criticised Ana Ruiz.", nil},
		{"said that when", "Tom Hale said that when ministers met Ana Ruiz they praised her.", nil},
		{"asked how", "Tom Hale asked how officials backed Ana Ruiz.", nil},
		{"clause closed by a comma", "Eva Soto, when asked, criticised Jim Cole.", []string{"Eva Soto|criticized|Jim Cole"}},
		{"participle clause", "Eva Soto while touring the capital praised Jim Cole.", []string{"Eva Soto|praised|Jim Cole"}},
	})
}
