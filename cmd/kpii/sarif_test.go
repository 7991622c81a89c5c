package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sarifSchemaFile is the OASIS SARIF 2.1.0 schema, shipped in testdata.
var sarifSchemaFile, _ = filepath.Abs("../../testdata/sarif-schema-2.1.0.json")

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(sarifSchemaFile)
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	c.AssertFormat() // uri, uri-reference and date-time are checked too
	require.NoError(t, c.AddResource("file:///sarif-schema-2.1.0.json", doc))
	sch, err := c.Compile("file:///sarif-schema-2.1.0.json")
	require.NoError(t, err)
	return sch
}

func validateSARIF(t *testing.T, sch *jsonschema.Schema, out string) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	require.NoError(t, err, "SARIF output is JSON")
	require.NoError(t, sch.Validate(inst), "SARIF output validates against the 2.1.0 schema")
}

type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name  string      `json:"name"`
				Rules []sarifRule `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		ColumnKind  string            `json:"columnKind"`
		Results     []sarifResult     `json:"results"`
		Invocations []sarifInvocation `json:"invocations"`
	} `json:"runs"`
}

func TestScanSARIFValidatesAgainstTheSchema(t *testing.T) {
	sch := compileSARIFSchema(t)
	dir := writeTree(t, map[string]string{
		"src/app.log":      "😀 연락처 " + phone + "\n주민번호 " + rrn + " low 02-123-4567 x 15881234\n",
		"data/users.json":  `{"user": {"phone": "` + phone + `"}}`,
		"data/export.csv":  "name,email\n홍길동," + email + "\n",
		"문서/고객 목록.txt":     "메일 " + email + "\n",
		"weird:name/a.txt": "연락처 " + phone + "\n",
	})
	inDir(t, dir)
	code, out, errs := runCLI(t, "", "scan", "--format", "sarif", "--min-confidence", "low", ".", "missing.log")
	require.Equal(t, exitError, code, errs)
	validateSARIF(t, sch, out)
	for _, broken := range []string{
		strings.Replace(out, `"level":"error"`, `"level":"fatal"`, 1),
		strings.Replace(out, `"startLine":1`, `"startLine":0`, 1),
		strings.Replace(out, `"version": "2.1.0"`, `"version": "2.0.0"`, 1),
	} {
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(broken))
		require.NoError(t, err)
		assert.Error(t, sch.Validate(inst), "the validator is not a rubber stamp")
	}

	var log sarifLog
	require.NoError(t, json.Unmarshal([]byte(out), &log))
	require.Len(t, log.Runs, 1)
	run := log.Runs[0]
	assert.Equal(t, "2.1.0", log.Version)
	assert.Equal(t, "kpii", run.Tool.Driver.Name)
	assert.Equal(t, "utf16CodeUnits", run.ColumnKind)
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
		assert.NotEmpty(t, r.ShortDescription.Text)
		assert.NotEmpty(t, r.FullDescription.Text)
	}
	assert.Equal(t, []string{"RRN", "FRN", "PHONE", "EMAIL", "ADDRESS"}, ids, "a rule per kind")

	type loc struct {
		URI, Rule, Level                  string
		Line, Col, EndLine, EndCol, Rule2 int
	}
	var got []loc
	for _, r := range run.Results {
		pl := r.Locations[0].PhysicalLocation
		got = append(got, loc{pl.ArtifactLocation.URI, r.RuleID, r.Level,
			pl.Region.StartLine, pl.Region.StartColumn, pl.Region.EndLine, pl.Region.EndColumn, *r.RuleIndex})
		assert.NotContains(t, r.Message.Text, "5678")
	}
	assert.Equal(t, []loc{
		{"data/export.csv", "EMAIL", "error", 2, 5, 2, 19, 3},
		{"data/users.json", "PHONE", "error", 1, 21, 1, 34, 2},
		// 😀 is two UTF-16 code units: the phone number starts at column 8.
		{"src/app.log", "PHONE", "error", 1, 8, 1, 21, 2},
		{"src/app.log", "RRN", "error", 2, 6, 2, 20, 0},
		{"src/app.log", "PHONE", "warning", 2, 25, 2, 36, 2},
		{"src/app.log", "PHONE", "note", 2, 39, 2, 47, 2},
		{"./weird:name/a.txt", "PHONE", "error", 1, 5, 1, 18, 2},
		{"%EB%AC%B8%EC%84%9C/%EA%B3%A0%EA%B0%9D%20%EB%AA%A9%EB%A1%9D.txt", "EMAIL", "error", 1, 4, 1, 18, 3},
	}, got)
	assert.Equal(t, "user.phone", run.Results[1].Properties["recordPath"])
	assert.Equal(t, "email", run.Results[0].Properties["header"])

	require.Len(t, run.Invocations, 1)
	assert.False(t, run.Invocations[0].ExecutionSuccessful)
	require.Len(t, run.Invocations[0].ToolExecutionNotifications, 1)
	assert.Contains(t, run.Invocations[0].ToolExecutionNotifications[0].Message.Text, "no such file or directory")

	// A clean scan is a valid log with no results.
	require.NoError(t, os.WriteFile("clean.txt", []byte("nothing\n"), 0o644))
	code, out, _ = runCLI(t, "", "scan", "--format", "sarif", "clean.txt")
	assert.Equal(t, exitClean, code)
	validateSARIF(t, sch, out)
	require.NoError(t, json.Unmarshal([]byte(out), &log))
	assert.Empty(t, log.Runs[0].Results)
	assert.True(t, log.Runs[0].Invocations[0].ExecutionSuccessful)

	// Paths outside the working directory become file:// URIs.
	abs := filepath.Join(dir, "src", "app.log")
	t.Chdir(t.TempDir())
	_, out, _ = runCLI(t, "", "scan", "--format", "sarif", abs)
	validateSARIF(t, sch, out)
	assert.Contains(t, out, `"uri":"file://`+filepath.ToSlash(abs)+`"`)
}
