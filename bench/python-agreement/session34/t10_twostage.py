# BUG: port of SCTBench twostage: the writer publishes data1 and data2 in two separate critical sections, so a
# reader can see the new data1 with the old data2.
import threading

m1 = threading.Lock()
m2 = threading.Lock()
data1 = 0
data2 = 0
checked = []


def writer():
    global data1, data2
    with m1:
        data1 = 1
    with m2:
        data2 = data1 + 1


def reader():
    with m1:
        if data1 == 0:
            checked.append("early")
            return
        first = data1
    with m2:
        second = data2
    checked.append("late")
    assert second == first + 1, f"saw data1={first} data2={second}"


threads = [threading.Thread(target=writer), threading.Thread(target=reader), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("data", data1, data2, "checked", sorted(checked))
