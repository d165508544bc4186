package mp

// Exports for the external tests (package mp_test): the golden-file check
// and its -update flag, so that the pyvm runs share them.

// CheckGolden is checkGolden, for package mp_test.
var CheckGolden = checkGolden
