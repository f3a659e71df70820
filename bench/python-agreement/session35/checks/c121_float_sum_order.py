"""Three threads add 0.1, 0.2 and 0.3 to a float total under a lock: the sum's last bits depend on the order."""
import threading

total = 0.0
lock = threading.Lock()
text = ""


def add(x):
    global total
    with lock:
        total += x


threads = [threading.Thread(target=add, args=(x,)) for x in (0.3, 0.1, 0.2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
text = repr(total)
print(text)
