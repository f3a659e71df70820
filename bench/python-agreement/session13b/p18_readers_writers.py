# Expected: readers-writers with a reader count and a write lock; readers see 0 or 5, never a torn value.
import threading

data = 0
readers = 0
seen = []
count_lock = threading.Lock()
write_lock = threading.Lock()


def reader():
    global readers
    with count_lock:
        readers += 1
        if readers == 1:
            write_lock.acquire()
    seen.append(data)
    with count_lock:
        readers -= 1
        if readers == 0:
            write_lock.release()


def writer():
    global data
    with write_lock:
        data = 5


def main():
    threads = [threading.Thread(target=reader), threading.Thread(target=writer), threading.Thread(target=reader)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"readers saw {seen}")


if __name__ == "__main__":
    main()
