# Known behaviour (a classic surprise): the child process increments its own copy of the global, so the parent still sees counter == 0.
import multiprocessing

counter = 0


def increment():
    global counter
    for _ in range(5):
        counter += 1
    print("child sees", counter)


if __name__ == "__main__":
    p = multiprocessing.Process(target=increment)
    p.start()
    p.join()
    print("parent sees", counter)
