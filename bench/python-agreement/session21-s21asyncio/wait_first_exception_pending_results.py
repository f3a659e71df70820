"""wait(FIRST_EXCEPTION) on a thread pool, then the jobs still running are waited for one by one."""
import time
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

late = []


def job(n):
    time.sleep(n / 100)
    if n == 1:
        raise ValueError(n)
    return n


def main():
    with ThreadPoolExecutor(max_workers=3) as ex:
        futures = [ex.submit(job, n) for n in (1, 2, 3)]
        done, not_done = wait(futures, return_when=FIRST_EXCEPTION)
        for f in not_done:
            late.append(f.result())
    return len(done)


if __name__ == "__main__":
    finished = main()
    print(finished, sorted(late))
