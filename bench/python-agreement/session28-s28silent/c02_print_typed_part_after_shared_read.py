# print(total, n < s) of a global a function rebinds: a typed part after a shared read is only read (left, said in the README): weft says ok.
import queue
import threading

q = queue.Queue()
total = 5
got = []


def bump():
    global total
    total += 1


def worker():
    n, s = q.get()
    print(total, n < s)
    got.append(1)


bump()
q.put((3, "ab"))
t = threading.Thread(target=worker)
t.start()
t.join()
print(got)
