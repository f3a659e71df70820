"""Three child processes each add to their own copy of a module global; the parent still prints 0."""
import multiprocessing

count = 0


def bump(n):
    global count
    count += n


if __name__ == "__main__":
    ps = [multiprocessing.Process(target=bump, args=(i,)) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(count)
