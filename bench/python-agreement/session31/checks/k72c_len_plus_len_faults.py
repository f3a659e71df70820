# r01 contrast (len_plus_len_faults): CPython handled: 3, weft-start: fault handled=0 
import threading

done_by = {}
lock = threading.Lock()


def worker(name, items):
    for n in items:
        with lock:
            done_by.setdefault(name, []).append(n)


threads = [threading.Thread(target=worker, args=("w0", [1, 2])), threading.Thread(target=worker, args=("w1", [3]))]
for t in threads:
    t.start()
for t in threads:
    t.join()
handled = len(done_by["w0"]) + len(done_by["w1"])
print("handled:", handled)
