# print(xs.index(9)) of a shared list where 9 is absent: ValueError in CPython. Refused (weft has no
# form for the value of a shared list's index); before session 26 it was dropped with print.
import threading

xs = [1, 2, 3]
after = []


def worker():
    print(xs.index(9))
    after.append(1)


t = threading.Thread(target=worker)
t.start()
t.join()
print(after)
