# Known bug: child processes increment their own copy of counter, so the parent still sees counter == 0 (expected 3 by the author)
import multiprocessing

counter = 0


def increment():
    global counter
    counter += 1
    print(f"child sees counter={counter}")


def main():
    procs = [multiprocessing.Process(target=increment) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(f"parent sees counter={counter}")


if __name__ == "__main__":
    main()
