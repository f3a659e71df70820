"""CPU-bound work in threads: under the GIL, four threads take as long as one thread doing it all.

CPU time cannot be read from source: `# weft: cpu 20ms` on the `def` says what one call costs. Measure
it on your machine (`python3 -m timeit -s "from cpu_bound_threads import crunch" "crunch(200_000)"`) and
write that figure.
"""
import threading


def crunch(n):  # weft: cpu 20ms
    total = 0
    for k in range(n):
        total += k * k
    return total


def main():
    workers = [threading.Thread(target=crunch, args=(200_000,)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    main()
