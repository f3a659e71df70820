from multiprocessing import Array, Process
import time

total = -1


def bump(arr):
    for i in range(3):
        with arr.get_lock():
            arr[i] += 1
        time.sleep(0.001)


if __name__ == "__main__":
    arr = Array("i", 3)
    procs = [Process(target=bump, args=(arr,)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = sum(arr[:])
    print(total)
