# try/except/else/finally in a thread: which blocks run, counted per path.
import threading

paths = []
lock = threading.Lock()


def step(n):
    value = -1
    try:
        if n % 2:
            raise ValueError(n)
        value = n
    except ValueError:
        with lock:
            paths.append(f"except{n}")
    else:
        with lock:
            paths.append(f"else{value}")
    finally:
        with lock:
            paths.append(f"finally{n}")


threads = [threading.Thread(target=step, args=(n,)) for n in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
paths.sort()
