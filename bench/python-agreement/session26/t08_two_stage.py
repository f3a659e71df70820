# BUG: two-stage: stage two reads stage one's data under a different lock, so a reader can see them out of step.
import threading

lock1 = threading.Lock()
lock2 = threading.Lock()
data1 = 0
data2 = 0
mismatches = 0


def two_stage() -> None:
    global data1, data2
    with lock1:
        data1 = 1
    with lock1:
        value = data1
    with lock2:
        data2 = value + 1


def reader() -> None:
    global mismatches
    with lock1:
        if data1 == 0:
            return
        seen1 = data1
    with lock2:
        seen2 = data2
    if seen2 != seen1 + 1:
        mismatches += 1


threads = [threading.Thread(target=two_stage), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"data1={data1} data2={data2} mismatches={mismatches}")
assert mismatches == 0
