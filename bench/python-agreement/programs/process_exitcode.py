"""A process's `exitcode` and `is_alive()` after the parent's `join()`: 0 and False, as the child
returned from its target, so `status` is 1 and `box` 49 in every run."""
import multiprocessing as mp

box = mp.Value("i", 7)
status = 0


def square(shared):
    with shared.get_lock():
        shared.value = shared.value * shared.value


if __name__ == "__main__":
    p = mp.Process(target=square, args=(box,))
    p.start()
    p.join()
    if p.exitcode == 0 and not p.is_alive():
        status = 1
    print(box.value, p.exitcode, status)
    assert box.value == 49 and status == 1
