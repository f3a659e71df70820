"""Each thread keeps its argument in a threading.local() and adds it to a total under a lock."""
import threading
data = threading.local()
total = 0
lock = threading.Lock()
def work(n):
    global total
    data.value = n
    with lock:
        total += data.value
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(total)
