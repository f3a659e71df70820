import threading

RECS = {"a": {"v": 1}, "b": {"v": 2}}
x = 0


def worker(unused):
    global x
    x = 0
    for name in RECS:
        x += RECS[name]["v"]


w = threading.Thread(target=worker, args=(0,))
w.start()
w.join()
