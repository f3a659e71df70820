# with get_lock(): and get_queue().put(x): threading objects reached through a function's value.
import queue
import threading

lock = threading.Lock()
q = queue.Queue()
counter = 0


def get_lock():
    return lock


def get_queue():
    return q


def work():
    global counter
    with get_lock():
        counter += 1
    get_queue().put(counter)


ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, q.qsize())
