# check: a loop's product passes 64 bits at run time
import threading

a = 0
b = 0


def work():
    global a, b
    y = 1
    for i in range(1, 25):
        y *= i
    a = y % 1000000007
    b = y // 10 ** 20


t = threading.Thread(target=work)
t.start()
t.join()
print(a, b)
