"""Two producers put lists on a queue; the consumer joins them with `+` and counts the items.

`first + second` of two lists received from a queue is one copy of both (list_concat, one C call)."""
import queue
import threading

batches = queue.Queue()
sizes = []


def produce(start):
    batches.put([start, start + 1])


def consume():
    first = batches.get()
    second = batches.get()
    joined = first + second
    sizes.append(len(joined))
    sizes.append(sum(joined))


threads = [threading.Thread(target=produce, args=(s,)) for s in (1, 10)]
threads.append(threading.Thread(target=consume))
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sizes)
