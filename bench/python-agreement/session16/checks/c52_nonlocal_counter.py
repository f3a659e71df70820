# check: a nonlocal counter in a closure shared by two threads, unlocked
import threading

final = 0


def main():
    global final
    count = 0

    def bump():
        nonlocal count
        for _ in range(2):
            count += 1

    ts = [threading.Thread(target=bump) for _ in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    final = count


main()
print(final)
