// Package fix builds the text edits of errcontract's suggested fixes:
// statements inserted, moved and deleted with the indentation of their
// block, and imports added, so that fixed code stays gofmt-clean.
package fix

import (
	"bytes"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"
)

// File gives access to one source file for building edits.
type File struct {
	Fset *token.FileSet
	AST  *ast.File
	Src  []byte
	Info *types.Info
	tf   *token.File
}

// NewFile wraps a parsed file and its source.
func NewFile(fset *token.FileSet, f *ast.File, src []byte, info *types.Info) *File {
	return &File{Fset: fset, AST: f, Src: src, Info: info, tf: fset.File(f.Pos())}
}

func (f *File) off(p token.Pos) int { return f.tf.Offset(p) }

// Text returns the source text of n.
func (f *File) Text(n ast.Node) string {
	return string(f.Src[f.off(n.Pos()):f.off(n.End())])
}

// Indent returns the white space that starts the line of p.
func (f *File) Indent(p token.Pos) string {
	o := f.off(p)
	start := bytes.LastIndexByte(f.Src[:o], '\n') + 1
	end := start
	for end < len(f.Src) && (f.Src[end] == '\t' || f.Src[end] == ' ') {
		end++
	}
	return string(f.Src[start:end])
}

// InsertBefore puts line (one or more statements, \n-separated) on its own
// line(s) before stmt, at stmt's indentation.
func (f *File) InsertBefore(stmt ast.Node, lines ...string) analysis.TextEdit {
	ind := f.Indent(stmt.Pos())
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString(l)
		b.WriteString("\n")
		b.WriteString(ind)
	}
	return analysis.TextEdit{Pos: stmt.Pos(), End: stmt.Pos(), NewText: b.Bytes()}
}

// InsertAfter puts lines after stmt, each on its own line, after a
// comment that ends stmt's line.
func (f *File) InsertAfter(stmt ast.Node, lines ...string) analysis.TextEdit {
	ind := f.Indent(stmt.Pos())
	var b bytes.Buffer
	for _, l := range lines {
		b.WriteString("\n")
		b.WriteString(ind)
		b.WriteString(l)
	}
	at := stmt.End()
	rest := f.Src[f.off(at):]
	if eol := bytes.IndexByte(rest, '\n'); eol >= 0 {
		tail := bytes.TrimSpace(rest[:eol])
		if bytes.HasPrefix(tail, []byte("//")) {
			at += token.Pos(eol)
			for at > stmt.End() && (f.Src[f.off(at)-1] == ' ' || f.Src[f.off(at)-1] == '\t' || f.Src[f.off(at)-1] == '\r') {
				at--
			}
		}
	}
	return analysis.TextEdit{Pos: at, End: at, NewText: b.Bytes()}
}

// Replace swaps n for lines, keeping n's indentation on following lines.
func (f *File) Replace(n ast.Node, lines ...string) analysis.TextEdit {
	ind := f.Indent(n.Pos())
	var b bytes.Buffer
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n")
			b.WriteString(ind)
		}
		b.WriteString(l)
	}
	return analysis.TextEdit{Pos: n.Pos(), End: n.End(), NewText: b.Bytes()}
}

// DeleteLine removes stmt together with its line when it is alone on it.
func (f *File) DeleteLine(stmt ast.Node) analysis.TextEdit {
	start, end := f.off(stmt.Pos()), f.off(stmt.End())
	ls := bytes.LastIndexByte(f.Src[:start], '\n') + 1
	le := end
	for le < len(f.Src) && (f.Src[le] == ' ' || f.Src[le] == '\t') {
		le++
	}
	if len(bytes.TrimSpace(f.Src[ls:start])) == 0 && (le == len(f.Src) || f.Src[le] == '\n') {
		if le < len(f.Src) {
			le++
		}
		return analysis.TextEdit{Pos: f.tf.Pos(ls), End: f.tf.Pos(le)}
	}
	return analysis.TextEdit{Pos: stmt.Pos(), End: stmt.End()}
}

// ImportName returns the name under which f imports path, or "" if it does not.
func (f *File) ImportName(path string) string {
	for _, imp := range f.AST.Imports {
		p, _ := strconv.Unquote(imp.Path.Value)
		if p != path {
			continue
		}
		if imp.Name != nil {
			if imp.Name.Name == "_" || imp.Name.Name == "." {
				continue
			}
			return imp.Name.Name
		}
		if pn, ok := f.Info.Implicits[imp].(*types.PkgName); ok {
			return pn.Name()
		}
	}
	return ""
}

// AddImport returns the name to use for path in f and, if f lacks the
// import, the edit that adds it. The name must not be shadowed at scope.
func (f *File) AddImport(path, name string, at token.Pos) (string, []analysis.TextEdit, bool) {
	if n := f.ImportName(path); n != "" {
		return n, nil, true
	}
	// The new name must be free where it is used.
	if scope := f.innermostScope(at); scope != nil {
		if _, obj := scope.LookupParent(name, at); obj != nil {
			return "", nil, false
		}
	}
	quoted := strconv.Quote(path)
	// Into the first import declaration, in sorted position when it is a block.
	for _, d := range f.AST.Decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.IMPORT {
			continue
		}
		if !gd.Lparen.IsValid() {
			// import "x"  ->  import ("x"; "y")
			spec := gd.Specs[0].(*ast.ImportSpec)
			lines := []string{f.Text(spec), quoted}
			if spec.Path.Value > quoted {
				lines[0], lines[1] = lines[1], lines[0]
			}
			return name, []analysis.TextEdit{{Pos: spec.Pos(), End: spec.End(),
				NewText: []byte("(\n\t" + lines[0] + "\n\t" + lines[1] + "\n)")}}, true
		}
		specs := gd.Specs
		i := slices.IndexFunc(specs, func(s ast.Spec) bool { return s.(*ast.ImportSpec).Path.Value > quoted })
		if i < 0 {
			last := specs[len(specs)-1]
			return name, []analysis.TextEdit{{Pos: last.End(), End: last.End(), NewText: []byte("\n\t" + quoted)}}, true
		}
		return name, []analysis.TextEdit{{Pos: specs[i].Pos(), End: specs[i].Pos(), NewText: []byte(quoted + "\n\t")}}, true
	}
	end := f.AST.Name.End()
	return name, []analysis.TextEdit{{Pos: end, End: end, NewText: []byte("\n\nimport " + quoted)}}, true
}

func (f *File) innermostScope(at token.Pos) *types.Scope {
	pkgScope := f.Info.Scopes[f.AST]
	if pkgScope == nil {
		return nil
	}
	return pkgScope.Innermost(at)
}
