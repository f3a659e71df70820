# for k, v in list(d.items()) of a shared dict another thread fills: the pairs copied at one moment, then walked.
import threading
d = {}
def w():
    d[1] = 1
    d[2] = 2
t = threading.Thread(target=w)
t.start()
total = 0
for k, v in list(d.items()):
    total += v
keys = list(d)
t.join()
print(total, keys)
