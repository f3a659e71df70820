import queue
import threading

q = queue.Queue()
counter = 0
seen = []


def bump():
    global counter
    for n in (1, 2):
        counter += 1
        q.put(n)


t = threading.Thread(target=bump)
t.start()
seen.append(counter + q.get())
assert q.get() == 2
t.join()
