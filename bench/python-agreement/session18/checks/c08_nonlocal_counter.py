# A counter in a closure cell written with nonlocal by threads made inside the enclosing function.
import threading

result = 0


def main():
    global result
    count = 0
    lock = threading.Lock()

    def bump():
        nonlocal count
        for _ in range(2):
            with lock:
                count += 1

    threads = [threading.Thread(target=bump) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    result = count


main()
