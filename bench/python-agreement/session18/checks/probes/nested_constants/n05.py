import threading

CONF = {"db": {"port": 5432}, "web": {"port": 80}}
x = 0


def worker(section):
    global x
    x = CONF[section]["port"]


w = threading.Thread(target=worker, args=("web",))
w.start()
w.join()
