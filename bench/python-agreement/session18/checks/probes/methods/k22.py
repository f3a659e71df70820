import threading

tags = {1, 2}
r = -1


def worker():
    tags.update({3, 4})


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(tags)
