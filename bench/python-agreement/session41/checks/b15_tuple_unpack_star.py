# check: starred unpacking
import threading

a = 0
b = 0


def work():
    global a, b
    first, *mid, last = [1, 2, 3, 4, 5]
    head, *tail = "xy"
    a = first * 1000 + sum(mid) * 10 + last
    b = len(tail)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
