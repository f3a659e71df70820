import threading

calls = {}
lock = threading.Lock()


def work(key):
    with lock:
        calls[key] = calls.get(key, 0) + 1


threads = [threading.Thread(target=work, args=(k,)) for k in [1, 2, 2, 3]]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(n == 1 for n in calls.values()))
print(any(n > 1 for n in calls.values()))
