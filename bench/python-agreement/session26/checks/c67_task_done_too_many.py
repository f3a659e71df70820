import queue
import threading

q: queue.Queue = queue.Queue()
problems = 0


def worker() -> None:
    global problems
    item = q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        problems += 1


q.put("x")
t = threading.Thread(target=worker)
t.start()
t.join()
q.join()
print(problems)
