# Lists of different lengths and equal lists as sort keys, reverse=True: a shorter list that is a
# prefix of a longer one orders first; equal keys keep their insertion order (stable, reverse too).
import queue
import threading

q = queue.Queue()
scores = {}


def worker(kind):
    if kind == 0:
        q.put([3, 1])
    elif kind == 1:
        q.put([3])
    else:
        q.put([2, 9, 9])


threads = [threading.Thread(target=worker, args=(kind,)) for kind in (0, 1, 0, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in ["a", "b", "c", "d"]:
    scores[name] = q.get()
ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
names = [name for name, _ in ranked]
top = names[0]
bottom = names[3]
print(names)
