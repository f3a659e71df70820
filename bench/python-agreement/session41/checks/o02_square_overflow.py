# check: repeated squaring passes 64 bits
import threading

a = 0


def work():
    global a
    x = 3
    for _ in range(6):
        x = x * x
    a = x % 1000


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
