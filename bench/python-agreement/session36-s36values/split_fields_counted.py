# BUG: two producers share the `produced` counter with += and no lock, so a count can be lost.
"""Two producers put their records' fields (`record.strip().split(",")`, a list) on a queue and count them."""
import queue
import threading

parts_queue = queue.Queue()
produced = 0
words = []


def produce(record):
    global produced
    parts_queue.put(record.strip().split(","))
    produced += record.count(",") + 1


threads = [threading.Thread(target=produce, args=(r,)) for r in (" x,y ", "z")]
for t in threads:
    t.start()
for t in threads:
    t.join()
for _ in range(2):
    for word in parts_queue.get():
        words.append(word)
print(produced, sorted(words))
