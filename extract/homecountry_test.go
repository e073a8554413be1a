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
