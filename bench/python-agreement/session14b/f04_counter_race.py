# Known bug: tasks in a thread pool do `hits += 1` on a global without a lock; an update can be lost (hits < 6).
import concurrent.futures

hits = 0


def record_hit(times):
    global hits
    for _ in range(times):
        hits += 1


def main():
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        futures = [executor.submit(record_hit, 3) for _ in range(2)]
        for future in concurrent.futures.as_completed(futures):
            future.result()
    print(f"hits = {hits} (expected 6)")


if __name__ == "__main__":
    main()
