# BUG: atomicity violation: twostage (SCTBench): the writer updates data1 under lock1 and then data2
# from it under lock2 in two separate critical sections; a reader in between sees data2 != data1 + 1.
import threading

lock1 = threading.Lock()
lock2 = threading.Lock()
data1 = 0
data2 = 0
seen = []
violations = 0


def writer(value):
    global data1, data2
    with lock1:
        data1 = value
    with lock1:
        snapshot = data1
    with lock2:
        data2 = snapshot + 1


def reader():
    global violations
    with lock1:
        first = data1
    if first != 0:
        with lock2:
            second = data2
        seen.append((first, second))
        if second != first + 1:
            violations += 1


writers = [threading.Thread(target=writer, args=(v,)) for v in (1, 5)]
readers = [threading.Thread(target=reader) for _ in range(2)]
for t in writers + readers:
    t.start()
for t in writers + readers:
    t.join()

print(f"data1={data1} data2={data2} seen={sorted(seen)} violations={violations}")
assert violations == 0, "reader saw a half-finished two-stage update"
