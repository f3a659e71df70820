# check: ints beyond 64 bits
import threading

a = ""
b = ""
c = ""


def work():
    global a, b, c
    x = 2 ** 63
    a = str(x * 2 + 1)
    y = 1
    for i in range(1, 25):
        y *= i
    b = str(y)
    c = str(-(2 ** 64) // 3)


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b, c)
