import threading

flags = []
total = 0


def worker():
    global total
    a = True
    b = True
    total = a + b
    flags.append(a and 5)
    flags.append(0 or 7)


t = threading.Thread(target=worker)
t.start()
t.join()
