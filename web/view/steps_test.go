package view

import (
	"testing"

	"zombielab/sim/lang"
	"zombielab/sim/playback"
)

// TestStepLabel: steps are numbered from 0 and "of" names the last step,
// as the URL's step= does.
func TestStepLabel(t *testing.T) {
	tests := []struct {
		step, total int
		final       bool
		l           lang.Lang
		want        string
	}{
		{0, 1096, true, lang.EN, "step 0 of 1095"},
		{1095, 1096, true, lang.EN, "step 1095 of 1095"},
		{12, 563, false, lang.EN, "step 12 of 562 so far"},
		{1095, 1096, true, lang.ZH, "第 1095 步，共到第 1095 步"},
		{12, 563, false, lang.ZH, "第 12 步，目前到第 562 步"},
	}
	for _, tc := range tests {
		s := &playback.Snapshot{Step: tc.step, Total: tc.total, Final: tc.final}
		if got := StepLabel(s, tc.l); got != tc.want {
			t.Errorf("StepLabel(step %d, total %d, final %v, %v) = %q, want %q", tc.step, tc.total, tc.final, tc.l, got, tc.want)
		}
	}
}
