"""qsize, full, empty of bounded queues, put_nowait raising Full, get_nowait raising Empty."""
import queue

q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
size = q.qsize()
is_full = int(q.full())
full_raised = 0
try:
    q.put_nowait(3)
except queue.Full:
    full_raised = 1
first = q.get_nowait()
second = q.get_nowait()
empty_raised = 0
try:
    q.get_nowait()
except queue.Empty:
    empty_raised = 1
lifo = queue.LifoQueue()
for n in (1, 2, 3):
    lifo.put(n)
top = lifo.get()
print(size, is_full, full_raised, first, second, empty_raised, top)
