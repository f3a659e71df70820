# multiprocessing.Array without the lock: += of an item from two processes can lose an update.
import multiprocessing

final = {}


def bump(arr, n):
    for _ in range(n):
        arr[0] += 1


if __name__ == "__main__":
    arr = multiprocessing.Array("i", [0, 0], lock=False)
    ps = [multiprocessing.Process(target=bump, args=(arr, 30)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    final["a0"] = arr[0]
    print(final)
