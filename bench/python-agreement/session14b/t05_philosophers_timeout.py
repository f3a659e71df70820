# Known bug: every philosopher picks up the left fork first, so all can hold one fork and wait forever; acquire(timeout=...) detects it and counts give_ups.
import threading
import time

N = 3
forks = [threading.Lock() for _ in range(N)]
meals = [0, 0, 0]
give_ups = 0
counter_lock = threading.Lock()


def philosopher(i):
    global give_ups
    left = forks[i]
    right = forks[(i + 1) % N]
    with left:
        time.sleep(0.01)  # think while holding the left fork
        if right.acquire(timeout=0.1):
            try:
                meals[i] += 1
            finally:
                right.release()
        else:
            with counter_lock:
                give_ups += 1


def main():
    threads = [threading.Thread(target=philosopher, args=(i,)) for i in range(N)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"meals={meals} give_ups={give_ups}")


if __name__ == "__main__":
    main()
