# check: the cost of plain Python work with no annotation (a loop of 300k steps) in a thread beside a sleep
import threading
import time

total = 0


def crunch():
    global total
    s = 0
    for i in range(300000):
        s += i
    total = s


t = threading.Thread(target=crunch)
t.start()
time.sleep(0.01)
t.join()
print(total)
