import itertools
import queue
import threading

# Stepped reads as operands (translate/stepped_reads.rs): a dict's get, a list's pop, a count, a
# membership, a whole read, a counter's next and a queue's get, each inside arithmetic or a test.
counts = {}
items = []
ticket = itertools.count(1)
q = queue.Queue()
lock = threading.Lock()


def worker(name):
    for word in ["a", "b", "a"]:
        with lock:
            counts[word] = counts.get(word, 0) + 1
            items.append(next(ticket) * 10)
    q.put(len(name))


threads = [threading.Thread(target=worker, args=(n,)) for n in ["x", "yy"]]
for t in threads:
    t.start()
for t in threads:
    t.join()
first = items.pop(0) + 1
twice = items.count(20) + (30 in items) + sum(items)
sizes = q.get() + q.get()
print(counts, first, twice, sizes, next(ticket) - 1)
