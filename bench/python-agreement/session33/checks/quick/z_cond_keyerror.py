import threading

sem = threading.Condition()
inside = 0
peak = 0
results = []


cache = {'a': 1}
def work(n):
    global inside, peak
    with sem:
        inside += 1
        peak = max(peak, inside)
        try:
            v = cache['b' if n == 1 else 'a']
        except KeyError:
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
