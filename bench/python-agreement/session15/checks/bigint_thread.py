import threading

total = 1


def grow():
    global total
    for _ in range(70):
        total *= 2


t = threading.Thread(target=grow)
t.start()
t.join()
