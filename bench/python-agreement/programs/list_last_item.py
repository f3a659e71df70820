"""log[-1] of a list three threads appended to: the last item, counted from the end as Python does."""
import threading
log = []
lock = threading.Lock()
def w(i):
    with lock:
        log.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
last = log[-1]
print(last, len(log))
