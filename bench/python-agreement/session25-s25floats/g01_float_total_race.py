"""Threads add float amounts to a module global (`total += x` under `global`): a read then a write,
so an update may be lost; the sum's last bits depend on the order the additions ran."""
import threading

total = 0.0


def add(amounts):
    global total
    for x in amounts:
        total += x


threads = [
    threading.Thread(target=add, args=([0.1, 0.2],)),
    threading.Thread(target=add, args=([0.3, 1e-17],)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total)
