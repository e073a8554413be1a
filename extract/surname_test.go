package extract

import "testing"

// TestSurnameOfSeveral checks which person a surname alone names when
// several people of the article bear it.
func TestSurnameOfSeveral(t *testing.T) {
	checkRows(t, quoteRows, []rowCase{
		{"the one named most", "Senator Tom Hale spoke in Leeds on Monday. Tom Hale was joined by his wife, Ana Hale. Tom Hale left early.\n\n“The vote was fair,” Hale said.",
			[]string{"Tom Hale|The vote was fair,"}},
		{"then the one named first", "Senator Tom Hale spoke in Leeds on Monday, joined by his daughter, Ana Hale.\n\n“The vote was fair,” Hale said.",
			[]string{"Tom Hale|The vote was fair,"}},
		{"the gender of an honorific", "Senator Tom Hale spoke in Leeds on Monday. Tom Hale was joined by his wife, Ana Hale.\n\n“The vote was fair,” Mrs Hale said.",
			[]string{"Ana Hale|The vote was fair,"}},
		{"a knight is no plain Mr", "Sir Tom Hale, the police chief, warned of attacks. Sir Tom spoke to the board, and Sir Tom said the threat was real. Ben Hale defended his plans.\n\n“We are ready,” Mr Hale said.",
			[]string{"Ben Hale|We are ready,"}},
		{"not a headline read as a name", "Tom Hale Wins Leeds Vote\n\nTom Hale won the vote in Leeds on Monday.\n\n“It was fair,” Hale said.",
			[]string{"Tom Hale|It was fair,"}},
	})
}

func TestPairedSurnames(t *testing.T) {
	checkEntityCases(t, extractText, []entityCase{
		{"Hillary Clinton met Elizabeth Warren in Ohio.\n\nThe meeting got people talking about a Clinton-Warren ticket.\n\nWarren endorsed Clinton on Monday.",
			[]string{"Hillary Clinton", "Elizabeth Warren", "Ohio"}, []string{"Clinton-Warren"}},
		{"Kerry Lewis-Francis won the race in Leeds.", []string{"Kerry Lewis-Francis", "Leeds"}, nil},
	})
}
