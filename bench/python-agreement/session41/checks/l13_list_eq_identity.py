# check: == vs is on lists, in on nested
import threading

a = 0


def work():
    global a
    x = [1, 2]
    y = [1, 2]
    z = x
    a = (x == y) + (x is y) * 2 + (x is z) * 4 + ([1, 2] in [[1, 2], [3]]) * 8


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
