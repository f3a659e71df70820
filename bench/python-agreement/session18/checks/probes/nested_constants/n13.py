import threading

RECS = [{"n": "a", "v": 1}, {"n": "b", "v": 2}]
x = 0


def worker(unused):
    global x
    x = 0
    for r in RECS:
        x += r["v"]


w = threading.Thread(target=worker, args=(0,))
w.start()
w.join()
