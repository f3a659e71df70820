# dict(generator) at the module's top: two threads put (name, value) pairs on a queue, one of them twice
# under the same key; the dict keeps the key's first place and its last value, so which value wins
# depends on the order the pairs arrive in.
import queue
import threading

out = queue.Queue()


def report(name, values):
    for value in values:
        out.put((name, value))


a = threading.Thread(target=report, args=("a", [1, 2]))
b = threading.Thread(target=report, args=("b", [10]))
a.start()
b.start()
latest = dict(out.get() for _ in range(3))
a.join()
b.join()
a_value = latest["a"]
b_value = latest["b"]
keys = len(latest)
first_key = ""
for key in latest:
    first_key = key
    break
print(a_value, b_value, keys, first_key)
