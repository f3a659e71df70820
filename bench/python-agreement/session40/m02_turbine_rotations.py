# Wind turbines: two processes add rotations to a shared multiprocessing.Value without taking its lock. Bug: lost update across processes.
import multiprocessing as mp

rotations = 0


def spin(counter, turns):
    for _ in range(turns):
        counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=spin, args=(counter, 300)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    rotations = counter.value
    exitcodes = [p.exitcode for p in procs]
    print(f"rotations={rotations} exitcodes={exitcodes}")
