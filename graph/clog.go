package graph

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/cayleygraph/cayley/clog"
	_ "github.com/cayleygraph/cayley/writer" // the "single" quad writer
)

func init() { clog.SetLogger(slogLogger{}) }

// slogLogger sends Cayley's log through log/slog; Cayley's info messages
// are debug messages for newsgraph.
type slogLogger struct{}

func (slogLogger) log(level slog.Level, format string, args ...interface{}) {
	// Cayley's SQL backends name the database, password included.
	slog.Default().Log(context.Background(), level, Redact(fmt.Sprintf(format, args...)), "from", "cayley")
}

func (l slogLogger) Infof(format string, args ...interface{}) {
	l.log(slog.LevelDebug, format, args...)
}
func (l slogLogger) Warningf(format string, args ...interface{}) {
	l.log(slog.LevelWarn, format, args...)
}
func (l slogLogger) Errorf(format string, args ...interface{}) {
	l.log(slog.LevelError, format, args...)
}
func (l slogLogger) Fatalf(format string, args ...interface{}) {
	l.log(slog.LevelError, format, args...)
	os.Exit(1)
}
func (slogLogger) V(level int) bool {
	return slog.Default().Enabled(context.Background(), slog.LevelDebug)
}
func (slogLogger) SetV(int) {}
