def first_word(s):
    return s.split()[0]

first_word('   ')
