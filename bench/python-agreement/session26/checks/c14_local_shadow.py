import threading

counter = 0
lock = threading.Lock()


def bump() -> None:
    counter = 0
    for _ in range(3):
        with lock:
            counter += 1


def bump_global() -> None:
    global counter
    with lock:
        counter += 10


threads = [threading.Thread(target=bump), threading.Thread(target=bump_global)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
