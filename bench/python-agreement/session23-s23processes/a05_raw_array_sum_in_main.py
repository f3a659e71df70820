from multiprocessing import Process, RawArray


def add(arr, index, amount):
    arr[index] = arr[index] + amount


if __name__ == "__main__":
    arr = RawArray("i", [1, 2, 3])
    procs = [Process(target=add, args=(arr, i, 10 * (i + 1))) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = sum(arr)
    everything = list(arr)
    assert total == 66, total
    print(total, everything)
