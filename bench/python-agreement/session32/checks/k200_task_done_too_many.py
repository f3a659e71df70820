# queue.task_done() called more times than items were put raises ValueError.
import queue
import threading

q = queue.Queue()
errors = 0


def work():
    global errors
    q.put(1)
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError:
        errors += 1


t = threading.Thread(target=work)
t.start()
t.join()
print(errors)
