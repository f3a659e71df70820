"""An exception in a child process ends that process with exit code 1; the parent carries on."""
import multiprocessing


def risky(n):
    if n == 2:
        raise ValueError("bad input")


if __name__ == "__main__":
    processes = [multiprocessing.Process(target=risky, args=(n,)) for n in range(3)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    failed = 0
    for p in processes:
        if p.exitcode != 0:
            failed += 1
    print("failed", failed)
