# resize images on a process pool and log each as it finishes: imap_unordered hands results in finishing order
import multiprocessing
import time

finished = []


def resize(size):
    time.sleep(size / 1000)
    return size * 2


if __name__ == "__main__":
    total = 0
    with multiprocessing.Pool(3) as pool:
        for scaled in pool.imap_unordered(resize, [30, 10, 20]):
            finished.append(scaled)
            total += scaled
    print(f"total={total} order={finished}")
