import threading

tags = {1, 2}
r = -1


def worker():
    tags.discard(1)


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(tags)
