# LOUD (weft's own "not modelled yet" on a program it did not refuse): `len(item)` of a list taken from
# a queue.Queue. The import accepts the program; every run then faults in the consumer with "len() of an
# object inside an expression (`size(x)` reads it in a step) is Python's, not weft's yet in `len(item)`",
# so explore lists only faults ("incomplete: 1 outcome ends at what weft does not model yet") and never
# CPython's state. The same with `size = len(item)` on a line of its own; `item[-1]` works (and weft
# lists both 2 and 3 there: the consumer may read before the producer's append, as CPython may).
# CPython 3.11: [3] (the list is shared, not copied, by the put).  weft-start explore: 14 schedules, all
# `fault len(got)=0`.
import queue
import threading
q = queue.Queue()
got = []
def producer():
    batch = [1, 2]
    q.put(batch)
    batch.append(3)
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        got.append(len(item))
threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(got)
