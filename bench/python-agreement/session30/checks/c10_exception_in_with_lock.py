import threading

lock = threading.Lock()
errors = 0
done = 0


def risky(n):
    global errors, done
    try:
        with lock:
            if n == 2:
                raise ValueError(n)
            done += 1
    except ValueError:
        errors += 1


threads = [threading.Thread(target=risky, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
free = int(not lock.locked())
print(done, errors, free)
