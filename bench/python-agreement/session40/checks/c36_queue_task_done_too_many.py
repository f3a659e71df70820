# Check: queue.task_done called more times than items raises ValueError; join returns after all done. Bug: one extra task_done (caught).
import queue
import threading

q = queue.Queue()
errors = 0
handled = []


def worker():
    global errors
    for _ in range(2):
        handled.append(q.get())
        q.task_done()
    try:
        q.task_done()
    except ValueError:
        errors += 1


q.put(1)
q.put(2)
t = threading.Thread(target=worker)
t.start()
q.join()
t.join()
print(f"errors={errors} handled={handled}")
