"""A float accumulated in a thread's loop: 0.1 added ten times is not 1.0."""
import threading

out = {}


def compute():
    total = 0.0
    for _ in range(10):
        total = total + 0.1
    out["sum_text"] = str(total)
    out["is_one"] = int(total == 1.0)


t = threading.Thread(target=compute)
t.start()
t.join()
print(out)
