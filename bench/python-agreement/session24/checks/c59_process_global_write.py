"""A Process that sets a global changes its own copy: the parent's global is unchanged after join."""
import multiprocessing

status = "idle"
count = 0


def work():
    global status, count
    status = "done"
    count += 5


if __name__ == "__main__":
    p = multiprocessing.Process(target=work)
    p.start()
    p.join()
    print(status, count)
