# A worker nested in run(times, step) reads the parameters of the call around it; unlocked adds race.
# CPython 3.11.7 (agree.py, 10 runs): ok total=12 (10 of 10). weft explore: 3 outcome(s), complete, CPython's among them.
import threading

total = 0


def run(times, step):
    def worker():
        global total
        for _ in range(times):
            total += step

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


run(2, 3)
print(total)
