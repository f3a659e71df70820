# `with outer:` around a try whose body holds `with inner:` and raises: each semaphore released once.
import threading

outer = threading.BoundedSemaphore(2)
inner = threading.BoundedSemaphore(1)
log = []
peak_inner = 0
in_inner = 0
lock = threading.Lock()


def work(n):
    global peak_inner, in_inner
    with outer:
        try:
            with inner:
                with lock:
                    in_inner += 1
                    peak_inner = max(peak_inner, in_inner)
                if n % 2:
                    with lock:
                        in_inner -= 1
                    raise ValueError(n)
                with lock:
                    in_inner -= 1
            log.append(n)
        except ValueError:
            log.append(-n)


threads = [threading.Thread(target=work, args=(n,)) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.sort()
print(log, peak_inner)
