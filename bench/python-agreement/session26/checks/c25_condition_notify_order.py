import threading
import time

cond = threading.Condition()
woken: list[int] = []
tickets = 0


def waiter(i: int) -> None:
    global tickets
    with cond:
        while tickets == 0:
            cond.wait()
        tickets -= 1
        woken.append(i)


threads = []
for i in range(3):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    threads.append(t)
    time.sleep(0.01)
for _ in range(3):
    with cond:
        tickets += 1
        cond.notify()
    time.sleep(0.01)
for t in threads:
    t.join()
print(woken)
