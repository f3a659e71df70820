import threading

tags = set()
r = -1


def worker():
    tags |= {5}


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(tags)
