# BUG: check-then-act on a queue: empty() says there is an item, but another worker takes it first
import queue
import threading
import time

tasks = queue.Queue()
for n in range(3):
    tasks.put(n)

handled = []
errors = []


def drain(name):
    while not tasks.empty():
        time.sleep(0.001)
        try:
            item = tasks.get_nowait()
        except queue.Empty as e:
            errors.append(f"{name}:{type(e).__name__}")
            break
        handled.append(item)


if __name__ == "__main__":
    workers = [threading.Thread(target=drain, args=(f"w{i}",)) for i in range(2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    handled.sort()
    assert not errors, ", ".join(errors)
