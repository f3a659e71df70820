# check: a consumer that never calls task_done makes q.join() wait forever (CPython hangs: deadlock)
import queue
import threading

q = queue.Queue()
handled = []


def consumer():
    while True:
        item = q.get()
        handled.append(item)


threading.Thread(target=consumer, daemon=True).start()
for i in range(3):
    q.put(i)
q.join()
print(handled)
