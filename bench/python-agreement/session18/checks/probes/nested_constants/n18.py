import threading

CONF = {"a": {"b": 5}}
x = 0


def worker(unused):
    global x
    inner = CONF["a"]
    x = inner["b"]


w = threading.Thread(target=worker, args=(0,))
w.start()
w.join()
