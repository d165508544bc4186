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
	"class with @property, @staticmethod, @classmethod, @x.setter, __slots__ and metaclass=; decorators on functions and classes; if, while, for, break, continue; " +
	"try/except/else/finally; with; raise ... from; assert; del; global; nonlocal; import and from-import; " +
	"list, dict and set comprehensions; the := operator; generators (yield, yield from) and generator expressions; f-strings; *x and **m unpacking in calls and displays; a, *rest = xs"

// scope is what the validator knows about where a statement is.
type scope struct {
	inFunction bool
	inLoop     bool
	atModule   bool
	// comprehension names the comprehension whose element or condition
	// this is ("list comprehension", "generator expression", ...), "" if none.
	comprehension string
	// For the assignment expression (symtable.c, 3.8–3.13): the iteration
	// variables of the enclosing comprehensions, whether this is one of
	// their iterables, and whether the outermost one is in a class body.
	compVars    []string
	compIter    bool
	compInClass bool
	inClass     bool
}

type validator struct {
	file string
	err  *Error
}

// Validate reports the first construct of m, in source order, that the
// simulator does not support or that CPython's compiler would reject.
func Validate(m *Module) error {
	v := &validator{file: m.File}
	v.walk(m, scope{atModule: true})
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

// walk checks n and everything under it, where n is in scope sc. A node
// that opens a new scope (a def, a class, a loop body) is walked by its
// own case with the inner scope.
func (v *validator) walk(n Node, sc scope) {
	Inspect(n, func(n Node) bool {
		if n == nil || v.err != nil {
			return false
		}
		if s, ok := n.(Stmt); ok {
			return v.stmt(s, sc)
		}
		if e, ok := n.(Expr); ok {
			return v.expr(e, sc)
		}
		return true
	})
}

func (v *validator) walkExprs(sc scope, es ...Expr) {
	for _, e := range es {
		if e != nil {
			v.walk(e, sc)
		}
	}
}

func (v *validator) walkStmts(body []Stmt, sc scope) {
	for _, s := range body {
		v.walk(s, sc)
	}
}

// stmt checks one statement; it returns false when it has walked the
// statement's children itself.
func (v *validator) stmt(s Stmt, sc scope) bool {
	switch s := s.(type) {
	case *ExprStmt:
		if st, ok := s.X.(*Starred); ok {
			v.fail(st.P, "can't use starred expression here")
		}
	case *Assign:
		for _, t := range s.Targets {
			v.target(t)
		}
	case *AugAssign:
		if s.Op == "@" {
			v.unsupported(s.P, "the @= operator (matrix multiplication)")
		}
	case *AnnAssign:
		// The annotation is never evaluated, so it is not checked.
		v.walkExprs(sc, s.Target, s.Value)
		return false
	case *While:
		v.walkExprs(sc, s.Test)
		v.loopBody(s.Body, s.Else, sc)
		return false
	case *For:
		v.target(s.Target)
		v.walkExprs(sc, s.Target, s.Iter)
		v.loopBody(s.Body, s.Else, sc)
		return false
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
	case *FunctionDef:
		v.functionDef(s, sc)
		return false
	case *ClassDef:
		v.classDef(s, sc)
		return false
	case *Try:
		for i, h := range s.Handlers {
			if h.Type == nil && i < len(s.Handlers)-1 {
				v.fail(h.P, "default 'except:' must be last")
			}
		}
	case *ImportFrom:
		v.importFrom(s)
	case *Nonlocal:
		if sc.atModule {
			v.fail(s.P, "nonlocal declaration not allowed at module level")
		}
	}
	return true
}

func (v *validator) loopBody(body, orelse []Stmt, sc scope) {
	inner := sc
	inner.inLoop = true
	v.walkStmts(body, inner)
	v.walkStmts(orelse, sc)
}

// functionDef checks a def: its decorators and defaults are evaluated
// where the def is, its body is a function scope.
func (v *validator) functionDef(s *FunctionDef, sc scope) {
	v.walkExprs(sc, s.Decorators...)
	v.arguments(s.Args, sc)
	v.walkStmts(s.Body, scope{inFunction: true})
}

// arguments checks duplicate names (symtable.c: "duplicate argument '%s'
// in function definition") and walks the defaults, which are evaluated in
// the enclosing scope. Annotations are not evaluated by the simulator, so
// they are not checked.
func (v *validator) arguments(a *Arguments, sc scope) {
	v.duplicateArgs(a)
	if a == nil {
		return
	}
	v.walkExprs(sc, a.Defaults...)
	v.walkExprs(sc, a.KwDefaults...)
}

func (v *validator) duplicateArgs(a *Arguments) {
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

func (v *validator) classDef(s *ClassDef, sc scope) {
	v.walkExprs(sc, s.Decorators...)
	v.walkExprs(sc, s.Bases...)
	v.keywords(s.Keywords)
	for _, k := range s.Keywords {
		if k.Name == "" {
			v.unsupported(k.P, "**kwargs in a class statement")
		} else {
			v.walkExprs(sc, k.Value)
		}
	}
	v.walkStmts(s.Body, scope{inClass: true})
}

func (v *validator) importFrom(s *ImportFrom) {
	switch {
	case s.Level > 0:
		v.unsupported(s.P, "a relative import (from "+strings.Repeat(".", s.Level)+s.Module+" import ...)")
	case len(s.Names) == 1 && s.Names[0].Name == "*":
		v.unsupported(s.Names[0].P, "from "+s.Module+" import *")
	}
}

// target checks where an assignment target has starred parts (compile.c:
// "multiple starred expressions in assignment", "starred assignment target
// must be in a list or tuple"); the walk checks its expressions.
func (v *validator) target(t Expr) {
	switch t := t.(type) {
	case *Starred:
		v.fail(t.P, "starred assignment target must be in a list or tuple")
	case *Tuple:
		v.targetList(t.Elts)
	case *List:
		v.targetList(t.Elts)
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

// expr checks one expression node; it returns false when it has walked
// the node's children itself.
func (v *validator) expr(e Expr, sc scope) bool {
	switch e := e.(type) {
	case *Constant:
		if e.Kind == ConstComplex {
			v.unsupported(e.P, "a complex number")
		}
	case *BinOp:
		if e.Op == "@" {
			v.unsupported(e.P, "the @ operator (matrix multiplication)")
		}
	case *Call:
		// Any mix of positional, *args, keyword and **kwargs arguments:
		// the compiler builds one tuple and one dict from them, as it
		// does for unpacking in displays ([*a, *b], {**m, 'k': v}).
		v.keywords(e.Keywords)
	case *Lambda:
		// A lambda body is a function body: it may yield.
		v.arguments(e.Args, sc)
		v.walkExprs(scope{inFunction: true}, e.Body)
		return false
	case *ListComp:
		v.comprehension(sc, "list comprehension", e.Generators, e.Elt)
		return false
	case *SetComp:
		v.comprehension(sc, "set comprehension", e.Generators, e.Elt)
		return false
	case *DictComp:
		v.comprehension(sc, "dict comprehension", e.Generators, e.Key, e.Value)
		return false
	case *GeneratorExp:
		v.comprehension(sc, "generator expression", e.Generators, e.Elt)
		return false
	case *NamedExpr:
		v.namedExpr(e, sc)
	case *Yield:
		v.yield(e, sc)
	}
	return v.err == nil
}

// namedExpr reports where an assignment expression may not bind
// (symtable.c, symtable_handle_namedexpr and
// symtable_extend_namedexpr_scope).
func (v *validator) namedExpr(e *NamedExpr, sc scope) {
	switch {
	case sc.compIter:
		v.fail(e.P, "assignment expression cannot be used in a comprehension iterable expression")
	case sc.comprehension == "":
	case contains(sc.compVars, e.Target.Id):
		v.fail(e.P, "assignment expression cannot rebind comprehension iteration variable '"+e.Target.Id+"'")
	case sc.compInClass:
		v.fail(e.P, "assignment expression within a comprehension cannot be used in a class body")
	}
}

func contains(names []string, n string) bool {
	for _, x := range names {
		if x == n {
			return true
		}
	}
	return false
}

// targetNames collects the names a comprehension target binds.
func targetNames(t Expr, out []string) []string {
	Inspect(t, func(n Node) bool {
		if nm, ok := n.(*Name); ok {
			out = append(out, nm.Id)
		}
		return true
	})
	return out
}

// yield reports the SyntaxErrors of symtable.c (3.8–3.13) for a yield
// outside a function body.
func (v *validator) yield(e *Yield, sc scope) {
	switch {
	case sc.comprehension != "":
		v.fail(e.P, "'yield' inside "+sc.comprehension)
	case !sc.inFunction:
		v.fail(e.P, "'yield' outside function")
	}
}

// keywords checks a call's keyword arguments (compile.c,
// validate_keywords: "keyword argument repeated: x").
func (v *validator) keywords(kws []Keyword) {
	seen := map[string]bool{}
	for _, k := range kws {
		if k.Name != "" && seen[k.Name] {
			v.fail(k.P, "keyword argument repeated: "+k.Name)
		}
		seen[k.Name] = true
	}
}

// comprehension checks the clauses and element of a comprehension: its
// outermost iterable is evaluated in the enclosing scope, the rest in the
// comprehension's own.
func (v *validator) comprehension(sc scope, kind string, gens []*Comprehension, elts ...Expr) {
	inner := scope{inFunction: true, comprehension: kind,
		compVars: append([]string(nil), sc.compVars...), compInClass: sc.compInClass || sc.inClass}
	for _, g := range gens {
		inner.compVars = targetNames(g.Target, inner.compVars)
	}
	v.walkExprs(inner, elts...)
	for i, g := range gens {
		v.target(g.Target)
		v.walkExprs(inner, g.Target)
		iter := inner
		if i == 0 {
			iter = sc
		}
		iter.compIter = true
		v.walkExprs(iter, g.Iter)
		v.walkExprs(inner, g.Ifs...)
	}
}
