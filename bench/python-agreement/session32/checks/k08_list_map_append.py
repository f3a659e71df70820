# list(map(out.append, ...)) as a statement: CPython appends every item.
import threading

out = []


def fill():
    list(map(out.append, [1, 2, 3]))


t = threading.Thread(target=fill)
t.start()
t.join()
print(out)
