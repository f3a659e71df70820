import threading

kinds = []
lock = threading.Lock()

def worker(n):
    try:
        if n == 0:
            raise ValueError()
        if n == 1:
            raise KeyError()
        raise IndexError()
    except (ValueError, KeyError):
        with lock:
            kinds.append(f"vk{n}")
    except Exception:
        with lock:
            kinds.append(f"other{n}")

ts = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
kinds.sort()
