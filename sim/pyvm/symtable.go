// This file implements the symbol-table pass of the compiler: which names of
// a function are fast locals, cells (captured by inner functions), free
// variables (captured from an enclosing function) or globals, following the
// rules of CPython's Python/symtable.c (3.11): class scopes are skipped when
// resolving free variables, `global`/`nonlocal` declarations win.

package pyvm

import "zombielab/sim/pyast"

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
}

func buildSymtable(m *pyast.Module) *symtable {
	st := &symtable{scopes: map[pyast.Node]*scope{}}
	st.top = newScope(kindModule, "<module>", nil)
	st.stmts(m.Body, st.top)
	st.top.analyze()
	return st
}

func (st *symtable) stmts(ss []pyast.Stmt, s *scope) {
	for _, x := range ss {
		st.stmt(x, s)
	}
}

func (st *symtable) exprs(es []pyast.Expr, s *scope) {
	for _, e := range es {
		st.expr(e, s)
	}
}

func (st *symtable) args(a *pyast.Arguments, s *scope) {
	if a == nil {
		return
	}
	st.exprs(a.Defaults, s)
	for _, d := range a.KwDefaults {
		if d != nil {
			st.expr(d, s)
		}
	}
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

func (st *symtable) stmt(x pyast.Stmt, s *scope) {
	switch n := x.(type) {
	case *pyast.ExprStmt:
		st.expr(n.X, s)
	case *pyast.Assign:
		st.expr(n.Value, s)
		st.exprs(n.Targets, s)
	case *pyast.AugAssign:
		st.expr(n.Value, s)
		st.expr(n.Target, s)
		if nm, ok := n.Target.(*pyast.Name); ok {
			s.use(nm.Id)
		}
	case *pyast.AnnAssign:
		if n.Value != nil {
			st.expr(n.Value, s)
			st.expr(n.Target, s)
		} else if nm, ok := n.Target.(*pyast.Name); ok && s.kind == kindFunction {
			s.assign(nm.Id)
		}
	case *pyast.If:
		st.expr(n.Test, s)
		st.stmts(n.Body, s)
		st.stmts(n.Else, s)
	case *pyast.While:
		st.expr(n.Test, s)
		st.stmts(n.Body, s)
		st.stmts(n.Else, s)
	case *pyast.For:
		st.expr(n.Iter, s)
		st.expr(n.Target, s)
		st.stmts(n.Body, s)
		st.stmts(n.Else, s)
	case *pyast.Return:
		if n.Value != nil {
			st.expr(n.Value, s)
		}
	case *pyast.FunctionDef:
		st.exprs(n.Decorators, s)
		st.args(n.Args, s)
		s.assign(n.Name)
		fs := newScope(kindFunction, n.Name, s)
		st.scopes[n] = fs
		st.params(n.Args, fs)
		st.stmts(n.Body, fs)
	case *pyast.ClassDef:
		st.exprs(n.Decorators, s)
		st.exprs(n.Bases, s)
		s.assign(n.Name)
		cs := newScope(kindClass, n.Name, s)
		st.scopes[n] = cs
		st.stmts(n.Body, cs)
	case *pyast.Try:
		st.stmts(n.Body, s)
		for _, h := range n.Handlers {
			if h.Type != nil {
				st.expr(h.Type, s)
			}
			if h.Name != "" {
				s.assign(h.Name)
			}
			st.stmts(h.Body, s)
		}
		st.stmts(n.Else, s)
		st.stmts(n.Finally, s)
	case *pyast.Raise:
		if n.Exc != nil {
			st.expr(n.Exc, s)
		}
		if n.Cause != nil {
			st.expr(n.Cause, s)
		}
	case *pyast.Assert:
		st.expr(n.Test, s)
		if n.Msg != nil {
			st.expr(n.Msg, s)
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
		}
	case *pyast.Delete:
		st.exprs(n.Targets, s)
	case *pyast.With:
		for _, it := range n.Items {
			st.expr(it.Context, s)
			if it.Target != nil {
				st.expr(it.Target, s)
			}
		}
		st.stmts(n.Body, s)
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

func (st *symtable) expr(x pyast.Expr, s *scope) {
	switch n := x.(type) {
	case nil:
	case *pyast.Name:
		if n.Ctx == pyast.Load {
			s.use(n.Id)
		} else {
			s.assign(n.Id)
		}
	case *pyast.JoinedStr:
		st.exprs(n.Values, s)
	case *pyast.FormattedValue:
		st.expr(n.Value, s)
		st.expr(n.FormatSpec, s)
	case *pyast.Tuple:
		st.exprs(n.Elts, s)
	case *pyast.List:
		st.exprs(n.Elts, s)
	case *pyast.Set:
		st.exprs(n.Elts, s)
	case *pyast.Dict:
		for i := range n.Keys {
			st.expr(n.Keys[i], s)
			st.expr(n.Values[i], s)
		}
	case *pyast.BinOp:
		st.expr(n.Left, s)
		st.expr(n.Right, s)
	case *pyast.UnaryOp:
		st.expr(n.Operand, s)
	case *pyast.BoolOp:
		st.exprs(n.Values, s)
	case *pyast.Compare:
		st.expr(n.Left, s)
		st.exprs(n.Comparators, s)
	case *pyast.Call:
		st.expr(n.Func, s)
		st.exprs(n.Args, s)
		for _, k := range n.Keywords {
			st.expr(k.Value, s)
		}
	case *pyast.Attribute:
		st.expr(n.X, s)
	case *pyast.Subscript:
		st.expr(n.X, s)
		st.expr(n.Index, s)
	case *pyast.Slice:
		st.expr(n.Lo, s)
		st.expr(n.Hi, s)
		st.expr(n.Step, s)
	case *pyast.Starred:
		st.expr(n.Value, s)
	case *pyast.IfExp:
		st.expr(n.Test, s)
		st.expr(n.Body, s)
		st.expr(n.Else, s)
	case *pyast.Lambda:
		st.args(n.Args, s)
		fs := newScope(kindFunction, "<lambda>", s)
		st.scopes[n] = fs
		st.params(n.Args, fs)
		st.expr(n.Body, fs)
	case *pyast.ListComp:
		st.comp(n, n.Generators, s, n.Elt)
	case *pyast.SetComp:
		st.comp(n, n.Generators, s, n.Elt)
	case *pyast.GeneratorExp:
		st.comp(n, n.Generators, s, n.Elt)
	case *pyast.DictComp:
		st.comp(n, n.Generators, s, n.Key, n.Value)
	case *pyast.NamedExpr:
		st.expr(n.Value, s)
		st.expr(n.Target, s)
	case *pyast.Yield:
		st.expr(n.Value, s)
	}
}

// comp gives a comprehension its own function scope, as CPython 3.8–3.11 do;
// the outermost iterable is evaluated in the enclosing scope.
func (st *symtable) comp(n pyast.Expr, gens []*pyast.Comprehension, s *scope, elts ...pyast.Expr) {
	st.expr(gens[0].Iter, s)
	cs := newScope(kindFunction, "<comp>", s)
	st.scopes[n] = cs
	cs.params = []string{".0"}
	cs.assign(".0")
	for i, g := range gens {
		if i > 0 {
			st.expr(g.Iter, cs)
		}
		st.expr(g.Target, cs)
		st.exprs(g.Ifs, cs)
	}
	st.exprs(elts, cs)
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
