# BUG: `tally` reads `done` without the lock while the workers still run: the count returned beside the
# list may be short (a lost update of `done += 1` too, on a switch between its read and its write).
import threading

done = 0


def work(results, n):
    global done
    results.append(n)
    done += 1


def start_round(values):
    results = []
    threads = [threading.Thread(target=work, args=(results, v)) for v in values]
    for t in threads:
        t.start()
    return results, threads


def tally():
    seen, threads = start_round([5, 6, 7])
    snapshot = done
    for t in threads:
        t.join()
    return seen, snapshot


items, count = tally()
size = len(items)
print(items, count, size, done)
