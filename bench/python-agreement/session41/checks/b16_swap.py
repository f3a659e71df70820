# check: tuple swap and chained assignment
import threading

a = 0


def work():
    global a
    x, y = 1, 2
    x, y = y, x + y
    p = q = 5
    p += 1
    a = x * 1000 + y * 100 + p * 10 + q


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
