# SCTBench lazy01_bad: the checker fails only when both adders ran before it
import threading

mutex = threading.Lock()
data = 0
failures = 0


def add_one():
    global data
    with mutex:
        data += 1


def add_two():
    global data
    with mutex:
        data += 2


def check():
    global failures
    with mutex:
        if data >= 3:
            failures += 1


ts = [threading.Thread(target=f) for f in (add_one, add_two, check)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(data, failures)
