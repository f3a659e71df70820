# A thread runs a Python loop of 200_000 iterations (tens of ms of CPU) then sets a flag; another sleeps
# 10 ms and reads the flag: under the GIL's 5 ms switch interval the sleeper gets in while the loop runs.
import threading
import time

flag = 0
seen = []
total = 0


def crunch():
    global flag, total
    acc = 0
    for i in range(200_000):
        acc += i % 7
    total = acc
    flag = 1


def peek():
    time.sleep(0.01)
    seen.append(flag)


threads = [threading.Thread(target=crunch), threading.Thread(target=peek)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen, total)
