package extract

import "testing"

// TestOrdinalAndChannelNames checks names with a capitalised ordinal
// ("the Fourth Estate Union") or a channel number written as a word
// ("BBC Three"), and the ordinals and numbers that begin no name.
func TestOrdinalAndChannelNames(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []string
		notWant []string
	}{
		{"ordinal in a union's name", "Ana Ruiz, of the Third Grade Teachers Union, said pay was too low.", []string{"Ana Ruiz", "Third Grade Teachers Union"}, []string{"Grade Teachers Union"}},
		{"ordinal after a comma", "The strike was called by her union, the Second Harbour Association, on Monday.", []string{"Second Harbour Association"}, []string{"Harbour Association"}},
		{"sentence-initial ordinal", "First Tom Hale spoke to the crowd.", []string{"Tom Hale"}, []string{"First Tom Hale"}},
		{"ordinal before a person", "Ana Ruiz was the First Lady of the club.", []string{"Ana Ruiz"}, []string{"First Lady"}},
		{"channel number", "Tom Hale told BBC Three's late show that he would stay.", []string{"Tom Hale", "BBC Three"}, nil},
		{"channel number alone", "The debate will be shown on BBC Four and ITV on Monday.", []string{"BBC Four"}, nil},
		{"number after an unknown acronym", "Tom Hale said XYZ One was a failure.", []string{"Tom Hale"}, []string{"XYZ One"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := entityNames(extractText(t, tt.text))
			for _, w := range tt.want {
				if _, ok := got[w]; !ok {
					t.Errorf("%q: no entity %q in %v", tt.text, w, got)
				}
			}
			for _, w := range tt.notWant {
				if _, ok := got[w]; ok {
					t.Errorf("%q: unexpected entity %q", tt.text, w)
				}
			}
		})
	}
}
