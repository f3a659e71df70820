# print(sum(int(w) for w in line.split())) with a word that is no number: ValueError; a generator's part is refused (not written out as a loop).
import math
import queue
import threading

q = queue.Queue()
got = []


def worker():
    line = q.get()
    print(sum(int(w) for w in line.split()))
    got.append(1)


q.put("1 x 2")
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
