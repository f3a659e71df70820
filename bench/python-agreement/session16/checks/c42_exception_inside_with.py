# check: an exception raised inside `with lock:` and caught outside releases the lock
import threading

lock = threading.Lock()
errors = 0
done = 0


def risky(n):
    global errors, done
    try:
        with lock:
            if n == 1:
                raise ValueError("bad")
            done += 1
    except ValueError:
        errors += 1


threads = [threading.Thread(target=risky, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(errors, done)
