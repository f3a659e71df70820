import threading

sem = threading.Semaphore(1)
inside = 0
peak = 0
results = []


def check(n):
    if n == 1:
        raise ValueError(n)
def work(n):
    global inside, peak
    with sem:
        inside += 1
        peak = max(peak, inside)
        try:
            check(n)
            v = n
        except ValueError:
            v = 0
        inside -= 1
    return v


def worker(n):
    results.append(work(n))


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('peak', peak, 'inside', inside, sorted(results))
