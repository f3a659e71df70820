# timing: four CPU tasks of 20 ms on two threads: the GIL serialises them (makespan about 80 ms)
import time
from concurrent.futures import ThreadPoolExecutor


def burn(ms):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        pass


def task(i):
    burn(20)  # weft: cpu 20ms
    return i


def main():
    with ThreadPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(task, range(4))))


main()
