# check: an uncaught exception in a thread: main goes on, the thread's later writes never happen
import threading

steps = []


def worker(n):
    steps.append(f"start{n}")
    if n == 1:
        raise ValueError("bad input")
    steps.append(f"end{n}")


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
steps.append("main")
print(steps)
