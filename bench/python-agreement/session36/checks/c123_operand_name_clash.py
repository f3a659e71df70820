"""Stepped reads copied into `operand` temporaries, in a function with its own `operand` and `key`."""
import threading

table = {"x": 1, "y": 2}
out = []


def worker(operand, key):
    total = table[key] + operand
    operand = table["y"] + total
    out.append((key, operand, total))


threads = [threading.Thread(target=worker, args=(10, "x")), threading.Thread(target=worker, args=(20, "y"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))
