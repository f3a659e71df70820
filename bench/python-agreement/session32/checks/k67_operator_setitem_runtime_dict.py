# operator.setitem on a dict that grows at run time.
import operator
import threading

seen = {}


def mark(key):
    seen[key] = 0
    operator.setitem(seen, key, 1)


t = threading.Thread(target=mark, args=("a",))
t.start()
t.join()
print(seen)
