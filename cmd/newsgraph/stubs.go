package main

import "github.com/spf13/cobra"

func newQueryCmd(o *options) *cobra.Command   { return &cobra.Command{Use: "query"} }
func newServeCmd(o *options) *cobra.Command   { return &cobra.Command{Use: "serve"} }
func newStatsCmd(o *options) *cobra.Command   { return &cobra.Command{Use: "stats"} }
func newPathCmd(o *options) *cobra.Command    { return &cobra.Command{Use: "path"} }
func newProfileCmd(o *options) *cobra.Command { return &cobra.Command{Use: "profile"} }
