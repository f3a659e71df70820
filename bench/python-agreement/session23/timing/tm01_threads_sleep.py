# timing: three threads sleep in parallel (makespan about 60 ms)
import threading
import time


def io_call(delay):
    time.sleep(delay)


def main():
    threads = [threading.Thread(target=io_call, args=(d,)) for d in (0.02, 0.04, 0.06)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("done")


main()
