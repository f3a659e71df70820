# q.queue.clear() drains a queue.Queue's deque directly
import threading
import queue

q = queue.Queue()
q.put(1)
q.put(2)
left = -1


def work():
    global left
    q.queue.clear()
    left = q.qsize()


t = threading.Thread(target=work)
t.start()
t.join()
print(left)
