import threading

log = []


def work(n):
    log.append(f"worker {n} done")


threads = [threading.Thread(target=work, args=(n,)) for n in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
