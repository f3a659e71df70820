# A worker defined inside main reads main's lock and list through its closure.
# CPython 3.11.7 (agree.py, 10 runs): ok final=20 (10 of 10). weft explore: 1 outcome(s), complete, CPython's among them.
import threading

final = 0


def main():
    global final
    lock = threading.Lock()
    totals = [0]
    step = 5

    def worker(times):
        for _ in range(times):
            with lock:
                totals[0] += step

    threads = [threading.Thread(target=worker, args=(2,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = totals[0]


main()
print(final)
