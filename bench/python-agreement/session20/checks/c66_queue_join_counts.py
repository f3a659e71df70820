"""task_done() called once too often raises ValueError; unfinished_tasks counts what is left."""
import queue
import threading

q = queue.Queue()
errors = []


def worker():
    q.get()
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        errors.append(str(e))


if __name__ == "__main__":
    q.put("job")
    t = threading.Thread(target=worker)
    t.start()
    t.join()
    left = q.unfinished_tasks
