try:
    f()
except NameError as e:
    err = e
raise err
