# Check: an exception raised inside `with lock:` releases the lock; the handler counts it. Bug: none.
import threading

lock = threading.Lock()
handled = 0
done = 0
released = 0


def worker(n):
    global handled, done
    try:
        with lock:
            if n % 2 == 1:
                raise ValueError(n)
            done += n
    except ValueError:
        handled += 1


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
released = 0 if lock.locked() else 1
print(f"handled={handled} done={done} released={released}")
