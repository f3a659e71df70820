import time
from concurrent.futures import ThreadPoolExecutor

ran = 0
slow_done = 0


def slow():
    global slow_done
    time.sleep(0.02)
    slow_done = 1


def job():
    global ran
    ran = 1


def main():
    with ThreadPoolExecutor(max_workers=1) as ex:
        f1 = ex.submit(slow)
        f2 = ex.submit(job)
        f2.cancel()


if __name__ == "__main__":
    main()
