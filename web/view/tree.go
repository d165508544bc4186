// The process tree: one column per depth (init, the shell, main, its
// children …), parent → child edges, reparenting shown by an orange edge to
// the adopter with an "adopted by N" label, and each Python process's
// _children set as a row of chips linked to the processes they name.

package view

import (
	"sort"
	"strconv"
	"strings"

	"zombielab/sim/kernel"
	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// Node is where a process is drawn.
type Node struct {
	PID   kernel.PID
	Box   Rect
	Depth int
	// Detail is how much fits: 0 a bare box, 1 one text line, 2 two lines
	// and the _children chips.
	Detail int
}

// treeLayout places every process of the table.
type treeLayout struct {
	nodes []Node             // in snapshot (pid) order
	at    map[kernel.PID]int // pid → index in nodes
}

// Geometry of the tree.
const (
	nodeMaxH   = 44
	chipsH     = 42 // the label "_children" and a row of chips
	slotMin    = 6
	nodeMaxW   = 200
	colGap     = 28
	chipW      = 48
	chipGap    = 3
	maxDetail1 = 22 // a slot at least this tall gets a text line (MinText and its margins)
	minColumns = 4
)

// layoutTree assigns each process a column by its depth in the current
// parent tree and a row by its parent's row, then birth order.
func layoutTree(area Rect, procs []playback.Proc, birth map[kernel.PID]int) treeLayout {
	t := treeLayout{at: make(map[kernel.PID]int, len(procs))}
	for k, p := range procs {
		t.at[p.PID] = k
	}
	depth := make([]int, len(procs))
	maxDepth := 0
	for k := range procs {
		depth[k] = t.depth(procs, k, 0)
		maxDepth = max(maxDepth, depth[k])
	}
	cols := make([][]int, maxDepth+1)
	for k := range procs {
		cols[depth[k]] = append(cols[depth[k]], k)
	}
	t.nodes = make([]Node, len(procs))
	rank := make([]int, len(procs)) // row within its column
	// At least minColumns columns, so that nodes keep their x while the
	// tree is shallow (init, shell, main, children).
	colW := area.W / float32(max(maxDepth+1, minColumns))
	for d, col := range cols {
		sort.SliceStable(col, func(a, b int) bool {
			pa, pb := t.parentRank(procs, col[a], rank), t.parentRank(procs, col[b], rank)
			if pa != pb {
				return pa < pb
			}
			return birthOf(birth, procs[col[a]].PID) < birthOf(birth, procs[col[b]].PID)
		})
		for r, k := range col {
			rank[k] = r
		}
		placeColumn(t.nodes, procs, col, Rect{area.X + float32(d)*colW, area.Y, colW, area.H}, d)
	}
	return t
}

// depth counts parents up to init (or a parent outside the table).
func (t treeLayout) depth(procs []playback.Proc, k, guard int) int {
	pk, ok := t.at[procs[k].PPID]
	if !ok || guard > len(procs) || procs[k].PID == 1 {
		return 0
	}
	return 1 + t.depth(procs, pk, guard+1)
}

func (t treeLayout) parentRank(procs []playback.Proc, k int, rank []int) int {
	if pk, ok := t.at[procs[k].PPID]; ok {
		return rank[pk]
	}
	return -1
}

func birthOf(birth map[kernel.PID]int, pid kernel.PID) int {
	if b, ok := birth[pid]; ok {
		return b
	}
	return int(pid) + 1<<30 // unknown: after every known one, by pid
}

// placeColumn stacks a column's nodes; when they do not fit at slotMin
// each, it wraps them into sub-columns.
func placeColumn(nodes []Node, procs []playback.Proc, col []int, area Rect, depth int) {
	n := len(col)
	sub := 1
	for float32((n+sub-1)/sub)*slotMin > area.H-8 {
		sub++
	}
	perCol := (n + sub - 1) / sub
	slot := min((area.H-8)/float32(perCol), nodeMaxH+chipsH+8)
	// A narrow frame (a phone) narrows the gap between columns first.
	gap := min(max(area.W*0.12, 10), colGap)
	subW := (area.W - gap) / float32(sub)
	for r, k := range col {
		c, row := r/perCol, r%perCol
		detail := 0
		h := slot - 2
		if slot >= maxDetail1 {
			detail, h = 1, min(slot-4, nodeMaxH)
		}
		if slot >= nodeMaxH+chipsH+4 && sub == 1 {
			detail, h = 2, nodeMaxH
		}
		box := Rect{
			X: area.X + 8 + float32(c)*subW, Y: area.Y + 4 + float32(row)*slot,
			W: max(min(subW-4, nodeMaxW), 1), H: h,
		}
		nodes[k] = Node{PID: procs[k].PID, Box: box, Depth: depth, Detail: detail}
	}
}

// drawTree paints edges first, then nodes, then chips and their links.
func drawTree(d *DisplayList, l Layout, in Input, t treeLayout) {
	s := in.Snap
	d.fill(l.Tree, ColorPanel, "")
	d.clip(l.Tree)
	for k, p := range s.Procs {
		if pk, ok := t.at[p.PPID]; ok {
			drawEdge(d, t.nodes[pk], t.nodes[k], p)
		}
	}
	for k, p := range s.Procs {
		drawNode(d, t.nodes[k], p, p.PID == s.PID, l, in.UI.Lang)
	}
	for k, p := range s.Procs {
		if t.nodes[k].Detail == 2 && len(p.Children) > 0 {
			drawChips(d, t, t.nodes[k], p, l)
		}
		if t.nodes[k].Detail == 2 && p.Pending != 0 && p.State != kernel.StateZombie {
			drawPending(d, t.nodes[k], p, in.UI.Lang)
		}
	}
	drawCounts(d, l, s.Procs, t, in.UI.Lang)
	d.unclip()
	for k, p := range s.Procs {
		d.hit(Hit{Rect: t.nodes[k].Box, Action: Action{Kind: ActFocus, PID: p.PID}})
	}
}

// drawCounts tells the table's size in words when the nodes are too small
// to read, so that 63 zombies read as "63 zombies", not a grey smear.
func drawCounts(d *DisplayList, l Layout, procs []playback.Proc, t treeLayout, lg lang.Lang) {
	small := false
	for _, n := range t.nodes {
		small = small || n.Detail == 0
	}
	if !small {
		return
	}
	var run, sleep, zombie, stopped int
	for _, p := range procs {
		switch {
		case p.State == kernel.StateZombie:
			zombie++
		case p.Stopped:
			stopped++
		case p.State == kernel.StateSleeping:
			sleep++
		default:
			run++
		}
	}
	text := countsText(len(procs), []int{zombie, sleep, run, stopped}, lg)
	w := min(textWidth(text, l.Font)+16, l.Tree.W-16)
	r := Rect{l.Tree.X + l.Tree.W - w - 8, l.Tree.Y + l.Tree.H - 28, w, 24}
	d.add(Op{Kind: OpFillRect, Rect: r, Color: White, ID: "counts"})
	d.stroke(r, ColorMuted, 1, "counts")
	d.text(r, text, l.Font, ColorText, AlignCenter, "counts")
}

func drawEdge(d *DisplayList, parent, child Node, p playback.Proc) {
	from := Point{parent.Box.X + parent.Box.W, parent.Box.Y + min(parent.Box.H, nodeMaxH)/2}
	to := Point{child.Box.X, child.Box.Y + child.Box.H/2}
	id := "edge:" + pidStr(p.PID)
	if !p.Reparented() {
		d.add(Op{Kind: OpArrow, From: from, To: to, Color: ColorMuted, Width: 1, ID: id})
		return
	}
	d.add(Op{Kind: OpArrow, From: from, To: to, Color: ColorAdopted, Width: 2, ID: id})
	if child.Detail > 0 {
		label := Rect{to.X - 112, to.Y - 16, 108, 14}
		d.text(label, "adopted by "+pidStr(p.PPID), MinText, ColorAdopted, AlignRight, id)
	}
}

// drawNode tells the state three ways: fill colour, outline shape (solid,
// dashed) and a text tag or badge.
func drawNode(d *DisplayList, n Node, p playback.Proc, current bool, l Layout, lg lang.Lang) {
	id := "proc:" + pidStr(p.PID)
	b := n.Box
	switch {
	case p.State == kernel.StateZombie:
		d.add(Op{Kind: OpFillRect, Rect: b, Color: LightGrey, ID: id})
		d.add(Op{Kind: OpDashedRect, Rect: b, Color: ColorZombie, Width: 2, Dash: 4, ID: id})
	default:
		d.add(Op{Kind: OpFillRoundRect, Rect: b, Radius: 4, Color: stateColor(p.State), ID: id})
	}
	if current {
		d.add(Op{Kind: OpStrokeRoundRect, Rect: b.Inset(-2), Radius: 5, Color: Black, Width: 2, ID: id})
	}
	if n.Detail == 0 {
		if p.State == kernel.StateZombie {
			d.add(Op{Kind: OpFillRect, Rect: Rect{b.X, b.Y, min(b.W, 4), b.H}, Color: ColorBadge, ID: id})
		}
		return
	}
	tag, tagColor := stateTag(p)
	twoLines := b.H >= 40
	const tagW, badge = 60, 18
	topW := b.W - 8
	switch {
	case p.State == kernel.StateZombie:
		topW -= badge + 2
		c := Rect{b.X + b.W - badge - 2, b.Y + 2, badge - 2, badge - 2}
		d.add(Op{Kind: OpCircle, Rect: c, Radius: (badge - 2) / 2, Color: ColorBadge, ID: id})
		d.text(c, tag, MinText, White, AlignCenter, id)
	case !twoLines:
		topW -= tagW + 2
	}
	title := l.Font
	if b.W < 120 {
		title = l.Small
	}
	d.text(Rect{b.X + 4, b.Y + 2, topW, min(b.H-4, title+4)}, pidStr(p.PID)+" "+name(p), title, ColorText, AlignLeft, id)
	y, h := b.Y+2, min(b.H-4, 16)
	if twoLines {
		y, h = b.Y+b.H/2+2, b.H/2-4
	}
	lineW := b.W - 8
	if p.State != kernel.StateZombie {
		tr := Rect{b.X + b.W - tagW - 2, y, tagW, h}
		d.add(Op{Kind: OpFillRoundRect, Rect: tr, Radius: 3, Color: White, ID: id})
		d.text(tr, tag, MinText, tagColor, AlignCenter, id)
		lineW -= tagW + 2
	}
	if twoLines && lineW >= 4*l.Small {
		d.text(Rect{b.X + 4, y, lineW, h}, threadCount(p, lg)+secondLine(p), l.Small, ColorText, AlignLeft, id)
	}
}

// pendingText names the signals held pending for the process (blocked by
// pthread_sigmask and not yet taken): "pending SIGCHLD", "挂起 SIGCHLD".
func pendingText(p playback.Proc, lg lang.Lang) string {
	if lg == lang.ZH {
		return "挂起 " + p.Pending.String()
	}
	return "pending " + p.Pending.String()
}

// drawPending tags a node whose process has signals held pending, under
// the node at its right (the _children label, if any, is at its left);
// where there is no room the narration and the variables panel tell it.
func drawPending(d *DisplayList, n Node, p playback.Proc, lg lang.Lang) {
	text := pendingText(p, lg)
	if textWidth(text, MinText)+10 > n.Box.W {
		text = p.Pending.String() // a narrow node (a phone): the names alone
	}
	w := min(textWidth(text, MinText)+10, n.Box.W)
	r := Rect{n.Box.X + n.Box.W - w, n.Box.Y + n.Box.H + 2, w, 16}
	if p.Children != nil && textWidth("_children", MinText)+8 > r.X-n.Box.X {
		return
	}
	id := "pending:" + pidStr(p.PID)
	d.add(Op{Kind: OpFillRoundRect, Rect: r, Radius: 3, Color: White, ID: id})
	d.add(Op{Kind: OpStrokeRoundRect, Rect: r, Radius: 3, Color: Purple, Width: 1, ID: id})
	d.text(r, text, MinText, ColorText, AlignCenter, id)
}

// threadCount says how many threads a multi-threaded process runs, before
// its command line (which a narrow node cuts): "3 threads: ", "3 个线程：";
// "" for one.
func threadCount(p playback.Proc, lg lang.Lang) string {
	if len(p.Threads) == 0 || p.State == kernel.StateZombie {
		return ""
	}
	n := strconv.Itoa(1 + len(p.Threads))
	if lg == lang.ZH {
		return n + " 个线程："
	}
	return n + " threads: "
}

// stateTag is the text that says the state without colour.
func stateTag(p playback.Proc) (string, Color) {
	switch {
	case p.State == kernel.StateZombie:
		return "Z", ColorBadge
	case p.Stopped:
		return "T stop", Black
	case p.State == kernel.StateSleeping:
		return "S " + p.Sleep.String(), Blue
	}
	return "R", Black
}

// name is the role, or what init and the shell are.
func name(p playback.Proc) string {
	switch {
	case p.Role != "":
		return p.Role
	case p.Init:
		return "init"
	case p.Shell:
		return "shell"
	}
	return p.Comm
}

func secondLine(p playback.Proc) string {
	if p.State == kernel.StateZombie {
		return "[" + p.Comm + "] <defunct> " + p.Status.String()
	}
	return p.Cmdline
}

// drawChips draws the process's _children set under its node: one chip per
// Process object, linked to the node of the pid it names, or marked "gone"
// when that process was already reaped (with SIGCHLD ignored nothing ever
// removes it from the set: it only grows).
func drawChips(d *DisplayList, t treeLayout, n Node, p playback.Proc, l Layout) {
	fit := max(int((n.Box.W+chipGap)/(chipW+chipGap)), 1)
	shown := p.Children
	if len(shown) > fit {
		shown = shown[:fit-1]
	}
	y := n.Box.Y + n.Box.H + 2
	// The set's name, so that the chips read as multiprocessing's
	// module-global _children in this process.
	d.text(Rect{n.Box.X, y, n.Box.W, 16}, "_children", MinText, ColorMuted, AlignLeft, "chips:"+pidStr(p.PID))
	y += 18
	for k, c := range shown {
		r := Rect{n.Box.X + float32(k)*(chipW+chipGap), y, chipW, chipsH - 22}
		id := "chip:" + pidStr(p.PID) + ":" + pidStr(c)
		ck, alive := t.at[c]
		if !alive {
			d.add(Op{Kind: OpFillRect, Rect: r, Color: White, ID: id})
			d.add(Op{Kind: OpDashedRect, Rect: r, Color: ColorBadge, Width: 1, Dash: 2, ID: id})
			d.text(r, pidStr(c)+" x", MinText, ColorBadge, AlignCenter, id)
			continue
		}
		d.add(Op{Kind: OpFillRect, Rect: r, Color: White, ID: id})
		d.stroke(r, Purple, 1, id)
		d.text(r, pidStr(c), MinText, ColorText, AlignCenter, id)
		target := t.nodes[ck].Box
		d.line(Point{r.X + r.W/2, r.Y + r.H}, Point{target.X, target.Y + target.H - 4}, Purple, 1, id)
	}
	if rest := len(p.Children) - len(shown); rest > 0 {
		r := Rect{n.Box.X + float32(len(shown))*(chipW+chipGap), y, chipW, chipsH - 22}
		d.text(r, "+"+strconv.Itoa(rest), MinText, ColorMuted, AlignCenter, "chips:"+pidStr(p.PID))
	}
}

func pidStr(pid kernel.PID) string { return strconv.Itoa(int(pid)) }

// Nodes returns where each process of the snapshot is drawn in layout l, in
// snapshot order (for a player that tweens positions itself).
func Nodes(l Layout, s *playback.Snapshot, lanes []playback.Lane) []Node {
	return layoutTree(l.Tree, s.Procs, births(lanes)).nodes
}

// births numbers the processes by the order the timeline first saw them;
// a pid reused later takes its latest lane.
func births(lanes []playback.Lane) map[kernel.PID]int {
	b := make(map[kernel.PID]int, len(lanes))
	for k, ln := range lanes {
		b[ln.PID] = k
	}
	return b
}

// countWords are the tree's count's words, in the order of countsText's
// numbers: zombies, sleeping, running, stopped.
var countWords = [...][5]string{
	lang.EN: {" processes: ", "zombies", "sleeping", "running", "stopped"},
	lang.ZH: {" 个进程：", "个僵尸", "个睡眠", "个运行", "个停止"},
}

// countsText is "65 processes: 63 zombies, 2 sleeping" (in Chinese
// "65 个进程：63 个僵尸，2 个睡眠").
func countsText(total int, n []int, lg lang.Lang) string {
	w := countWords[lang.EN]
	if int(lg) < len(countWords) {
		w = countWords[lg]
	}
	var parts []string
	for k, c := range n {
		if c > 0 {
			parts = append(parts, strconv.Itoa(c)+" "+w[k+1])
		}
	}
	sep := ", "
	if lg == lang.ZH {
		sep = "，"
	}
	return strconv.Itoa(total) + w[0] + strings.Join(parts, sep)
}
