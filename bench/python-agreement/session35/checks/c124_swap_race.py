"""Two threads swap the same two globals with a, b = b, a: interleaved, a value can be duplicated."""
import threading
import time

a = 1
b = 2


def swap():
    global a, b
    time.sleep(0)
    a, b = b, a


threads = [threading.Thread(target=swap) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(a, b)
