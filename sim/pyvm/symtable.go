// This file implements the symbol-table pass of the compiler: which names of
// a function are fast locals, cells (captured by inner functions), free
// variables (captured from an enclosing function) or globals, following the
// rules of CPython's Python/symtable.c (3.11): class scopes are skipped when
// resolving free variables, `global`/`nonlocal` declarations win.

package pyvm

import (
	"fmt"

	"zombielab/sim/pyast"
)

type symKind uint8

const (
	symGlobal symKind = iota // LOAD_GLOBAL (function scope) or LOAD_NAME (module/class)
	symLocal                 // fast local
	symCell                  // local captured by an inner scope
	symFree                  // captured from an enclosing scope
	symName                  // module or class namespace
)

func (k symKind) String() string { return [...]string{"global", "local", "cell", "free", "name"}[k] }

type scope struct {
	kind      codeKind
	name      string
	parent    *scope
	params    []string
	assigned  []string
	isAssign  map[string]bool
	globals   map[string]bool
	nonlocals map[string]bool
	used      []string
	isUsed    map[string]bool
	children  []*scope
	cells     []string
	isCell    map[string]bool
	free      []string
	isFree    map[string]bool
	generator bool // a function whose body yields
	comp      bool // a comprehension's scope
}

func newScope(kind codeKind, name string, parent *scope) *scope {
	s := &scope{kind: kind, name: name, parent: parent,
		isAssign: map[string]bool{}, globals: map[string]bool{}, nonlocals: map[string]bool{},
		isUsed: map[string]bool{}, isCell: map[string]bool{}, isFree: map[string]bool{}}
	if parent != nil {
		parent.children = append(parent.children, s)
	}
	return s
}

func (s *scope) assign(n string) {
	if !s.isAssign[n] {
		s.isAssign[n] = true
		s.assigned = append(s.assigned, n)
	}
}

func (s *scope) use(n string) {
	if !s.isUsed[n] {
		s.isUsed[n] = true
		s.used = append(s.used, n)
	}
}

// isLocal reports whether n is bound in this function scope.
func (s *scope) isLocal(n string) bool {
	return s.kind == kindFunction && s.isAssign[n] && !s.globals[n] && !s.nonlocals[n]
}

// resolve says how code in scope s reaches name n.
func (s *scope) resolve(n string) symKind {
	switch {
	case s.globals[n]:
		if s.kind == kindFunction {
			return symGlobal
		}
		return symName
	case s.isCell[n]:
		return symCell
	case s.isFree[n]:
		return symFree
	case s.kind == kindFunction && s.isAssign[n]:
		return symLocal
	case s.kind != kindFunction:
		return symName
	}
	return symGlobal
}

// symtable builds the scope tree of a module.
type symtable struct {
	scopes map[pyast.Node]*scope
	top    *scope
	// nonlocalDecls are the nonlocal statements' names, checked after the
	// walk; errPos and errMsg the first rule they break.
	nonlocalDecls []nonlocalDecl
	errPos        pyast.Pos
	errMsg        string
}

func buildSymtable(m *pyast.Module) *symtable {
	st := &symtable{scopes: map[pyast.Node]*scope{}}
	st.top = newScope(kindModule, "<module>", nil)
	st.walk(m, st.top)
	st.top.analyze()
	st.checkNonlocals()
	return st
}

// nonlocalDecl is one name of a nonlocal statement.
type nonlocalDecl struct {
	pos  pyast.Pos
	name string
	s    *scope
}

// checkNonlocals applies symtable.c's rule: a nonlocal name must be bound
// in an enclosing function scope (class scopes are skipped), and nonlocal
// is not allowed at module level. The first violation is kept in err.
func (st *symtable) checkNonlocals() {
	for _, d := range st.nonlocalDecls {
		if d.s.kind == kindModule {
			st.setErr(d.pos, "nonlocal declaration not allowed at module level")
			return
		}
		found := false
		for p := d.s.parent; p != nil && p.kind != kindModule; p = p.parent {
			if p.kind != kindFunction {
				continue
			}
			if p.globals[d.name] {
				break
			}
			if p.isAssign[d.name] || p.nonlocals[d.name] || contains(p.params, d.name) {
				found = true
				break
			}
		}
		if !found {
			st.setErr(d.pos, fmt.Sprintf("no binding for nonlocal '%s' found", d.name))
			return
		}
	}
}

func (st *symtable) setErr(p pyast.Pos, msg string) {
	if st.errPos == (pyast.Pos{}) {
		st.errPos, st.errMsg = p, msg
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// walk records the names that n and everything under it bind and use in
// scope s. A node that opens a scope (def, lambda, class, comprehension)
// walks its parts itself, each in the scope where CPython evaluates it.
func (st *symtable) walk(n pyast.Node, s *scope) {
	pyast.Inspect(n, func(n pyast.Node) bool {
		if n == nil {
			return false
		}
		return st.visit(n, s)
	})
}

func (st *symtable) walkExprs(s *scope, es ...pyast.Expr) {
	for _, e := range es {
		if e != nil {
			st.walk(e, s)
		}
	}
}

func (st *symtable) walkStmts(ss []pyast.Stmt, s *scope) {
	for _, x := range ss {
		st.walk(x, s)
	}
}

// args walks a function's defaults, evaluated in the enclosing scope;
// annotations are never evaluated by the simulator, so they bind nothing.
func (st *symtable) args(a *pyast.Arguments, s *scope) {
	if a == nil {
		return
	}
	st.walkExprs(s, a.Defaults...)
	st.walkExprs(s, a.KwDefaults...)
}

func (st *symtable) params(a *pyast.Arguments, fs *scope) {
	if a == nil {
		return
	}
	add := func(p *pyast.Arg) {
		fs.params = append(fs.params, p.Name)
		fs.assign(p.Name)
	}
	for _, p := range a.PosOnly {
		add(p)
	}
	for _, p := range a.Args {
		add(p)
	}
	for _, p := range a.KwOnly {
		add(p)
	}
	if a.Vararg != nil {
		add(a.Vararg)
	}
	if a.Kwarg != nil {
		add(a.Kwarg)
	}
}

// visit records what node n binds or uses in s; it returns false when it
// has walked n's children itself.
func (st *symtable) visit(x pyast.Node, s *scope) bool {
	switch n := x.(type) {
	case *pyast.Name:
		if n.Ctx == pyast.Load {
			s.use(n.Id)
		} else {
			s.assign(n.Id)
		}
	case *pyast.AugAssign:
		// The target is read before it is written.
		st.walkExprs(s, n.Value, n.Target)
		if nm, ok := n.Target.(*pyast.Name); ok {
			s.use(nm.Id)
		}
		return false
	case *pyast.AnnAssign:
		if n.Value != nil {
			st.walkExprs(s, n.Value, n.Target)
		} else if nm, ok := n.Target.(*pyast.Name); ok && s.kind == kindFunction {
			s.assign(nm.Id)
		} else if _, ok := n.Target.(*pyast.Name); !ok {
			st.walkExprs(s, n.Target)
		}
		if s.kind != kindFunction {
			// Evaluated in module and class bodies (compiler_annassign).
			st.walkExprs(s, n.Annotation)
			s.use("__annotations__")
		}
		return false
	case *pyast.FunctionDef:
		st.walkExprs(s, n.Decorators...)
		st.args(n.Args, s)
		s.assign(n.Name)
		fs := newScope(kindFunction, n.Name, s)
		st.scopes[n] = fs
		st.params(n.Args, fs)
		st.walkStmts(n.Body, fs)
		return false
	case *pyast.ClassDef:
		st.walkExprs(s, n.Decorators...)
		st.walkExprs(s, n.Bases...)
		s.assign(n.Name)
		cs := newScope(kindClass, n.Name, s)
		st.scopes[n] = cs
		st.walkStmts(n.Body, cs)
		return false
	case *pyast.Yield:
		if s.kind == kindFunction {
			s.generator = true
		}
	case *pyast.NamedExpr:
		st.walk(n.Value, s)
		st.bindNamed(n.Target.Id, s)
		return false
	case *pyast.ExceptHandler:
		if n.Name != "" {
			s.assign(n.Name)
		}
	case *pyast.Import:
		for _, a := range n.Names {
			s.assign(importBinding(a))
		}
	case *pyast.ImportFrom:
		for _, a := range n.Names {
			if a.AsName != "" {
				s.assign(a.AsName)
			} else {
				s.assign(a.Name)
			}
		}
	case *pyast.Global:
		for _, nm := range n.Names {
			s.globals[nm] = true
		}
	case *pyast.Nonlocal:
		for _, nm := range n.Names {
			s.nonlocals[nm] = true
			s.use(nm)
			st.nonlocalDecls = append(st.nonlocalDecls, nonlocalDecl{pos: n.P, name: nm, s: s})
		}
	case *pyast.Lambda:
		st.args(n.Args, s)
		fs := newScope(kindFunction, "<lambda>", s)
		st.scopes[n] = fs
		st.params(n.Args, fs)
		st.walk(n.Body, fs)
		return false
	case *pyast.ListComp:
		st.comp(n, n.Generators, s, n.Elt)
		return false
	case *pyast.SetComp:
		st.comp(n, n.Generators, s, n.Elt)
		return false
	case *pyast.GeneratorExp:
		st.comp(n, n.Generators, s, n.Elt)
		return false
	case *pyast.DictComp:
		st.comp(n, n.Generators, s, n.Key, n.Value)
		return false
	}
	return true
}

// bindNamed binds the target of an assignment expression: in a
// comprehension, in the nearest enclosing scope that is not one (PEP 572;
// symtable.c, symtable_extend_namedexpr_scope), reached as a global from
// module level or as a free variable from a function.
func (st *symtable) bindNamed(name string, s *scope) {
	if !s.comp {
		s.assign(name)
		return
	}
	t := s.parent
	for t.comp {
		t = t.parent
	}
	t.assign(name)
	for c := s; c != t; c = c.parent {
		if t.kind == kindModule {
			c.globals[name] = true
		} else {
			c.nonlocals[name] = true
			c.use(name)
		}
	}
}

// importBinding is the name `import a.b as c` binds: c, or a.
func importBinding(a pyast.Alias) string {
	if a.AsName != "" {
		return a.AsName
	}
	for i := 0; i < len(a.Name); i++ {
		if a.Name[i] == '.' {
			return a.Name[:i]
		}
	}
	return a.Name
}

// comp gives a comprehension its own function scope, as CPython 3.8–3.11 do;
// the outermost iterable is evaluated in the enclosing scope.
func (st *symtable) comp(n pyast.Expr, gens []*pyast.Comprehension, s *scope, elts ...pyast.Expr) {
	st.walk(gens[0].Iter, s)
	cs := newScope(kindFunction, "<comp>", s)
	cs.comp = true
	st.scopes[n] = cs
	cs.params = []string{".0"}
	cs.assign(".0")
	for i, g := range gens {
		if i > 0 {
			st.walk(g.Iter, cs)
		}
		st.walk(g.Target, cs)
		st.walkExprs(cs, g.Ifs...)
	}
	st.walkExprs(cs, elts...)
}

// analyze resolves free variables through enclosing function scopes.
func (s *scope) analyze() {
	for _, n := range s.used {
		if s.isLocal(n) || s.globals[n] {
			continue
		}
		if s.kind != kindFunction && s.isAssign[n] {
			continue
		}
		if s.kind == kindModule {
			continue
		}
		s.capture(n)
	}
	for _, c := range s.children {
		c.analyze()
	}
}

// capture looks for n in the enclosing function scopes; if found, n becomes
// free here and in every scope in between, and a cell where it is bound.
func (s *scope) capture(n string) {
	var path []*scope
	for p := s.parent; p != nil; p = p.parent {
		if p.kind == kindClass {
			path = append(path, p)
			continue
		}
		if p.kind == kindModule {
			return
		}
		if p.isLocal(n) || p.isCell[n] {
			if !p.isCell[n] {
				p.isCell[n] = true
				p.cells = append(p.cells, n)
			}
			s.addFree(n)
			for _, q := range path {
				q.addFree(n)
			}
			return
		}
		if p.globals[n] {
			return
		}
		path = append(path, p)
	}
}

func (s *scope) addFree(n string) {
	if !s.isFree[n] {
		s.isFree[n] = true
		s.free = append(s.free, n)
	}
}
