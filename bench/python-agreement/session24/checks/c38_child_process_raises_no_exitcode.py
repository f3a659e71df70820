"""An exception in a child process: the parent, which never looks at exit codes, ends normally."""
import multiprocessing

finished = 0


def risky(n, done):
    if n == 2:
        raise ValueError("bad input")
    with done.get_lock():
        done.value += 1


if __name__ == "__main__":
    done = multiprocessing.Value("i", 0)
    processes = [multiprocessing.Process(target=risky, args=(n, done)) for n in range(3)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    finished = done.value
    print("finished", finished)
