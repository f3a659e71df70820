# b = a makes an alias: appending through b changes a
import threading

a = []
b = a
lock = threading.Lock()


def worker():
    with lock:
        b.append(2)


t = threading.Thread(target=worker)
t.start()
t.join()
size_a = len(a)
print(a, b, size_a)
