# BUG: check-then-act on a queue: two consumers both see not empty(), one get_nowait() finds it empty and raises queue.Empty
import queue
import threading

tasks = queue.Queue()
for n in range(3):
    tasks.put(n * n)

handled = []
errors = []


def consumer(name):
    while not tasks.empty():
        try:
            item = tasks.get_nowait()
        except queue.Empty:
            errors.append(name)
            return
        handled.append((name, item))


consumers = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(2)]
for c in consumers:
    c.start()
for c in consumers:
    c.join()
print("handled", sorted(item for _, item in handled), "errors", len(errors))
