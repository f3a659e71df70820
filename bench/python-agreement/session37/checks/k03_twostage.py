# BUG: the reader sees stage one done and reads stage two before the writer has written it (SCTBench twostage)
import threading

m1 = threading.Lock()
m2 = threading.Lock()
shared = {"data1": 0, "data2": 0}
checks = []


def writer():
    with m1:
        shared["data1"] = 1
    with m2:
        shared["data2"] = shared["data1"] + 1


def reader():
    with m1:
        stage_one = shared["data1"]
    if stage_one == 1:
        with m2:
            value = shared["data2"]
        checks.append(value)
        assert value == 2, "stage two not written yet"


threads = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"data2={shared['data2']} checks={checks}")
