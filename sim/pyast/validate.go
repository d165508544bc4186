// This file implements Validate: the check, after parsing, that a module uses
// only what the simulator runs, plus the SyntaxErrors that CPython raises
// only when compiling (Python/compile.c and Python/symtable.c, 3.12), so that
// a scenario the simulator accepts is one CPython would also compile.

package pyast

import (
	"fmt"
	"strings"
)

// Supported is the short list of what the simulator runs beyond plain
// expressions and statements; every "not supported" message ends with it.
const Supported = "def with defaults, *args, **kwargs and keyword-only parameters; lambda; " +
	"class with @property, @staticmethod, @classmethod and @x.setter; if, while, for, break, continue; " +
	"try/except/else/finally; raise ... from; assert; del; global; nonlocal; import and from-import; " +
	"list, dict and set comprehensions; f-strings; *x and **m unpacking in calls and displays; a, *rest = xs"

// allowedDecorators are the decorators the simulator implements.
var allowedDecorators = map[string]bool{"property": true, "staticmethod": true, "classmethod": true}

// scope is what the validator knows about where a statement is.
type scope struct {
	inFunction bool
	inLoop     bool
	atModule   bool
}

type validator struct {
	file string
	err  *Error
}

// Validate reports the first construct of m, in source order, that the
// simulator does not support or that CPython's compiler would reject.
func Validate(m *Module) error {
	v := &validator{file: m.File}
	v.stmts(m.Body, scope{atModule: true})
	if v.err != nil {
		return v.err
	}
	return nil
}

func (v *validator) fail(pos Pos, msg string) {
	if v.err == nil {
		v.err = &Error{File: v.file, Pos: pos, Msg: msg}
	}
}

func (v *validator) unsupported(pos Pos, construct string) {
	v.fail(pos, notSupported(construct))
}

func (v *validator) stmts(body []Stmt, sc scope) {
	for _, s := range body {
		if v.err != nil {
			return
		}
		v.stmt(s, sc)
	}
}

func (v *validator) stmt(s Stmt, sc scope) {
	switch s := s.(type) {
	case *ExprStmt:
		if st, ok := s.X.(*Starred); ok {
			v.fail(st.P, "can't use starred expression here")
		}
		v.expr(s.X)
	case *Assign:
		for _, t := range s.Targets {
			v.target(t)
		}
		v.expr(s.Value)
	case *AugAssign:
		if s.Op == "@" {
			v.unsupported(s.P, "the @= operator (matrix multiplication)")
		}
		v.exprs(s.Target, s.Value)
	case *AnnAssign:
		v.exprs(s.Target, s.Value)
	case *If:
		v.expr(s.Test)
		v.stmts(s.Body, sc)
		v.stmts(s.Else, sc)
	case *While:
		v.expr(s.Test)
		v.loopBody(s.Body, s.Else, sc)
	case *For:
		v.target(s.Target)
		v.expr(s.Iter)
		v.loopBody(s.Body, s.Else, sc)
	case *Break:
		if !sc.inLoop {
			v.fail(s.P, "'break' outside loop")
		}
	case *Continue:
		if !sc.inLoop {
			v.fail(s.P, "'continue' not properly in loop")
		}
	case *Return:
		if !sc.inFunction {
			v.fail(s.P, "'return' outside function")
		}
		v.expr(s.Value)
	case *FunctionDef:
		v.functionDef(s)
	case *ClassDef:
		v.classDef(s)
	case *Try:
		v.try(s, sc)
	case *Raise:
		v.exprs(s.Exc, s.Cause)
	case *Assert:
		v.exprs(s.Test, s.Msg)
	case *ImportFrom:
		v.importFrom(s)
	case *Nonlocal:
		if sc.atModule {
			v.fail(s.P, "nonlocal declaration not allowed at module level")
		}
	case *Delete:
		v.exprs(s.Targets...)
	case *With:
		v.unsupported(s.P, "the with statement")
	}
}

func (v *validator) loopBody(body, orelse []Stmt, sc scope) {
	inner := sc
	inner.inLoop = true
	v.stmts(body, inner)
	v.stmts(orelse, sc)
}

func (v *validator) functionDef(s *FunctionDef) {
	for _, d := range s.Decorators {
		v.decorator(d)
	}
	v.arguments(s.Args)
	v.stmts(s.Body, scope{inFunction: true})
}

// decorator accepts @property, @staticmethod, @classmethod and @name.setter.
func (v *validator) decorator(d Expr) {
	switch d := d.(type) {
	case *Name:
		if allowedDecorators[d.Id] {
			return
		}
	case *Attribute:
		if _, ok := d.X.(*Name); ok && d.Attr == "setter" {
			return
		}
	}
	v.unsupported(posOf(d), "the decorator @"+describe(d))
}

// describe renders a decorator expression briefly for a message.
func describe(e Expr) string {
	switch e := e.(type) {
	case *Name:
		return e.Id
	case *Attribute:
		return describe(e.X) + "." + e.Attr
	case *Call:
		return describe(e.Func) + "(...)"
	}
	return "<" + exprName(e) + ">"
}

// arguments checks defaults and duplicate names (symtable.c: "duplicate
// argument '%s' in function definition"). Annotations are not evaluated by
// the simulator, so they are not checked.
func (v *validator) arguments(a *Arguments) {
	if a == nil {
		return
	}
	seen := map[string]bool{}
	for _, arg := range allArgs(a) {
		if seen[arg.Name] {
			v.fail(arg.P, fmt.Sprintf("duplicate argument '%s' in function definition", arg.Name))
		}
		seen[arg.Name] = true
	}
	v.exprs(a.Defaults...)
	v.exprs(a.KwDefaults...)
}

// allArgs lists a function's parameters in source order.
func allArgs(a *Arguments) []*Arg {
	args := append(append([]*Arg{}, a.PosOnly...), a.Args...)
	if a.Vararg != nil {
		args = append(args, a.Vararg)
	}
	args = append(args, a.KwOnly...)
	if a.Kwarg != nil {
		args = append(args, a.Kwarg)
	}
	return args
}

func (v *validator) classDef(s *ClassDef) {
	if len(s.Decorators) > 0 {
		v.unsupported(posOf(s.Decorators[0]), "a class decorator")
	}
	if len(s.Keywords) > 0 {
		v.unsupported(s.Keywords[0].P, "a class keyword (metaclass=...)")
	}
	v.exprs(s.Bases...)
	v.stmts(s.Body, scope{})
}

func (v *validator) try(s *Try, sc scope) {
	v.stmts(s.Body, sc)
	for i, h := range s.Handlers {
		if h.Type == nil && i < len(s.Handlers)-1 {
			v.fail(h.P, "default 'except:' must be last")
		}
		v.expr(h.Type)
		v.stmts(h.Body, sc)
	}
	v.stmts(s.Else, sc)
	v.stmts(s.Finally, sc)
}

func (v *validator) importFrom(s *ImportFrom) {
	switch {
	case s.Level > 0:
		v.unsupported(s.P, "a relative import (from "+strings.Repeat(".", s.Level)+s.Module+" import ...)")
	case len(s.Names) == 1 && s.Names[0].Name == "*":
		v.unsupported(s.Names[0].P, "from "+s.Module+" import *")
	}
}

// target checks an assignment target's starred parts (compile.c:
// "multiple starred expressions in assignment", "starred assignment target
// must be in a list or tuple").
func (v *validator) target(t Expr) {
	switch t := t.(type) {
	case *Starred:
		v.fail(t.P, "starred assignment target must be in a list or tuple")
	case *Tuple:
		v.targetList(t.Elts)
	case *List:
		v.targetList(t.Elts)
	default:
		v.expr(t)
	}
}

func (v *validator) targetList(elts []Expr) {
	starred := false
	for _, e := range elts {
		if st, ok := e.(*Starred); ok {
			if starred {
				v.fail(st.P, "multiple starred expressions in assignment")
			}
			starred = true
			v.target(st.Value)
			continue
		}
		v.target(e)
	}
}

func (v *validator) exprs(es ...Expr) {
	for _, e := range es {
		v.expr(e)
	}
}

// expr checks an expression in a Load (or Del) context.
func (v *validator) expr(e Expr) {
	if e == nil || v.err != nil {
		return
	}
	switch e := e.(type) {
	case *Constant:
		if e.Kind == ConstComplex {
			v.unsupported(e.P, "a complex number")
		}
	case *JoinedStr:
		v.exprs(e.Values...)
	case *FormattedValue:
		v.exprs(e.Value, e.FormatSpec)
	case *Tuple:
		v.exprs(e.Elts...)
	case *List:
		v.exprs(e.Elts...)
	case *Set:
		v.exprs(e.Elts...)
	case *Dict:
		v.exprs(e.Keys...)
		v.exprs(e.Values...)
	case *BinOp:
		if e.Op == "@" {
			v.unsupported(e.P, "the @ operator (matrix multiplication)")
		}
		v.exprs(e.Left, e.Right)
	case *UnaryOp:
		v.expr(e.Operand)
	case *BoolOp:
		v.exprs(e.Values...)
	case *Compare:
		v.expr(e.Left)
		v.exprs(e.Comparators...)
	case *Call:
		v.call(e)
	case *Attribute:
		v.expr(e.X)
	case *Subscript:
		v.exprs(e.X, e.Index)
	case *Slice:
		v.exprs(e.Lo, e.Hi, e.Step)
	case *Starred:
		v.expr(e.Value)
	case *IfExp:
		v.exprs(e.Test, e.Body, e.Else)
	case *Lambda:
		v.arguments(e.Args)
		v.expr(e.Body)
	case *ListComp:
		v.comprehension(e.Generators, e.Elt)
	case *SetComp:
		v.comprehension(e.Generators, e.Elt)
	case *DictComp:
		v.comprehension(e.Generators, e.Key, e.Value)
	case *GeneratorExp:
		v.unsupported(e.P, "a generator expression (use a list comprehension)")
	case *NamedExpr:
		v.unsupported(e.P, "the assignment expression :=")
	case *Yield:
		v.unsupported(e.P, "a generator (yield)")
	}
}

// call accepts any mix of positional, *args, keyword and **kwargs arguments:
// the compiler builds one tuple and one dict from them, as it does for
// unpacking in displays ([*a, *b], {**m, 'k': v}).
func (v *validator) call(c *Call) {
	v.expr(c.Func)
	v.exprs(c.Args...)
	v.keywords(c.Keywords)
}

// keywords checks a call's or class header's keyword arguments (compile.c,
// validate_keywords: "keyword argument repeated: x").
func (v *validator) keywords(kws []Keyword) {
	seen := map[string]bool{}
	for _, k := range kws {
		if k.Name != "" && seen[k.Name] {
			v.fail(k.P, "keyword argument repeated: "+k.Name)
		}
		seen[k.Name] = true
		v.expr(k.Value)
	}
}

func (v *validator) comprehension(gens []*Comprehension, elts ...Expr) {
	for _, g := range gens {
		v.target(g.Target)
		v.expr(g.Iter)
		v.exprs(g.Ifs...)
	}
	v.exprs(elts...)
}
