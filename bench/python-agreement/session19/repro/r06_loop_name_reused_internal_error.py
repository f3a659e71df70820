# INTERNAL ERROR (weft-start f99a086): a module-level loop variable (`for name in NAMES`, unrolled) later
# rebound from an index (`name = NAMES[1 - i]` in a `for i in range(2)` loop): "the scenario imported from
# this program does not load: `name` is a shared variable; write it with `set`" + "this is weft's own error".
# CPython: scores={"ann": 1, "bob": 0}.
NAMES = ["ann", "bob"]
scores = {}

if __name__ == "__main__":
    for name in NAMES:
        scores[name] = 0
    for i in range(2):
        name = NAMES[1 - i]
        scores[name] = i
