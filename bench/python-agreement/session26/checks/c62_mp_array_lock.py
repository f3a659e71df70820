from multiprocessing import Array, Process, Value


def fill(arr, counter, slot: int) -> None:
    arr[slot] = slot * 10
    with counter.get_lock():
        counter.value += 1


if __name__ == "__main__":
    arr = Array("i", 3)
    counter = Value("i", 0)
    procs = [Process(target=fill, args=(arr, counter, i)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    values = list(arr)
    s = sum(values)
    done = counter.value
    print(values, done)
