"""Zero floats beside integers: a total of 0.0 and a count, threads add to both."""
import threading

total = 0.0
count = 0
samples = [0.0]
lock = threading.Lock()


def add(x):
    global total, count
    with lock:
        total += x
        count += 1
        samples.append(x * 0.0)


threads = [threading.Thread(target=add, args=(v,)) for v in (1.5, 0.0, 2.0)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total, count, samples)
