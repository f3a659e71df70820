import threading

flags = []
total = 0


def worker():
    global total
    flags.append(5 > 3)
    flags.append(2 > 3)
    total = sum(flags) + (flags[0] is True)


t = threading.Thread(target=worker)
t.start()
t.join()
first = str(flags[0])
print(flags, total, first)
