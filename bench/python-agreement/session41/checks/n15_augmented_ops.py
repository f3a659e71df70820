# check: augmented assignment operators
import threading

a = 0
b = 0


def work():
    global a, b
    a = 10
    a -= 3
    a *= 4
    a //= 3
    a **= 2
    a %= 17
    a <<= 2
    a |= 1
    a ^= 8
    b = 100
    b >>= 3
    b &= 6


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
