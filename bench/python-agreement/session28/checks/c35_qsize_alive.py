import queue
import threading

q: queue.Queue = queue.Queue()
size_after = -1
alive_after = -1
alive_before = -1


def fill() -> None:
    for i in range(5):
        q.put(i)
    q.get()


t = threading.Thread(target=fill)
alive_before = int(t.is_alive())
t.start()
t.join()
size_after = q.qsize()
alive_after = int(t.is_alive())
print(alive_before, size_after, alive_after)
assert (alive_before, size_after, alive_after) == (0, 4, 0)
