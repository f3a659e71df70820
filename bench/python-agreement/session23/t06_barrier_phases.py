import threading

N = 3
barrier = threading.Barrier(N)
lock = threading.Lock()
phase_log = {0: [], 1: []}


def worker(ident):
    for phase in range(2):
        with lock:
            phase_log[phase].append(ident)
        index = barrier.wait()
        if index == 0:
            with lock:
                # one thread per phase checks that everybody reached the barrier
                assert len(phase_log[phase]) == N


def main():
    threads = [threading.Thread(target=worker, args=(i,), name=f"w{i}") for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("phase0", sorted(phase_log[0]))
    print("phase1", sorted(phase_log[1]))


if __name__ == "__main__":
    main()
