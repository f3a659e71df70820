# args may be a list; kwargs are passed by name
import threading

got = []


def worker(a, b, scale=1):
    got.append((a + b) * scale)


t = threading.Thread(target=worker, args=[1, 2], kwargs={"scale": 10})
t.start()
t.join()
print(got)
