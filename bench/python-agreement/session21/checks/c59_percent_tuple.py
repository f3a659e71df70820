# "%s" % a tuple formats its items, not the tuple: a 2-tuple for one %s is a TypeError
import queue
import threading

q = queue.Queue()
one = ""
status = "none"


def worker():
    global one, status
    single = q.get()
    pair = q.get()
    one = "got %s" % single
    try:
        status = "got %s" % pair
    except TypeError:
        status = "type error"


t = threading.Thread(target=worker)
t.start()
q.put((7,))
q.put((1, 2))
t.join()
print(one, status)
