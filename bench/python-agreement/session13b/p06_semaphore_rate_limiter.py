# Known bug: the "peak" tracker is updated outside any lock, so peak may under-count; at most 2 run at once.
import threading
import time

limiter = threading.Semaphore(2)
active = 0
peak = 0
done = 0


def fetch(job_id):
    global active, peak, done
    with limiter:
        active += 1
        if active > peak:
            peak = active
        time.sleep(0.01)
        active -= 1
        done += 1


def main():
    workers = [threading.Thread(target=fetch, args=(i,)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print(f"done={done} peak={peak} active={active}")


if __name__ == "__main__":
    main()
