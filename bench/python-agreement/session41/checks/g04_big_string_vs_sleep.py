# check: a long C-level string operation (count over 60 MB) in one thread against a 10 ms sleep in another
import threading
import time

order = []
hits = 0


def scan():
    global hits
    text = "ab" * 30_000_000
    hits = text.count("ba")
    order.append("scan")


def nap():
    time.sleep(0.01)
    order.append("nap")


a = threading.Thread(target=scan)
b = threading.Thread(target=nap)
a.start()
b.start()
a.join()
b.join()
print(order, hits)
