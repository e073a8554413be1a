package extract

import (
	"slices"
	"testing"
)

// TestBareTitleRole checks that a bare title of a one-holder office that
// no one in the article holds ("the chancellor") gives its role to the
// only untitled person it can stand for, or to the person the article is
// about, and to no one when it would be a guess.
func TestBareTitleRole(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"only candidate",
			"Tom Hale has led the Treasury for years. Labour MP Eva Soto attacked Mr Hale on Monday. Ms Soto said the chancellor had never met her.",
			[]string{"Eva Soto|MP|Labour Party", "Tom Hale|chancellor|"}},
		{"lead person among several",
			"Hale hits back at critics\n\nTom Hale has criticised Ana Ruiz over her remarks.\n\nAna Ruiz said Mr Hale and Mr Cole disagreed. But the chancellor said Ms Ruiz was wrong.",
			[]string{"Tom Hale|chancellor|"}},
		{"lead person, then the only one left",
			"Hale hits back at critics\n\nTom Hale has criticised Ana Ruiz over her remarks.\n\nAna Ruiz said Mr Hale and Jim Cole disagreed. Mr Cole declined to comment. But the chancellor said Ms Ruiz never saw him with the prime minister.",
			[]string{"Jim Cole|prime minister|", "Tom Hale|chancellor|"}},
		{"guess among several",
			"Tom Hale and Jim Cole have led the Treasury for years. Labour MP Eva Soto attacked Mr Hale and Mr Cole on Monday. Ms Soto said the chancellor had never met her.",
			[]string{"Eva Soto|MP|Labour Party"}},
		{"named once",
			"Labour MP Eva Soto attacked Tom Hale on Monday. Ms Soto said the chancellor had never met her.",
			[]string{"Eva Soto|MP|Labour Party"}},
		{"possessor",
			"Tom Hale has led the Treasury for years. Labour MP Eva Soto attacked Mr Hale on Monday. Ms Soto said the chancellor's plans were wrong.",
			[]string{"Eva Soto|MP|Labour Party"}},
		{"qualified title",
			"Tom Hale has led the Treasury for years. Labour MP Eva Soto attacked Mr Hale on Monday. Ms Soto said the Lord Chancellor had never met her.",
			[]string{"Eva Soto|MP|Labour Party"}},
		{"title held already",
			"Chancellor Tom Hale met Ana Ruiz on Monday. Labour MP Eva Soto attacked Mr Hale. Ms Soto said the chancellor had never met her.",
			[]string{"Eva Soto|MP|Labour Party", "Tom Hale|Chancellor|"}},
		{"lead person named as a possessor",
			"Hale wife joins campaign\n\nTom Hale's wife, Ana, is to campaign for him.\n\nAna Ruiz said Mr Hale and Mr Cole disagreed. But the chancellor said Ms Ruiz was wrong.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := roleRows(extractArticle(t, tt.text)); !slices.Equal(got, tt.want) {
				t.Errorf("%q\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestPartyLeaderAnaphor checks that "the Tory leader" stands for the
// article's main person when its first sentence names that person with
// the party, and for no one otherwise.
func TestPartyLeaderAnaphor(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"opened together", "Tom Hale is to make a pitch urging people to vote Conservative. He will say so in Lima. But the Tory leader will argue against it. Jim Cole said no. Mr Hale agreed.", []string{"Tom Hale|leader|Conservative Party"}},
		{"party not in the opening", "Tom Hale is to make a pitch on Monday. He will say so in Lima. But the Tory leader will argue against it. Jim Cole said no. Mr Hale agreed.", nil},
	})
}

// TestItsTitle checks that a title owned by a body ("its former leader")
// stands for no person of the article.
func TestItsTitle(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"its", "Tom Hale spoke in Lima. Mr Hale quickly disavowed the Eastfold League and its former leader, but he attacked the press.", nil},
	})
}
