"""A thread started by a class's __init__ through a helper; the helper's return value is the thread."""
import threading

done = []


def launch(n):
    t = threading.Thread(target=done.append, args=(n,))
    t.start()
    return t


threads = [launch(n) for n in range(3)]
for t in threads:
    t.join()
print(sorted(done))
