# Known bug: check-then-act on a dict (`if key not in cache: cache[key] = ...`) lets both threads initialise.
import threading

cache = {}
inits = 0


def register(key):
    global inits
    if key not in cache:
        inits += 1
        cache[key] = 1
    else:
        cache[key] += 1


def main():
    threads = [threading.Thread(target=register, args=(7,)) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"inits={inits} cache={cache}")


if __name__ == "__main__":
    main()
