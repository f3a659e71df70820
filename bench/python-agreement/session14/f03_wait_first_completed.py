# Expected: the fast mirror finishes first (winner == 1, first_done == 1); no bug
import time
import concurrent.futures

winner = 0
first_done = 0


def download(mirror_id, delay):
    time.sleep(delay)
    return mirror_id


def main():
    global winner, first_done
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=3)
    futures = [
        executor.submit(download, 1, 0.01),
        executor.submit(download, 2, 0.1),
        executor.submit(download, 3, 0.15),
    ]
    done, not_done = concurrent.futures.wait(futures, return_when=concurrent.futures.FIRST_COMPLETED)
    first_done = len(done)
    winner = done.pop().result()
    for f in not_done:
        f.cancel()
    executor.shutdown(wait=True)
    print(f"winner=mirror{winner} first_done={first_done}")


if __name__ == "__main__":
    main()
