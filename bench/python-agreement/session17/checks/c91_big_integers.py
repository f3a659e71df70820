# no bug: Python integers do not overflow: a factorial and a rolling hash computed by a worker thread
import threading

factorial = 1
digest = 0


def crunch():
    global factorial, digest
    for i in range(1, 26):
        factorial *= i
    h = 0
    for ch in (7, 3, 9, 1, 4, 4, 2, 8):
        h = (h * 1000003 + ch) % 2305843009213693951
    digest = h


t = threading.Thread(target=crunch)
t.start()
t.join()
print(factorial, digest)
