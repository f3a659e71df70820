# Known bug: the phase total is summed with `+=` outside a lock after the barrier; phase_sum can be < 6.
import threading

barrier = threading.Barrier(3)
partial = [0, 0, 0]
phase_sum = 0


def worker(index):
    global phase_sum
    partial[index] = index + 1
    barrier.wait()
    phase_sum += partial[index]


def main():
    workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"partials={partial} sum={phase_sum}")


if __name__ == "__main__":
    main()
