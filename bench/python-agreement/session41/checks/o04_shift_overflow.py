# check: a left shift past 64 bits
import threading

a = 0


def work():
    global a
    x = 1
    for _ in range(70):
        x <<= 1
    a = x >> 65


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
