# check: negative modulo and floor division of values computed at run time
import threading

a = 0
b = 0
c = 0
d = 0


def work():
    global a, b, c, d
    vals = [-7, 7, -7, 7]
    divs = [3, -3, -3, 3]
    out = [v % d for v, d in zip(vals, divs)]
    fl = [v // d for v, d in zip(vals, divs)]
    a = out[0] * 1000 + out[1] * 100 + out[2] * 10 + out[3]
    b = fl[0] * 1000 + fl[1] * 100 + fl[2] * 10 + fl[3]
    c = (-7) % 3
    d = -7 // 2


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c, d)
