"""The order of a set of strings differs between CPython runs (string hashes are salted per process)."""
import threading

names = set()



def join_room(name):
    names.add(name)


threads = [threading.Thread(target=join_room, args=(n,)) for n in ("ann", "bob", "cy", "dee")]
for t in threads:
    t.start()
for t in threads:
    t.join()
order = list(names)
first = order[0]
print(order)
