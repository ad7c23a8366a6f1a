// Package suppress implements errcontract's suppression directives.
//
// A directive is a line comment
//
//	//errcontract:ignore RULE[,RULE...] reason
//
// written with no space after the slashes, like every Go directive. It
// silences the named rules (C1, B1, G2, ...; case does not matter):
//
//   - on its own line, when it follows code: w.WriteHeader(405) //errcontract:ignore B1 reason
//   - on the next line, when it stands alone on its line;
//   - in the whole function or declaration, when it is in the doc comment
//     of a func (or of a var, const or type declaration).
//
// The reason is required. A directive without one, or naming an unknown
// rule, is reported, and so is a directive that silenced nothing. These
// reports have the Category "directive". A directive without a reason
// still silences its rules, so that the report points at the directive
// rather than at the finding twice over.
package suppress

import (
	"fmt"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// Prefix starts every directive.
const Prefix = "//errcontract:ignore"

// Category is the Category of the diagnostics about directives.
const Category = "directive"

// Directive is one parsed //errcontract:ignore comment.
type Directive struct {
	Comment *ast.Comment
	Rules   []string // upper case
	Reason  string
	// Scope: the lines [FromLine, ToLine] of File, or the span
	// [From, To) when From is valid (a doc comment).
	File             *token.File
	FromLine, ToLine int
	From, To         token.Pos

	// cut is what removing the directive deletes: the whole line when
	// it stands alone, else the comment and the blanks before it.
	cutFrom, cutTo token.Pos
	used           bool
}

// Set holds the directives of a package.
type Set struct {
	Directives []*Directive
	problems   []analysis.Diagnostic
}

// Parse finds the directives in files. known reports whether a rule id
// exists; readFile gives a file's source (it tells a directive that
// follows code from one alone on its line) and may be nil.
func Parse(fset *token.FileSet, files []*ast.File, known func(string) bool, readFile func(string) ([]byte, error)) *Set {
	s := &Set{}
	for _, f := range files {
		tf := fset.File(f.Pos())
		if tf == nil {
			continue
		}
		var src []byte
		if readFile != nil {
			src, _ = readFile(tf.Name())
		}
		docs := map[*ast.Comment]ast.Node{}
		for _, decl := range f.Decls {
			var doc *ast.CommentGroup
			switch d := decl.(type) {
			case *ast.FuncDecl:
				doc = d.Doc
			case *ast.GenDecl:
				doc = d.Doc
			}
			if doc != nil {
				for _, c := range doc.List {
					docs[c] = decl
				}
			}
		}
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				s.parse(tf, src, c, docs[c], known)
			}
		}
	}
	return s
}

func (s *Set) parse(tf *token.File, src []byte, c *ast.Comment, decl ast.Node, known func(string) bool) {
	text := c.Text
	if strings.HasPrefix(text, "// errcontract:ignore") {
		s.problem(c.Pos(), c.End(), "write the directive as //errcontract:ignore, with no space after the slashes")
		return
	}
	rest, ok := strings.CutPrefix(text, Prefix)
	if !ok || (rest != "" && rest[0] != ' ' && rest[0] != '\t') {
		return
	}
	// A nested "//" ends the directive: it lets a comment follow it.
	if i := strings.Index(rest, "//"); i >= 0 {
		rest = rest[:i]
	}
	fields := strings.Fields(rest)
	if len(fields) == 0 {
		s.problem(c.Pos(), c.End(), "//errcontract:ignore needs a rule and a reason: //errcontract:ignore C1 why this response may break the contract")
		return
	}
	d := &Directive{Comment: c, File: tf, Reason: strings.Join(fields[1:], " ")}
	for _, r := range strings.Split(fields[0], ",") {
		if r = strings.ToUpper(strings.TrimSpace(r)); r == "" {
			continue
		}
		if known != nil && !known(r) {
			s.problem(c.Pos(), c.End(), fmt.Sprintf("//errcontract:ignore names unknown rule %q", r))
			continue
		}
		d.Rules = append(d.Rules, r)
	}
	if len(d.Rules) == 0 {
		return
	}
	if d.Reason == "" {
		s.problem(c.Pos(), c.End(), fmt.Sprintf("//errcontract:ignore %s needs a reason: //errcontract:ignore %s why this response may break the contract", fields[0], fields[0]))
	}
	line := tf.Line(c.Pos())
	isAlone := alone(tf, src, c.Pos())
	switch {
	case decl != nil:
		d.From, d.To = decl.Pos(), decl.End()
	case isAlone:
		d.FromLine, d.ToLine = line+1, line+1
	default:
		d.FromLine, d.ToLine = line, line
	}
	d.cutFrom, d.cutTo = c.Pos(), c.End()
	if src != nil {
		if isAlone {
			d.cutFrom = tf.LineStart(line)
			if line < tf.LineCount() {
				d.cutTo = tf.LineStart(line + 1)
			}
		} else {
			off := tf.Offset(c.Pos())
			for off > 0 && (src[off-1] == ' ' || src[off-1] == '\t') {
				off--
			}
			d.cutFrom = tf.Pos(off)
		}
	}
	s.Directives = append(s.Directives, d)
}

// alone reports whether only blanks precede pos on its line. Without the
// source it answers false.
func alone(tf *token.File, src []byte, pos token.Pos) bool {
	off := tf.Offset(pos)
	if src == nil || off > len(src) {
		return false
	}
	start := tf.Offset(tf.LineStart(tf.Line(pos)))
	return strings.TrimSpace(string(src[start:off])) == ""
}

func (s *Set) problem(pos, end token.Pos, msg string) {
	s.problems = append(s.problems, analysis.Diagnostic{Pos: pos, End: end, Category: Category, Message: msg})
}

// covers reports whether d applies at pos.
func (d *Directive) covers(pos token.Pos) bool {
	if d.From.IsValid() {
		return d.From <= pos && pos < d.To
	}
	if !pos.IsValid() || int(pos) < d.File.Base() || int(pos) > d.File.Base()+d.File.Size() {
		return false
	}
	l := d.File.Line(pos)
	return d.FromLine <= l && l <= d.ToLine
}

// Suppressed reports whether a directive silences diag, whose Category is
// its rule id, and marks the directives that do as used.
func (s *Set) Suppressed(diag analysis.Diagnostic) bool {
	hit := false
	for _, d := range s.Directives {
		if d.covers(diag.Pos) && slices.Contains(d.Rules, strings.ToUpper(diag.Category)) {
			d.used = true
			hit = true
		}
	}
	return hit
}

// Filter returns the diagnostics no directive silences.
func (s *Set) Filter(diags []analysis.Diagnostic) []analysis.Diagnostic {
	var out []analysis.Diagnostic
	for _, d := range diags {
		if !s.Suppressed(d) {
			out = append(out, d)
		}
	}
	return out
}

// Problems returns the diagnostics about the directives themselves: those
// found by Parse, then each directive that silenced nothing. Call it after
// Filter. A directive whose rules are all disabled is not reported unused.
func (s *Set) Problems(disabled func(string) bool) []analysis.Diagnostic {
	out := slices.Clone(s.problems)
	for _, d := range s.Directives {
		if d.used {
			continue
		}
		if disabled != nil && !slices.ContainsFunc(d.Rules, func(r string) bool { return !disabled(r) }) {
			continue
		}
		out = append(out, analysis.Diagnostic{
			Pos: d.Comment.Pos(), End: d.Comment.End(), Category: Category,
			Message: fmt.Sprintf("unused //errcontract:ignore %s: no %s diagnostic here to silence; remove the directive", strings.Join(d.Rules, ","), strings.Join(d.Rules, " or ")),
			SuggestedFixes: []analysis.SuggestedFix{{
				Message:   "Remove the unused directive",
				TextEdits: []analysis.TextEdit{{Pos: d.cutFrom, End: d.cutTo}},
			}},
		})
	}
	slices.SortStableFunc(out, func(a, b analysis.Diagnostic) int { return int(a.Pos) - int(b.Pos) })
	return out
}
