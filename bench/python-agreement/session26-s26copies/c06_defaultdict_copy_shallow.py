# dict(dd) of a defaultdict(list) is a shallow copy: the lists are the same objects, so a later
# append to one shows in the copy.
import threading
from collections import defaultdict

groups = defaultdict(list)
lock = threading.Lock()


def add(key, value):
    with lock:
        groups[key].append(value)


t1 = threading.Thread(target=add, args=("x", 1))
t1.start()
t1.join()
frozen = dict(groups)
t2 = threading.Thread(target=add, args=("x", 2))
t2.start()
t2.join()
print(frozen["x"], len(frozen))
assert len(frozen["x"]) == 2
