import threading

order = []


def worker():
    global order
    s = {3, 1, 2}
    s.add(0)
    order = sorted(s) + [len(s)]


t = threading.Thread(target=worker)
t.start()
t.join()
