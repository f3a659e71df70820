# and/or give one of their operands, not a bool
import queue
import threading

q = queue.Queue()
name = ""
count = -1
label = ""


def worker():
    global name, count, label
    given = q.get()
    extra = q.get()
    name = given or "anonymous"
    count = extra and 5
    label = (given and given.upper()) or "?"


t = threading.Thread(target=worker)
t.start()
q.put("")
q.put(0)
t.join()
print(repr(name), count, label)
