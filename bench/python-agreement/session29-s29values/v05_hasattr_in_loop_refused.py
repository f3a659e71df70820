# Refused: hasattr of a thread-local attribute inside a loop the scenario runs, before the thread set it
# (a later pass may see it set).
import queue
import threading

context = threading.local()
q = queue.Queue()
firsts = []


def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        if not hasattr(context, "count"):
            firsts.append(item)
            context.count = 0


t = threading.Thread(target=consumer)
t.start()
for i in range(3):
    q.put(i)
q.put(None)
t.join()
print(firsts)
