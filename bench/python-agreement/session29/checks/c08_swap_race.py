# a, b = b, a in two threads
import threading

a = 1
b = 2


def swap():
    global a, b
    a, b = b, a


ts = [threading.Thread(target=swap) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(a, b)
