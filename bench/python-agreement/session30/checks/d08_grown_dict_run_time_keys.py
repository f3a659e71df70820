import queue
import threading

tally = {"ok": 0}
names = queue.Queue()
for name in ("ok", "slow", "ok", "down"):
    names.put(name)


def counter():
    while True:
        try:
            name = names.get_nowait()
        except queue.Empty:
            return
        tally[name] = tally.get(name, 0) + 1


threads = [threading.Thread(target=counter) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
keys = list(tally)
print(keys, tally)
