import multiprocessing as mp


def fill(arr, lock, idx, value):
    with lock:
        arr[idx] = value
        arr[2] += value


if __name__ == "__main__":
    arr = mp.Array("i", [0, 0, 0])
    lock = mp.Lock()
    ps = [mp.Process(target=fill, args=(arr, lock, i, v)) for i, v in ((0, 5), (1, 7))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    values = list(arr)
    print(values, sum(values))
