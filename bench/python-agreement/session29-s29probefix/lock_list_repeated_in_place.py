# A list of locks known at import time repeated in place (`locks *= 2`): four threads, two on each lock;
# weft repeats the list at import time, as `+=` extends it.
import threading
locks = [threading.Lock(), threading.Lock()]
locks *= 2
count = 0
def work(lock):
    global count
    with lock:
        count += 1
threads = [threading.Thread(target=work, args=(l,)) for l in locks]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(threads), count)
