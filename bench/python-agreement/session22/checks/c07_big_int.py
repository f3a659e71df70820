import threading

value = 2 ** 62
doubled = 0


def worker():
    global doubled
    doubled = value * 4 + 1


t = threading.Thread(target=worker)
t.start()
t.join()
print(doubled)
