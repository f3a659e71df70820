"""multiprocessing.Value("i") is a C int: a byte counter past 2**31 - 1 wraps around to a negative number."""
import multiprocessing


def download(total, size):
    with total.get_lock():
        total.value += size


if __name__ == "__main__":
    total = multiprocessing.Value("i", 2_000_000_000)
    p = multiprocessing.Process(target=download, args=(total, 200_000_000))
    p.start()
    p.join()
    bytes_seen = total.value
    print(bytes_seen)
