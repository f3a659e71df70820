from multiprocessing import Array, Process


def writer(arr):
    for i in range(len(arr)):
        arr[i] = 10 * i


if __name__ == "__main__":
    arr = Array("i", 5)
    p = Process(target=writer, args=(arr,))
    p.start()
    p.join()
    print(arr[-2:], arr[1:-1], sum(arr[:]))
