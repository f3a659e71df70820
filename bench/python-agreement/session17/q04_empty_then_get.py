# bug: check-then-act: both workers see the queue non-empty with one item left, and one blocks forever in get()
import queue
import threading

tasks = queue.Queue()
for n in range(5):
    tasks.put(n)

results = []


def drain(worker_name):
    while not tasks.empty():
        n = tasks.get()
        results.append(f"{worker_name}:{n}")


a = threading.Thread(target=drain, args=("a",))
b = threading.Thread(target=drain, args=("b",))
a.start()
b.start()
a.join()
b.join()
print(len(results), "tasks done")
assert len(results) == 5
