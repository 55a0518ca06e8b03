# SystemExit(1, 2): the code is the args tuple, written to stderr; status 1.
raise SystemExit(1, 2)
