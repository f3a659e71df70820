"""Threads defined inside main() add to main's `count` through `nonlocal`, one unlocked read-modify-write
each: updates can be lost, as with a global."""
import threading


def main():
    count = 0

    def work():
        nonlocal count
        for _ in range(2):
            current = count
            count = current + 1

    threads = [threading.Thread(target=work) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(count)


main()
