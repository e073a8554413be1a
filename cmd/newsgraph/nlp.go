package main

import "github.com/spf13/cobra"

// newNLPCmd is the nlp command; its subcommands come with the extractor.
func newNLPCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "nlp",
		Short: "Train and inspect the language models behind the extractor",
	}
}
