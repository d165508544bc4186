package pyast

// The node types below are the contract between the parser (this package) and
// the compiler (package pyvm). They follow the shape of CPython's own ast
// module (Lib/ast.py, Parser/Python.asdl, 3.12) restricted to the subset the
// simulator runs, so a reader who knows Python's ast recognises every node.

// Pos is a position in a source file: 1-based line, 1-based column (in runes).
type Pos struct {
	Line int
	Col  int
}

// Node is any syntax tree node. Position is where it starts and EndPosition
// just past where it ends, kept in the fields P and E (which Keyword, Alias
// and Arg have too, though they are not Nodes). The end is exclusive and in
// the same 1-based rune columns as the start: `ab` at column 1 ends at
// column 3. Both are CPython 3.12's (lineno, col_offset, end_lineno,
// end_col_offset), the span a 3.11+ traceback underlines with ~~~^^^.
type Node interface {
	Position() Pos
	EndPosition() Pos
}

// Module is a whole parsed file.
type Module struct {
	File string
	Body []Stmt
}

// ---- statements ----

// Stmt is a statement node.
type Stmt interface {
	Node
	stmt()
}

type (
	// ExprStmt is an expression used as a statement (a call, a docstring).
	ExprStmt struct {
		P Pos
		E Pos
		X Expr
	}
	// Assign is `t1 = t2 = value`; each target is a Name, Attribute,
	// Subscript, or a Tuple/List of targets (unpacking).
	Assign struct {
		P       Pos
		E       Pos
		Targets []Expr
		Value   Expr
	}
	// AugAssign is `target op= value`; Op is the binary operator ("+", "-", ...).
	AugAssign struct {
		P      Pos
		E      Pos
		Target Expr
		Op     string
		Value  Expr
	}
	// AnnAssign is `target: annotation [= value]`. The compiler evaluates the
	// annotation into __annotations__ in module and class bodies only, as
	// CPython does (PEP 526).
	AnnAssign struct {
		P          Pos
		E          Pos
		Target     Expr
		Annotation Expr
		Value      Expr // nil when absent
	}
	If struct {
		P    Pos
		E    Pos
		Test Expr
		Body []Stmt
		Else []Stmt // an elif chain is an Else holding one If
	}
	While struct {
		P    Pos
		E    Pos
		Test Expr
		Body []Stmt
		Else []Stmt
	}
	For struct {
		P      Pos
		E      Pos
		Target Expr
		Iter   Expr
		Body   []Stmt
		Else   []Stmt
	}
	Break    struct{ P, E Pos }
	Continue struct{ P, E Pos }
	Pass     struct{ P, E Pos }
	Return   struct {
		P     Pos
		E     Pos
		Value Expr // nil for a bare return
	}
	// FunctionDef is `def Name(Args): Body`, with its decorators in source order.
	FunctionDef struct {
		P          Pos
		E          Pos
		Name       string
		Args       *Arguments
		Body       []Stmt
		Decorators []Expr
		Returns    Expr // annotation, kept but not evaluated; may be nil
	}
	// ClassDef is `class Name(Bases...): Body`.
	ClassDef struct {
		P          Pos
		E          Pos
		Name       string
		Bases      []Expr
		Keywords   []Keyword // e.g. metaclass=...; the compiler may reject them
		Body       []Stmt
		Decorators []Expr
	}
	// Try is try/except/else/finally.
	Try struct {
		P        Pos
		E        Pos
		Body     []Stmt
		Handlers []*ExceptHandler
		Else     []Stmt
		Finally  []Stmt
	}
	Raise struct {
		P     Pos
		E     Pos
		Exc   Expr // nil for a bare raise
		Cause Expr // the `from` part; nil when absent
	}
	Assert struct {
		P    Pos
		E    Pos
		Test Expr
		Msg  Expr // nil when absent
	}
	// Import is `import a.b as c, d`.
	Import struct {
		P     Pos
		E     Pos
		Names []Alias
	}
	// ImportFrom is `from module import a as b, c`. Level counts leading dots.
	ImportFrom struct {
		P      Pos
		E      Pos
		Module string
		Names  []Alias
		Level  int
	}
	Global struct {
		P     Pos
		E     Pos
		Names []string
	}
	Nonlocal struct {
		P     Pos
		E     Pos
		Names []string
	}
	// Delete is `del a, b[i], c.d`.
	Delete struct {
		P       Pos
		E       Pos
		Targets []Expr
	}
	// With is `with a as x, b:`; the language issue makes `with` optional, so
	// the parser produces it and the compiler decides whether to accept it.
	With struct {
		P     Pos
		E     Pos
		Items []WithItem
		Body  []Stmt
	}
)

// ExceptHandler is one `except Type as name:` clause. Type is nil for a bare except.
type ExceptHandler struct {
	P    Pos
	E    Pos
	Type Expr
	Name string // "" when there is no `as`
	Body []Stmt
}

// Alias is one name in an import: `a.b as c` has Name "a.b", AsName "c".
type Alias struct {
	P      Pos
	E      Pos
	Name   string
	AsName string
}

// WithItem is one `expr as target` in a with statement.
type WithItem struct {
	Context Expr
	Target  Expr // nil when there is no `as`
}

// Arguments is a function's parameter list, as in CPython's ast.arguments.
type Arguments struct {
	PosOnly    []*Arg // before a `/`
	Args       []*Arg
	Vararg     *Arg // *args, nil when absent
	KwOnly     []*Arg
	KwDefaults []Expr // one per KwOnly; nil entry where there is no default
	Kwarg      *Arg   // **kwargs, nil when absent
	Defaults   []Expr // defaults for the last len(Defaults) of PosOnly+Args
}

// Arg is one parameter name (with its annotation, kept but not evaluated).
type Arg struct {
	P          Pos
	E          Pos
	Name       string
	Annotation Expr
}

// ---- expressions ----

// Expr is an expression node.
type Expr interface {
	Node
	expr()
}

// Context says whether a Name/Attribute/Subscript/Tuple/List/Starred is read,
// assigned to, or deleted.
type Context uint8

const (
	Load Context = iota
	Store
	Del
)

type (
	Name struct {
		P   Pos
		E   Pos
		Id  string
		Ctx Context
	}
	// Constant is a literal; Kind says which field holds the value. An integer
	// literal too large for int64 keeps its decimal digits in Str (ConstBigInt)
	// so the compiler can report an OverflowError at its position.
	Constant struct {
		P     Pos
		E     Pos
		Kind  ConstKind
		Int   int64
		Float float64
		Str   string // also the digits of an integer literal that overflows int64
		Bool  bool
	}
	// JoinedStr is an f-string: Values are Constant strings and FormattedValues.
	JoinedStr struct {
		P      Pos
		E      Pos
		Values []Expr
	}
	// FormattedValue is `{Value!Conversion:FormatSpec}` inside an f-string.
	// Conversion is 0, 's', 'r' or 'a'. FormatSpec is nil or a JoinedStr.
	// SelfDoc is set for the `{x=}` form, with Text holding the source text "x=".
	FormattedValue struct {
		P          Pos
		E          Pos
		Value      Expr
		Conversion rune
		FormatSpec Expr
		SelfDoc    string
	}
	Tuple struct {
		P    Pos
		E    Pos
		Elts []Expr
		Ctx  Context
	}
	List struct {
		P    Pos
		E    Pos
		Elts []Expr
		Ctx  Context
	}
	Set struct {
		P    Pos
		E    Pos
		Elts []Expr
	}
	// Dict is `{k: v, **m}`; a nil key marks a `**m` entry.
	Dict struct {
		P      Pos
		E      Pos
		Keys   []Expr
		Values []Expr
	}
	// BinOp: Op is one of + - * / // % ** << >> & | ^ @
	BinOp struct {
		P     Pos
		E     Pos
		Left  Expr
		Op    string
		Right Expr
	}
	// UnaryOp: Op is one of "-", "+", "~", "not".
	UnaryOp struct {
		P       Pos
		E       Pos
		Op      string
		Operand Expr
	}
	// BoolOp: Op is "and" or "or"; Values has two or more operands.
	BoolOp struct {
		P      Pos
		E      Pos
		Op     string
		Values []Expr
	}
	// Compare is a chain `a < b <= c`; Ops are "<", ">", "==", ">=", "<=", "!=",
	// "in", "not in", "is", "is not".
	Compare struct {
		P           Pos
		E           Pos
		Left        Expr
		Ops         []string
		Comparators []Expr
	}
	Call struct {
		P        Pos
		E        Pos
		Func     Expr
		Args     []Expr // may contain *Starred for f(*xs)
		Keywords []Keyword
	}
	Attribute struct {
		P    Pos
		E    Pos
		X    Expr
		Attr string
		Ctx  Context
	}
	Subscript struct {
		P     Pos
		E     Pos
		X     Expr
		Index Expr // a *Slice, a *Tuple (a[1, 2]) or any expression
		Ctx   Context
	}
	// Slice is `lo:hi:step` inside a subscript; each part may be nil.
	Slice struct {
		P            Pos
		E            Pos
		Lo, Hi, Step Expr
	}
	// Starred is `*x` in a call, a target list, or a display.
	Starred struct {
		P     Pos
		E     Pos
		Value Expr
		Ctx   Context
	}
	IfExp struct {
		P          Pos
		E          Pos
		Test       Expr
		Body, Else Expr
	}
	Lambda struct {
		P    Pos
		E    Pos
		Args *Arguments
		Body Expr
	}
	// ListComp, SetComp, DictComp and GeneratorExp share Comprehension clauses.
	ListComp struct {
		P          Pos
		E          Pos
		Elt        Expr
		Generators []*Comprehension
	}
	SetComp struct {
		P          Pos
		E          Pos
		Elt        Expr
		Generators []*Comprehension
	}
	DictComp struct {
		P          Pos
		E          Pos
		Key, Value Expr
		Generators []*Comprehension
	}
	GeneratorExp struct {
		P          Pos
		E          Pos
		Elt        Expr
		Generators []*Comprehension
	}
	// NamedExpr is the walrus `target := value` (parsed so it can be rejected
	// with a precise message).
	NamedExpr struct {
		P      Pos
		E      Pos
		Target *Name
		Value  Expr
	}
	// Await, Yield and YieldFrom are parsed only to be rejected precisely.
	Yield struct {
		P     Pos
		E     Pos
		Value Expr
		From  bool
	}
)

// Comprehension is one `for Target in Iter if Ifs...` clause.
type Comprehension struct {
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// Keyword is `name=value` in a call or class header; Name "" means `**value`.
type Keyword struct {
	P     Pos
	E     Pos
	Name  string
	Value Expr
}

// ConstKind says which field of a Constant holds its value.
type ConstKind uint8

const (
	ConstNone ConstKind = iota
	ConstBool
	ConstInt    // Int holds the value
	ConstBigInt // Str holds the decimal digits (the literal overflows int64)
	ConstFloat
	ConstStr
	ConstBytes // Str holds the bytes of a b'...' literal
	ConstEllipsis
	ConstComplex // an imaginary literal such as 2j; Float holds the imaginary part (Validate rejects it)
)

// Position and EndPosition implementations.
func (n *ExprStmt) Position() Pos       { return n.P }
func (n *Assign) Position() Pos         { return n.P }
func (n *AugAssign) Position() Pos      { return n.P }
func (n *AnnAssign) Position() Pos      { return n.P }
func (n *If) Position() Pos             { return n.P }
func (n *While) Position() Pos          { return n.P }
func (n *For) Position() Pos            { return n.P }
func (n *Break) Position() Pos          { return n.P }
func (n *Continue) Position() Pos       { return n.P }
func (n *Pass) Position() Pos           { return n.P }
func (n *Return) Position() Pos         { return n.P }
func (n *FunctionDef) Position() Pos    { return n.P }
func (n *ClassDef) Position() Pos       { return n.P }
func (n *Try) Position() Pos            { return n.P }
func (n *Raise) Position() Pos          { return n.P }
func (n *Assert) Position() Pos         { return n.P }
func (n *Import) Position() Pos         { return n.P }
func (n *ImportFrom) Position() Pos     { return n.P }
func (n *Global) Position() Pos         { return n.P }
func (n *Nonlocal) Position() Pos       { return n.P }
func (n *Delete) Position() Pos         { return n.P }
func (n *With) Position() Pos           { return n.P }
func (n *ExceptHandler) Position() Pos  { return n.P }
func (n *Name) Position() Pos           { return n.P }
func (n *Constant) Position() Pos       { return n.P }
func (n *JoinedStr) Position() Pos      { return n.P }
func (n *FormattedValue) Position() Pos { return n.P }
func (n *Tuple) Position() Pos          { return n.P }
func (n *List) Position() Pos           { return n.P }
func (n *Set) Position() Pos            { return n.P }
func (n *Dict) Position() Pos           { return n.P }
func (n *BinOp) Position() Pos          { return n.P }
func (n *UnaryOp) Position() Pos        { return n.P }
func (n *BoolOp) Position() Pos         { return n.P }
func (n *Compare) Position() Pos        { return n.P }
func (n *Call) Position() Pos           { return n.P }
func (n *Attribute) Position() Pos      { return n.P }
func (n *Subscript) Position() Pos      { return n.P }
func (n *Slice) Position() Pos          { return n.P }
func (n *Starred) Position() Pos        { return n.P }
func (n *IfExp) Position() Pos          { return n.P }
func (n *Lambda) Position() Pos         { return n.P }
func (n *ListComp) Position() Pos       { return n.P }
func (n *SetComp) Position() Pos        { return n.P }
func (n *DictComp) Position() Pos       { return n.P }
func (n *GeneratorExp) Position() Pos   { return n.P }
func (n *NamedExpr) Position() Pos      { return n.P }
func (n *Yield) Position() Pos          { return n.P }

func (n *ExprStmt) EndPosition() Pos       { return n.E }
func (n *Assign) EndPosition() Pos         { return n.E }
func (n *AugAssign) EndPosition() Pos      { return n.E }
func (n *AnnAssign) EndPosition() Pos      { return n.E }
func (n *If) EndPosition() Pos             { return n.E }
func (n *While) EndPosition() Pos          { return n.E }
func (n *For) EndPosition() Pos            { return n.E }
func (n *Break) EndPosition() Pos          { return n.E }
func (n *Continue) EndPosition() Pos       { return n.E }
func (n *Pass) EndPosition() Pos           { return n.E }
func (n *Return) EndPosition() Pos         { return n.E }
func (n *FunctionDef) EndPosition() Pos    { return n.E }
func (n *ClassDef) EndPosition() Pos       { return n.E }
func (n *Try) EndPosition() Pos            { return n.E }
func (n *Raise) EndPosition() Pos          { return n.E }
func (n *Assert) EndPosition() Pos         { return n.E }
func (n *Import) EndPosition() Pos         { return n.E }
func (n *ImportFrom) EndPosition() Pos     { return n.E }
func (n *Global) EndPosition() Pos         { return n.E }
func (n *Nonlocal) EndPosition() Pos       { return n.E }
func (n *Delete) EndPosition() Pos         { return n.E }
func (n *With) EndPosition() Pos           { return n.E }
func (n *ExceptHandler) EndPosition() Pos  { return n.E }
func (n *Name) EndPosition() Pos           { return n.E }
func (n *Constant) EndPosition() Pos       { return n.E }
func (n *JoinedStr) EndPosition() Pos      { return n.E }
func (n *FormattedValue) EndPosition() Pos { return n.E }
func (n *Tuple) EndPosition() Pos          { return n.E }
func (n *List) EndPosition() Pos           { return n.E }
func (n *Set) EndPosition() Pos            { return n.E }
func (n *Dict) EndPosition() Pos           { return n.E }
func (n *BinOp) EndPosition() Pos          { return n.E }
func (n *UnaryOp) EndPosition() Pos        { return n.E }
func (n *BoolOp) EndPosition() Pos         { return n.E }
func (n *Compare) EndPosition() Pos        { return n.E }
func (n *Call) EndPosition() Pos           { return n.E }
func (n *Attribute) EndPosition() Pos      { return n.E }
func (n *Subscript) EndPosition() Pos      { return n.E }
func (n *Slice) EndPosition() Pos          { return n.E }
func (n *Starred) EndPosition() Pos        { return n.E }
func (n *IfExp) EndPosition() Pos          { return n.E }
func (n *Lambda) EndPosition() Pos         { return n.E }
func (n *ListComp) EndPosition() Pos       { return n.E }
func (n *SetComp) EndPosition() Pos        { return n.E }
func (n *DictComp) EndPosition() Pos       { return n.E }
func (n *GeneratorExp) EndPosition() Pos   { return n.E }
func (n *NamedExpr) EndPosition() Pos      { return n.E }
func (n *Yield) EndPosition() Pos          { return n.E }

func (*ExprStmt) stmt()    {}
func (*Assign) stmt()      {}
func (*AugAssign) stmt()   {}
func (*AnnAssign) stmt()   {}
func (*If) stmt()          {}
func (*While) stmt()       {}
func (*For) stmt()         {}
func (*Break) stmt()       {}
func (*Continue) stmt()    {}
func (*Pass) stmt()        {}
func (*Return) stmt()      {}
func (*FunctionDef) stmt() {}
func (*ClassDef) stmt()    {}
func (*Try) stmt()         {}
func (*Raise) stmt()       {}
func (*Assert) stmt()      {}
func (*Import) stmt()      {}
func (*ImportFrom) stmt()  {}
func (*Global) stmt()      {}
func (*Nonlocal) stmt()    {}
func (*Delete) stmt()      {}
func (*With) stmt()        {}

func (*Name) expr()           {}
func (*Constant) expr()       {}
func (*JoinedStr) expr()      {}
func (*FormattedValue) expr() {}
func (*Tuple) expr()          {}
func (*List) expr()           {}
func (*Set) expr()            {}
func (*Dict) expr()           {}
func (*BinOp) expr()          {}
func (*UnaryOp) expr()        {}
func (*BoolOp) expr()         {}
func (*Compare) expr()        {}
func (*Call) expr()           {}
func (*Attribute) expr()      {}
func (*Subscript) expr()      {}
func (*Slice) expr()          {}
func (*Starred) expr()        {}
func (*IfExp) expr()          {}
func (*Lambda) expr()         {}
func (*ListComp) expr()       {}
func (*SetComp) expr()        {}
func (*DictComp) expr()       {}
func (*GeneratorExp) expr()   {}
func (*NamedExpr) expr()      {}
func (*Yield) expr()          {}
