import threading

finished = 0
alive = -1


def work() -> None:
    global finished
    total = 0
    for i in range(200000):
        total += i * i
    finished = 1


t = threading.Thread(target=work)
t.start()
t.join(timeout=0.001)
alive = int(t.is_alive())
t.join()
print(alive, finished)
