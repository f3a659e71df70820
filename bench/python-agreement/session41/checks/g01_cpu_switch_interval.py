# check: two CPU-bound threads appending to one list: how often does the GIL switch between them
import threading

log = []
switches = 0


def spin(tag):
    for _ in range(300000):
        log.append(tag)


a = threading.Thread(target=spin, args=(1,))
b = threading.Thread(target=spin, args=(2,))
a.start()
b.start()
a.join()
b.join()
prev = 0
for x in log:
    if x != prev:
        switches += 1
        prev = x
log.clear()
print(switches)
