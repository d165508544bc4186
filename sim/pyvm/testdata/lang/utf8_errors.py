# UTF-8 decoding errors: the maximal ill-formed subpart reported and
# replaced as one, per handler.
for b in [b"x\xd8", b"ab\xd8\x41", b"\xe2\x82", b"\xe2\x82x", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xe0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf"]:
    try:
        b.decode()
    except UnicodeDecodeError as e:
        print(e)
    print(ascii(b.decode(errors="replace")), b.decode(errors="backslashreplace"), ascii(b.decode(errors="ignore")))
