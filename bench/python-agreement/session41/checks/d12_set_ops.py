# check: set operations and len
import threading

a = 0


def work():
    global a
    x = {1, 2, 3, 3}
    y = {3, 4}
    a = len(x) * 1000 + len(x | y) * 100 + len(x & y) * 10 + len(x - y) + sum(x ^ y) * 10000


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
