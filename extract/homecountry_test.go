package extract

import "testing"

// TestHomeCountry checks the country given to a national office that an
// article names without one: the United Kingdom in British news, the
// United States in American news for offices it has, else the country
// named most.
func TestHomeCountry(t *testing.T) {
	checkRows(t, roleRows, []rowCase{
		{"a British article names the United Kingdom", "Prime Minister Tom Hale said Britain would help Iraq. Downing Street said the troops would stay in Iraq until Iraq held its vote.",
			[]string{"Tom Hale|Prime Minister|United Kingdom"}},
		{"a British article names no United Kingdom", "Prime Minister Tom Hale told the House of Commons that troops would stay in Iraq until Iraq held its vote, and Iraq agreed.",
			[]string{"Tom Hale|Prime Minister|"}},
		{"American usage is no British mark", "Treasury Secretary Ana Ruiz said the United States economy would grow.",
			[]string{"Ana Ruiz|Treasury Secretary|United States"}},
		{"an American article names Russia most", "Sen. Jim Cole said Russia had hacked the vote. Secretary of State Eva Soto talks with Russia this week, and the U.S. wants Russia to stop.",
			[]string{"Eva Soto|Secretary of State|United States", "Jim Cole|Senator|"}},
		{"past presidents of an American article", "Rep. Jim Cole said President Tom Hale, like President Ana Ruiz before him, had failed Iraq. The U.S. is still in Iraq, Iraq says.",
			[]string{"Ana Ruiz|President|United States", "Jim Cole|Representative|", "Tom Hale|President|United States"}},
		{"a prime minister in an American article", "Rep. Jim Cole met Prime Minister Eva Soto in Jerusalem. Israel and Israel's allies and the U.S. agreed.",
			[]string{"Eva Soto|Prime Minister|Israel", "Jim Cole|Representative|"}},
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
