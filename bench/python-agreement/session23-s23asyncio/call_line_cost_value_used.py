# A `# weft: cpu` note on the line that calls a loop of local computation is the whole call's cost;
# the call's value (known arguments) is the import's own computation.
import threading


def checksum(n):
    total = 7
    for i in range(n):
        total = (total * 31 + i) % 1_000_003
    return total


results = []


def job(n):
    results.append(checksum(n))  # weft: cpu 5ms


workers = [threading.Thread(target=job, args=(k,)) for k in (300_000, 200_000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results))
