package extract

import "testing"

// TestRoleOfKindNoun checks that "the party's", "the newspaper's" … before
// a title is the organisation of that kind named before, and none when no
// organisation named before is called so.
func TestRoleOfKindNoun(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"party", "The Labour Party met on Monday. The party's election chief Eva Soto spoke.", []string{"Eva Soto|election chief|Labour Party"}},
		{"newspaper after the name", "Tom Hale spoke to the Daily Sentinel newspaper. The paper's editor, Jim Cole, said it was fine.", []string{"Jim Cole|editor|Daily Sentinel"}},
		{"no such organisation", "Tom Hale spoke to the Daily Sentinel. The charity's director, Jim Cole, said it was fine.", []string{"Jim Cole|director|"}},
	})
}
