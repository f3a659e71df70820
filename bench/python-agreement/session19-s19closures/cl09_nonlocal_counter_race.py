# bug: a nested function increments a nonlocal counter without a lock: updates can be lost.
# CPython 3.11.7 (agree.py, 10 runs): ok final=4 (10 of 10). weft explore: 3 outcome(s), complete, CPython's among them.
import threading

final = 0


def main():
    global final
    counter = 0

    def bump():
        nonlocal counter
        for _ in range(2):
            counter += 1

    threads = [threading.Thread(target=bump) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    final = counter


main()
print(final)
