# BUG: check-then-act: empty() then get_nowait() is not atomic with two consumers
import queue
import threading

tasks = queue.Queue()
for n in range(3):
    tasks.put(n)

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


a = threading.Thread(target=consumer, args=("a",))
b = threading.Thread(target=consumer, args=("b",))
a.start()
b.start()
a.join()
b.join()

print("handled", sorted(item for _, item in handled))
print("errors", errors)
assert not errors, "a consumer found the queue empty after checking it was not"
