# check: notify() wakes one waiter; the second waits until a second notify
import threading
import time

cv = threading.Condition()
tokens = 0
woken = []


def waiter(name):
    global tokens
    with cv:
        while tokens == 0:
            cv.wait()
        tokens -= 1
        woken.append(name)


ws = [threading.Thread(target=waiter, args=(n,)) for n in ("a", "b")]
for w in ws:
    w.start()
time.sleep(0.01)
with cv:
    tokens += 1
    cv.notify()
time.sleep(0.01)
after_one = len(woken)
with cv:
    tokens += 1
    cv.notify()
for w in ws:
    w.join()
print(after_one, sorted(woken))
