# Threads format report rows with width, alignment and zero padding. No bug.
import threading

rows = []
lock = threading.Lock()


def row(name, qty, price):
    text = f"{name:>6}|{qty:<3}|{price:^7.2f}|" + "{:05d}".format(qty) + " %s=%d" % (name, qty)
    with lock:
        rows.append(text)


threads = [threading.Thread(target=row, args=a) for a in [("nut", 12, 0.5), ("bolt", 7, 1.25)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(rows))
