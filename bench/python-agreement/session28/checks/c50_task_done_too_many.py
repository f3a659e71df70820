import queue
import threading

q: queue.Queue = queue.Queue()
too_many = 0


def worker() -> None:
    global too_many
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        too_many = 1


q.put(1)
t = threading.Thread(target=worker)
t.start()
t.join()
print(too_many)
assert too_many == 1
