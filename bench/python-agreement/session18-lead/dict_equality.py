# A shared dict compared with a dict display (session 18 q02's form): sizes, keys and values in one step.
# CPython 3.11.7 (5 runs): ok, same=1 differ=1 counts={"a": 2, "b": 1}. Refused before session 18 ("this is a
# shared dict, where weft needs an integer").
import threading
counts = {}
lock = threading.Lock()
same = -1
differ = -1
def add(word):
    with lock:
        counts[word] = counts.get(word, 0) + 1
ts = [threading.Thread(target=add, args=(w,)) for w in ["a", "b", "a"]]
for t in ts: t.start()
for t in ts: t.join()
same = 1 if counts == {"a": 2, "b": 1} else 0
differ = 1 if {"a": 2} != counts else 0
assert counts == {"b": 1, "a": 2}
