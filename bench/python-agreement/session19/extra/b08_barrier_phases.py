"""Three workers compute in two phases separated by a Barrier; phase two reads all of phase one."""
import threading

barrier = threading.Barrier(3)
phase_one = [0, 0, 0]
phase_two = [0, 0, 0]


def worker(i):
    phase_one[i] = (i + 1) * 10
    barrier.wait()
    phase_two[i] = phase_one[0] + phase_one[1] + phase_one[2]


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert phase_two == [60, 60, 60]
