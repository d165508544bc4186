s = '  Hello  '
print(s.strip().lower().shout())
