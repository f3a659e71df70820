import queue
import threading

q = queue.Queue()
total = 0


def take_two():
    return q.get() * 10 + q.get()


def feed():
    q.put(1)
    q.put(2)


t = threading.Thread(target=feed)
t.start()
total = take_two()
t.join()
