package view

import (
	"testing"

	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// TestStepLabel: steps are numbered from 0, as the URL's step= is; the
// label names the range, and the end of a finished run as the last step.
func TestStepLabel(t *testing.T) {
	tests := []struct {
		step, total int
		final       bool
		l           lang.Lang
		want        string
	}{
		{0, 1096, true, lang.EN, "step 0 of 0–1095"},
		{1094, 1096, true, lang.EN, "step 1094 of 0–1095"},
		{1095, 1096, true, lang.EN, "step 1095, the last"},
		{0, 1, true, lang.EN, "step 0, the last"},
		{12, 563, false, lang.EN, "step 12 of 0–562 so far"},
		{562, 563, false, lang.EN, "step 562 of 0–562 so far"},
		{411, 1096, true, lang.ZH, "第 411 步（0–1095）"},
		{1095, 1096, true, lang.ZH, "第 1095 步（最后一步）"},
		{12, 563, false, lang.ZH, "第 12 步（目前 0–562）"},
	}
	for _, tc := range tests {
		s := &playback.Snapshot{Step: tc.step, Total: tc.total, Final: tc.final}
		if got := StepLabel(s, tc.l); got != tc.want {
			t.Errorf("StepLabel(step %d, total %d, final %v, %v) = %q, want %q", tc.step, tc.total, tc.final, tc.l, got, tc.want)
		}
	}
}
