# check: for-else and while-else
import threading

a = 0


def work():
    global a
    r = 0
    for x in [1, 3, 5]:
        if x % 2 == 0:
            break
    else:
        r += 1
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            break
    else:
        r += 10
    a = r * 10 + n


t = threading.Thread(target=work)
t.start()
t.join()
print(a)
