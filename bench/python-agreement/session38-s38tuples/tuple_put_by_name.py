# Threads put a tuple bound to a name (a name and a pair it was given) on a queue; main takes them and
# adds the pairs up. Refused at the start of session 38 as "a list or a tuple".
import queue
import threading

q = queue.Queue()


def report(name, pair):
    item = (name, pair)
    q.put(item)


threads = [threading.Thread(target=report, args=(n, p)) for n, p in [("a", (1, 2)), ("b", (3, 4))]]
for t in threads:
    t.start()
for t in threads:
    t.join()
total = 0
names = []
for _ in range(2):
    name, (x, y) = q.get()
    names.append(name)
    total += x * y
print(sorted(names), total)
