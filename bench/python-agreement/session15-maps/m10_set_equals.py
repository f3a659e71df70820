# Known bug: two workers can both see a job as free and both do it (check-then-act on `taken`).
import threading

taken = {}
done = []
complete = 0
duplicates = 0


def worker():
    for job in (0, 1, 2):
        if job not in taken:
            taken[job] = 1
            done.append(job)


def main():
    global complete, duplicates
    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if set(done) == {0, 1, 2}:
        complete = 1
    duplicates = len(done) - len(set(done))
    assert set(taken) == set(range(3))
    assert duplicates == 0, duplicates


if __name__ == "__main__":
    main()
