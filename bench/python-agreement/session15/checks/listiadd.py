import threading

results = []


def work(n):
    global results
    results += [n]


threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(results)
