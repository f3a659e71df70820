# BUG: the two updates of each thread are separate critical sections, so data1=16 with data2=5 is reachable (SCTBench stateful01)
import threading

m1 = threading.Lock()
m2 = threading.Lock()
data = {"d1": 10, "d2": 10}


def thread1():
    with m1:
        data["d1"] += 1
    with m2:
        data["d2"] += 1


def thread2():
    with m1:
        data["d1"] += 5
    with m2:
        data["d2"] -= 6


threads = [threading.Thread(target=thread1), threading.Thread(target=thread2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
d1 = data["d1"]
d2 = data["d2"]
print(f"d1={d1} d2={d2}")
assert not (d1 == 16 and d2 == 5), "bad state"
