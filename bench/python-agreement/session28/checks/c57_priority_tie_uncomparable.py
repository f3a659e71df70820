import queue
import threading

pq: queue.PriorityQueue = queue.PriorityQueue()
errors = 0
stored = 0


def submit(priority: int, payload: str) -> None:
    global errors
    try:
        pq.put((priority, {"name": payload}))  # a tie compares the dicts: TypeError
    except TypeError:
        errors += 1


t = threading.Thread(target=submit, args=(1, "a"))
t.start()
t.join()
t = threading.Thread(target=submit, args=(1, "b"))
t.start()
t.join()
stored = pq.qsize()
print(errors, stored)
assert errors == 1 and stored == 1
