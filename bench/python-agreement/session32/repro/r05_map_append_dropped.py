# list(map(out.append, ...)) as a statement: CPython appends every item.
# CPython 3.11.7: `len(out)=3` (5 of 5 runs); weft explore: `len(out)=0`, its only outcome, "complete".
import threading

out = []


def fill():
    list(map(out.append, [1, 2, 3]))


t = threading.Thread(target=fill)
t.start()
t.join()
print(out)
