# check: break, continue and return inside `with lock:` release the lock
import threading

lock = threading.Lock()
count = 0
peeks = []


def consume():
    global count
    for i in range(5):
        with lock:
            if i == 1:
                continue
            if i == 3:
                break
            count += 1


def peek():
    with lock:
        return count


def reader():
    value = peek()
    peeks.append(value)


a = threading.Thread(target=consume)
b = threading.Thread(target=reader)
a.start(); b.start()
a.join(); b.join()
with lock:
    final = count
print(final, peeks)
