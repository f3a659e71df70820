# no bug: workers wait for a start signal set by a timer, then record their ids under a lock
import threading

start_signal = threading.Event()
results_lock = threading.Lock()
started = []


def worker(worker_id):
    start_signal.wait()
    with results_lock:
        started.append(worker_id)


def main():
    workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
    for w in workers:
        w.start()
    timer = threading.Timer(0.01, start_signal.set)
    timer.start()
    for w in workers:
        w.join()
    timer.join()
    print("started:", sorted(started))
    assert sorted(started) == [0, 1, 2]


if __name__ == "__main__":
    main()
