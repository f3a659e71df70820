import threading

order = []


def worker():
    global order
    order = [x * 2 for x in {30, 10, 20}]


t = threading.Thread(target=worker)
t.start()
t.join()
