# check: queue.get(timeout=<negative>) raises ValueError (a deadline already past), not queue.Empty
import queue

q = queue.Queue()
kind = 0
try:
    q.get(timeout=-0.01)
except queue.Empty:
    kind = 1
except ValueError:
    kind = 2
