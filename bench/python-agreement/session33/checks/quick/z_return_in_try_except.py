import threading

sem = threading.Semaphore(1)
inside = 0
peak = 0
results = []


def work(n):
    global inside, peak
    with sem:
        inside += 1
        peak = max(peak, inside)
        try:
            if n == 1:
                inside -= 1
                return 10
        except KeyError:
            pass
        inside -= 1
    return n


def worker(n):
    results.append(work(n))


threads = [threading.Thread(target=worker, args=(n,)) for n in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('peak', peak, 'inside', inside, sorted(results))
