// This file is the work budget: what a line does without any line of its
// own — a builtin iterating (sum(range(10**11)), any, min, list(), a for
// loop's next), Python called back from Go (a sorted key, __eq__ inside a
// dict lookup, __repr__ inside print: no line stops there), sequences built
// or copied — is counted in units, about one native iteration each, so that
// the simulator's step cap bounds work and not only lines. CPython has no
// such limit: a run that exhausts the budget is cut, as the step cap cuts
// a run that never ends, never turned into a Python exception.

package pyvm

import "errors"

// errCapped unwinds Go code after the work budget ran out. Python code
// cannot catch it: handleError stops the interpreter (StopCapped).
var errCapped = errors.New("pyvm: the work budget ran out")

// copyPerUnit is how many items (list slots, characters, bytes) copying
// costs one unit: a copy is far cheaper per item than an iteration.
const copyPerUnit = 16

type workBudget struct {
	on     bool  // SetWorkBudget was called: spend counts
	left   int64 // units left
	capped bool  // the budget ran out: the interpreter stops for good
}

// SetWorkBudget gives the interpreter n units of work for what follows
// (n <= 0: none left, so the next unit of work stops it). Without a call
// the work is not limited.
func (in *Interp) SetWorkBudget(n int64) {
	in.work.on, in.work.left = true, n
}

// WorkBudget is what is left of the budget SetWorkBudget gave.
func (in *Interp) WorkBudget() int64 { return in.work.left }

// spend charges n units of work; it fails with errCapped once the budget
// is exhausted.
func (in *Interp) spend(n int64) error {
	if in == nil || !in.work.on { // nil: repr without an interpreter (reprNoCall)
		return nil
	}
	if in.work.capped {
		return errCapped
	}
	if in.work.left -= n; in.work.left < 0 {
		in.work.capped = true
		return errCapped
	}
	return nil
}

// spendCopy charges the copy or construction of n items.
func (in *Interp) spendCopy(n int) error {
	return in.spend(int64(n / copyPerUnit))
}

// spendSort charges sorting n items: about n·log2(n) comparisons, four to
// a unit, as comparing two ints or strs costs far less than an iteration
// (a comparison that calls __lt__ is charged again as its code runs).
func (in *Interp) spendSort(n int) error {
	log := int64(0)
	for m := n; m > 1; m >>= 1 {
		log++
	}
	return in.spend(int64(n) * log / 4)
}
