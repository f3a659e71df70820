from multiprocessing import Array, Process, Value
import time

seen_sum = -1


def reader(arr, out):
    time.sleep(0.002)
    out.value = sum(arr[:])


if __name__ == "__main__":
    arr = Array("i", 3)
    out = Value("i", -1)
    p = Process(target=reader, args=(arr, out))
    p.start()
    for i in range(3):
        arr[i] = 5
        time.sleep(0.001)
    p.join()
    seen_sum = out.value
    print(seen_sum)
