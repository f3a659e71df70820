# Known bug: deadlock of two locks taken in opposite order (detected by acquire(timeout=...): gave_up > 0)
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()
gave_up = 0
completed = 0
stats_lock = threading.Lock()


def task(first, second, name):
    global gave_up, completed
    with first:
        time.sleep(0.01)
        if second.acquire(timeout=0.05):
            try:
                with stats_lock:
                    completed += 1
            finally:
                second.release()
        else:
            print(f"{name}: could not get second lock, giving up")
            with stats_lock:
                gave_up += 1


def main():
    t1 = threading.Thread(target=task, args=(lock_a, lock_b, "t1"))
    t2 = threading.Thread(target=task, args=(lock_b, lock_a, "t2"))
    t1.start()
    t2.start()
    t1.join()
    t2.join()
    print(f"completed={completed} gave_up={gave_up}")


if __name__ == "__main__":
    main()
