def fail():
    raise 5

fail()
