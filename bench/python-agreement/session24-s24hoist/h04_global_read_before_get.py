import queue
import threading

q = queue.Queue()
counter = 0


def bump():
    global counter
    counter += 1
    q.put(1)


t = threading.Thread(target=bump)
t.start()
snapshot = counter * 10 + q.get()
t.join()
