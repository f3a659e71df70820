import threading

CONF = {"retries": 3, "names": ["x", "y"]}
x = 0


def worker(unused):
    global x
    x = CONF["names"][1] * CONF["retries"]


w = threading.Thread(target=worker, args=(0,))
w.start()
w.join()
