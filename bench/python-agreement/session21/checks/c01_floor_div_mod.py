# Python's // and % round toward minus infinity (Rust's / and % truncate)
import threading

results = {}
lock = threading.Lock()


def compute(name, a, b):
    q = a // b
    r = a % b
    with lock:
        results[name + "_q"] = q
        results[name + "_r"] = r


threads = [
    threading.Thread(target=compute, args=("neg_num", -7, 2)),
    threading.Thread(target=compute, args=("neg_den", 7, -2)),
    threading.Thread(target=compute, args=("both", -7, -2)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
