# for k in list(d) of a shared dict another thread fills: the keys copied at one moment, then walked.
import threading
d = {}
def w():
    d[1] = 1
    d[2] = 2
t = threading.Thread(target=w)
t.start()
total = 0
for k in list(d):
    total += d.get(k, 0)
keys = list(d)
t.join()
print(total, keys)
