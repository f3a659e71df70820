# Threads add parsed prices under a lock; the total is kept as text with two decimals.
import threading

prices = ["19.99", "0.1", "0.2", "5"]
total = 0.0
lock = threading.Lock()
report = []


def add(text):
    global total
    value = float(text)
    with lock:
        total += value


threads = [threading.Thread(target=add, args=(p,)) for p in prices]
for t in threads:
    t.start()
for t in threads:
    t.join()
report.append(f"{total:.2f}")
report.append(str(round(total, 1)))
print(report)
