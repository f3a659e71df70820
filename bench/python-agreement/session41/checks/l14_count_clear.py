# check: count, clear, copy independence
import threading

a = 0
b = 0


def work():
    global a, b
    xs = [1, 2, 1, 1, 3]
    c = xs.copy()
    xs.clear()
    a = c.count(1)
    b = len(xs)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
