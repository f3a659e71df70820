# Known bug: deadlock (every philosopher holds the left fork and waits for the right; daemon threads, main gives up: stuck > 0)
import threading
import time

N = 3
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
stuck = 0


def philosopher(i):
    left = forks[i]
    right = forks[(i + 1) % N]
    with left:
        time.sleep(0.01)  # thinking while holding the fork
        with right:
            meals[i] += 1


def main():
    global stuck
    diners = [threading.Thread(target=philosopher, args=(i,), daemon=True) for i in range(N)]
    for d in diners:
        d.start()
    for d in diners:
        d.join(timeout=0.2)
    stuck = sum(1 for d in diners if d.is_alive())
    print(f"meals={meals} stuck={stuck}")


if __name__ == "__main__":
    main()
