# str.upper, lower, title, capitalize, swapcase and casefold as CPython
# does them: full case mappings (ß, ligatures, ŉ, Greek with iota
# subscript), title() by whether the previous character is cased (digits,
# underscores and apostrophes do not end a word), capital sigma final at the
# end of a word, dz digraphs in all three cases, and a tutorial's headline.
samples = [
    "hello wORLD", "they're bill's friends", "x1y2 a_b 3rd-party", "o'NEIL mcDONALD",
    "straße ﬁne ﬂow ﬀ", "ŉ", "ᾳ ᾼ ῳ", "ΟΔΟΣ ΟΔΟΣ. Σ ΑΣ.Β ΑΣ'Β", "ǆungla ǅungla Ǆungla",
    "İstanbul ıi", "ÉCOLE été", "Ⓐⓑ", "ﬓ", "ǰ", "Ǳ ǲ ǳ", "", "123", "ʰa",
]
for s in samples:
    print(repr(s))
    print("  ", repr(s.upper()), repr(s.lower()), repr(s.casefold()))
    print("  ", repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
headline = "the QUICK brown fox's 2nd jump_over the lazy dog"
print(headline.title(), "|", headline.capitalize(), "|", headline.swapcase())
print("Straße".casefold() == "STRASSE".casefold(), "Σ".lower(), "ΑΣ".lower(), "ΑΣΑ".lower())
