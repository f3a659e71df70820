import threading

lock = threading.Lock()
n = [0]
out = []


def worker():
    lock.acquire()
    try:
        if n[0] == 0:
            return n[0] + 1
    finally:
        lock.release()


def run():
    out.append(worker())


t = threading.Thread(target=run)
t.start()
t.join()
print(out)
