package tokenize_test

import (
	"fmt"
	"strings"

	"newsgraph/extract/nlp/tokenize"
)

func ExampleSplit() {
	text := "Talks resume\n“We don’t want war.” The U.S. envoy pledged $21bn."
	for _, s := range tokenize.Split(text) {
		var words []string
		for _, t := range s.Tokens {
			words = append(words, t.Text)
		}
		fmt.Println(s.Paragraph, strings.Join(words, " "))
	}
	// Output:
	// 0 Talks resume
	// 1 “ We do n’t want war . ”
	// 1 The U.S. envoy pledged $ 21 bn .
}
