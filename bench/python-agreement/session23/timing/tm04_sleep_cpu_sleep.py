# timing: sleep 40 ms, CPU 30 ms, sleep 40 ms in one thread (makespan about 110 ms)
import time


def burn(ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


def main():
    time.sleep(0.04)
    burn(30)  # weft: cpu 30ms
    time.sleep(0.04)
    print("done")


main()
