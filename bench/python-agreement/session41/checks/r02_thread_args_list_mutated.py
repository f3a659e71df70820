# check: a list passed to a thread in args is shared; the main thread's later append is seen
import threading
import time

seen = []


def report(items):
    time.sleep(0.005)
    seen.append(len(items))


items = [1, 2]
t = threading.Thread(target=report, args=(items,))
t.start()
items.append(3)
t.join()
print(seen)
