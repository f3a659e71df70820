# check: Condition.notify() wakes the longest-waiting thread
import threading
import time

woken = []
cond = threading.Condition()


def sleeper(name):
    with cond:
        cond.wait()
        woken.append(name)


threads = []
for n in ["first", "second", "third"]:
    t = threading.Thread(target=sleeper, args=(n,))
    t.start()
    threads.append(t)
    time.sleep(0.003)
for _ in range(3):
    with cond:
        cond.notify()
    time.sleep(0.003)
for t in threads:
    t.join()
print(woken)
