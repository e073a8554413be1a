package extract

import "testing"

// TestHomeCountry checks the country given to a national office that an
// article names without one.
func TestHomeCountry(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"a British article names the United Kingdom", "Prime Minister Tom Hale said Britain would help Iraq. Downing Street said the troops would stay in Iraq until Iraq held its vote.",
			[]string{"Tom Hale|Prime Minister|United Kingdom"}},
		{"a British article names no United Kingdom", "Prime Minister Tom Hale told the House of Commons that troops would stay in Iraq until Iraq held its vote, and Iraq agreed.",
			[]string{"Tom Hale|Prime Minister|"}},
		{"American usage is no British mark", "Treasury Secretary Ana Ruiz said the United States economy would grow.",
			[]string{"Ana Ruiz|Treasury Secretary|United States"}},
	})
}

// TestTitleAfterAs checks that a title after "as" before a comma is not
// the title of the name after the comma.
func TestTitleAfterAs(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"as", "Eva Soto will be calmer as she begins her second term as US President, Tom Hale has said.", nil},
		{"apposition", "The US President, Eva Soto, spoke in Ohio.", []string{"Eva Soto|President|United States"}},
		{"the subject's", "As a New York senator, Eva Soto voted for the bill.", []string{"Eva Soto|senator|New York"}},
	})
}
