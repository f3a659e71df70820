"""Workers call task_done in finally even when processing fails; queue.join returns."""
import queue
import threading

q = queue.Queue()
done = []
failed = []


def worker():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            if item % 3 == 0:
                raise ValueError(item)
            done.append(item)
        except ValueError:
            failed.append(item)
        finally:
            q.task_done()


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for i in range(1, 7):
    q.put(i)
q.join()
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print(sorted(done), sorted(failed))
