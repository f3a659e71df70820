# round() of an int to tens rounds half to even; abs and divmod
import queue
import threading

q = queue.Queue()
r15 = 0
r25 = 0
a = 0
d = 0
m = 0


def worker():
    global r15, r25, a, d, m
    n = q.get()
    r15 = round(n, -1)
    r25 = round(n + 10, -1)
    a = abs(-n)
    d, m = divmod(-n, 4)


t = threading.Thread(target=worker)
t.start()
q.put(15)
t.join()
print(r15, r25, a, d, m)
