# REFUSED (a silent error before session 37): `t = (1, 2)` then `t.append(3)` in a function. CPython
# raises AttributeError (the run ends in a fault); the start binary appended at import time and listed
# only `ok` with out=[3] under "complete".
out = []


def main():
    t = (1, 2)
    t.append(3)
    out.append(len(t))


main()
print(out)
