# A thread computes sum(range(3_000_000)) (about 30-60 ms of CPU in one C call) then sets a flag; another
# sleeps 10 ms and reads the flag. No cost annotation: what does weft assume the sum costs?
import threading
import time

flag = 0
seen = []
total = 0


def crunch():
    global flag, total
    total = sum(range(3_000_000))
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
