# A retry loop written with `while attempts < 3`, the job's time known only at run time: the first
# attempt times out, the second answers. The job of the timed-out attempt runs on; the shutdown waits
# for it, so `finished` has both attempts at the end.
import time
from concurrent.futures import ThreadPoolExecutor, TimeoutError

finished = []
answer = 0
timeouts = 0


def service(attempt):
    time.sleep(0.2 if attempt == 0 else 0.01)
    finished.append(attempt)
    return 10 + attempt


def main():
    global answer, timeouts
    with ThreadPoolExecutor(max_workers=2) as ex:
        attempts = 0
        while attempts < 3:
            fut = ex.submit(service, attempts)
            try:
                answer = fut.result(timeout=0.05)
                break
            except TimeoutError:
                timeouts += 1
            attempts += 1
    print(answer, timeouts, finished)


main()
